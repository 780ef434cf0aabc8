"""Where the keyboard focus goes when a screen changes.

A presenter's clicker and a pupil's arrow keys talk to the window's key table, so the
window keeps the focus. Once someone reached a button with Tab (a keyboard-only user),
each new screen puts the focus, with its visible ring, on its first button instead, so
Tab, Enter and Space walk the whole program. A question being asked takes the focus
itself (its ``default_button`` is the view): an answer already focused would be answered
by an Enter meant for the screen before, and Enter with nothing chosen says how to choose.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cmq_desktop.ui.buttons import KEYBOARD_NAVIGATION, CanvasButton


def focusable_buttons(view: QWidget) -> list[CanvasButton]:
    """The view's buttons a keyboard can reach now, in Tab order (creation order)."""
    return [
        button
        for button in view.findChildren(CanvasButton)
        if button.isVisibleTo(view) and button.isEnabled()
    ]


def follow_keyboard_focus(window: QWidget, view: QWidget) -> None:
    if not window.property(KEYBOARD_NAVIGATION):
        window.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    focused = window.focusWidget()
    if (
        isinstance(focused, CanvasButton)
        and view.isAncestorOf(focused)
        and focused.isEnabled()
        and focused.isVisibleTo(view)
    ):
        return  # still there (the same screen, drawn again)
    preferred = getattr(view, "default_button", None)
    wished = preferred() if callable(preferred) else None
    buttons = focusable_buttons(view)
    if wished is view:
        target: QWidget = view
    else:
        target = wished if wished in buttons else (buttons[0] if buttons else window)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
