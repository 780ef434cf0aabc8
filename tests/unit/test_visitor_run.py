"""The Stand's visitor run: drawn questions, feedback at once, score, "Rejouer", events."""

from __future__ import annotations

import random

from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.events import AnswerGiven, SessionFinished, SessionStarted
from cmq_desktop.quiz.screens import QuestionScreen, Stage
from cmq_desktop.quiz.visitor_run import (
    AttractScreen,
    StandScoreScreen,
    VisitorRun,
    encouraging_message,
)
from tests.unit.quiz_factories import deck, question


def _deck_of(count: int):
    questions = tuple(question(f"q{n}", "Vrai" if n % 2 else "Faux") for n in range(count))
    return deck(questions=questions)


def _run(count: int = 3, questions: int = 8, seed: int = 1) -> VisitorRun:
    d = _deck_of(questions)
    return VisitorRun(d, d.quiz_sets[0], random.Random(seed), count=count, web_address="https://x")


def _collect(run: VisitorRun) -> list[object]:
    seen: list[object] = []
    run.started.connect(seen.append)
    run.answer_given.connect(seen.append)
    run.finished.connect(seen.append)
    return seen


def test_draws_count_distinct_questions_from_the_set() -> None:
    run = _run(count=5, questions=8)
    ids = [q.id for q in run.session.questions]
    assert len(ids) == 5 and len(set(ids)) == 5
    assert set(ids) <= {f"q{n}" for n in range(8)}
    # Fewer questions than asked: all of them.
    assert _run(count=20, questions=4).session.total == 4


def test_two_visitors_get_different_draws() -> None:
    d = _deck_of(12)
    rng = random.Random(3)
    first = VisitorRun(d, d.quiz_sets[0], rng, count=5).session.questions
    second = VisitorRun(d, d.quiz_sets[0], rng, count=5).session.questions
    assert first != second


def test_a_whole_visit_feedback_score_and_events() -> None:
    run = _run(count=3)
    seen = _collect(run)
    run.begin()
    assert seen == [SessionStarted("stand", "quiz", 3)]
    right = 0
    for number in range(1, 4):
        screen = run.screen()
        assert isinstance(screen, QuestionScreen)
        assert (screen.number, screen.total, screen.stage) == (number, 3, Stage.ASKING)
        assert screen.log_line == f"QUESTION {number}/3 {screen.question.id} asking"
        choice = screen.question.answer_index if number != 2 else 1 - screen.question.answer_index
        right += number != 2
        assert run.handle(Action(Intent.ANSWER, choice))
        answered = run.screen()
        assert isinstance(answered, QuestionScreen) and answered.stage is Stage.ANSWERED
        assert answered.chosen_index == choice and not answered.can_review
        event = seen[-1]
        assert isinstance(event, AnswerGiven) and event.correct == (number != 2)
        # A second answer to the same question means nothing.
        assert not run.handle(Action(Intent.ANSWER, 1 - choice))
        assert run.handle(Action(Intent.NEXT))
    score = run.screen()
    assert isinstance(score, StandScoreScreen)
    assert (score.score, score.total, score.web_address) == (right, 3, "https://x")
    assert score.log_line == "STAND_SCORE 2/3"
    assert seen[-1] == SessionFinished("stand", "quiz", 2, 3)


def test_rejouer_draws_a_new_run_and_counts_a_new_session() -> None:
    run = _run(count=2)
    seen = _collect(run)
    for _ in range(2):
        run.handle(Action(Intent.ANSWER, 0))
        run.handle(Action(Intent.NEXT))
    assert isinstance(run.screen(), StandScoreScreen)
    assert run.handle(Action(Intent.RESTART_SHUFFLED))
    screen = run.screen()
    assert isinstance(screen, QuestionScreen) and screen.number == 1
    assert seen[-1] == SessionStarted("stand", "quiz", 2)


def test_intents_out_of_place_do_nothing() -> None:
    run = _run()
    for intent in (Intent.NEXT, Intent.RESTART_SHUFFLED, Intent.RETRY_WRONG, Intent.REVIEW_SLIDE):
        assert not run.handle(Action(intent))
    assert not run.handle(Action(Intent.ANSWER, 2))
    assert not run.handle(Action(Intent.ANSWER, None))
    assert run.review_slide_id() is None and run.upcoming() is None


def test_encouraging_messages_are_kind_french() -> None:
    for score in range(0, 6):
        text = encouraging_message(score, 5)
        assert text and "\u00a0!" in text and " !" not in text
    assert encouraging_message(0, 0)
    assert AttractScreen(None, 0, 0).log_line == "STAND_ATTRACT"
