"""The stand between and during visitors: attract loop, one visitor's run, idle reset.

Pure state with an injected clock (seconds, monotonic): the Qt shell calls ``tick()``
a few times a second and dispatches the visitors' intents; tests move the clock by hand.
The visitor's quiz is the engine's ``Lesson`` with the Stand's activity (``VisitorRun``),
so its events (started, answer given, finished) are the ones the statistics count. The
attract loop is the same lesson at home: its home screen is ``attract_screen`` and the
kiosk steps the slides through the lesson's navigator (``Intent.LOOP_NEXT``).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from cmq_desktop.content.model import Deck
from cmq_desktop.quiz.actions import SHELL_INTENTS, Action, Intent
from cmq_desktop.quiz.events import Event
from cmq_desktop.quiz.lesson import Lesson, Place
from cmq_desktop.quiz.screens import ScreenModel
from cmq_desktop.quiz.visitor_run import DEFAULT_QUESTION_COUNT, AttractScreen, VisitorRun


@dataclass(frozen=True)
class KioskSettings:
    """What staff set on the panel; every duration in seconds."""

    slide_seconds: float = 8.0  # each slide of the attract loop
    idle_seconds: float = 60.0  # quiet time before a visitor's screen goes back to the loop
    countdown_seconds: int = 10  # the last part of it, shown as a countdown
    question_count: int = DEFAULT_QUESTION_COUNT
    quiz_set_id: str | None = None  # None: the deck's first playable set
    web_address: str = ""
    sound: bool = False  # a short beep on each answer
    loop_slides: bool = True  # False ("Animations : réduites"): the loop holds one slide


def attract_screen(lesson: Lesson) -> AttractScreen:
    """The lesson at home on a stand: the navigator's slide under the invitation to play."""
    slides = lesson.deck.slides
    if not slides:
        return AttractScreen(None, 0, 0)
    index = lesson.navigator.index
    return AttractScreen(slides[index], index + 1, len(slides))


@dataclass(frozen=True)
class KioskState:
    screen: ScreenModel
    countdown: int | None = None  # whole seconds left before the reset, while shown


class StandKiosk:
    def __init__(
        self,
        deck: Deck,
        settings: KioskSettings,
        clock: Callable[[], float],
        rng: random.Random | None = None,
    ) -> None:
        self.deck = deck
        self.settings = settings
        self._clock = clock
        self.lesson = Lesson(deck, self._activity_factory(), rng, home=attract_screen)
        # The engine's events, for the statistics: one visitor started, answered, finished.
        self.session_started = self.lesson.session_started
        self.answer_given = self.lesson.answer_given
        self.session_finished = self.lesson.session_finished
        self.changed: Event[KioskState] = Event()
        self.lesson_replaced: Event[Lesson] = Event()  # after ``restart``: observe the new one
        self._slide_shown_at = clock()
        self._last_input = clock()
        self._state = self._compute_state()

    def _activity_factory(self) -> partial[VisitorRun]:
        s = self.settings
        return partial(VisitorRun, count=s.question_count, web_address=s.web_address)

    def apply_settings(self, settings: KioskSettings) -> None:
        """New settings from the staff panel; the next visitor plays with them."""
        self.settings = settings
        self.restart()

    def restart(self) -> None:
        """A fresh lesson, back to the loop: after new settings, or after an error (the
        broken run is dropped with its lesson)."""
        self.lesson = self._rewired_lesson()
        self.lesson_replaced.emit(self.lesson)
        self.reset()

    def _rewired_lesson(self) -> Lesson:
        lesson = Lesson(self.deck, self._activity_factory(), self.lesson.rng, attract_screen)
        lesson.session_started.connect(self.session_started.emit)
        lesson.answer_given.connect(self.answer_given.emit)
        lesson.session_finished.connect(self.session_finished.emit)
        return lesson

    # State -----------------------------------------------------------------------------

    @property
    def state(self) -> KioskState:
        return self._state

    @property
    def attracting(self) -> bool:
        return self.lesson.place is not Place.QUIZ

    def _compute_state(self) -> KioskState:
        if self.attracting:
            return KioskState(self.lesson.screen)
        return KioskState(self.lesson.screen, self._countdown())

    def _countdown(self) -> int | None:
        s = self.settings
        quiet = self._clock() - self._last_input
        left = s.idle_seconds - quiet
        # A short timeout (tests, a busy stand) still shows its last half as a countdown.
        if left > min(s.countdown_seconds, s.idle_seconds / 2):
            return None
        return max(1, math.ceil(left))

    def _announce(self) -> None:
        state = self._compute_state()
        if state != self._state:
            self._state = state
            self.changed.emit(state)

    # Input and time --------------------------------------------------------------------

    def dispatch(self, action: Action) -> None:
        """A visitor's intent: starts a run from the loop, else goes to the quiz."""
        if action.intent in SHELL_INTENTS:
            return
        showing_countdown = self._state.countdown is not None
        self._last_input = self._clock()
        if self.attracting:
            if action.intent in (Intent.START_QUIZ, Intent.NEXT):
                self.lesson.dispatch(Action(Intent.START_QUIZ, self.settings.quiz_set_id))
                if self.attracting:  # the chosen set is gone: its first playable one
                    self.lesson.dispatch(Action(Intent.START_QUIZ))
        elif action.intent is Intent.HOME:
            self.reset()
            return
        elif not showing_countdown:
            # A touch during the countdown only says "still here": it answers nothing.
            self.lesson.dispatch(action)
        self._announce()

    def touch(self) -> None:
        """Someone is there (a tap or key that means nothing here): no reset yet."""
        self._last_input = self._clock()
        self._announce()

    def tick(self) -> None:
        """Time goes by: the loop's next slide, the countdown, the reset."""
        now = self._clock()
        if self.attracting:
            due = now - self._slide_shown_at >= self.settings.slide_seconds
            if self.deck.slides and self.settings.loop_slides and due:
                self.lesson.dispatch(Action(Intent.LOOP_NEXT))
                self._slide_shown_at = now
        elif now - self._last_input >= self.settings.idle_seconds:
            self.reset()
            return
        self._announce()

    def reset(self) -> None:
        """Back to the loop: nothing of this visitor stays (the run is dropped)."""
        self.lesson.dispatch(Action(Intent.HOME))
        self._slide_shown_at = self._clock()
        self._last_input = self._clock()
        self._announce()
