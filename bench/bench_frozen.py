"""Frozen start-up and bundle size: CMQ Desktop vs a bare PySide6 window, both frozen alike.

    python bench/bench_frozen.py                    # build both into build/bench-frozen/
    python bench/bench_frozen.py --build-dir DIR    # reuse the builds already in DIR

Builds (unless already there) the CMQ bundle with ``installer/build.py`` and the bare
QLabel window (``bench/bare_window.py``) with ``installer/bare_window.spec``: same
PyInstaller options, same Qt trimming. Then runs each frozen program N times offscreen,
interleaved, each printing the milliseconds from process start to its first real paint
(CMQ: ``--exit-after-first-frame``), and prints medians, the ratio (aim <= 1.3x), and
both bundles' sizes on disk and as tar.gz (gzip -9).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from common import (
    REPO_DIR,
    interleaved_runs,
    load_average,
    median,
    print_samples,
    ratio,
    summary,
)


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# installer/build.py by path: a module named "build" could be PyPA's build package.
installer_build = _load("cmq_installer_build", REPO_DIR / "installer" / "build.py")
bundle = installer_build.bundle

TARGET_RATIO = 1.3  # issue 11
BARE_NAME = "bare-window"


def build_cmq(build_dir: Path) -> Path:
    app_dir = build_dir / "dist" / bundle.BUNDLE_DIR_NAME
    if not (app_dir / bundle.GUI_EXE_NAME).exists():
        subprocess.run(
            [
                sys.executable,
                str(REPO_DIR / "installer" / "build.py"),
                "--dist",
                str(build_dir / "dist"),
                "--work",
                str(build_dir / "work"),
                "--no-archive",
            ],
            check=True,
        )
    return app_dir


def build_bare(build_dir: Path) -> Path:
    app_dir = build_dir / "dist" / BARE_NAME
    if not (app_dir / BARE_NAME).exists():
        installer_build.run_pyinstaller(
            REPO_DIR / "installer" / "bare_window.spec", build_dir / "dist", build_dir / "work"
        )
    return app_dir


def sizes_mb(app_dir: Path) -> tuple[float, float]:
    """Size on disk (files, links not followed) and as a gzip -9 tarball, in MB."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = installer_build.make_tar_gz(app_dir, Path(tmp) / "bundle.tar.gz")
        return installer_build.dir_size(app_dir) / 1e6, archive.stat().st_size / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", type=Path, default=REPO_DIR / "build" / "bench-frozen")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    build_dir = args.build_dir.resolve()
    # The frozen program's log goes to a throw-away data directory, not the user's.
    os.environ.setdefault("CMQ_DESKTOP_DATA_DIR", tempfile.mkdtemp(prefix="cmq-bench-data-"))
    cmq_dir, bare_dir = build_cmq(build_dir), build_bare(build_dir)
    programs = {
        "cmq": [str(cmq_dir / bundle.GUI_EXE_NAME), "--exit-after-first-frame"],
        "bare": [str(bare_dir / BARE_NAME)],
    }

    print(f"frozen start-up, {args.runs} interleaved runs each; {load_average()}")
    samples = interleaved_runs(programs, args.runs)
    print_samples(samples)
    for kind, label in (("printed", "first frame"), ("wall", "process wall")):
        cmq_med, bare_med = median(samples["cmq"][kind]), median(samples["bare"][kind])
        print(
            f"ratio frozen {label}: median {ratio(cmq_med, bare_med):.2f}x (aim <= {TARGET_RATIO}x)"
        )
        summary(
            "frozen",
            f"{label} median",
            cmq_med,
            bare_med,
            "ms",
            f"<= {TARGET_RATIO}x",
            ratio(cmq_med, bare_med) <= TARGET_RATIO,
        )

    (cmq_disk, cmq_tgz), (bare_disk, bare_tgz) = sizes_mb(cmq_dir), sizes_mb(bare_dir)
    print(f"{'bundle size':26}{'disk MB':>10}{'tar.gz MB':>10}")
    print(f"{'cmq (content included)':26}{cmq_disk:10.1f}{cmq_tgz:10.1f}")
    print(f"{'bare window':26}{bare_disk:10.1f}{bare_tgz:10.1f}")
    print("naive bare build, for reference (design.md): 160 MB on disk, 64.5 MB as tar.gz")
    summary("frozen", "bundle on disk", cmq_disk, bare_disk, "MB", "< 160 (naive bare)")
    summary("frozen", "bundle tar.gz", cmq_tgz, bare_tgz, "MB", "<= 40.7", cmq_tgz <= 40.7)
    print(f"after: {load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
