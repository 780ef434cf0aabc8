"""Every mode the program offers, in the order of the start screen.

The start screen needs only each mode's id and title: a mode's rules (and the quiz it
runs) are imported when that mode starts, not on the way to the first frame.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from cmq_desktop.modes.base import Mode


@dataclass(frozen=True)
class ModeEntry:
    id: str  # as written on the command line: --mode classe
    title: str  # as shown on the start screen
    module: str  # the module that builds its Mode ...
    name: str  # ... under this name
    # Whether the next start opens this mode by default: a kiosk is started on purpose.
    becomes_default: bool = True

    def load(self) -> Mode:
        mode = getattr(importlib.import_module(self.module), self.name)
        assert isinstance(mode, Mode)
        return mode


MODES: tuple[ModeEntry, ...] = (
    ModeEntry("classe", "Classe", "cmq_desktop.modes.classe", "CLASSE"),
    ModeEntry("stand", "Stand", "cmq_desktop.modes.stand", "STAND", becomes_default=False),
    ModeEntry("entrainement", "Entraînement", "cmq_desktop.modes.entrainement", "ENTRAINEMENT"),
)
DEFAULT_MODE_ID = "entrainement"


def becomes_default(mode_id: str) -> bool:
    """Whether starting ``mode_id`` makes it the next start's default mode."""
    return any(entry.id == mode_id and entry.becomes_default for entry in MODES)


def mode_by_id(mode_id: str) -> Mode:
    for entry in MODES:
        if entry.id == mode_id:
            return entry.load()
    raise KeyError(mode_id)
