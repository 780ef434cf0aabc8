"""The path through the program: start screen, slides, quiz, results.

Pure state: the Qt controller reads ``screen`` and the other properties after each
intent and shows the matching view.
"""

from __future__ import annotations

import random
from enum import Enum, auto

from cmq_desktop.content.model import Deck, QuizSet
from cmq_desktop.quiz.session import Phase, QuizSession


class Screen(Enum):
    START = auto()
    SLIDE = auto()
    QUESTION = auto()
    RESULTS = auto()


class Flow:
    def __init__(self, deck: Deck, rng: random.Random | None = None) -> None:
        self.deck = deck
        self._rng = rng or random.Random()
        self.screen = Screen.START
        self.slide_index = 0
        # True while a slide is shown from the quiz ("Revoir la diapositive").
        self.reviewing = False
        self.quiz_set: QuizSet | None = self._first_playable_set()
        self.session: QuizSession | None = None

    def _first_playable_set(self) -> QuizSet | None:
        return next((s for s in self.deck.quiz_sets if s.questions), None)

    @property
    def has_slides(self) -> bool:
        return bool(self.deck.slides)

    @property
    def has_quiz(self) -> bool:
        return self.quiz_set is not None

    # Slides ---------------------------------------------------------------------------

    def start_presentation(self) -> None:
        if not self.has_slides:
            self.start_quiz()
            return
        self.screen = Screen.SLIDE
        self.slide_index = 0
        self.reviewing = False

    def next(self) -> None:
        """The one "forward" intent: next slide, next question, or on to the quiz."""
        if self.screen is Screen.START:
            self.start_presentation()
        elif self.screen is Screen.SLIDE:
            if self.slide_index < len(self.deck.slides) - 1:
                self.slide_index += 1
            elif not self.reviewing and self.has_quiz:
                self.start_quiz()
        elif (
            self.screen is Screen.QUESTION
            and self.session is not None
            and self.session.phase is Phase.ANSWERED
            and self.session.advance() is Phase.FINISHED
        ):
            self.screen = Screen.RESULTS

    def previous(self) -> None:
        if self.screen is Screen.SLIDE:
            if self.slide_index > 0:
                self.slide_index -= 1
            elif not self.reviewing:
                self.screen = Screen.START

    def go_to_slide(self, index: int) -> None:
        if self.screen is Screen.SLIDE and 0 <= index < len(self.deck.slides):
            self.slide_index = index

    # Quiz -----------------------------------------------------------------------------

    def choose_quiz_set(self, set_id: str) -> None:
        for quiz_set in self.deck.quiz_sets:
            if quiz_set.id == set_id and quiz_set.questions:
                self.quiz_set = quiz_set
                return
        raise KeyError(set_id)

    def start_quiz(self, set_id: str | None = None) -> None:
        if set_id is not None:
            self.choose_quiz_set(set_id)
        if self.quiz_set is None:
            return
        self.session = QuizSession(self.quiz_set.questions)
        self.screen = Screen.QUESTION
        self.reviewing = False

    def answer(self, chosen_index: int) -> None:
        if (
            self.screen is Screen.QUESTION
            and self.session is not None
            and self.session.phase is Phase.ASKING
        ):
            self.session.answer(chosen_index)

    def can_review_slide(self) -> bool:
        return self._review_target() is not None

    def _review_target(self) -> int | None:
        if self.screen is not Screen.QUESTION or self.session is None:
            return None
        if self.session.phase is not Phase.ANSWERED:
            return None
        slide_id = self.session.current.slide_id
        return None if slide_id is None else self.deck.slide_index(slide_id)

    def review_slide(self) -> None:
        target = self._review_target()
        if target is not None:
            self.screen = Screen.SLIDE
            self.slide_index = target
            self.reviewing = True

    def back_to_quiz(self) -> None:
        if self.reviewing and self.session is not None:
            self.reviewing = False
            self.screen = Screen.QUESTION

    def retry_wrong(self) -> None:
        if self.screen is Screen.RESULTS and self.session and self.session.wrong_questions():
            self.session = self.session.retry_wrong()
            self.screen = Screen.QUESTION

    def restart_shuffled(self) -> None:
        if self.screen is Screen.RESULTS and self.quiz_set is not None:
            self.session = QuizSession(self.quiz_set.questions).reshuffled(self._rng)
            self.screen = Screen.QUESTION

    def go_home(self) -> None:
        self.screen = Screen.START
        self.reviewing = False
        self.session = None
