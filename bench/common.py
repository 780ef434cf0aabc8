"""Shared helpers for the benchmarks: child processes, statistics, summary lines.

Every benchmark compares CMQ Desktop with a bare PySide6 program doing the same work,
measured in the same run, and ends by printing ``SUMMARY {json}`` lines that
``run_all.py`` gathers into one table.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# Everything runs offscreen, in this process and in every child.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CMQ_DESKTOP_NO_DIALOGS", "1")

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
PYTHON = sys.executable
BARE_WINDOW = BENCH_DIR / "bare_window.py"
APP_STARTUP = (PYTHON, "-m", "cmq_desktop", "--exit-after-first-frame")
SUMMARY_PREFIX = "SUMMARY "
# Children cache their bytecode here, outside the checkout, as an installed app (pip,
# PyInstaller) always has it, even where PYTHONDONTWRITEBYTECODE is set.
PYCACHE_DIR = Path(tempfile.gettempdir()) / "cmq-bench-pycache"

if str(REPO_DIR) not in sys.path:
    sys.path.insert(0, str(REPO_DIR))  # import cmq_desktop from the checkout


@dataclass(frozen=True)
class ChildRun:
    """One finished child process: what it printed, how long it took, its peak memory."""

    returncode: int
    stdout: str
    stderr: str
    wall_ms: float
    maxrss_mb: float  # peak resident set size (Linux reports ru_maxrss in KiB)

    @property
    def printed_ms(self) -> float:
        """The last number the child printed (``--exit-after-first-frame`` prints one)."""
        for line in reversed(self.stdout.split()):
            try:
                return float(line)
            except ValueError:
                continue
        raise ValueError(f"no number in the child's output: {self.stdout!r} {self.stderr!r}")


def child_env(bytecode_cache: bool = True) -> dict[str, str]:
    """The children's environment: offscreen, with or without a bytecode cache.

    Without it (``PYTHONDONTWRITEBYTECODE=1``, as in some sandboxes), every module of the
    checkout is compiled from source at each start, which no installed copy of the app does;
    the standard library and site-packages keep their own ``__pycache__``.
    """
    env = dict(os.environ)
    env.pop("PYTHONPYCACHEPREFIX", None)
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE_DIR)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # and so no __pycache__ left in the checkout
    return env


def run_child(
    argv: Sequence[str], timeout_s: float = 60.0, bytecode_cache: bool = True
) -> ChildRun:
    """Run ``argv`` and reap it with ``os.wait4`` to get its own peak RSS."""
    with tempfile.TemporaryFile() as err_file:
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(argv),
            cwd=REPO_DIR,
            stdout=subprocess.PIPE,
            stderr=err_file,
            stdin=subprocess.DEVNULL,
            env=child_env(bytecode_cache),
        )
        assert proc.stdout is not None
        # The pipe reaches end of file when the child exits (it starts no helpers).
        out = proc.stdout.read()
        proc.stdout.close()
        deadline = start + timeout_s
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.001)
        wall_ms = (time.perf_counter() - start) * 1000.0
        proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped: tell Popen
        err_file.seek(0)
        err = err_file.read().decode("utf-8", "replace")
    return ChildRun(
        proc.returncode, out.decode("utf-8", "replace"), err, wall_ms, usage.ru_maxrss / 1024.0
    )


def check_ok(run: ChildRun, what: str) -> ChildRun:
    if run.returncode != 0:
        raise SystemExit(f"{what} failed ({run.returncode}):\n{run.stdout}\n{run.stderr}")
    return run


Samples = dict[str, dict[str, list[float]]]


def interleaved_runs(
    programs: dict[str, list[str]], runs: int, bytecode_cache: bool = True
) -> Samples:
    """Run each program ``runs`` times, alternating their order so that neither always runs
    right after the other; the printed first-frame ms and the wall ms of each run."""
    samples: Samples = {name: {"printed": [], "wall": []} for name in programs}
    # One warm-up of each fills the OS file cache (and the bytecode cache).
    for name, argv in programs.items():
        check_ok(run_child(argv, bytecode_cache=bytecode_cache), f"{name} warm-up")
    for index in range(runs):
        order = list(programs.items())
        if index % 2:
            order.reverse()
        for name, argv in order:
            run = check_ok(run_child(argv, bytecode_cache=bytecode_cache), name)
            samples[name]["printed"].append(run.printed_ms)
            samples[name]["wall"].append(run.wall_ms)
    return samples


def print_samples(samples: Samples) -> None:
    print(f"{'':28}{'median':>10}{'p90':>10}{'min':>10}{'max':>10}")
    for name, kinds in samples.items():
        for kind, values in kinds.items():
            print(
                f"{name + ' ' + kind + ' ms':28}{median(values):10.1f}"
                f"{percentile(values, 0.9):10.1f}{min(values):10.1f}{max(values):10.1f}"
            )


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: the value below which ``fraction`` of the samples lie."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def ratio(app: float, bare: float) -> float:
    return app / bare if bare > 0 else float("inf")


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def summary(
    bench: str,
    metric: str,
    app: float,
    bare: float | None,
    unit: str,
    target: str = "",
    ok: bool | None = None,
    note: str = "",
) -> None:
    """Print one machine-readable result line for ``run_all.py``."""
    record = {
        "bench": bench,
        "metric": metric,
        "app": round(app, 2),
        "bare": None if bare is None else round(bare, 2),
        "ratio": None if bare is None else round(ratio(app, bare), 2),
        "unit": unit,
        "target": target,
        "ok": ok,
        "note": note,
    }
    print(SUMMARY_PREFIX + json.dumps(record, ensure_ascii=False), flush=True)


def bundled_font_files() -> list[Path]:
    """The app's TTF files: the bare programs draw with the same font, so the same glyphs."""
    return sorted((REPO_DIR / "resources" / "fonts").glob("*.ttf"))


# A bare program for ``bench_memory.py``: writes COUNT PNG screens of a word-wrapped QLabel
# at the given size, the same number of screens as ``cmq-desktop render``. It imports
# nothing from cmq_desktop. Arguments: OUT_DIR COUNT WIDTH HEIGHT FONT_FILE...
BARE_RENDER_SOURCE = r"""
import sys
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel

out_dir, count, width, height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
app = QApplication(sys.argv[:1])
families = [QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(f))
            for f in sys.argv[5:]]
label = QLabel()
label.setWordWrap(True)
font = QFont(families[0][0] if families and families[0] else "")
font.setPixelSize(50)
label.setFont(font)
label.resize(width, height)
words = "les campus des métiers et des qualifications relient formation et entreprises".split()
for index in range(count):
    text = " ".join(words[(index + i) % len(words)] for i in range(60))
    label.setText(f"Écran {index + 1}\n{text}")
    if not label.grab().save(f"{out_dir}/{index:03d}.png", "PNG"):
        raise SystemExit(f"cannot write {out_dir}/{index:03d}.png")
print(count)
"""


def bare_render_argv(out_dir: Path, count: int, width: int, height: int) -> list[str]:
    fonts = [str(path) for path in bundled_font_files()]
    return [
        PYTHON,
        "-c",
        BARE_RENDER_SOURCE,
        str(out_dir),
        str(count),
        str(width),
        str(height),
        *fonts,
    ]


def bare_window_argv() -> list[str]:
    """The other engineer's bare QLabel start-up program (bench/bare_window.py)."""
    if not BARE_WINDOW.exists():
        raise SystemExit(f"{BARE_WINDOW} is missing: it is the start-up yardstick")
    return [PYTHON, str(BARE_WINDOW)]
