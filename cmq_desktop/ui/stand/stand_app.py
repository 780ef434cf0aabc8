"""Start the Stand mode: ``cmq-desktop --mode stand``, or ``start_stand`` from a running
program (the start screen's "Stand" button, once it offers modes)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from cmq_desktop import crash_log
from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import Deck
from cmq_desktop.paths import default_deck_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from cmq_desktop.ui.stand.shell import StandShell


def _deck(requested: Path | None) -> Deck:
    # A stand never shows a dialog about the deck: problems go to the log only.
    result = load_deck(requested or default_deck_dir())
    if result.deck is None and requested is not None:
        result = load_deck(default_deck_dir())
    for problem in result.problems:
        crash_log.logger.warning("deck: %s", problem)
    return result.deck or Deck(default_deck_dir(), (), ())


def start_stand(app: QApplication, deck: Deck) -> StandShell:
    """The kiosk, shown fullscreen (or the PIN set-up first); the stand's files live in
    ``<data dir>/stand/``. Visitors never meet a dialog: a crash is logged, no more."""
    os.environ[crash_log.ENV_NO_DIALOGS] = "1"
    crash_log.set_dialog_handler(None)
    from cmq_desktop.stats.store import StatsStore
    from cmq_desktop.ui.stand.backends import StandPin, StandSettingsFile
    from cmq_desktop.ui.stand.shell import StandShell
    from cmq_desktop.ui.stand.staff_access import StaffAccess

    shell = StandShell(deck, StatsStore.open(), StaffAccess(StandPin()), StandSettingsFile())
    shell.quit_requested.connect(app.quit)
    shell.start()
    return shell


def run_stand(args: argparse.Namespace) -> int:
    os.environ[crash_log.ENV_NO_DIALOGS] = "1"
    crash_log.install()
    from cmq_desktop.ui.app import create_application

    app = create_application()
    shell = start_stand(app, _deck(getattr(args, "deck", None)))
    code = app.exec()
    del shell
    return code
