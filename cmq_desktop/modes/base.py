"""What a mode decides: its quiz activity, its key table and its window policy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the window's first stage needs no engine module
    from cmq_desktop.modes.keys import KeyTable
    from cmq_desktop.quiz.activity import ActivityFactory


@dataclass(frozen=True)
class WindowPolicy:
    """Which window actions exist at all: a kiosk has none a visitor could reach."""

    fullscreen: bool = False  # start fullscreen
    can_toggle_fullscreen: bool = True
    can_open_deck: bool = True
    can_quit: bool = True
    context_menu: bool = True
    dialogs: bool = True  # help, deck problems, file choosers


@dataclass(frozen=True)
class Mode:
    id: str  # as written on the command line: --mode entrainement
    title: str  # as shown on the start screen
    description: str
    keys: KeyTable
    window: WindowPolicy
    activity: ActivityFactory
