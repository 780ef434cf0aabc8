"""Build the bundle from a clean copy of the tree and run the frozen program offscreen.

One PyInstaller build per session (about half a minute), then each test starts the
frozen program as a user would and reads its exit code, output and stderr.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from frozen_helpers import FORBIDDEN_STDERR, REPO, FrozenBuild, bundle, frozen_env

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle is the one built in CI"),
]

RUN_TIMEOUT_S = 120
NAIVE_BARE_TAR_GZ_BYTES = 64.5e6  # a naive one-folder build of a bare PySide6 window
TAR_GZ_BUDGET_BYTES = 45e6


def run_frozen(
    exe: Path, *args: str, data_dir: Path, cwd: Path
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(exe), *args],
        cwd=cwd,
        env=frozen_env(data_dir),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
    )
    output = result.stdout + result.stderr
    for marker in FORBIDDEN_STDERR:
        assert marker not in output, f"{marker!r} in the output of {args}:\n{output}"
    return result


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_exit_after_first_frame_prints_milliseconds(
    frozen_build: FrozenBuild, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    result = run_frozen(
        frozen_build.gui_exe, "--exit-after-first-frame", data_dir=data_dir, cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines, "nothing printed"
    assert float(lines[-1]) > 0
    # The crash handler's log, in the data directory, opened with version and platform.
    log = (data_dir / "logs" / "cmq-desktop.log").read_text(encoding="utf-8")
    version = bundle.read_project(REPO).version
    assert f"CMQ Desktop {version}" in log and "; frozen" in log and "Qt 6." in log
    assert not list((data_dir / "logs").glob("crash-*.log"))


def test_version_comes_from_pyproject(frozen_build: FrozenBuild, tmp_path: Path) -> None:
    result = run_frozen(frozen_build.cli_exe, "--version", data_dir=tmp_path, cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.split()[-1] == bundle.read_project(REPO).version


def test_render_writes_every_screen(frozen_build: FrozenBuild, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_frozen(
        frozen_build.cli_exe,
        "render",
        "--out",
        str(out),
        "--size",
        "1024x768",
        data_dir=tmp_path / "data",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    files = [screen["file"] for screen in report["screens"]]
    kinds = {screen["kind"] for screen in report["screens"]}
    assert {"start", "slide", "question", "results"} <= kinds
    assert sorted(files) == sorted(p.name for p in out.glob("*.png"))
    for name in files:
        assert png_size(out / name) == (1024, 768)


def test_check_accepts_the_bundled_deck(frozen_build: FrozenBuild, tmp_path: Path) -> None:
    result = run_frozen(frozen_build.cli_exe, "check", data_dir=tmp_path, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_reports_a_broken_deck(frozen_build: FrozenBuild, tmp_path: Path) -> None:
    deck = tmp_path / "deck"
    shutil.copytree(frozen_build.app_dir / "_internal" / "slides", deck)
    with open(deck / "presentation.md", "a", encoding="utf-8") as file:
        file.write("\n---\n\n# Diapo cassée\n\n![Image absente](images/absente.png)\n")
    result = run_frozen(frozen_build.cli_exe, "check", str(deck), data_dir=tmp_path, cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    problems = result.stdout.strip().splitlines()
    assert problems
    for line in problems:
        assert re.match(r"^.+:\d+: \S", line), line
    assert any("presentation.md:" in line and "absente.png" in line for line in problems)


def test_bundle_keeps_only_what_the_program_uses(frozen_build: FrozenBuild) -> None:
    internal = frozen_build.app_dir / "_internal"
    qt = internal / "PySide6" / "Qt"
    assert (internal / "slides" / "presentation.md").is_file()
    assert (internal / "resources" / "fonts").is_dir()
    assert (internal / "resources" / "icons" / "cmq-desktop.svg").is_file()
    assert sorted(p.name for p in qt.rglob("*.qm")) == ["qtbase_fr.qm"]
    libraries = {p.name for p in internal.rglob("*.so*")}
    for unused in ("Network", "Qml", "Quick", "OpenGL", "Pdf", "Designer"):
        assert f"libQt6{unused}.so.6" not in libraries
    assert not any(
        name.startswith(("libssl", "libgtk", "libcairo", "libcups")) for name in libraries
    )
    plugins = {p.parent.name + "/" + p.name for p in (qt / "plugins").rglob("*.so")}
    assert "platforms/libqoffscreen.so" in plugins
    assert "platforms/libqxcb.so" in plugins
    assert "imageformats/libqsvg.so" in plugins
    assert not any(
        plugin.startswith(("platformthemes/", "tls/", "sqldrivers/")) for plugin in plugins
    )


def test_linux_archive_and_desktop_files(frozen_build: FrozenBuild) -> None:
    app_id = bundle.read_project(REPO).app_id
    share = frozen_build.app_dir / "share"
    assert (share / "applications" / f"{app_id}.desktop").is_file()
    assert (share / "metainfo" / f"{app_id}.metainfo.xml").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{app_id}.png").is_file()
    assert frozen_build.cli_exe.is_symlink()
    archive = frozen_build.archive
    assert archive is not None and archive.name.endswith(".tar.gz")
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    assert f"{bundle.BUNDLE_DIR_NAME}/{bundle.GUI_EXE_NAME}" in names
    assert f"{bundle.BUNDLE_DIR_NAME}/install.sh" in names


def test_archive_is_smaller_than_a_naive_bare_build(frozen_build: FrozenBuild) -> None:
    assert frozen_build.archive is not None
    size = frozen_build.archive.stat().st_size
    assert size < NAIVE_BARE_TAR_GZ_BYTES
    assert size <= TAR_GZ_BUDGET_BYTES, f"{size / 1e6:.1f} MB as tar.gz, budget 45 MB"
