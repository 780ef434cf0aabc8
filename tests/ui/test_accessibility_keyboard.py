"""The whole program with the keyboard alone: Tab, Enter, Space and the answer keys, each
sent to the widget that has the focus, as a keyboard would; the focus ring is drawn."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from cmq_desktop.quiz.screens import QuestionScreen, ResultsScreen, SlideScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.buttons import CanvasButton
from tests.ui.helpers import answer_key, close_to


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def ring_shown(button: CanvasButton) -> bool:
    image = button.grab().toImage()
    row = image.height() // 2
    return any(close_to(QColor(image.pixel(x, row)), theme.FOCUS) for x in range(12))


def tab_to(qtbot, text: str) -> CanvasButton:
    """Press Tab until the button showing ``text`` has the focus (and its ring)."""
    for _ in range(12):
        widget = focused()
        if isinstance(widget, CanvasButton) and widget.text() == text:
            assert ring_shown(widget), text
            return widget
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {text!r}; at {focused()!r}")


def test_start_slides_quiz_results_and_redo_with_the_keyboard_only(qtbot, app_window) -> None:
    window, model = app_window.window, app_window.model
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    tab_to(qtbot, "Commencer la présentation")
    press(qtbot, Qt.Key.Key_Return)
    assert isinstance(model.state.screen, SlideScreen)
    while isinstance(model.state.screen, SlideScreen):
        press(qtbot, Qt.Key.Key_Space)  # slides have no button to tab to: Space goes on
    mistakes = 0
    while not isinstance(model.state.screen, ResultsScreen):
        screen = model.state.screen
        assert isinstance(screen, QuestionScreen)
        if not screen.answered:
            # The focus is on the question itself (no answer preselected, which a stray
            # Enter would answer); Tab reaches the answers.
            first, second = window.question_view.answer_buttons
            assert focused() is window.question_view
            assert not first.hasFocus() and not first.focused
            if screen.number % 2:
                press(qtbot, answer_key(screen.question, right=True))  # a letter key
            else:
                tab_to(qtbot, second.text())
                press(qtbot, Qt.Key.Key_Space)
                mistakes += screen.question.answer_index != 1
        else:
            assert focused() is window.question_view.next_button
            press(qtbot, Qt.Key.Key_Return)
    results = model.state.screen
    assert results.total - results.score == mistakes
    assert mistakes > 0  # the default deck has "Faux" right answers among the even ones
    retry = window.results_view.retry_button
    assert focused() is retry and ring_shown(retry)
    press(qtbot, Qt.Key.Key_Return)
    redo = model.state.screen
    assert isinstance(redo, QuestionScreen) and redo.total == mistakes
