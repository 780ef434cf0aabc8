"""The Stand's key table and window policy: what a visitor's keys may do, and nothing else."""

from __future__ import annotations

import pytest

from cmq_desktop.modes.stand import KEYS, STAND, starts_visitor
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.screens import LessonState, QuestionScreen, Stage
from cmq_desktop.quiz.visitor_run import AttractScreen, StandScoreScreen
from tests.unit.quiz_factories import question

ATTRACT = LessonState(AttractScreen(None, 0, 0))
OUI = question("q", "Oui", ("Oui", "Non"))
ASKING = LessonState(QuestionScreen(OUI, 1, 5, "Quiz", Stage.ASKING))
ANSWERED = LessonState(QuestionScreen(OUI, 1, 5, "Quiz", Stage.ANSWERED, 0))
SCORE = LessonState(StandScoreScreen(3, 5, "Bravo"))
EXITS = ("Esc", "Alt+F4", "Ctrl+Q", "Ctrl+W", "F11", "F5", "F1", "Ctrl+O", "Alt+Tab", "Tab")


@pytest.mark.parametrize("key", ["A", "Space", "Return", "Right", "5", "?"])
def test_any_plain_key_starts_from_the_loop(key: str) -> None:
    assert KEYS.action_for(ATTRACT, key) == Action(Intent.START_QUIZ)


@pytest.mark.parametrize("key", EXITS)
def test_exit_attempts_do_nothing_anywhere(key: str) -> None:
    assert not starts_visitor(key)
    for state in (ATTRACT, ASKING, ANSWERED, SCORE):
        assert KEYS.action_for(state, key) is None


def test_answer_keys_and_going_on() -> None:
    assert KEYS.action_for(ASKING, "O") == Action(Intent.ANSWER_FIRST)
    assert KEYS.action_for(ASKING, "N") == Action(Intent.ANSWER_SECOND)
    assert KEYS.action_for(ASKING, "1") == Action(Intent.ANSWER_FIRST)
    assert KEYS.action_for(ASKING, "2") == Action(Intent.ANSWER_SECOND)
    assert KEYS.action_for(ASKING, "Space") is None
    assert KEYS.action_for(ASKING, "Left") is None
    for key in ("Space", "Return", "Enter"):
        assert KEYS.action_for(ANSWERED, key) == Action(Intent.NEXT)
        assert KEYS.action_for(SCORE, key) == Action(Intent.RESTART_SHUFFLED)
    assert KEYS.action_for(ANSWERED, "R") is None


def test_staff_key_everywhere_and_a_locked_window() -> None:
    for state in (ATTRACT, ASKING, ANSWERED, SCORE):
        assert KEYS.action_for(state, "Ctrl+Alt+S") == Action(Intent.STAFF)
    window = STAND.window
    assert window.fullscreen and not window.can_quit and not window.can_open_deck
    assert not window.can_toggle_fullscreen and not window.context_menu and not window.dialogs
    assert STAND.id == "stand"
