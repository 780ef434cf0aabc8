"""Next slide: a real key press to the painted slide, CMQ Desktop vs a bare QLabel window.

In one process, offscreen: a real ``MainWindow`` (``create_application`` +
``Application(deck)``) and a bare word-wrapped QLabel window of the same size. For each
step a Right (or Left, walking back from the end of the deck) ``QKeyEvent`` is *posted* to
the window, then ``QApplication.processEvents()`` runs until the view's ``painted`` signal
fires: the time covers event delivery, the controller, ``update()``, Qt's update request and
the whole ``paintEvent`` (but not the offscreen backing-store flush). If no paint came
within 2 s, ``repaint()`` is forced and the step is counted as "forced" (it never should).
App and bare steps alternate, so both share the machine's noise. Each size gets a fresh
``Application`` (empty layout cache), so the first visit of each slide is measured too.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass, field

from common import bundled_font_files, load_average, median, percentile, ratio, summary
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from cmq_desktop.content.loader import load_deck
from cmq_desktop.paths import default_deck_dir
from cmq_desktop.ui.app import Application, create_application

SIZES = {(1920, 1080): 16.0, (3840, 2160): 33.0}  # size -> p95 aim in ms
WAIT_LIMIT_NS = 2_000_000_000
# Pause after each step, well under a presenter's pace between two clicks.
SETTLE_MS = 150

WORDS_TEXT = (
    "les campus des métiers et des qualifications relient les lycées les centres de "
    "formation les universités et les entreprises d’un même secteur pour promouvoir "
    "les métiers faire évoluer les formations et accompagner les élèves"
)
WORDS = tuple(WORDS_TEXT.split())


@dataclass
class Steps:
    times_ms: list[float] = field(default_factory=list)
    forced: int = 0
    by_slide: dict[str, list[float]] = field(default_factory=dict)

    def slowest(self, count: int = 3) -> str:
        medians = sorted(
            ((median(times), slide_id) for slide_id, times in self.by_slide.items()),
            reverse=True,
        )
        return ", ".join(f"{slide_id} {ms:.1f}" for ms, slide_id in medians[:count])


class PaintProbe(QObject):
    """Remembers when a ``painted``-like signal last fired."""

    def __init__(self) -> None:
        super().__init__()
        self.at_ns = 0

    def mark(self) -> None:
        self.at_ns = time.perf_counter_ns()


def timed_key(window: QWidget, view: QWidget, probe: PaintProbe, key: Qt.Key) -> tuple[float, bool]:
    """Post ``key`` to ``window``; ms until ``view`` painted, and whether repaint was forced."""
    probe.at_ns = 0
    start = time.perf_counter_ns()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.postEvent(window, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
    forced = False
    while probe.at_ns == 0:
        QApplication.processEvents()
        if probe.at_ns == 0 and time.perf_counter_ns() - start > WAIT_LIMIT_NS:
            view.repaint()
            forced = True
    return (probe.at_ns - start) / 1e6, forced


class BareLabel(QLabel):
    """The yardstick: on Right/Left, a new long text in a big word-wrapped font."""

    painted = Signal()

    def __init__(self, family: str, pixel_size: int) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        font = QFont(family)
        font.setPixelSize(pixel_size)
        self.setFont(font)
        self.setStyleSheet("background: white; color: #1a1a1a;")
        self.counter = 0
        self.next_text()

    def next_text(self) -> None:
        self.counter += 1
        offset = self.counter * 7
        body = " ".join(WORDS[(offset + i) % len(WORDS)] for i in range(70))
        self.setText(f"Diapositive {self.counter}\n\n{body}")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.next_text()  # setText() schedules the repaint, as show_slide's update() does

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()


def settle(ms: float = SETTLE_MS) -> None:
    """Let pending idle work run (the app draws the next slide ahead) before the next key:
    a presenter talks between two clicks. Both programs get the same pause, and no pause
    is inside a timed step."""
    end = time.perf_counter_ns() + ms * 1e6
    while time.perf_counter_ns() < end:
        QApplication.processEvents()


def wait_painted(probe: PaintProbe) -> None:
    start = time.perf_counter_ns()
    while probe.at_ns == 0 and time.perf_counter_ns() - start < WAIT_LIMIT_NS:
        QApplication.processEvents()


def bench_size(width: int, height: int, steps: int, family: str) -> tuple[Steps, Steps, Steps]:
    """Steps of the app, of the bare label, and the app's first visits of each slide."""
    deck = load_deck(default_deck_dir()).deck
    assert deck is not None
    application = Application(deck)
    window = application.window
    window.resize(width, height)
    start_probe = PaintProbe()
    window.start_view.painted.connect(start_probe.mark)
    window.show()
    wait_painted(start_probe)
    view = window.slide_view
    probe = PaintProbe()
    view.painted.connect(probe.mark)
    # Start the presentation with a real key too (the start screen's "forward").
    timed_key(window, view, probe, Qt.Key.Key_Right)

    bare = BareLabel(family, round(50 * height / 1080))
    bare.resize(width, height)
    bare_probe = PaintProbe()
    bare.painted.connect(bare_probe.mark)
    bare.show()
    wait_painted(bare_probe)

    app_steps, bare_steps, first_visits = Steps(), Steps(), Steps()
    seen = {0}
    index, direction, last = 0, 1, len(deck.slides) - 1
    for _ in range(steps):
        if index + direction > last or index + direction < 0:
            direction = -direction
        key = Qt.Key.Key_Right if direction > 0 else Qt.Key.Key_Left
        index += direction
        elapsed, forced = timed_key(window, view, probe, key)
        settle()
        app_steps.times_ms.append(elapsed)
        app_steps.forced += forced
        app_steps.by_slide.setdefault(deck.slides[index].id, []).append(elapsed)
        if index not in seen:
            seen.add(index)
            first_visits.times_ms.append(elapsed)
        elapsed, forced = timed_key(bare, bare, bare_probe, key)
        settle()
        bare_steps.times_ms.append(elapsed)
        bare_steps.forced += forced
    assert application.lesson.navigator.index == index, "the key presses got lost"
    window.close()
    bare.close()
    window.deleteLater()
    bare.deleteLater()
    QApplication.processEvents()
    return app_steps, bare_steps, first_visits


def stats_line(name: str, steps: list[float]) -> str:
    return (
        f"  {name:22} p50 {median(steps):6.2f}  p95 {percentile(steps, 0.95):6.2f}  "
        f"max {max(steps):6.2f} ms  (n={len(steps)})"
    )


def report_size(size: str, aim: float, steps: tuple[Steps, Steps, Steps], label: str) -> None:
    app_steps, bare_steps, first = steps
    app_times, bare_times = app_steps.times_ms, bare_steps.times_ms
    app_p95, bare_p95 = percentile(app_times, 0.95), percentile(bare_times, 0.95)
    print(f"{size}{label}:")
    print(stats_line("app", app_times))
    print(stats_line("app, first visits", first.times_ms))
    print(stats_line("bare QLabel", bare_times))
    print(f"  slowest slides (median ms): {app_steps.slowest()}")
    print(
        f"  ratio p50 {ratio(median(app_times), median(bare_times)):.2f}x"
        f", p95 {ratio(app_p95, bare_p95):.2f}x; app p95 aim <= {aim:.0f} ms: "
        f"{'ok' if app_p95 <= aim else 'MISSED'}; forced repaints: app "
        f"{app_steps.forced}, bare {bare_steps.forced}"
    )
    what_if = bool(label)  # a labelled variant is shown, not judged against the aims
    metric = f"{size}{label}"
    summary("next_slide", f"{metric} p50", median(app_times), median(bare_times), "ms")
    summary(
        "next_slide",
        f"{metric} p95",
        app_p95,
        bare_p95,
        "ms",
        "" if what_if else f"app <= {aim:.0f} ms",
        None if what_if else app_p95 <= aim,
    )
    summary(
        "next_slide",
        f"{metric} max",
        max(app_times),
        max(bare_times),
        "ms",
        note=f"first visits max {max(first.times_ms):.1f} ms",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--label", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    app = create_application()
    families = [
        QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))
        for path in bundled_font_files()
    ]
    family = families[0][0] if families and families[0] else app.font().family()
    print(
        f"next slide{args.label}, {args.steps} steps per size, post key + processEvents "
        f"until painted; {load_average()}"
    )
    for (width, height), aim in SIZES.items():
        steps = bench_size(width, height, args.steps, family)
        report_size(f"{width}x{height}", aim, steps, args.label)
    print(f"after: {load_average()}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
