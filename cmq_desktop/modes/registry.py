"""Every mode the program offers, in the order of the start screen."""

from __future__ import annotations

from cmq_desktop.modes.base import Mode
from cmq_desktop.modes.classe import CLASSE
from cmq_desktop.modes.entrainement import ENTRAINEMENT
from cmq_desktop.modes.stand import STAND

MODES: tuple[Mode, ...] = (CLASSE, STAND, ENTRAINEMENT)
DEFAULT_MODE_ID = ENTRAINEMENT.id


def mode_by_id(mode_id: str) -> Mode:
    for mode in MODES:
        if mode.id == mode_id:
            return mode
    raise KeyError(mode_id)
