"""The keyboard comes back to the window under a dialog when the dialog closes.

A window manager gives the focus back to the parent of a closed dialog; without one (a
kiosk, a bare X session) X leaves it on the root window and no key works until a click.
``focus_back_on_close`` does the window manager's job for one dialog: Affichage, help,
open a deck, problems, PDF and its message box.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

D = TypeVar("D", bound=QDialog)


def focus_back_on_close(dialog: D) -> D:
    """When ``dialog`` closes (any button, Esc), its parent's window takes the keyboard."""
    parent = dialog.parentWidget()
    if parent is not None:
        window = parent.window()
        # After the close is done: the dialog's own focus handling comes first.
        dialog.finished.connect(
            lambda _result: QTimer.singleShot(0, window, lambda: take_focus(window))
        )
    return dialog


def take_focus(window: QWidget) -> None:
    """Make ``window`` the active window, its focused widget (or itself) with the keyboard,
    unless it is hidden or another window (a dialog opened meanwhile) has the focus."""
    if not window.isVisible():
        return
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not window:
        return
    window.activateWindow()
    inside = window.focusWidget()
    (inside or window).setFocus(Qt.FocusReason.ActiveWindowFocusReason)
