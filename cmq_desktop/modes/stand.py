"""Stand: an unattended kiosk at a job forum; visitors of 11 to 18 play alone.

Keys, for a stand with a keyboard: any key starts from the attract loop, the answer
letters or 1/2 answer, Space or Enter goes on; Ctrl+Alt+S asks staff for the PIN.
Nothing else: no fullscreen toggle, no quit, no deck to open, no help dialog.
"""

from __future__ import annotations

from cmq_desktop.i18n import QT_TRANSLATE_NOOP
from cmq_desktop.modes.base import Mode, WindowPolicy
from cmq_desktop.modes.keys import ANSWER_LETTER_1, ANSWER_LETTER_2, KeyTable, keys
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.screens import LessonState
from cmq_desktop.quiz.visitor_run import VisitorRun

STAFF_KEY = "Ctrl+Alt+S"
GO_ON = ("Space", "Return", "Enter")

# Keys that never start a visitor's quiz: a visitor trying to leave (Esc, Alt+F4,
# Ctrl+Q, F11...) must see nothing happen, not a quiz starting.
_MODIFIERS = ("Ctrl+", "Alt+", "Meta+", "Shift+")
_NOT_A_START = ("Esc", "Tab", "Backtab", "Print", "Menu", "CapsLock", "NumLock", "ScrollLock")


def starts_visitor(key: str) -> bool:
    """Any plain key starts from the attract loop; shortcuts and function keys do not."""
    if not key or key.startswith(_MODIFIERS) or key in _NOT_A_START:
        return False
    return not (key.startswith("F") and key[1:].isdigit())


class StandKeyTable(KeyTable):
    """The table, plus "any key" on the attract loop (a table cannot list every key)."""

    def action_for(self, state: LessonState, key: str) -> Action | None:
        action = super().action_for(state, key)
        if action is None and state.screen.kind == "stand_attract" and starts_visitor(key):
            return Action(Intent.START_QUIZ)
        return action


KEYS = StandKeyTable(
    {
        "*": {STAFF_KEY: Intent.STAFF},
        "question:asking": {
            **keys(("1", ANSWER_LETTER_1), Intent.ANSWER_FIRST),
            **keys(("2", ANSWER_LETTER_2), Intent.ANSWER_SECOND),
        },
        "question:answered": keys(GO_ON, Intent.NEXT),
        "stand_score": keys(GO_ON, Intent.RESTART_SHUFFLED),  # "Rejouer"
    }
)

WINDOW = WindowPolicy(
    fullscreen=True,
    can_toggle_fullscreen=False,
    can_open_deck=False,
    can_quit=False,  # only from the staff panel, behind the PIN
    context_menu=False,
    dialogs=False,
)

STAND = Mode(
    id="stand",
    title=QT_TRANSLATE_NOOP("modes", "Stand"),
    description=QT_TRANSLATE_NOOP(
        "modes", "Sur un stand, sans surveillance : le quiz se joue seul et se remet à zéro."
    ),
    keys=KEYS,
    window=WINDOW,
    activity=VisitorRun,
)
