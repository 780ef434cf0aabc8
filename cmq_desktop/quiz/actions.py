"""What a user asks for, whatever the key, click or tap: the engine's one input type.

Key tables (``cmq_desktop.modes``) turn keys into intents; views emit them for clicks.
Intents in ``SHELL_INTENTS`` concern the windows (fullscreen, help, quit...), not the
lesson: the Qt shell handles them, the engine ignores them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto


class Intent(Enum):
    # Moving through the lesson
    NEXT = auto()
    PREVIOUS = auto()
    FIRST_SLIDE = auto()
    LAST_SLIDE = auto()
    GO_TO_SLIDE = auto()  # arg: 0-based slide index
    START_PRESENTATION = auto()  # from the first slide
    START_FROM_CURRENT = auto()  # back to the slides at the current one
    START_QUIZ = auto()  # arg: quiz set id, or None for the first playable set
    HOME = auto()
    LOOP_NEXT = auto()  # at home, a looping home screen's next slide (the Stand's attract loop)
    # Answering
    ANSWER = auto()  # arg: 0 or 1
    ANSWER_FIRST = auto()
    ANSWER_SECOND = auto()
    REVIEW_SLIDE = auto()
    BACK_TO_QUIZ = auto()
    RETRY_WRONG = auto()
    RESTART_SHUFFLED = auto()
    # Choosing with the arrows (Entraînement): the window marks an answer, nothing is answered
    # until Enter or Space (ANSWER_FOCUSED). The choice is the view's, not the lesson's.
    FOCUS_ANSWER = auto()  # arg: 0 or 1
    ANSWER_FOCUSED = auto()
    # A class round (Classe): the console's tally, the countdown's end
    SET_HANDS = auto()  # arg: "first:second", the show of hands per answer
    SET_TEAM_ANSWER = auto()  # arg: "team:answer" (0-based; the same answer again clears it)
    LOCK = auto()  # the countdown ran out: lock a shown question
    # The audience screen
    BLACKOUT = auto()
    WHITEOUT = auto()
    OVERVIEW = auto()  # open or close the grid of slides
    CLOSE_OVERLAY = auto()
    # Windows (handled by the Qt shell, see SHELL_INTENTS)
    SCROLL_DOWN = auto()
    SCROLL_UP = auto()
    TOGGLE_FULLSCREEN = auto()
    LEAVE_FULLSCREEN = auto()
    HELP = auto()
    OPEN_DECK = auto()
    QUIT = auto()
    TOGGLE_NOTES = auto()
    SWAP_SCREENS = auto()
    TEXT_BIGGER = auto()
    TEXT_SMALLER = auto()
    STAFF = auto()
    TOGGLE_TIMER = auto()  # the presenter console's elapsed time: start or pause
    EXPORT_CSV = auto()
    EXPORT_PDF = auto()  # print the deck: slides, handout, quiz sheet or key (ui/pdf_dialog.py)
    DISPLAY_SETTINGS = auto()  # theme, text size, animations (ui/display_dialog.py)


SHELL_INTENTS = frozenset(
    {
        Intent.SCROLL_DOWN,
        Intent.SCROLL_UP,
        Intent.TOGGLE_FULLSCREEN,
        Intent.LEAVE_FULLSCREEN,
        Intent.HELP,
        Intent.OPEN_DECK,
        Intent.QUIT,
        Intent.TOGGLE_NOTES,
        Intent.SWAP_SCREENS,
        Intent.TEXT_BIGGER,
        Intent.TEXT_SMALLER,
        Intent.STAFF,
        Intent.TOGGLE_TIMER,
        Intent.EXPORT_CSV,
        Intent.EXPORT_PDF,
        Intent.DISPLAY_SETTINGS,
        Intent.FOCUS_ANSWER,
        Intent.ANSWER_FOCUSED,
    }
)


@dataclass(frozen=True)
class Action:
    intent: Intent
    arg: int | str | None = None
