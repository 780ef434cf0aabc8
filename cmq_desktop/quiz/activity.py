"""The seam where each mode's quiz plugs in: a pupil alone, a class round, a stand visitor.

The lesson (``lesson.py``) owns the slides and the way in and out of the quiz; an
activity owns everything between the first question and its results. Each mode gives
the lesson a factory for its activity.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Protocol

from cmq_desktop.content.model import Deck, QuizSet
from cmq_desktop.quiz.actions import Action
from cmq_desktop.quiz.events import AnswerGiven, Event, SessionFinished, SessionStarted
from cmq_desktop.quiz.screens import ScreenModel


class ActivityEvents:
    """The three events every quiz activity announces; the activities inherit them."""

    def __init__(self) -> None:
        self.started: Event[SessionStarted] = Event()
        self.answer_given: Event[AnswerGiven] = Event()
        self.finished: Event[SessionFinished] = Event()


class QuizActivity(Protocol):
    quiz_set: QuizSet
    started: Event[SessionStarted]
    answer_given: Event[AnswerGiven]
    finished: Event[SessionFinished]

    def begin(self) -> None:
        """Announce the first run (``started``); called once the lesson listens."""

    def screen(self) -> ScreenModel:
        """The screen to show now."""
        ...

    def upcoming(self) -> ScreenModel | None:
        """What "next" would show, for the presenter console (None when unknown)."""
        ...

    def handle(self, action: Action) -> bool:
        """Apply an intent; False when it means nothing here (the lesson may use it)."""
        ...

    def review_slide_id(self) -> str | None:
        """The slide the current question is about, when it may be shown again now."""
        ...


ActivityFactory = Callable[[Deck, QuizSet, random.Random], QuizActivity]
