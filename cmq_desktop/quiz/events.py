"""A tiny observer list, and the events the engine announces.

Pure Python on purpose: the statistics store and the tests subscribe without Qt, and the
Qt layer bridges ``Lesson.changed`` to one signal that every window observes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from cmq_desktop.content.model import Question

T = TypeVar("T")


class Event(Generic[T]):
    """Callbacks called in order, synchronously, with one value."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], None]] = []

    def connect(self, callback: Callable[[T], None]) -> Callable[[T], None]:
        self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[[T], None]) -> None:
        self._callbacks.remove(callback)

    def emit(self, value: T) -> None:
        # A copy: a callback may disconnect itself.
        for callback in list(self._callbacks):
            callback(value)


@dataclass(frozen=True)
class SessionStarted:
    """A quiz run began: one pupil, one class round or one stand visitor."""

    mode: str
    quiz_set_id: str
    total: int


@dataclass(frozen=True)
class AnswerGiven:
    """One answer that counts: a pupil's, a visitor's, or the class's at the reveal."""

    mode: str
    quiz_set_id: str
    question: Question
    chosen_index: int
    number: int  # 1-based position in the run
    total: int

    @property
    def correct(self) -> bool:
        return self.chosen_index == self.question.answer_index


@dataclass(frozen=True)
class SessionFinished:
    """A run reached its results screen."""

    mode: str
    quiz_set_id: str
    score: int
    total: int
