"""Subscribes a statistics store to the engine's events (``quiz/events.py``).

The stand calls ``unsubscribe = record_lesson(store, lesson)`` once; every visitor's
start, answers and score then reach the store without the views knowing about it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from cmq_desktop.quiz.events import AnswerGiven, Event, SessionFinished, SessionStarted
from cmq_desktop.stats.store import StatsStore


class EventSource(Protocol):
    """What ``quiz.lesson.Lesson`` (or one activity) announces."""

    session_started: Event[SessionStarted]
    answer_given: Event[AnswerGiven]
    session_finished: Event[SessionFinished]


def record_lesson(
    store: StatsStore, source: EventSource, mode: str | None = "stand"
) -> Callable[[], None]:
    """Record the runs of ``mode`` (every mode when None); returns the unsubscribe."""

    def started(event: SessionStarted) -> None:
        if mode is None or event.mode == mode:
            store.record_started(event.quiz_set_id, event.total)

    def answered(event: AnswerGiven) -> None:
        if mode is None or event.mode == mode:
            store.record_answer(event.question.id, event.quiz_set_id, event.correct)

    def finished(event: SessionFinished) -> None:
        if mode is None or event.mode == mode:
            store.record_finished(event.score, event.total)

    source.session_started.connect(started)
    source.answer_given.connect(answered)
    source.session_finished.connect(finished)

    def unsubscribe() -> None:
        source.session_started.disconnect(started)
        source.answer_given.disconnect(answered)
        source.session_finished.disconnect(finished)

    return unsubscribe
