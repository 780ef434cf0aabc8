"""The window's start before Qt: can a window open at all, the crash log, the deck.

``cli.main`` runs ``prepare`` before it imports ``ui/app.py`` (and so PySide6): every
module it needs (the content loader, the crash log) is imported before Qt, which
reads the source of each module imported after it to look for ``__feature__`` imports
(PySide6's ``shibokensupport/feature.py``); that is time before the first frame. No Qt
import here (``tests/unit/test_first_stage.py``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cmq_desktop import crash_log
from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import Deck
from cmq_desktop.i18n import QT_TRANSLATE_NOOP
from cmq_desktop.paths import default_deck_dir
from cmq_desktop.system_libraries import xcb_problem
from cmq_desktop.ui.shells import Launch

if TYPE_CHECKING:
    import argparse

# Translated where they are shown (ui/app.py), once Qt and the language are there.
NOTE_PARTIAL = QT_TRANSLATE_NOOP("app", "La partie correcte est affichée.")
NOTE_KEPT_CURRENT = QT_TRANSLATE_NOOP("app", "La présentation actuelle reste affichée.")
NOTE_BUNDLED_INSTEAD = QT_TRANSLATE_NOOP(
    "app", "La présentation des CMQ livrée avec le programme est affichée à la place."
)
NOTE_OPEN_ANOTHER = QT_TRANSLATE_NOOP("app", "Ouvrez une autre présentation avec Ctrl+O.")


class WindowOptions:
    """The window's command line: ``--deck``, ``--fullscreen``, ``--mode``, ``--lang`` and
    ``--exit-after-first-frame``. ``cli.window_options`` reads them without argparse (its
    import and parser cost a start some milliseconds); argparse's answer (``of``) for
    anything else. A plain class: a dataclass costs more to define than this one's use."""

    __slots__ = ("deck", "exit_after_first_frame", "fullscreen", "lang", "mode")

    def __init__(
        self,
        deck: Path | None = None,
        fullscreen: bool = False,
        mode: str | None = None,
        lang: str | None = None,
        exit_after_first_frame: bool = False,
    ) -> None:
        self.deck = deck
        self.fullscreen = fullscreen
        self.mode = mode
        self.lang = lang
        self.exit_after_first_frame = exit_after_first_frame

    @classmethod
    def of(cls, args: argparse.Namespace) -> WindowOptions:
        return cls(args.deck, args.fullscreen, args.mode, args.lang, args.exit_after_first_frame)

    def values(self) -> tuple[Path | None, bool, str | None, str | None, bool]:
        return (self.deck, self.fullscreen, self.mode, self.lang, self.exit_after_first_frame)


def no_display_message() -> str | None:
    """On Linux with no screen to open, Qt aborts with a plugin error: say it plainly."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "cmq-desktop : aucun écran disponible (ni DISPLAY ni WAYLAND_DISPLAY).\n"
        "Lancez le programme depuis une session graphique. Sans écran, « cmq-desktop check » "
        "vérifie une présentation et « cmq-desktop render --out DOSSIER » exporte ses écrans."
    )


def prepare(args: WindowOptions) -> Launch | int:
    """What the window opens on, or the exit code after a French message on stderr."""
    message = no_display_message() or xcb_problem()
    if message is not None:
        print(message, file=sys.stderr)
        return 2
    # First, so that a crash anywhere below (Qt's own import included) is logged; the GUI
    # registers its dialog as soon as Qt is there (ui/app.py).
    crash_log.install()
    requested: Path | None = args.deck
    result = load_deck(requested or default_deck_dir())
    deck = result.deck
    note = NOTE_PARTIAL
    if deck is None and requested is not None:
        note = NOTE_BUNDLED_INSTEAD
        deck = load_deck(default_deck_dir()).deck
    if deck is None:  # even the bundled deck is unusable: an empty start screen
        note = NOTE_OPEN_ANOTHER
        deck = Deck(default_deck_dir(), (), ())
    problems = result.problems if result.errors else ()
    return Launch(deck, args.fullscreen, args.exit_after_first_frame, problems, note)
