from __future__ import annotations

import random

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from cmq_desktop.quiz.flow import Flow, Screen
from cmq_desktop.quiz.session import Phase
from cmq_desktop.quiz.shortcuts import answer_letters, label_letter
from tests.unit.quiz_factories import deck


def test_slides_then_quiz_then_results() -> None:
    flow = Flow(deck(3))
    assert flow.screen is Screen.START
    flow.next()
    assert (flow.screen, flow.slide_index) == (Screen.SLIDE, 0)
    flow.next()
    flow.next()
    assert flow.slide_index == 2
    flow.next()
    assert flow.screen is Screen.QUESTION and flow.session is not None
    assert flow.quiz_set is not None and flow.quiz_set.id == "quiz"
    for q in flow.session.questions:
        flow.answer(q.answer_index)
        flow.next()
    assert flow.screen is Screen.RESULTS
    assert flow.session.score == 3


def test_previous_from_first_slide_goes_home() -> None:
    flow = Flow(deck(2))
    flow.start_presentation()
    flow.previous()
    assert flow.screen is Screen.START


def test_next_before_answering_does_nothing() -> None:
    flow = Flow(deck(1))
    flow.start_quiz()
    flow.next()
    assert flow.screen is Screen.QUESTION and flow.session.index == 0
    assert flow.session.phase is Phase.ASKING


def test_review_slide_and_back() -> None:
    flow = Flow(deck(3))
    flow.start_quiz()
    assert not flow.can_review_slide()  # not before answering
    flow.answer(0)
    flow.next()
    flow.answer(0)
    flow.next()
    flow.answer(1)  # third question refers to slide s3
    assert flow.can_review_slide()
    flow.review_slide()
    assert (flow.screen, flow.slide_index, flow.reviewing) == (Screen.SLIDE, 2, True)
    flow.next()  # at the last slide while reviewing: does not restart the quiz
    assert flow.screen is Screen.SLIDE
    flow.back_to_quiz()
    assert flow.screen is Screen.QUESTION and flow.session.phase is Phase.ANSWERED
    assert flow.session.index == 2


def test_question_without_slide_cannot_be_reviewed() -> None:
    flow = Flow(deck(1))
    flow.start_quiz("quiz-plus")
    flow.answer(0)
    assert not flow.can_review_slide()
    flow.review_slide()
    assert flow.screen is Screen.QUESTION


def test_retry_wrong_and_restart_shuffled() -> None:
    flow = Flow(deck(1), rng=random.Random(3))
    flow.start_quiz()
    for q in flow.session.questions:
        flow.answer(1 - q.answer_index)
        flow.next()
    assert flow.screen is Screen.RESULTS and flow.session.score == 0
    flow.retry_wrong()
    assert flow.screen is Screen.QUESTION and flow.session.total == 3
    for q in flow.session.questions:
        flow.answer(q.answer_index)
        flow.next()
    flow.retry_wrong()  # nothing wrong any more: stays on the results
    assert flow.screen is Screen.RESULTS
    flow.restart_shuffled()
    assert flow.screen is Screen.QUESTION and flow.session.total == 3
    flow.go_home()
    assert flow.screen is Screen.START and flow.session is None


def test_deck_without_quiz_stays_on_last_slide() -> None:
    flow = Flow(deck(2))
    flow.quiz_set = None
    flow.start_presentation()
    flow.next()
    flow.next()
    assert (flow.screen, flow.slide_index) == (Screen.SLIDE, 1)


def test_answer_letters() -> None:
    assert answer_letters(("Vrai", "Faux")) == ("V", "F")
    assert answer_letters(("Oui", "Non")) == ("O", "N")
    assert answer_letters(("Élevé", "Bas")) == ("E", "B")
    assert answer_letters(("Non", "Nul")) == ("", "")
    assert label_letter("  ") == ""


class FlowMachine(RuleBasedStateMachine):
    """Any sequence of user intents keeps the flow in a consistent state."""

    def __init__(self) -> None:
        super().__init__()
        self.flow = Flow(deck(4), rng=random.Random(0))

    @rule()
    def next(self) -> None:
        self.flow.next()

    @rule()
    def previous(self) -> None:
        self.flow.previous()

    @rule(choice=st.integers(0, 1))
    def answer(self, choice: int) -> None:
        self.flow.answer(choice)

    @rule()
    def review(self) -> None:
        self.flow.review_slide()

    @rule()
    def back(self) -> None:
        self.flow.back_to_quiz()

    @rule()
    def retry(self) -> None:
        self.flow.retry_wrong()

    @rule()
    def restart(self) -> None:
        self.flow.restart_shuffled()

    @rule()
    def home(self) -> None:
        self.flow.go_home()

    @rule(set_id=st.sampled_from(["quiz", "quiz-plus"]))
    def quiz(self, set_id: str) -> None:
        self.flow.start_quiz(set_id)

    @invariant()
    def consistent(self) -> None:
        flow = self.flow
        assert 0 <= flow.slide_index < len(flow.deck.slides)
        if flow.screen in (Screen.QUESTION, Screen.RESULTS):
            assert flow.session is not None
        if flow.screen is Screen.RESULTS:
            assert flow.session.phase is Phase.FINISHED
        if flow.screen is Screen.QUESTION:
            assert flow.session.phase is not Phase.FINISHED
        if flow.reviewing:
            assert flow.screen is Screen.SLIDE and flow.session is not None
        if flow.session is not None:
            assert 0 <= flow.session.score <= flow.session.total


FlowMachine.TestCase.settings = settings(max_examples=120, stateful_step_count=40, deadline=None)
TestFlowMachine = FlowMachine.TestCase
