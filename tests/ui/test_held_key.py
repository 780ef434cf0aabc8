"""A held key (auto-repeat) never answers a question in the Entraînement window: holding
→ through the slides used to answer the whole quiz "Faux" in a second."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

K = Qt.Key


def held(widget: object, key: Qt.Key) -> None:
    """One auto-repeated press, as the keyboard sends while a key stays down."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, "", True, 1)
        QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def test_a_held_arrow_flies_through_slides_but_stops_at_the_question(
    qtbot, app_window
) -> None:
    window = app_window.window
    qtbot.keyClick(window, K.Key_Right)  # the first slide
    slides = app_window.lesson.deck.slides
    held(window, K.Key_Right)
    assert window.stack.currentWidget() is window.slide_view  # slides: a held key still steps
    assert app_window.model.state.screen.number == 2
    for _ in slides:
        held(window, K.Key_Right)
    view = window.question_view
    assert window.stack.currentWidget() is view
    for _ in range(5):
        held(window, K.Key_Right)
        held(window, K.Key_1)
    assert view.screen_model.number == 1 and not view.screen_model.answered
    qtbot.keyClick(window, K.Key_Right)  # a fresh press chooses, it does not answer
    assert view.focused_answer == 1 and not view.screen_model.answered
    held(window, K.Key_Return)
    assert not view.screen_model.answered
    qtbot.keyClick(window, K.Key_Return)  # a fresh Enter answers the chosen one
    assert view.screen_model.answered and view.screen_model.chosen_index == 1
