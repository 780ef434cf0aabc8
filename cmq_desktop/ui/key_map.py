"""Which key means what on each screen: keyboard, clicker remote (PageUp/PageDown), letters."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import Qt

from cmq_desktop.quiz.flow import Screen
from cmq_desktop.quiz.session import Phase
from cmq_desktop.quiz.shortcuts import answer_letters

K = Qt.Key


class Intent(Enum):
    NEXT = auto()
    PREVIOUS = auto()
    FIRST_SLIDE = auto()
    LAST_SLIDE = auto()
    ANSWER_FIRST = auto()
    ANSWER_SECOND = auto()
    REVIEW_SLIDE = auto()
    BACK_TO_QUIZ = auto()
    RETRY_WRONG = auto()
    RESTART_SHUFFLED = auto()
    HOME = auto()
    SCROLL_DOWN = auto()
    SCROLL_UP = auto()


# Clickers send PageDown/PageUp (some send Right/Left or B for black screen).
FORWARD_KEYS = {K.Key_Right, K.Key_PageDown, K.Key_Space, K.Key_Return, K.Key_Enter, K.Key_Down}
BACKWARD_KEYS = {K.Key_Left, K.Key_PageUp, K.Key_Backspace, K.Key_Up}


def intent_for_key(
    screen: Screen,
    key: int,
    text: str,
    phase: Phase | None = None,
    labels: tuple[str, str] | None = None,
    reviewing: bool = False,
) -> Intent | None:
    letter = text.upper()
    if screen is Screen.START:
        return Intent.NEXT if key in FORWARD_KEYS else None
    if screen is Screen.SLIDE:
        if reviewing and key in {K.Key_Return, K.Key_Enter, K.Key_Space, K.Key_Backspace}:
            return Intent.BACK_TO_QUIZ
        if key in FORWARD_KEYS:
            return Intent.NEXT
        if key in BACKWARD_KEYS:
            return Intent.PREVIOUS
        if key == K.Key_Home:
            return Intent.FIRST_SLIDE
        if key == K.Key_End:
            return Intent.LAST_SLIDE
        return None
    if screen is Screen.QUESTION:
        if phase is Phase.ASKING and labels is not None:
            first, second = answer_letters(labels)
            if key in {K.Key_Left, K.Key_1} or (first and letter == first):
                return Intent.ANSWER_FIRST
            if key in {K.Key_Right, K.Key_2} or (second and letter == second):
                return Intent.ANSWER_SECOND
            return None
        if phase is Phase.ANSWERED:
            if key in FORWARD_KEYS:
                return Intent.NEXT
            if letter == "R":
                return Intent.REVIEW_SLIDE
        return None
    if screen is Screen.RESULTS:
        if letter == "E":
            return Intent.RETRY_WRONG
        if letter == "M":
            return Intent.RESTART_SHUFFLED
        if letter == "A" or key == K.Key_Home:
            return Intent.HOME
        if key in {K.Key_PageDown, K.Key_Down, K.Key_Space}:
            return Intent.SCROLL_DOWN
        if key in {K.Key_PageUp, K.Key_Up}:
            return Intent.SCROLL_UP
    return None
