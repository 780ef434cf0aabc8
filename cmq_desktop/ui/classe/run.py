"""Start Classe: its shell on the loaded deck, first-frame timing, the deck's problems.

Called by ``ui/app.py`` for ``--mode classe`` and when "Classe" is chosen on the
Entraînement start screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from cmq_desktop.content.model import ContentError, Deck
from cmq_desktop.process_clock import ms_since_process_start
from cmq_desktop.ui.classe.shell import ClasseShell
from cmq_desktop.ui.deck_problems import problems_dialog

# The running shells: Qt owns no reference to them.
_shells: list[ClasseShell] = []


def start_classe(
    deck: Deck,
    exit_after_first_frame: bool = False,
    problems: Sequence[ContentError] = (),
    note: str = "",
) -> ClasseShell:
    shell = ClasseShell(deck)
    _shells.append(shell)
    if exit_after_first_frame:

        def first_frame() -> None:
            print(f"{ms_since_process_start():.1f}", flush=True)
            # Quit once this paint has been flushed: quitting inside it warns.
            QTimer.singleShot(0, shell.quit)
            QTimer.singleShot(0, QApplication.quit)

        shell.audience.painted.connect(first_frame, Qt.ConnectionType.SingleShotConnection)
    shell.start(choose_screen=False if exit_after_first_frame else None)
    if problems and not exit_after_first_frame:
        shell.problems_box = problems_dialog(shell.teacher_window, tuple(problems), note)
    return shell
