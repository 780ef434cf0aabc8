"""Connects the views' intents to the pure ``Flow`` and shows the resulting state."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from cmq_desktop.content.model import Deck
from cmq_desktop.quiz.flow import Flow, Screen
from cmq_desktop.quiz.session import Phase, QuizSession
from cmq_desktop.ui.key_map import Intent, intent_for_key
from cmq_desktop.ui.main_window import MainWindow
from cmq_desktop.ui.question_view import QuestionState

log = logging.getLogger(__name__)


def question_state(flow: Flow, session: QuizSession) -> QuestionState:
    record = session.last_record if session.phase is Phase.ANSWERED else None
    return QuestionState(
        question=session.current,
        number=session.index + 1,
        total=session.total,
        set_title=flow.quiz_set.title if flow.quiz_set else "",
        chosen_index=record.chosen_index if record else None,
        can_review=flow.can_review_slide(),
    )


def describe(flow: Flow) -> str:
    """One log line per screen shown: support reads it, end-to-end tests check it."""
    session = flow.session
    if flow.screen is Screen.SLIDE:
        slide = flow.deck.slides[flow.slide_index]
        return f"SLIDE {flow.slide_index + 1}/{len(flow.deck.slides)} {slide.id}" + (
            " (review)" if flow.reviewing else ""
        )
    if flow.screen is Screen.QUESTION and session is not None:
        state = "answered" if session.phase is Phase.ANSWERED else "asking"
        return f"QUESTION {session.index + 1}/{session.total} {session.current.id} {state}"
    if flow.screen is Screen.RESULTS and session is not None:
        return f"RESULTS {session.score}/{session.total}"
    return flow.screen.name


class Controller(QObject):
    def __init__(self, window: MainWindow, flow: Flow) -> None:
        super().__init__(window)
        self.window = window
        self.flow = flow
        start, slides, questions, results = (
            window.start_view,
            window.slide_view,
            window.question_view,
            window.results_view,
        )
        start.start_requested.connect(lambda: self._do(flow.start_presentation))
        start.quiz_requested.connect(lambda set_id: self._do(lambda: flow.start_quiz(set_id)))
        slides.next_requested.connect(lambda: self._do(flow.next))
        slides.previous_requested.connect(lambda: self._do(flow.previous))
        slides.back_to_quiz_requested.connect(lambda: self._do(flow.back_to_quiz))
        questions.answer_chosen.connect(lambda index: self._do(lambda: flow.answer(index)))
        questions.review_requested.connect(lambda: self._do(flow.review_slide))
        questions.next_requested.connect(lambda: self._do(flow.next))
        results.retry_wrong_requested.connect(lambda: self._do(flow.retry_wrong))
        results.restart_requested.connect(lambda: self._do(flow.restart_shuffled))
        results.home_requested.connect(lambda: self._do(flow.go_home))
        window.key_pressed.connect(self.handle_key)
        window.start_view.show_deck(flow.deck)
        self.refresh()

    def set_deck(self, deck: Deck) -> None:
        self.flow = Flow(deck)
        self.window.start_view.show_deck(deck)
        self.refresh()

    def _do(self, action) -> None:
        action()
        self.refresh()

    def handle_key(self, key: int, text: str) -> None:
        flow = self.flow
        session = flow.session
        intent = intent_for_key(
            flow.screen,
            key,
            text,
            phase=session.phase if session else None,
            labels=session.current.labels if session else None,
            reviewing=flow.reviewing,
        )
        if intent is None:
            return
        if intent in (Intent.SCROLL_DOWN, Intent.SCROLL_UP):
            # Scrolling changes no state: rebuilding the results would jump back to the top.
            self.window.results_view.scroll_by_page(1 if intent is Intent.SCROLL_DOWN else -1)
            return
        actions = {
            Intent.NEXT: flow.next,
            Intent.PREVIOUS: flow.previous,
            Intent.FIRST_SLIDE: lambda: flow.go_to_slide(0),
            Intent.LAST_SLIDE: lambda: flow.go_to_slide(len(flow.deck.slides) - 1),
            Intent.ANSWER_FIRST: lambda: flow.answer(0),
            Intent.ANSWER_SECOND: lambda: flow.answer(1),
            Intent.REVIEW_SLIDE: flow.review_slide,
            Intent.BACK_TO_QUIZ: flow.back_to_quiz,
            Intent.RETRY_WRONG: flow.retry_wrong,
            Intent.RESTART_SHUFFLED: flow.restart_shuffled,
            Intent.HOME: flow.go_home,
        }
        self._do(actions[intent])

    def refresh(self) -> None:
        flow, window = self.flow, self.window
        log.info("screen %s", describe(flow))
        if flow.screen is Screen.START:
            window.show_view(window.start_view)
        elif flow.screen is Screen.SLIDE:
            slides = flow.deck.slides
            index = flow.slide_index
            window.slide_view.show_slide(
                slides[index],
                index + 1,
                len(slides),
                flow.reviewing,
                neighbours=tuple(
                    (slides[i], i + 1) for i in (index + 1, index - 1) if 0 <= i < len(slides)
                ),
            )
            window.show_view(window.slide_view)
        elif flow.screen is Screen.QUESTION and flow.session is not None:
            window.question_view.show_state(question_state(flow, flow.session))
            window.show_view(window.question_view)
        elif flow.screen is Screen.RESULTS and flow.session is not None:
            window.results_view.show_results(flow.session.records)
            window.show_view(window.results_view)
