"""Esc, Home or A in the middle of a quiz asks before going home: answers would be lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cmq_desktop.i18n import translate
from cmq_desktop.ui.dialog_focus import focus_back_on_close


def ask_leave_quiz(parent: QWidget, leave: Callable[[], None]) -> QMessageBox:
    """A window-modal question; "Continuer le quiz" is the default (Enter, Esc), only
    "Revenir à l'accueil" calls ``leave``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("leave_quiz", "Quitter le quiz\u00a0?"))
    box.setText(translate("leave_quiz", "Quitter le quiz\u00a0? Vos réponses seront perdues."))
    stay = box.addButton(
        translate("leave_quiz", "Continuer le quiz"), QMessageBox.ButtonRole.RejectRole
    )
    home = box.addButton(
        translate("leave_quiz", "Revenir à l’accueil"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    home.clicked.connect(leave)
    focus_back_on_close(box)
    box.open()
    return box
