"""Big decks: load time and start-up grow linearly, and slides are laid out lazily.

Generates decks of 125, 250 and 500 slides (2 questions per slide, in two quiz files) with
``make_big_deck.py`` into a temporary directory, then measures:

* ``load_deck`` (in-process, median of 5, sizes interleaved) for the bundled deck and each
  big deck, with the per-slide cost at each size;
* start-up (``--exit-after-first-frame --deck DIR``, interleaved) bundled deck vs 500;
* lazy rendering: after showing the window on the 500-slide deck, the renderer's layout
  cache (``SlideRenderer._layouts``) must hold only what was painted (<= 3 entries).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from common import (
    APP_STARTUP,
    check_ok,
    load_average,
    median,
    percentile,
    ratio,
    run_child,
    summary,
)
from make_big_deck import make_deck

from cmq_desktop.content.loader import load_deck
from cmq_desktop.paths import default_deck_dir

SIZES = (125, 250, 500)
LINEAR_TOLERANCE = 1.3  # per-slide cost at 500 within 1.3x of the cost at 125
MAX_LAYOUTS = 3


def time_loads(decks: dict[str, Path], rounds: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in decks}
    for path in decks.values():
        load_deck(path)  # warm the file cache and the regex caches
    for _ in range(rounds):
        for name, path in decks.items():
            start = time.perf_counter()
            result = load_deck(path)
            times[name].append((time.perf_counter() - start) * 1000.0)
            assert result.deck is not None and result.ok, f"{name}: {result.problems[:3]}"
    return times


def time_startups(decks: dict[str, Path], runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in decks}
    for path in decks.values():
        check_ok(run_child([*APP_STARTUP, "--deck", str(path)]), "warm-up")
    for index in range(runs):
        order = list(decks.items())
        if index % 2:
            order.reverse()
        for name, path in order:
            run = check_ok(run_child([*APP_STARTUP, "--deck", str(path)]), name)
            times[name].append(run.wall_ms)
    return times


def lazy_layouts(deck_dir: Path) -> tuple[int, int, int]:
    """Layouts cached after the start screen, after the first slide, and the slide count."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from cmq_desktop.ui.app import Application, create_application

    create_application()
    deck = load_deck(deck_dir).deck
    assert deck is not None
    application = Application(deck)
    window = application.window
    painted: list[str] = []
    window.start_view.painted.connect(lambda: painted.append("start"))
    window.slide_view.painted.connect(lambda: painted.append("slide"))
    window.resize(1920, 1080)
    window.show()
    _process_until(lambda: "start" in painted)
    after_start = len(application.renderer._layouts)
    key = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, key)
    _process_until(lambda: "slide" in painted)
    after_slide = len(application.renderer._layouts)
    window.close()
    return after_start, after_slide, len(deck.slides)


def _process_until(done, limit_s: float = 5.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + limit_s
    while not done() and time.perf_counter() < deadline:
        QApplication.processEvents()
    assert done(), "the window was never painted"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5, help="load_deck timings per deck")
    parser.add_argument("--runs", type=int, default=7, help="start-ups per deck")
    args = parser.parse_args()
    print(f"big decks; {load_average()}")
    tmp = Path(tempfile.mkdtemp(prefix="cmq-bench-big-"))
    try:
        decks = {"default": default_deck_dir()}
        for slides in SIZES:
            decks[str(slides)] = make_deck(tmp / f"deck-{slides}", slides)
        counts = {}
        for name, path in decks.items():
            deck = load_deck(path).deck
            assert deck is not None
            counts[name] = (len(deck.slides), sum(len(s.questions) for s in deck.quiz_sets))

        loads = time_loads(decks, args.rounds)
        base = median(loads["default"])
        print(f"load_deck, median of {args.rounds}:")
        for name, times in loads.items():
            slides, questions = counts[name]
            ms = median(times)
            print(
                f"  {name:>8}: {slides:4d} slides {questions:5d} questions  {ms:8.2f} ms  "
                f"x{ratio(ms, base):6.1f} vs default  {1000 * ms / slides:6.1f} µs/slide"
            )
        per_slide = {n: median(loads[n]) / counts[n][0] for n in map(str, SIZES)}
        growth = per_slide[str(SIZES[-1])] / per_slide[str(SIZES[0])]
        linear = growth <= LINEAR_TOLERANCE
        print(
            f"  per-slide cost {SIZES[-1]} vs {SIZES[0]}: {growth:.2f}x -> "
            f"{'linear' if linear else 'NOT linear'}"
        )
        big = str(SIZES[-1])
        summary(
            "big_deck",
            f"load_deck {big} slides",
            median(loads[big]),
            base,
            "ms",
            f"linear (<= {LINEAR_TOLERANCE}x per slide)",
            linear,
            note=f"per-slide {SIZES[-1]} vs {SIZES[0]} {growth:.2f}x",
        )

        starts = time_startups({"default": decks["default"], big: decks[big]}, args.runs)
        start_default, start_big = median(starts["default"]), median(starts[big])
        print(
            f"start-up wall, median of {args.runs} (p90): default {start_default:.0f} ms "
            f"({percentile(starts['default'], 0.9):.0f}), {big} slides {start_big:.0f} ms "
            f"({percentile(starts[big], 0.9):.0f}); ratio {ratio(start_big, start_default):.2f}x"
            f"; extra {start_big - start_default:.0f} ms"
        )
        summary("big_deck", f"start-up {big} slides", start_big, start_default, "ms")

        after_start, after_slide, total = lazy_layouts(decks[big])
        lazy = after_slide <= MAX_LAYOUTS
        print(
            f"lazy rendering on {total} slides: SlideRenderer._layouts holds {after_start} "
            f"after the start screen, {after_slide} after the first slide "
            f"(aim <= {MAX_LAYOUTS}): {'ok' if lazy else 'NOT lazy'}"
        )
        summary(
            "big_deck", "layouts cached", after_slide, None, "layouts", f"<= {MAX_LAYOUTS}", lazy
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"after: {load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
