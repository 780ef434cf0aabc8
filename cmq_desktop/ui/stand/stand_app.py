"""Start the Stand mode (``cmq-desktop --mode stand``, or "Stand" on the start screen)."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from cmq_desktop import crash_log
from cmq_desktop.content.model import ContentError, Deck
from cmq_desktop.stats.store import StatsStore
from cmq_desktop.ui.stand.backends import StandPin, StandSettingsFile
from cmq_desktop.ui.stand.shell import StandShell
from cmq_desktop.ui.stand.staff_access import StaffAccess

log = logging.getLogger("cmq_desktop.ui.stand")
_shells: list[StandShell] = []  # the running kiosk, kept alive


def start_stand(deck: Deck, problems: Sequence[ContentError] = ()) -> StandShell:
    """The kiosk, fullscreen (the PIN set-up first, on a first start); its files live in
    ``<data dir>/stand/``. Visitors never meet a dialog: deck problems and crashes go to
    the log only."""
    os.environ[crash_log.ENV_NO_DIALOGS] = "1"
    crash_log.set_dialog_handler(None)
    for problem in problems:
        log.warning("deck: %s", problem)
    shell = StandShell(deck, StatsStore.open(), StaffAccess(StandPin()), StandSettingsFile())
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell.quit_requested.connect(app.quit)
    _shells.append(shell)
    shell.start()
    return shell
