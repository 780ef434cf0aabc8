"""Classe: a held Page Down (a clicker button kept down) flies through the slides but never
through a question's steps: each of shown, locked, revealed needs a fresh press."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from cmq_desktop.content.model import Deck
from cmq_desktop.quiz.class_screens import AnswerEntry, ClassQuestionScreen
from cmq_desktop.quiz.screens import SlideScreen, Stage
from cmq_desktop.ui.classe.shell import ClasseShell
from tests.ui.test_classe import make_shell

K = Qt.Key


@pytest.fixture
def shell(qtbot, default_deck: Deck, tmp_path: Path) -> Iterator[ClasseShell]:
    made = make_shell(default_deck, tmp_path, AnswerEntry.HANDS)
    qtbot.waitExposed(made.audience)
    yield made
    made.quit()
    QApplication.processEvents()


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
