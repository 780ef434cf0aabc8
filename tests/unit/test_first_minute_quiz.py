"""Issue 11's quiz items in the pure layer: the way home, redo-round results, messages
that fit the score, and the reminder of which keys answer."""

from __future__ import annotations

import pytest

from cmq_desktop.modes.entrainement import KEYS
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.lesson import Lesson
from cmq_desktop.quiz.pupil_quiz import PupilQuiz
from cmq_desktop.quiz.results_text import heading, is_redo, message, score_message
from cmq_desktop.quiz.screens import QuestionScreen, ResultsScreen, StartScreen
from cmq_desktop.quiz.shortcuts import (
    answer_keys_reminder,
    choose_first_reminder,
    is_answer_attempt,
)
from tests.unit.quiz_factories import deck, question

NBSP = "\u00a0"
QUESTIONS = tuple(question(f"q{n}", "Vrai") for n in range(1, 7))


def _lesson() -> Lesson:
    return Lesson(deck(3, QUESTIONS), PupilQuiz)


def _play(lesson: Lesson, right: set[int]) -> None:
    """Answer every question of the round: the numbers (1-based, as shown) in ``right``."""
    while isinstance(lesson.screen, QuestionScreen):
        screen = lesson.screen
        good = screen.number in right
        index = screen.question.answer_index if good else 1 - screen.question.answer_index
        lesson.dispatch(Action(Intent.ANSWER, index))
        lesson.dispatch(Action(Intent.NEXT))


def test_messages_differ_with_the_score() -> None:
    messages = [score_message(score, 6) for score in range(7)]
    assert len(set(messages)) == 7
    assert messages[6] == f"Bravo, tout est juste{NBSP}!"
    assert "une seule erreur" in messages[5]
    assert "2\u00a0erreurs" in messages[4]
    assert "moitié" in messages[3]
    assert "Aucune bonne réponse" in messages[0]


def test_redo_round_keeps_the_first_score_and_the_numbers() -> None:
    lesson = _lesson()
    lesson.dispatch(Action(Intent.START_QUIZ))
    _play(lesson, right={1, 2, 3})  # 3/6: questions 4, 5 and 6 wrong
    first = lesson.screen
    assert isinstance(first, ResultsScreen)
    assert (first.score, heading(first), is_redo(first)) == (3, "Résultats", False)
    lesson.dispatch(Action(Intent.RETRY_WRONG))
    _play(lesson, right={1, 2, 3})
    redo = lesson.screen
    assert isinstance(redo, ResultsScreen)
    assert redo.log_line == "RESULTS 3/3"  # the log line is an interface: unchanged
    assert heading(redo) == "Erreurs refaites"
    assert message(redo) == (
        f"Premier essai{NBSP}: 3{NBSP}/{NBSP}6. Toutes vos erreurs sont corrigées{NBSP}!"
    )
    assert [entry.number for entry in redo.entries] == [4, 5, 6]  # as first numbered
    lesson.dispatch(Action(Intent.RESTART_SHUFFLED))
    _play(lesson, right=set())
    again = lesson.screen
    assert isinstance(again, ResultsScreen) and not is_redo(again)


def test_second_redo_says_which_time_and_what_remains() -> None:
    lesson = _lesson()
    lesson.dispatch(Action(Intent.START_QUIZ))
    _play(lesson, right=set())
    lesson.dispatch(Action(Intent.RETRY_WRONG))
    _play(lesson, right={1, 2})  # 2/6 right now: 4 left
    lesson.dispatch(Action(Intent.RETRY_WRONG))
    _play(lesson, right={1, 2, 3})
    screen = lesson.screen
    assert isinstance(screen, ResultsScreen)
    assert heading(screen) == "Erreurs refaites (2e fois)"
    assert message(screen) == f"Premier essai{NBSP}: 0{NBSP}/{NBSP}6. Encore une erreur à revoir."


@pytest.mark.parametrize("key", ["A"])
def test_a_goes_home_from_a_slide(key: str) -> None:
    lesson = _lesson()
    lesson.dispatch(Action(Intent.NEXT))
    action = KEYS.action_for(lesson.state, key)
    assert action == Action(Intent.HOME)
    lesson.dispatch(action)
    assert isinstance(lesson.screen, StartScreen)


def test_home_goes_home_from_the_quiz_and_first_slide_on_slides() -> None:
    lesson = _lesson()
    lesson.dispatch(Action(Intent.NEXT))
    lesson.dispatch(Action(Intent.NEXT))
    assert KEYS.action_for(lesson.state, "Home") == Action(Intent.FIRST_SLIDE)
    lesson.dispatch(Action(Intent.START_QUIZ))
    for _ in range(2):  # asking, then answered
        action = KEYS.action_for(lesson.state, "Home")
        assert action == Action(Intent.HOME)
        if isinstance(lesson.screen, QuestionScreen) and not lesson.screen.answered:
            lesson.dispatch(Action(Intent.ANSWER, 0))
    lesson.dispatch(Action(Intent.HOME))
    assert isinstance(lesson.screen, StartScreen)


def test_a_is_an_answer_when_a_label_starts_with_it() -> None:
    agree = (question("d1", "Accord", ("Accord", "Désaccord")),)
    lesson = Lesson(deck(1, agree), PupilQuiz)
    lesson.dispatch(Action(Intent.START_QUIZ))
    assert KEYS.action_for(lesson.state, "A") == Action(Intent.ANSWER_FIRST)


def test_reminder_names_the_keys_that_answer() -> None:
    assert answer_keys_reminder(("Vrai", "Faux"), "O") == (
        f"«{NBSP}O{NBSP}» ne répond pas ici{NBSP}: V ou 1 pour «{NBSP}Vrai{NBSP}», "
        f"F ou 2 pour «{NBSP}Faux{NBSP}»{NBSP}; ou ← →, puis Entrée."
    )
    # Labels with the same first letter have no letter key: digits only.
    assert "1 pour «" in answer_keys_reminder(("Oui", "Oups"), "N")
    assert choose_first_reminder(("Vrai", "Faux")) == (
        f"Choisissez avec ← ou →, puis Entrée{NBSP}; ou bien V ou 1 pour «{NBSP}Vrai{NBSP}», "
        f"F ou 2 pour «{NBSP}Faux{NBSP}»."
    )
    assert [is_answer_attempt(k) for k in ("O", "3", "Tab", "Ctrl+O", "F11", "")] == [
        True,
        True,
        False,
        False,
        False,
        False,
    ]
