"""Classe: a slide step with both windows painted, and start to the first audience frame,
each against a bare PySide6 program doing the same.

1. Slide step, two 1920x1080 screens (the offscreen platform given two screens): a Page
   Down ``QKeyEvent`` is posted to the audience window, then events are processed until
   the audience window *and* the console's current-slide preview have painted. The bare
   yardstick: two word-wrapped QLabel windows (one per screen) both given a new text on
   the key. Steps alternate between the two, with the same pause after each.
2. Start-up: ``python -m cmq_desktop --mode classe --exit-after-first-frame`` (the
   audience window's first paint) against ``bench/bare_window.py``, interleaved.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

# Two 1080p screens for this process and its children, before Qt starts.
_SCREENS = Path(tempfile.mkdtemp(prefix="cmq-bench-classe-")) / "screens.json"
_SCREENS.write_text(
    json.dumps(
        {
            "screens": [
                {"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "dpr": 1,
                 "logicalDpi": 96, "logicalDpiX": 96, "logicalDpiY": 96},
                {"name": "projector", "x": 1920, "y": 0, "width": 1920, "height": 1080,
                 "dpr": 1, "logicalDpi": 96, "logicalDpiX": 96, "logicalDpiY": 96},
            ]
        }
    ),
    encoding="utf-8",
)  # fmt: skip
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREENS}"
os.environ["CMQ_DESKTOP_DATA_DIR"] = str(_SCREENS.parent / "data")  # default settings

from bench_next_slide import BareLabel, PaintProbe, settle, wait_painted  # noqa: E402
from common import (  # noqa: E402
    PYTHON,
    bare_window_argv,
    bundled_font_files,
    interleaved_runs,
    load_average,
    median,
    percentile,
    print_samples,
    ratio,
    summary,
)
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QFontDatabase, QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from cmq_desktop.content.loader import load_deck  # noqa: E402
from cmq_desktop.paths import default_deck_dir  # noqa: E402
from cmq_desktop.ui.app import create_application  # noqa: E402
from cmq_desktop.ui.classe.shell import ClasseShell  # noqa: E402

STEP_AIM_MS = 16.0  # as Entraînement's 1080p slide step
START_AIM_RATIO = 1.5
WAIT_LIMIT_NS = 2_000_000_000


def post_key(window: QWidget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.postEvent(window, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def timed(window: QWidget, probes: list[PaintProbe], key: Qt.Key) -> float:
    """ms from posting ``key`` until every probe has seen a paint."""
    for probe in probes:
        probe.at_ns = 0
    start = time.perf_counter_ns()
    post_key(window, key)
    while any(p.at_ns == 0 for p in probes):
        QApplication.processEvents()
        if time.perf_counter_ns() - start > WAIT_LIMIT_NS:
            raise SystemExit("no paint within 2 s: the key got lost")
    return (max(p.at_ns for p in probes) - start) / 1e6


def slide_steps(steps: int, family: str) -> tuple[list[float], list[float]]:
    deck = load_deck(default_deck_dir()).deck
    assert deck is not None
    shell = ClasseShell(deck)
    shell.start(choose_screen=False)
    assert shell.placement is not None and shell.placement.console is not None
    audience_probe, console_probe = PaintProbe(), PaintProbe()
    shell.audience.painted.connect(audience_probe.mark)
    shell.console.current.painted.connect(console_probe.mark)
    wait_painted(audience_probe)
    probes = [audience_probe, console_probe]
    timed(shell.audience, probes, Qt.Key.Key_PageDown)  # start: the first slide
    bares = []
    for index in range(2):
        bare = BareLabel(family, 50)
        bare.setGeometry(1920 * index, 0, 1920, 1080)
        bare.show()
        bares.append(bare)
    bare_probes = [PaintProbe(), PaintProbe()]
    for bare, probe in zip(bares, bare_probes, strict=True):
        bare.painted.connect(probe.mark)
        wait_painted(probe)

    class Both(QWidget):
        """Gives the key to both bare labels, as the app's one key updates both windows."""

        def event(self, event: QEvent) -> bool:
            if isinstance(event, QKeyEvent) and event.type() is QEvent.Type.KeyPress:
                for bare in bares:
                    bare.keyPressEvent(event)
                return True
            return super().event(event)

    both = Both()
    app_ms, bare_ms = [], []
    index, direction, last = 0, 1, len(deck.slides) - 1
    for _ in range(steps):
        if not 0 <= index + direction <= last:
            direction = -direction
        index += direction
        key = Qt.Key.Key_PageDown if direction > 0 else Qt.Key.Key_PageUp
        app_ms.append(timed(shell.audience, probes, key))
        settle()
        bare_ms.append(timed(both, bare_probes, Qt.Key.Key_Right))
        settle()
    screen = shell.model.state.screen
    assert screen.log_line.startswith(f"SLIDE {index + 1}/"), "the key presses got lost"
    shell.quit()
    for bare in bares:
        bare.close()
    QApplication.processEvents()
    return app_ms, bare_ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    app = create_application()
    families = [
        QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))
        for path in bundled_font_files()
    ]
    family = families[0][0] if families and families[0] else app.font().family()
    print(f"Classe slide step, 1920x1080 + 1920x1080, {args.steps} steps; {load_average()}")
    app_ms, bare_ms = slide_steps(args.steps, family)
    for name, values in (("app (both windows)", app_ms), ("bare (two QLabels)", bare_ms)):
        print(
            f"  {name:22} p50 {median(values):6.2f}  p95 {percentile(values, 0.95):6.2f}  "
            f"max {max(values):6.2f} ms"
        )
    app_p95, bare_p95 = percentile(app_ms, 0.95), percentile(bare_ms, 0.95)
    print(f"  ratio p95 {ratio(app_p95, bare_p95):.2f}x; aim app p95 <= {STEP_AIM_MS:.0f} ms")
    summary("classe", "slide step 2x1080p p50", median(app_ms), median(bare_ms), "ms")
    summary(
        "classe", "slide step 2x1080p p95", app_p95, bare_p95, "ms",
        f"app <= {STEP_AIM_MS:.0f} ms", app_p95 <= STEP_AIM_MS,
    )  # fmt: skip
    print(f"Classe start to first audience frame, {args.runs} interleaved runs each")
    classe = [PYTHON, "-m", "cmq_desktop", "--mode", "classe", "--exit-after-first-frame"]
    samples = interleaved_runs({"app": classe, "bare": bare_window_argv()}, args.runs)
    print_samples(samples)
    app_start, bare_start = median(samples["app"]["printed"]), median(samples["bare"]["printed"])
    summary(
        "classe", "start to first audience frame median", app_start, bare_start, "ms",
        f"<= {START_AIM_RATIO}x bare", ratio(app_start, bare_start) <= START_AIM_RATIO,
    )  # fmt: skip
    print(f"after: {load_average()}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
