"""Connects the views' intents to the pure ``Flow`` and shows the resulting state."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cmq_desktop.content.model import Deck
from cmq_desktop.quiz.flow import Flow, Screen
from cmq_desktop.quiz.session import Phase, QuizSession
from cmq_desktop.ui.key_map import Intent, intent_for_key
from cmq_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from cmq_desktop.ui.question_view import QuestionState, QuestionView
    from cmq_desktop.ui.results_view import ResultsView

log = logging.getLogger(__name__)


def question_state(flow: Flow, session: QuizSession) -> QuestionState:
    from cmq_desktop.ui.question_view import QuestionState

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
        # Intents name the Flow method they call: the flow is looked up at each call,
        # so opening another deck (a new Flow) needs no rewiring.
        start, slides = window.start_view, window.slide_view
        start.start_requested.connect(lambda: self._do("start_presentation"))
        start.quiz_requested.connect(lambda set_id: self._do("start_quiz", set_id))
        slides.next_requested.connect(lambda: self._do("next"))
        slides.previous_requested.connect(lambda: self._do("previous"))
        slides.back_to_quiz_requested.connect(lambda: self._do("back_to_quiz"))
        # The quiz views are built on first use, after the first frame.
        window.question_view_created.connect(self._wire_question_view)
        window.results_view_created.connect(self._wire_results_view)
        window.key_pressed.connect(self.handle_key)
        window.start_view.show_deck(flow.deck)
        self.refresh()

    def _wire_question_view(self, view: QuestionView) -> None:
        view.answer_chosen.connect(lambda index: self._do("answer", index))
        view.review_requested.connect(lambda: self._do("review_slide"))
        view.next_requested.connect(lambda: self._do("next"))

    def _wire_results_view(self, view: ResultsView) -> None:
        view.retry_wrong_requested.connect(lambda: self._do("retry_wrong"))
        view.restart_requested.connect(lambda: self._do("restart_shuffled"))
        view.home_requested.connect(lambda: self._do("go_home"))

    def set_deck(self, deck: Deck) -> None:
        self.flow = Flow(deck)
        self.window.start_view.show_deck(deck)
        self.refresh()

    def _do(self, intent: str, *args: object) -> None:
        getattr(self.flow, intent)(*args)
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
        calls: dict[Intent, tuple[str, tuple[object, ...]]] = {
            Intent.NEXT: ("next", ()),
            Intent.PREVIOUS: ("previous", ()),
            Intent.FIRST_SLIDE: ("go_to_slide", (0,)),
            Intent.LAST_SLIDE: ("go_to_slide", (len(flow.deck.slides) - 1,)),
            Intent.ANSWER_FIRST: ("answer", (0,)),
            Intent.ANSWER_SECOND: ("answer", (1,)),
            Intent.REVIEW_SLIDE: ("review_slide", ()),
            Intent.BACK_TO_QUIZ: ("back_to_quiz", ()),
            Intent.RETRY_WRONG: ("retry_wrong", ()),
            Intent.RESTART_SHUFFLED: ("restart_shuffled", ()),
            Intent.HOME: ("go_home", ()),
        }
        name, args = calls[intent]
        self._do(name, *args)

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
