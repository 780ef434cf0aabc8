"""Soak of the Stand mode: thousands of visitors through the real kiosk widgets, one process.

Each simulated visitor starts from the attract loop (a click, or a key for one in four),
answers every question by clicking an answer button or pressing its key, goes on by a
tap, reaches the score screen, and the stand resets (its "J’ai terminé" button, or the
idle timeout on a manual clock); every tenth visitor plays "Rejouer" first, every
fiftieth is interrupted by the idle countdown mid-quiz. The statistics go to a real
SQLite store. The bench samples the resident memory and the number of live Qt objects
(every QObject under the kiosk's window and shell, plus the application's widgets) after
200 visitors and every 1,000: from the 1,000th visitor on, memory should grow by less than
10 MB and Qt objects not at all. The first thousand visitors fill Qt's pixmap cache
(``QPixmapCache``, capped at 10 MB by default; style sheets draw the buttons through it):
the growth from the 200th visitor is printed too, and ``--pixmap-cache-kb 512`` shows
that part shrinking with the cap.

    python bench/bench_stand_soak.py [--visitors 5000] [--pixmap-cache-kb KB]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import tempfile
import time
from pathlib import Path

from common import summary  # also sets QT_QPA_PLATFORM=offscreen for this process

FIRST_SAMPLE = 200
WARM_UP = 1000  # the pixmap cache is full by then (see above)
TARGET_MB = 10.0


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status (Linux only)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visitors", type=int, default=5000)
    parser.add_argument("--pixmap-cache-kb", type=int, help="cap Qt's pixmap cache (KB)")
    args = parser.parse_args()

    from PySide6.QtCore import QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cmq_desktop.content.loader import load_deck
    from cmq_desktop.paths import default_deck_dir
    from cmq_desktop.quiz.screens import QuestionScreen
    from cmq_desktop.quiz.shortcuts import answer_letters
    from cmq_desktop.quiz.visitor_run import StandScoreScreen
    from cmq_desktop.stand.pin import save_pin
    from cmq_desktop.stand.settings import StandSettings, save_settings
    from cmq_desktop.stats.store import StatsStore
    from cmq_desktop.ui.app import create_application
    from cmq_desktop.ui.stand.backends import StandPin, StandSettingsFile
    from cmq_desktop.ui.stand.shell import StandShell
    from cmq_desktop.ui.stand.staff_access import StaffAccess

    app = create_application()
    if args.pixmap_cache_kb is not None:
        from PySide6.QtGui import QPixmapCache

        QPixmapCache.setCacheLimit(args.pixmap_cache_kb)
    deck = load_deck(default_deck_dir()).deck
    assert deck is not None
    # In memory-backed /dev/shm when there is one: the soak measures memory and objects,
    # not the disk's fsync time (the kill -9 test covers the disk).
    shm = Path("/dev/shm")
    folder = Path(tempfile.mkdtemp(prefix="cmq-stand-soak-", dir=shm if shm.is_dir() else None))
    save_pin("2580", folder / "pin.json")
    # Three questions a visitor and a small window: the same widgets and code paths in
    # less painting time (the machine running it is shared).
    settings = StandSettings(questions_per_visitor=3, campus_url="https://example.org/cmq")
    save_settings(settings, folder / "settings.json")
    now = [0.0]
    store = StatsStore.open(folder / "stats.sqlite3")
    shell = StandShell(
        deck,
        store,
        StaffAccess(StandPin(folder / "pin.json", lambda: now[0])),
        StandSettingsFile(folder / "settings.json"),
        lambda: now[0],
    )
    shell.window.locked = False
    shell.window.resize(960, 540)
    shell.start()
    window, rng = shell.window, random.Random(9)

    def pump() -> None:
        now[0] += 0.5
        app.processEvents()

    def live_qt_objects() -> int:
        owned = window.findChildren(QObject) + shell.findChildren(QObject)
        return len(owned) + len(QApplication.allWidgets())

    def visitor(number: int) -> bool:
        """One visitor; True when they reached their score screen."""
        if number % 4 == 0:
            QTest.keyClick(window, Qt.Key.Key_Space)
        else:
            QTest.mouseClick(shell.attract, Qt.MouseButton.LeftButton)
        pump()
        rounds = 2 if number % 10 == 0 else 1
        for round_ in range(rounds):
            while isinstance(screen := shell.kiosk.state.screen, QuestionScreen):
                if number % 50 == 0 and screen.number == 2:
                    now[0] += 120  # walked away mid-quiz: countdown, then the loop
                    shell.timer.timeout.emit()
                    pump()
                    return False
                index = rng.randrange(2)
                if number % 3 == 0:
                    letter = answer_letters(screen.question.labels)[index] or str(index + 1)
                    QTest.keyClick(window, getattr(Qt.Key, f"Key_{letter}"))
                else:
                    QTest.mouseClick(
                        shell.question.answer_buttons[index], Qt.MouseButton.LeftButton
                    )
                pump()
                QTest.mouseClick(shell.question, Qt.MouseButton.LeftButton)  # tap goes on
                pump()
            assert isinstance(shell.kiosk.state.screen, StandScoreScreen)
            if round_ + 1 < rounds:
                QTest.mouseClick(shell.score.replay_button, Qt.MouseButton.LeftButton)
                pump()
        if number % 2:
            QTest.mouseClick(shell.score.done_button, Qt.MouseButton.LeftButton)
        else:
            now[0] += 120
            shell.timer.timeout.emit()
        pump()
        assert shell.window.stack.currentWidget() is shell.attract
        return True

    started = time.perf_counter()
    finished = 0
    samples: list[tuple[int, float, int]] = []
    for number in range(1, args.visitors + 1):
        finished += visitor(number)
        if number == FIRST_SAMPLE or number % 1000 == 0 or number == args.visitors:
            gc.collect()
            app.processEvents()
            samples.append((number, rss_mb(), live_qt_objects()))
            print(
                f"visitor {number:>6}: RSS {samples[-1][1]:7.1f} MB, Qt objects {samples[-1][2]}",
                flush=True,
            )
    elapsed = time.perf_counter() - started
    stats = store.summary()
    first, last = samples[0], samples[-1]
    base = next((sample for sample in samples if sample[0] >= WARM_UP), first)
    growth = last[1] - base[1]
    qt_growth = last[2] - first[2]
    print(
        f"{args.visitors} visitors in {elapsed:.0f} s ({1000 * elapsed / args.visitors:.1f} ms "
        f"each); store: {stats.started} started, {stats.finished} finished"
    )
    print(
        f"memory: {first[1]:.1f} MB at visitor {first[0]}, {base[1]:.1f} MB at {base[0]}, "
        f"{last[1]:.1f} MB at {last[0]}: +{last[1] - first[1]:.1f} MB from {first[0]}, "
        f"+{growth:.1f} MB from {base[0]} (target < {TARGET_MB:.0f} MB); "
        f"live Qt objects {first[2]} -> {last[2]}"
    )
    summary(
        "stand_soak",
        f"memory growth from visitor {base[0]}",
        round(growth, 2),
        None,
        "MB",
        f"< {TARGET_MB:.0f} MB",
        growth < TARGET_MB,
        f"{args.visitors} visitors, {stats.finished} scores in the store; "
        f"+{last[1] - first[1]:.1f} MB from visitor {first[0]}",
    )
    summary(
        "stand_soak",
        "live Qt objects growth",
        qt_growth,
        None,
        "objects",
        "<= 0",
        qt_growth <= 0,
        f"{base[2]} -> {last[2]}",
    )
    print(json.dumps({"samples": samples}))
    shell.timer.stop()
    store.close()
    return 0 if growth < TARGET_MB and qt_growth <= 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
