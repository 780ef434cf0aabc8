"""The store listens to the engine: a real lesson played through intents is recorded."""

from __future__ import annotations

import random
from pathlib import Path

from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.lesson import Lesson
from cmq_desktop.quiz.pupil_quiz import PupilQuiz
from cmq_desktop.quiz.screens import QuestionScreen
from cmq_desktop.stats import QuestionRate, ScoreCount, StatsStore
from cmq_desktop.stats.engine_link import record_lesson
from tests.unit.quiz_factories import deck


def play_quiz(lesson: Lesson, right: set[str]) -> None:
    lesson.dispatch(Action(Intent.START_QUIZ, "quiz"))
    while isinstance(lesson.screen, QuestionScreen):
        question = lesson.screen.question
        chosen = question.answer_index if question.id in right else 1 - question.answer_index
        lesson.dispatch(Action(Intent.ANSWER, chosen))
        lesson.dispatch(Action(Intent.NEXT))


def test_a_played_quiz_reaches_the_store(tmp_path: Path) -> None:
    store = StatsStore.open(tmp_path / "stats.sqlite3")
    lesson = Lesson(deck(), PupilQuiz, rng=random.Random(1))
    record_lesson(store, lesson, mode=None)
    play_quiz(lesson, right={"q1", "q3"})
    summary = store.summary()
    assert (summary.started, summary.finished) == (1, 1)
    assert summary.score_distribution == (ScoreCount(score=2, total=3, sessions=1),)
    assert summary.per_question == (
        QuestionRate("quiz", "q1", 1, 1),
        QuestionRate("quiz", "q2", 1, 0),
        QuestionRate("quiz", "q3", 1, 1),
    )
    store.close()


def test_only_the_stand_is_counted_by_default_and_unsubscribe_stops_it(tmp_path: Path) -> None:
    store = StatsStore.open(tmp_path / "stats.sqlite3")
    lesson = Lesson(deck(), PupilQuiz, rng=random.Random(1))
    unsubscribe = record_lesson(store, lesson)  # mode "stand": a pupil's quiz is not counted
    play_quiz(lesson, right=set())
    assert store.summary().started == 0
    unsubscribe()
    everything = record_lesson(store, lesson, mode=None)
    everything()
    lesson.dispatch(Action(Intent.HOME))
    play_quiz(lesson, right=set())
    assert store.summary().started == 0
    store.close()
