"""Esc mid-quiz asks before going home (« Continuer le quiz » by default); slides go home."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import modal_box, to_quiz

K = Qt.Key


def test_escape_on_a_question_asks_and_enter_continues(qtbot, app_window) -> None:
    window = app_window.window
    to_quiz(qtbot, app_window)
    qtbot.keyClick(window, K.Key_O)  # question 1 answered (or a reminder): progress made
    line = app_window.model.state.screen.log_line
    qtbot.keyClick(window, K.Key_Escape)
    box = modal_box(qtbot)
    assert box.text() == "Quitter le quiz\u00a0? Vos réponses seront perdues."
    labels = [b.text() for b in box.buttons()]
    assert sorted(labels) == ["Continuer le quiz", "Revenir à l’accueil"]
    assert box.defaultButton().text() == "Continuer le quiz"
    assert window.stack.currentWidget() is window.question_view  # nothing lost yet
    qtbot.keyClick(box, K.Key_Return)  # the default: continue
    qtbot.waitUntil(lambda: not box.isVisible())
    assert app_window.model.state.screen.log_line == line


def test_escape_then_revenir_goes_home_and_home_key_asks_too(qtbot, app_window) -> None:
    window = app_window.window
    to_quiz(qtbot, app_window)
    qtbot.keyClick(window, K.Key_Home)
    box = modal_box(qtbot)
    home = next(b for b in box.buttons() if b.text() == "Revenir à l’accueil")
    home.setFocus()
    qtbot.keyClick(home, K.Key_Space)  # keyboard-operable
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start_view)


def test_escape_on_a_slide_goes_home_without_asking(qtbot, app_window) -> None:
    window = app_window.window
    qtbot.keyClick(window, K.Key_Right)
    qtbot.keyClick(window, K.Key_Escape)
    assert window.stack.currentWidget() is window.start_view
    assert QApplication.activeModalWidget() is None
