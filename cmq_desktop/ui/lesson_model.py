"""The lesson as a Qt object: every window observes one ``LessonModel``.

It bridges the pure ``Lesson.changed`` event to a Qt signal and writes the ``screen``
log lines that support and end-to-end tests read.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from cmq_desktop.quiz.actions import Action
from cmq_desktop.quiz.lesson import Lesson
from cmq_desktop.quiz.navigator import Blackout
from cmq_desktop.quiz.screens import LessonState

log = logging.getLogger("cmq_desktop.ui.controller")


class LessonModel(QObject):
    state_changed = Signal(object)  # LessonState
    lesson_replaced = Signal(object)  # Lesson: another deck was opened

    def __init__(self, lesson: Lesson, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lesson = lesson
        self._shown: LessonState | None = None
        lesson.changed.connect(self._on_changed)

    @property
    def lesson(self) -> Lesson:
        return self._lesson

    @property
    def state(self) -> LessonState:
        return self._lesson.state

    def set_lesson(self, lesson: Lesson) -> None:
        self._lesson.changed.disconnect(self._on_changed)
        self._lesson = lesson
        lesson.changed.connect(self._on_changed)
        self.lesson_replaced.emit(lesson)
        self._on_changed(lesson.state)

    def announce(self) -> None:
        """Show the current state once (at start-up): the views draw it, the log names it."""
        self._on_changed(self._lesson.state)

    def dispatch(self, action: Action) -> None:
        self._lesson.dispatch(action)

    def _on_changed(self, state: LessonState) -> None:
        previous = self._shown
        self._shown = state
        if previous is None or previous.screen != state.screen:
            log.info("screen %s", state.screen.log_line)
        if previous is not None and previous.blackout != state.blackout:
            log.info("blackout %s", "off" if state.blackout is Blackout.NONE else "on")
        self.state_changed.emit(state)
