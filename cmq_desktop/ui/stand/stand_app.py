"""Start the Stand mode: ``cmq-desktop --mode stand``."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from cmq_desktop import crash_log
from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import Deck
from cmq_desktop.paths import default_deck_dir


def _deck(requested: Path | None) -> Deck:
    # A stand never shows a dialog about the deck: problems go to the log only.
    result = load_deck(requested or default_deck_dir())
    if result.deck is None and requested is not None:
        result = load_deck(default_deck_dir())
    for problem in result.problems:
        crash_log.logger.warning("deck: %s", problem)
    return result.deck or Deck(default_deck_dir(), (), ())


def run_stand(args: argparse.Namespace) -> int:
    # Visitors must never meet a dialog: a crash is logged, and the stand goes on.
    os.environ[crash_log.ENV_NO_DIALOGS] = "1"
    crash_log.install()
    from cmq_desktop.stats.store import StatsStore
    from cmq_desktop.ui.app import create_application
    from cmq_desktop.ui.stand.backends import StandPin, StandSettingsFile
    from cmq_desktop.ui.stand.shell import StandShell
    from cmq_desktop.ui.stand.staff_access import StaffAccess

    app = create_application()
    deck = _deck(getattr(args, "deck", None))
    shell = StandShell(deck, StatsStore.open(), StaffAccess(StandPin()), StandSettingsFile())
    shell.quit_requested.connect(app.quit)
    shell.start()
    return app.exec()
