"""Which windows each mode opens: the one place that maps a mode to its Qt shell.

A mode's rules are pure (``cmq_desktop.modes``); its windows are Qt. ``start_shell``
opens the windows of a mode on a deck; a new mode adds one starter to ``STARTERS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cmq_desktop.content.model import ContentError, Deck


@dataclass(frozen=True)
class Launch:
    """What a shell starts with: the deck, the command line's wishes, the deck's problems."""

    deck: Deck
    fullscreen: bool = False
    exit_after_first_frame: bool = False
    problems: tuple[ContentError, ...] = ()
    note: str = ""


# A starter opens the mode's windows and returns what keeps them alive.
Starter = Callable[[Launch], object]

# The running shells: Qt holds no Python reference to them.
_running: list[object] = []


def _training(launch: Launch) -> object:
    from cmq_desktop.ui.app import start_training

    return start_training(launch)


def _classe(launch: Launch) -> object:
    from cmq_desktop.ui.classe.run import start_classe

    return start_classe(launch.deck, launch.exit_after_first_frame, launch.problems, launch.note)


def _stand(launch: Launch) -> object:
    from cmq_desktop.ui.stand.stand_app import start_stand

    return start_stand(launch.deck, launch.problems)


STARTERS: dict[str, Starter] = {"entrainement": _training, "classe": _classe, "stand": _stand}


def start_shell(mode_id: str, launch: Launch) -> object:
    shell = STARTERS[mode_id](launch)
    _running.append(shell)
    return shell
