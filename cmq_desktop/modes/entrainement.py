"""Entraînement: a pupil alone at a computer, immediate feedback, redo the mistakes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cmq_desktop.content.model import Deck, QuizSet
from cmq_desktop.i18n import QT_TRANSLATE_NOOP
from cmq_desktop.modes.base import Mode, WindowPolicy
from cmq_desktop.modes.keys import (
    ANSWER_LETTER_1,
    ANSWER_LETTER_2,
    BACKWARD,
    FORWARD,
    KeyTable,
    keys,
)
from cmq_desktop.quiz.actions import Action, Intent

if TYPE_CHECKING:
    import random

    from cmq_desktop.quiz.pupil_quiz import PupilQuiz

KEYS = KeyTable(
    {
        "*": {
            "F11": Intent.TOGGLE_FULLSCREEN,
            "F5": Intent.TOGGLE_FULLSCREEN,
            "Esc": Intent.LEAVE_FULLSCREEN,
            "F1": Intent.HELP,
            "F2": Intent.DISPLAY_SETTINGS,  # theme, text size, animations
            "Ctrl+O": Intent.OPEN_DECK,
            "Ctrl+Q": Intent.QUIT,
        },
        "start": keys(FORWARD, Intent.NEXT),
        "slide": {
            **keys(FORWARD, Intent.NEXT),
            **keys(BACKWARD, Intent.PREVIOUS),
            "Home": Intent.FIRST_SLIDE,
            "End": Intent.LAST_SLIDE,
            "A": Intent.HOME,  # back to the start screen (Esc too, out of fullscreen)
        },
        # A slide shown again from a question: Enter goes back to the question.
        "slide:review": keys(("Return", "Enter", "Space", "Backspace"), Intent.BACK_TO_QUIZ),
        # The arrows only choose (→ is also "next slide": pressed through the slides it
        # used to answer the first question "Faux"); Enter or Space answers the chosen one;
        # the digits and the answer letters answer at once.
        "question:asking": {
            **keys(("1", ANSWER_LETTER_1), Intent.ANSWER_FIRST),
            **keys(("2", ANSWER_LETTER_2), Intent.ANSWER_SECOND),
            **keys(("Left", "Up"), Action(Intent.FOCUS_ANSWER, 0)),
            **keys(("Right", "Down"), Action(Intent.FOCUS_ANSWER, 1)),
            **keys(("Return", "Enter", "Space"), Intent.ANSWER_FOCUSED),
        },
        # Not "A" here: it may be an answer letter (Accord/Désaccord), pressed twice.
        "question": {"Home": Intent.HOME},
        "question:answered": {**keys(FORWARD, Intent.NEXT), "R": Intent.REVIEW_SLIDE},
        "results": {
            "E": Intent.RETRY_WRONG,
            "M": Intent.RESTART_SHUFFLED,
            "A": Intent.HOME,
            "Home": Intent.HOME,
            **keys(("PgDown", "Down", "Space"), Intent.SCROLL_DOWN),
            **keys(("PgUp", "Up"), Intent.SCROLL_UP),
        },
    }
)


def pupil_quiz(deck: Deck, quiz_set: QuizSet, rng: random.Random) -> PupilQuiz:
    """The pupil's quiz, imported when a quiz starts rather than before the first frame."""
    from cmq_desktop.quiz.pupil_quiz import PupilQuiz

    return PupilQuiz(deck, quiz_set, rng)


ENTRAINEMENT = Mode(
    id="entrainement",
    title=QT_TRANSLATE_NOOP("modes", "Entraînement"),
    description=QT_TRANSLATE_NOOP(
        "modes", "Seul devant l’ordinateur : diapositives à son rythme, quiz corrigé aussitôt."
    ),
    keys=KEYS,
    window=WindowPolicy(),
    activity=pupil_quiz,
)
