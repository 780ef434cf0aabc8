"""Classe: a held Page Down (a clicker button kept down) flies through the slides but never
through a question's steps: each of shown, locked, revealed needs a fresh press."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from cmq_desktop.quiz.class_screens import ClassQuestionScreen
from cmq_desktop.quiz.screens import SlideScreen, Stage

K = Qt.Key


def held(widget: object, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, "", True, 1)
        QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def test_a_held_page_down_stops_at_the_first_question(qtbot, shell, default_deck) -> None:
    qtbot.keyClick(shell.audience, K.Key_PageDown)
    held(shell.audience, K.Key_PageDown)
    assert isinstance(shell.model.state.screen, SlideScreen)
    assert shell.model.state.screen.number == 2  # slides: a held key still steps
    for _ in range(len(default_deck.slides) + 10):
        held(shell.audience, K.Key_PageDown)
    screen = shell.model.state.screen
    assert isinstance(screen, ClassQuestionScreen)
    assert (screen.number, screen.stage) == (1, Stage.SHOWN)
    qtbot.keyClick(shell.audience, K.Key_PageDown)  # a fresh press locks
    assert shell.model.state.screen.stage is Stage.LOCKED
