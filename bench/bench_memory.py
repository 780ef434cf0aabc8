"""Peak memory: the child's own peak RSS (``os.wait4`` rusage ``ru_maxrss``), app vs bare.

1. ``python -m cmq_desktop --exit-after-first-frame`` vs ``bench/bare_window.py``.
2. ``python -m cmq_desktop render --out TMP --size 1920x1080`` (every slide and quiz screen
   as a PNG) vs a bare program that writes as many 1920x1080 PNGs of a word-wrapped QLabel.

Runs alternate app and bare; the median of each is compared.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from common import (
    APP_STARTUP,
    PYTHON,
    ChildRun,
    bare_render_argv,
    bare_window_argv,
    check_ok,
    load_average,
    median,
    ratio,
    run_child,
    summary,
)

TARGET_RATIO = 1.5
RENDER_SIZE = (1920, 1080)


def screen_count() -> int:
    """How many PNGs ``cmq-desktop render`` writes for the bundled deck."""
    from cmq_desktop.content.loader import load_deck
    from cmq_desktop.paths import default_deck_dir

    deck = load_deck(default_deck_dir()).deck
    assert deck is not None
    per_set = [3 * len(quiz_set.questions) + 1 for quiz_set in deck.quiz_sets]
    return 1 + len(deck.slides) + sum(per_set)


def alternate(runs: int, app: list[str], bare: list[str]) -> tuple[list[ChildRun], list[ChildRun]]:
    app_runs: list[ChildRun] = []
    bare_runs: list[ChildRun] = []
    for index in range(runs):
        pairs = [(app, app_runs, "app"), (bare, bare_runs, "bare")]
        if index % 2:
            pairs.reverse()
        for argv, into, name in pairs:
            into.append(check_ok(run_child(argv, timeout_s=110), name))
    return app_runs, bare_runs


def report(
    metric: str, app_runs: list[ChildRun], bare_runs: list[ChildRun], target: float | None
) -> None:
    app_mb = median([run.maxrss_mb for run in app_runs])
    bare_mb = median([run.maxrss_mb for run in bare_runs])
    app_ms = median([run.wall_ms for run in app_runs])
    bare_ms = median([run.wall_ms for run in bare_runs])
    aim = f" (aim <= {target}x)" if target else ""
    print(
        f"{metric}: app {app_mb:.1f} MB, bare {bare_mb:.1f} MB, ratio "
        f"{ratio(app_mb, bare_mb):.2f}x{aim}; extra {app_mb - bare_mb:.1f} MB; "
        f"wall app {app_ms:.0f} ms, bare {bare_ms:.0f} ms"
    )
    summary(
        "memory",
        f"{metric} peak RSS",
        app_mb,
        bare_mb,
        "MB",
        f"<= {target}x" if target else "",
        None if target is None else ratio(app_mb, bare_mb) <= target,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"peak RSS, {args.runs} interleaved runs each; {load_average()}")
    app_runs, bare_runs = alternate(args.runs, list(APP_STARTUP), bare_window_argv())
    report("first frame", app_runs, bare_runs, TARGET_RATIO)

    count = screen_count()
    width, height = RENDER_SIZE
    tmp = Path(tempfile.mkdtemp(prefix="cmq-bench-render-"))
    try:
        app_out, bare_out = tmp / "app", tmp / "bare"
        app_out.mkdir()
        bare_out.mkdir()
        render_argv = [
            PYTHON,
            "-m",
            "cmq_desktop",
            "render",
            "--out",
            str(app_out),
            "--size",
            f"{width}x{height}",
        ]
        app_runs, bare_runs = alternate(
            args.runs, render_argv, bare_render_argv(bare_out, count, width, height)
        )
        written = len(list(app_out.glob("*.png")))
        print(f"render: app wrote {written} PNGs, bare wrote {count}")
        report(f"render {count} screens", app_runs, bare_runs, None)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"after: {load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
