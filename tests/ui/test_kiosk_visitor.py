"""The stand's visitor side, through the real widgets: touches, clicks and keys, the
feedback, the score with its QR code, the idle reset, and exits that lead nowhere."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication

from cmq_desktop.content.model import Deck
from cmq_desktop.quiz.screens import QuestionScreen
from cmq_desktop.quiz.shortcuts import answer_letters
from cmq_desktop.quiz.visitor_run import StandScoreScreen
from cmq_desktop.ui.stand.attract_view import BANNER_TEXT
from cmq_desktop.ui.stand.countdown_overlay import countdown_text
from cmq_desktop.ui.stand.shell import StandShell
from cmq_desktop.ui.stand.sizing import TOUCH_MM, pixels_per_mm
from tests.ui.kiosk_helpers import Clock, make_shell, tap, touch_device  # noqa: F401

NO = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def stand(qtbot, default_deck: Deck, tmp_path: Path) -> Iterator[tuple[StandShell, Clock]]:
    yield from make_shell(qtbot, default_deck, tmp_path)


def _question(shell: StandShell) -> QuestionScreen:
    screen = shell.kiosk.state.screen
    assert isinstance(screen, QuestionScreen)
    return screen


def test_touch_a_whole_visit(stand, touch_device, qtbot) -> None:  # noqa: F811
    shell, _ = stand
    assert shell.window.stack.currentWidget() is shell.attract
    assert shell.attract.accessibleName() == BANNER_TEXT
    tap(shell.attract)
    assert shell.window.stack.currentWidget() is shell.question
    for number in range(1, 4):
        screen = _question(shell)
        assert screen.number == number and not screen.answered
        button = shell.question.answer_buttons[screen.question.answer_index]
        tap(button)
        screen = _question(shell)
        assert screen.answered and screen.correct
        assert "Bonne réponse\u00a0!" in shell.question.spoken_text()
        # A tap anywhere on the feedback goes on.
        tap(shell.question, QPoint(shell.question.width() // 2, 10))
    score = shell.kiosk.state.screen
    assert isinstance(score, StandScoreScreen) and (score.score, score.total) == (3, 3)
    assert shell.window.stack.currentWidget() is shell.score
    assert "3 bonnes réponses sur\u00a03" in shell.score.spoken_text()
    tap(shell.score.replay_button)
    assert _question(shell).number == 1
    summary = shell.store.summary()
    assert (summary.started, summary.finished) == (2, 1)


def test_keys_a_whole_visit_and_the_log(stand, qtbot, caplog) -> None:
    shell, _ = stand
    caplog.set_level("INFO", logger="cmq_desktop")
    qtbot.keyClick(shell.window, Qt.Key.Key_A, NO)  # any key starts
    for _ in range(3):
        question = _question(shell).question
        letter = answer_letters(question.labels)[1 - question.answer_index]
        qtbot.keyClick(shell.window, getattr(Qt.Key, f"Key_{letter}"), NO)
        assert _question(shell).answered and not _question(shell).correct
        qtbot.keyClick(shell.window, Qt.Key.Key_Space, NO)
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("screen ")]
    assert lines[0].startswith("screen QUESTION 1/3 ") and lines[0].endswith(" asking")
    assert lines[-1] == "screen STAND_SCORE 0/3"
    assert "Merci d’avoir essayé\u00a0!" in shell.score.spoken_text()[2]
    qtbot.keyClick(shell.window, Qt.Key.Key_Return, NO)  # "Rejouer"
    assert _question(shell).number == 1


def test_answer_buttons_are_at_least_15_mm(stand, qtbot) -> None:
    shell, _ = stand
    qtbot.keyClick(shell.window, Qt.Key.Key_Space, NO)
    minimum = TOUCH_MM * pixels_per_mm(shell.window)
    for button in shell.question.answer_buttons:
        assert button.height() >= minimum and button.width() >= minimum
    qtbot.keyClick(shell.window, Qt.Key.Key_1, NO)
    assert shell.question.next_button.height() >= minimum


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Escape, NO),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F11, NO),
        (Qt.Key.Key_F1, NO),
        (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_exit_attempts_change_nothing(stand, qtbot, key, modifiers) -> None:
    shell, _ = stand
    for _ in range(2):  # on the attract loop, then on a question
        before = shell.kiosk.state
        qtbot.keyClick(shell.window, key, modifiers)
        assert shell.kiosk.state.screen == before.screen
        assert shell.window.isVisible() and QApplication.activeModalWidget() is None
        qtbot.keyClick(shell.window, Qt.Key.Key_Space, NO)
    assert not shell.window.close()  # the window manager's close: refused
    assert shell.window.isVisible()


def test_right_click_shows_no_menu_and_starts_nothing(stand, qtbot) -> None:
    shell, _ = stand
    qtbot.mouseClick(shell.attract, Qt.MouseButton.RightButton)
    assert shell.window.stack.currentWidget() is shell.attract
    assert QApplication.activePopupWidget() is None
    qtbot.mouseClick(shell.attract, Qt.MouseButton.LeftButton)
    assert shell.window.stack.currentWidget() is shell.question


def test_idle_countdown_then_nothing_of_the_visitor_remains(stand, qtbot) -> None:
    shell, clock = stand
    attract_pixels = shell.window.grab().toImage()
    qtbot.mouseClick(shell.attract, Qt.MouseButton.LeftButton)
    qtbot.keyClick(shell.window, Qt.Key.Key_1, NO)
    clock.now += 25
    shell.timer.timeout.emit()
    assert shell.overlay.isVisible()
    assert shell.overlay.accessibleName() == countdown_text(5)
    # A tap on the countdown only says "still here": the question stays, unanswered.
    qtbot.mouseClick(shell.overlay, Qt.MouseButton.LeftButton)
    assert not shell.overlay.isVisible() and _question(shell).answered
    clock.now += 30
    shell.timer.timeout.emit()
    assert shell.window.stack.currentWidget() is shell.attract
    assert not shell.overlay.isVisible()
    assert shell.window.grab().toImage() == attract_pixels


def test_score_screen_draws_the_qr_code(stand, qtbot) -> None:
    shell, _ = stand
    qtbot.keyClick(shell.window, Qt.Key.Key_Space, NO)
    for _ in range(3):
        qtbot.keyClick(shell.window, Qt.Key.Key_2, NO)
        qtbot.keyClick(shell.window, Qt.Key.Key_Return, NO)
    assert shell.window.stack.currentWidget() is shell.score
    image = shell.score.grab(shell.score.code_rect()).toImage()
    colors = {QColor(image.pixel(x, y)).lightness() < 60 for x in range(0, image.width(), 3)
              for y in range(0, image.height(), 3)}
    assert colors == {True, False}  # dark modules on a light ground


def test_an_error_in_a_visit_starts_the_stand_again(stand, qtbot, monkeypatch, caplog) -> None:
    shell, _ = stand
    qtbot.keyClick(shell.window, Qt.Key.Key_Space, NO)
    lesson = shell.kiosk.lesson

    def broken(action: object) -> None:
        raise RuntimeError("a bug in a question")

    monkeypatch.setattr(lesson, "dispatch", broken)
    with caplog.at_level("ERROR", logger="cmq_desktop"):
        qtbot.keyClick(shell.window, Qt.Key.Key_1, NO)
    assert "back to the attract loop" in caplog.text
    monkeypatch.undo()
    assert shell.window.stack.currentWidget() is shell.attract
    qtbot.keyClick(shell.window, Qt.Key.Key_Space, NO)
    assert _question(shell).number == 1


def test_a_held_key_answers_nothing_and_skips_no_feedback(stand, qtbot) -> None:
    shell, _ = stand

    def held(key: Qt.Key) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(shell.window, QKeyEvent(kind, key, NO, "", True, 1))

    qtbot.keyClick(shell.window, Qt.Key.Key_1, NO)  # a fresh press starts the visit
    assert not _question(shell).answered
    for _ in range(10):
        held(Qt.Key.Key_1)
    assert _question(shell).number == 1 and not _question(shell).answered
    qtbot.keyClick(shell.window, Qt.Key.Key_1, NO)
    assert _question(shell).answered
    for _ in range(10):
        held(Qt.Key.Key_Space)
    assert _question(shell).number == 1 and _question(shell).answered  # feedback stays
