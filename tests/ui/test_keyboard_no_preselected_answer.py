"""After a Tab, a new question opens with no answer preselected: Enter says how to choose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from cmq_desktop.ui import theme
from cmq_desktop.ui.key_reminder import KeyReminder
from tests.ui.helpers import close_to, grab_image, to_quiz

K = Qt.Key


def _key(qtbot, key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)


def _log(app_window) -> str:
    return app_window.model.state.screen.log_line


def test_after_tab_the_next_question_has_no_answer_focused(qtbot, app_window) -> None:
    window = app_window.window
    view = window.question_view
    to_quiz(qtbot, app_window)
    _key(qtbot, K.Key_Tab)
    assert QApplication.focusWidget() is view.answer_buttons[0]  # the ring on the first answer
    _key(qtbot, K.Key_Space)
    assert _log(app_window).startswith("QUESTION 1/") and _log(app_window).endswith("answered")
    _key(qtbot, K.Key_Right)
    assert _log(app_window).startswith("QUESTION 2/")
    # The view has the focus, with its ring, not an answer.
    assert QApplication.focusWidget() is view
    assert not any(button.focused or button.hasFocus() for button in view.answer_buttons)
    image = grab_image(view)
    ring = [x for x in range(image.width()) if close_to(QColor(image.pixel(x, 8)), theme.FOCUS)]
    assert len(ring) > image.width() // 2
    # Enter answers nothing: it says how to choose.
    _key(qtbot, K.Key_Return)
    assert _log(app_window).endswith("asking")
    (reminder,) = view.findChildren(KeyReminder)
    assert reminder.isVisible()
    # Tab then reaches the first answer, which Space answers.
    _key(qtbot, K.Key_Tab)
    assert QApplication.focusWidget() is view.answer_buttons[0]
    _key(qtbot, K.Key_Space)
    assert _log(app_window).endswith("answered")


def test_a_double_enter_on_next_question_answers_nothing(qtbot, app_window) -> None:
    window = app_window.window
    view = window.question_view
    to_quiz(qtbot, app_window)
    _key(qtbot, K.Key_Tab)
    _key(qtbot, K.Key_Space)
    assert QApplication.focusWidget() is view.next_button
    _key(qtbot, K.Key_Return)
    _key(qtbot, K.Key_Return)
    assert _log(app_window).startswith("QUESTION 2/") and _log(app_window).endswith("asking")
