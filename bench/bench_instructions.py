"""Start-up in instructions: CMQ Desktop's first frame vs a bare window, under callgrind.

Milliseconds on a shared machine move by tens of percent from one run to the next; the
number of instructions a start executes does not (a few parts per thousand). This runs
``python -m cmq_desktop --exit-after-first-frame`` (optionally with ``--mode classe``) and
``bench/bare_window.py`` once each under ``valgrind --tool=callgrind`` (after a plain
warm-up run that fills the bytecode cache) and prints both counts and their ratio. Use it
to compare two versions of a start-up change; ``bench_startup.py`` gives the milliseconds.
The whole process is counted, from its start to its exit after the first frame.

Needs valgrind (``apt-get install valgrind``); about a minute per program.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import tempfile

from common import APP_STARTUP, REPO_DIR, bare_window_argv, check_ok, child_env, run_child, summary

_COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(argv: list[str]) -> int:
    """Instructions executed by ``argv`` (its first frame, then its exit), per callgrind."""
    check_ok(run_child(argv), "warm-up")  # the bytecode cache, as an installed copy has it
    with tempfile.TemporaryDirectory() as data_dir:
        env = child_env()
        env["CMQ_DESKTOP_DATA_DIR"] = data_dir
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
            cwd=REPO_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
    found = _COLLECTED.search(result.stderr)
    if result.returncode != 0 or found is None:
        raise SystemExit(f"callgrind failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mode", choices=("entrainement", "classe"), default="entrainement")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: apt-get install valgrind")
        return 2
    app_argv = [*APP_STARTUP, *(["--mode", args.mode] if args.mode != "entrainement" else [])]
    app, bare = instructions(app_argv), instructions(bare_window_argv())
    print(f"app  {app / 1e6:8.1f} M instructions ({' '.join(app_argv[1:])})")
    print(f"bare {bare / 1e6:8.1f} M instructions (bench/bare_window.py)")
    print(f"ratio {app / bare:.2f}x")
    summary("instructions", f"first frame, {args.mode}", app / 1e6, bare / 1e6, "M instr")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
