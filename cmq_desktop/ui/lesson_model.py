"""The lesson as a Qt object: every window observes one ``LessonModel``.

It bridges the pure ``Lesson.changed`` event to a Qt signal and writes the ``screen``
log lines that support and end-to-end tests read: one per screen change, from the screen
model's ``log_line``, except that a screen model with ``log_once = True`` (the Stand's
attract loop, whose slides change for hours) is named once per arrival. Screens outside
the lesson (the Stand's staff keypad and panel) are named through ``cover``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from cmq_desktop.quiz.actions import Action
from cmq_desktop.quiz.lesson import Lesson
from cmq_desktop.quiz.navigator import Blackout
from cmq_desktop.quiz.screens import LessonState, ScreenModel

log = logging.getLogger("cmq_desktop.ui.controller")


class LessonModel(QObject):
    state_changed = Signal(object)  # LessonState
    lesson_replaced = Signal(object)  # Lesson: another deck was opened

    def __init__(self, lesson: Lesson, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lesson = lesson
        self._shown: LessonState | None = None
        self._covered = False
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

    def cover(self, log_line: str) -> None:
        """A screen outside the lesson covers it (e.g. ``STAND_PIN``): named in the log;
        the lesson's changes meanwhile are not, as nobody sees them."""
        log.info("screen %s", log_line)
        self._covered = True

    def uncover(self) -> None:
        """The lesson's screen is shown again: named again, even if it did not change."""
        self._covered = False
        self._shown = None
        self.announce()

    def _on_changed(self, state: LessonState) -> None:
        previous = self._shown
        self._shown = state
        named = previous is None or _named_anew(previous.screen, state.screen)
        if named and not self._covered:
            log.info("screen %s", state.screen.log_line)
        if previous is not None and previous.blackout != state.blackout:
            log.info("blackout %s", "off" if state.blackout is Blackout.NONE else "on")
        self.state_changed.emit(state)


def _named_anew(previous: ScreenModel, screen: ScreenModel) -> bool:
    if previous == screen:
        return False
    once = bool(getattr(screen, "log_once", False))
    return not (once and previous.log_line == screen.log_line)
