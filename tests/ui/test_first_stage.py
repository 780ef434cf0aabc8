"""The start-up's first stage (ui/launch.py, then ui/app.py): only what the first frame
shows is imported before it; the engine, the dialogs and the other views come after.

``--exit-after-first-frame`` quits at the start screen's first paint, before the second
stage, so the modules a run with it imports are those of the first stage. No timing here
(bench/bench_startup.py measures); these are facts about what is imported, and in which
order, and what the window shows before and after the second stage.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from cmq_desktop.content.model import Deck
from cmq_desktop.modes.registry import mode_by_id
from cmq_desktop.ui.app import Application, create_application
from cmq_desktop.ui.print_button import BOX as PRINT_BOX
from cmq_desktop.ui.print_button import DISPLAY_BOX

ROOT = Path(__file__).resolve().parents[2]
FIRST_FRAME = "--exit-after-first-frame"

# Whole subsystems that the start screen does not need (prefixes of module names).
NOT_BEFORE_THE_FIRST_FRAME = (
    "cmq_desktop.quiz.lesson",
    "cmq_desktop.quiz.screens",
    "cmq_desktop.quiz.session",
    "cmq_desktop.quiz.pupil_quiz",
    "cmq_desktop.quiz.class_round",
    "cmq_desktop.quiz.visitor_run",
    "cmq_desktop.quiz.events",
    "cmq_desktop.quiz.activity",
    "cmq_desktop.quiz.navigator",
    "cmq_desktop.stats",
    "cmq_desktop.stand",
    "cmq_desktop.commands",
    "cmq_desktop.modes.classe",
    "cmq_desktop.modes.stand",
    "cmq_desktop.ui.classe",
    "cmq_desktop.ui.stand",
    "cmq_desktop.ui.controller",
    "cmq_desktop.ui.lesson_model",
    "cmq_desktop.ui.slide_view",
    "cmq_desktop.ui.question_view",
    "cmq_desktop.ui.results_view",
    "cmq_desktop.ui.recent_decks",
    "cmq_desktop.ui.print_button",
    "cmq_desktop.ui.deck_problems",
    "cmq_desktop.ui.crash_dialog",
    "cmq_desktop.ui.key_names",
    "cmq_desktop.ui.image_cache",
    "cmq_desktop.ui.pdf",
    "cmq_desktop.ui.render_export",
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
    "sqlite3",
)


def first_stage_imports(tmp_path: Path, *args: str) -> list[str]:
    """The modules a real start imports up to the first frame, in import order."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CMQ_DESKTOP_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "cmq_desktop", FIRST_FRAME, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert float(result.stdout.split()[-1]) > 0  # it did paint and print its first frame
    # "import time:   self [us] |  cumulative | imported package", one line per module.
    return [
        line.rsplit("|", 1)[1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "|" in line and "imported package" not in line
    ]


def test_the_first_frame_imports_only_the_first_stage(tmp_path: Path) -> None:
    modules = first_stage_imports(tmp_path)
    assert "cmq_desktop.ui.start_view" in modules  # the real start screen was built
    early = [m for m in modules if m.startswith(NOT_BEFORE_THE_FIRST_FRAME)]
    assert early == []


def test_the_deck_is_loaded_before_qt_is_imported(tmp_path: Path) -> None:
    # PySide6 reads the source of every module imported after it (shibokensupport's
    # feature check): the content loader and the crash log come first (ui/launch.py).
    modules = first_stage_imports(tmp_path)
    qt = modules.index("PySide6.QtCore")
    for pure in ("cmq_desktop.content.loader", "cmq_desktop.crash_log", "logging"):
        assert modules.index(pure) < qt, pure


def test_a_deck_with_problems_still_starts_with_the_first_stage_only(tmp_path: Path) -> None:
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / "presentation.md").write_text("# Un titre\n\n---\n\n# \n", encoding="utf-8")
    modules = first_stage_imports(tmp_path / "data", "--deck", str(deck))
    assert [m for m in modules if m.startswith(NOT_BEFORE_THE_FIRST_FRAME)] == []


@pytest.fixture
def first_stage(qtbot, default_deck: Deck):
    create_application()
    application = Application(default_deck, mode_by_id("entrainement"), finish_later=True)
    window = application.window
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield application
    window.close()
    QApplication.processEvents()


def test_the_first_stage_shows_the_start_screen_the_second_adds_to_it(
    qtbot, first_stage: Application
) -> None:
    window = first_stage.window
    start = window.start_view
    assert window.stack.currentWidget() is start
    assert start.screen_model is not None and start.screen_model.has_slides
    quiz_buttons = [b.text() for b in start.quiz_buttons]
    assert quiz_buttons and all("question" in text for text in quiz_buttons)
    assert window.actions() == []  # the right-click menu comes with the second stage
    before = start.grab().toImage()

    first_stage.finish_start()
    QApplication.processEvents()
    assert first_stage.model.state.screen == start.screen_model  # the same start screen
    assert [b.text() for b in start.quiz_buttons] == quiz_buttons  # the same buttons, kept
    assert any("Imprimer" in b.text() for b in start.findChildren(type(start.start_button)))
    assert window.actions()
    after = start.grab().toImage()
    # Nothing moves: the cover, its title and the buttons are the same pixels; the print
    # and display buttons (bottom corners) are the only additions on a first start (no
    # recent deck yet).
    added = [start.to_widget(box).adjusted(-2, -2, 2, 2) for box in (PRINT_BOX, DISPLAY_BOX)]
    changed = [
        QPoint(x, y)
        for x in range(0, before.width(), 3)
        for y in range(0, before.height(), 3)
        if before.pixel(x, y) != after.pixel(x, y)
        and not any(box.contains(QPoint(x, y)) for box in added)
    ]
    assert changed == []
    assert all(before.pixel(box.center()) != after.pixel(box.center()) for box in added)


def test_keys_and_the_slides_work_once_the_second_stage_ran(
    qtbot, first_stage: Application
) -> None:
    first_stage.finish_start()
    window = first_stage.window
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.stack.currentWidget() is window.slide_view
    assert window.slide_view.slide == first_stage.deck.slides[0]
