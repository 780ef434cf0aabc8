from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmq_desktop.quiz.session import Phase, QuizSession
from tests.unit.quiz_factories import question

QUESTIONS = (question("a", "Vrai"), question("b", "Faux"), question("c", "Non", ("Oui", "Non")))


def test_all_right_then_finished() -> None:
    session = QuizSession(QUESTIONS)
    for q in QUESTIONS:
        assert session.phase is Phase.ASKING and session.current == q
        record = session.answer(q.answer_index)
        assert record.correct and session.phase is Phase.ANSWERED
        session.advance()
    assert session.phase is Phase.FINISHED
    assert (session.score, session.total) == (3, 3)
    assert session.wrong_questions() == ()


def test_wrong_answers_are_recorded_with_the_chosen_label() -> None:
    session = QuizSession(QUESTIONS)
    record = session.answer(1 - QUESTIONS[0].answer_index)
    assert not record.correct
    assert record.chosen_label == "Faux"
    session.advance()
    session.answer(QUESTIONS[1].answer_index)
    session.advance()
    session.answer(0)  # "Oui", the answer is "Non"
    session.advance()
    assert session.score == 1
    assert [q.id for q in session.wrong_questions()] == ["a", "c"]
    retry = session.retry_wrong()
    assert [q.id for q in retry.questions] == ["a", "c"] and retry.phase is Phase.ASKING


def test_no_double_answer_and_no_skip() -> None:
    session = QuizSession(QUESTIONS)
    with pytest.raises(RuntimeError):
        session.advance()
    session.answer(0)
    with pytest.raises(RuntimeError):
        session.answer(1)
    with pytest.raises(ValueError):
        QuizSession(QUESTIONS).answer(2)


def test_empty_session_is_refused() -> None:
    with pytest.raises(ValueError):
        QuizSession(())


def test_reshuffled_keeps_every_question() -> None:
    session = QuizSession(QUESTIONS * 3)
    shuffled = session.reshuffled(random.Random(1))
    assert sorted(q.id for q in shuffled.questions) == sorted(q.id for q in session.questions)
    assert shuffled.questions != session.questions


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 1), min_size=1, max_size=12))
def test_score_counts_right_answers(choices: list[int]) -> None:
    questions = tuple(question(f"q{i}", "Vrai" if i % 3 else "Faux") for i in range(len(choices)))
    session = QuizSession(questions)
    for choice in choices:
        session.answer(choice)
        session.advance()
    expected = sum(c == q.answer_index for c, q in zip(choices, questions, strict=True))
    assert session.phase is Phase.FINISHED
    assert session.score == expected
    assert len(session.wrong_questions()) == len(choices) - expected
