"""Run every benchmark in sequence and print one summary table.

    .venv/bin/python bench/run_all.py

Each benchmark runs as its own process (its output is shown as it comes) and ends with
``SUMMARY {json}`` lines, gathered here into the table.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

from common import BENCH_DIR, REPO_DIR, SUMMARY_PREFIX, load_average

BENCHES = (
    "bench_startup.py",
    "bench_next_slide.py",
    "bench_memory.py",
    "bench_big_deck.py",
    # Builds the frozen app and a frozen bare window (about a minute), then times both.
    "bench_frozen.py",
)
TIME_LIMIT_S = 120


def run_bench(script: str) -> tuple[list[dict], float, int]:
    """Run one benchmark, echo its output, return its summary records, seconds, exit code."""
    print(f"\n=== {script} ===", flush=True)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(BENCH_DIR / script)],
        cwd=REPO_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
    )
    assert proc.stdout is not None
    records = []
    for line in proc.stdout:
        if line.startswith(SUMMARY_PREFIX):
            records.append(json.loads(line[len(SUMMARY_PREFIX) :]))
        else:
            print(line, end="", flush=True)
    code = proc.wait()
    return records, time.perf_counter() - start, code


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def print_table(records: list[dict]) -> None:
    header = ("bench", "metric", "app", "bare/base", "ratio", "unit", "target", "ok")
    rows = [header]
    for r in records:
        ok = {True: "yes", False: "NO", None: ""}[r["ok"]]
        ratio = "-" if r["ratio"] is None else f"{r['ratio']:.2f}x"
        rows.append(
            (
                r["bench"],
                r["metric"],
                _cell(r["app"]),
                _cell(r["bare"]),
                ratio,
                r["unit"],
                r["target"],
                ok,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            print("  ".join("-" * width for width in widths))
    notes = [f"{r['bench']} {r['metric']}: {r['note']}" for r in records if r["note"]]
    for note in notes:
        print(f"note: {note}")


def main() -> int:
    print(f"before: {load_average()}")
    records: list[dict] = []
    failed = []
    for script in BENCHES:
        bench_records, seconds, code = run_bench(script)
        records += bench_records
        status = "ok" if code == 0 else f"exit code {code}"
        too_slow = " (over the 2-minute budget)" if seconds > TIME_LIMIT_S else ""
        print(f"--- {script}: {seconds:.1f} s, {status}{too_slow}", flush=True)
        if code != 0:
            failed.append(script)
    print(f"\n=== summary ({load_average()}) ===")
    print_table(records)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
