"""The engine of every mode: the slides, the way into and out of the quiz, and events.

A ``Lesson`` takes intents (``dispatch``) and announces a new ``LessonState`` through
``changed`` whenever what the windows show changes. Navigation is the same for every
mode; the quiz itself is the mode's activity (``activity.py``). Pure Python: the Qt
shells observe it, tests drive it directly.

A mode may give its own home screen (``home``): the Stand's attract loop is the lesson at
home, its slides stepped by the navigator (``Intent.LOOP_NEXT``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from enum import Enum

from cmq_desktop.content.model import Deck, QuizSet
from cmq_desktop.quiz.actions import SHELL_INTENTS, Action, Intent
from cmq_desktop.quiz.activity import ActivityFactory, QuizActivity
from cmq_desktop.quiz.events import AnswerGiven, Event, SessionFinished, SessionStarted
from cmq_desktop.quiz.navigator import Blackout, SlideNavigator
from cmq_desktop.quiz.screens import LessonState, ScreenModel, SlideScreen
from cmq_desktop.quiz.start_screen import StartScreen, start_screen

# The screen at home for a mode that has no start screen (the Stand's attract loop).
HomeScreen = Callable[["Lesson"], ScreenModel]


class Place(Enum):
    START = "start"
    SLIDES = "slides"
    QUIZ = "quiz"
    REVIEW = "review"  # a slide shown again from a question


class Lesson:
    def __init__(
        self,
        deck: Deck,
        activity_factory: ActivityFactory,
        rng: random.Random | None = None,
        home: HomeScreen | None = None,
    ) -> None:
        self.deck = deck
        self._activity_factory = activity_factory
        self._home = home
        self.rng = rng or random.Random()
        self.navigator = SlideNavigator(len(deck.slides))
        self.place = Place.START
        self.quiz_set: QuizSet | None = self._first_playable_set()
        self.activity: QuizActivity | None = None
        self.changed: Event[LessonState] = Event()
        self.session_started: Event[SessionStarted] = Event()
        self.answer_given: Event[AnswerGiven] = Event()
        self.session_finished: Event[SessionFinished] = Event()
        self._state = self._compute_state()

    def _first_playable_set(self) -> QuizSet | None:
        return next((s for s in self.deck.quiz_sets if s.questions), None)

    @property
    def has_slides(self) -> bool:
        return bool(self.deck.slides)

    @property
    def has_quiz(self) -> bool:
        return self.quiz_set is not None

    # State -----------------------------------------------------------------------------

    @property
    def state(self) -> LessonState:
        return self._state

    @property
    def screen(self) -> ScreenModel:
        return self._state.screen

    def _compute_state(self) -> LessonState:
        navigator = self.navigator
        return LessonState(
            screen=self._screen(),
            blackout=navigator.blackout,
            overview=navigator.overview,
            upcoming=self._upcoming(),
        )

    def _screen(self) -> ScreenModel:
        if self.place in (Place.SLIDES, Place.REVIEW) and self.has_slides:
            return self._slide_screen(self.navigator.index)
        if self.place is Place.QUIZ and self.activity is not None:
            return self.activity.screen()
        return self._home(self) if self._home is not None else self.start_screen()

    def start_screen(self) -> StartScreen:
        return start_screen(self.deck)

    def _slide_screen(self, index: int) -> SlideScreen:
        slides = self.deck.slides
        return SlideScreen(slides[index], index + 1, len(slides), self.place is Place.REVIEW)

    def _upcoming(self) -> ScreenModel | None:
        if self.place is Place.START:
            return self._slide_screen(0) if self.has_slides else None
        if self.place in (Place.SLIDES, Place.REVIEW):
            if not self.navigator.at_last:
                return self._slide_screen(self.navigator.index + 1)
            return None
        return self.activity.upcoming() if self.activity is not None else None

    # Intents ---------------------------------------------------------------------------

    def dispatch(self, action: Action) -> None:
        """Apply one intent, then announce the new state if anything shown changed."""
        if action.intent in SHELL_INTENTS:
            return
        self._apply(self._normalised(action))
        state = self._compute_state()
        if state != self._state:
            self._state = state
            self.changed.emit(state)

    @staticmethod
    def _normalised(action: Action) -> Action:
        if action.intent is Intent.ANSWER_FIRST:
            return Action(Intent.ANSWER, 0)
        if action.intent is Intent.ANSWER_SECOND:
            return Action(Intent.ANSWER, 1)
        return action

    def _apply(self, action: Action) -> None:
        intent, navigator = action.intent, self.navigator
        # Intents that mean the same wherever the lesson stands.
        if intent is Intent.HOME:
            self._go_home()
        elif intent is Intent.START_PRESENTATION:
            self._start_presentation(0)
        elif intent is Intent.START_FROM_CURRENT:
            self._start_presentation(navigator.index)
        elif intent is Intent.START_QUIZ:
            self._start_quiz(action.arg if isinstance(action.arg, str) else None)
        elif intent is Intent.BLACKOUT:
            navigator.toggle_blackout(Blackout.BLACK)
        elif intent is Intent.WHITEOUT:
            navigator.toggle_blackout(Blackout.WHITE)
        elif intent is Intent.OVERVIEW:
            navigator.overview = not navigator.overview and self.has_slides
        elif intent is Intent.CLOSE_OVERLAY:
            navigator.overview = False
            navigator.blackout = Blackout.NONE
        elif self.place is Place.START:
            if intent is Intent.NEXT:
                self._start_presentation(0)
            elif intent is Intent.LOOP_NEXT and self.has_slides and not navigator.next():
                navigator.first()  # the loop wraps around
        elif self.place in (Place.SLIDES, Place.REVIEW):
            self._apply_on_slides(action)
        elif self.place is Place.QUIZ and self.activity is not None:
            self._apply_on_quiz(action, self.activity)

    def _apply_on_slides(self, action: Action) -> None:
        intent, navigator = action.intent, self.navigator
        reviewing = self.place is Place.REVIEW
        if intent is Intent.GO_TO_SLIDE and isinstance(action.arg, int):
            if navigator.go_to(action.arg):
                navigator.overview = False
        elif intent is Intent.NEXT:
            # At the last slide, "next" leads into the quiz, but never from a review.
            if not navigator.next() and not reviewing and self.has_quiz:
                self._start_quiz(None)
        elif intent is Intent.PREVIOUS:
            if not navigator.previous() and not reviewing:
                self.place = Place.START
        elif intent is Intent.FIRST_SLIDE:
            navigator.first()
        elif intent is Intent.LAST_SLIDE:
            navigator.last()
        elif intent is Intent.BACK_TO_QUIZ and reviewing and self.activity is not None:
            self.place = Place.QUIZ

    def _apply_on_quiz(self, action: Action, activity: QuizActivity) -> None:
        if action.intent is Intent.REVIEW_SLIDE:
            slide_id = activity.review_slide_id()
            index = None if slide_id is None else self.deck.slide_index(slide_id)
            if index is not None:
                self.navigator.go_to(index)
                self.place = Place.REVIEW
            return
        activity.handle(action)

    def _start_presentation(self, index: int) -> None:
        if not self.has_slides:
            self._start_quiz(None)
            return
        self.navigator.go_to(index)
        self.navigator.overview = False
        self.place = Place.SLIDES

    def _start_quiz(self, set_id: str | None) -> None:
        if set_id is not None:
            chosen = next((s for s in self.deck.quiz_sets if s.id == set_id and s.questions), None)
            if chosen is None:
                return
            self.quiz_set = chosen
        if self.quiz_set is None:
            return
        activity = self._activity_factory(self.deck, self.quiz_set, self.rng)
        activity.started.connect(self.session_started.emit)
        activity.answer_given.connect(self.answer_given.emit)
        activity.finished.connect(self.session_finished.emit)
        self.activity = activity
        self.navigator.overview = False
        self.place = Place.QUIZ
        activity.begin()

    def _go_home(self) -> None:
        self.place = Place.START
        self.activity = None
        self.navigator.overview = False
        self.navigator.blackout = Blackout.NONE
