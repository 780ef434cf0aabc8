"""Every mode the program offers, in the order of the start screen.

The start screen needs only each mode's id and title: a mode's rules (and the quiz it
runs) are imported when that mode starts, not on the way to the first frame. The imports
are written out in functions, not as strings, so PyInstaller sees them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cmq_desktop.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from cmq_desktop.modes.base import Mode


def _classe() -> Mode:
    from cmq_desktop.modes.classe import CLASSE

    return CLASSE


def _stand() -> Mode:
    from cmq_desktop.modes.stand import STAND

    return STAND


def _entrainement() -> Mode:
    from cmq_desktop.modes.entrainement import ENTRAINEMENT

    return ENTRAINEMENT


@dataclass(frozen=True)
class ModeEntry:
    id: str  # as written on the command line: --mode classe
    title: str  # as shown on the start screen
    load: Callable[[], Mode]  # imports and returns the mode's rules
    # A kiosk never becomes the next start's default: a shared laptop would reopen locked.
    becomes_default: bool = True


MODES: tuple[ModeEntry, ...] = (
    ModeEntry("classe", QT_TRANSLATE_NOOP("modes", "Classe"), _classe),
    ModeEntry("stand", QT_TRANSLATE_NOOP("modes", "Stand"), _stand, becomes_default=False),
    ModeEntry("entrainement", QT_TRANSLATE_NOOP("modes", "Entraînement"), _entrainement),
)
DEFAULT_MODE_ID = "entrainement"


def becomes_default(mode_id: str) -> bool:
    """Whether starting ``mode_id`` makes it the next start's default mode."""
    return any(entry.id == mode_id and entry.becomes_default for entry in MODES)


def mode_entry(mode_id: str) -> ModeEntry:
    """The mode's entry, without importing its rules; KeyError for an unknown id."""
    for entry in MODES:
        if entry.id == mode_id:
            return entry
    raise KeyError(mode_id)


def mode_by_id(mode_id: str) -> Mode:
    return mode_entry(mode_id).load()
