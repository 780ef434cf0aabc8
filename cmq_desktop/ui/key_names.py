"""Name a key press the way the modes' key tables do: Qt's portable text ("PgDown",
"Shift+F5", "Ctrl+O", "B", ".")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

_MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
}


def key_name(event: QKeyEvent) -> str:
    """The table name of ``event``'s key, or "" for a lone modifier or an unknown key."""
    key = Qt.Key(event.key())
    if key in _MODIFIER_KEYS or key == Qt.Key.Key_unknown:
        return ""
    name = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
    modifiers = event.modifiers()
    prefix = ""
    if modifiers & Qt.KeyboardModifier.ControlModifier:
        prefix += "Ctrl+"
    if modifiers & Qt.KeyboardModifier.AltModifier:
        prefix += "Alt+"
    # Shift matters for F5 and arrows, not for a character it produced ("?" or "+"),
    # nor for a keypad digit.
    printable = bool(event.text()) and event.text().isprintable() and key != Qt.Key.Key_Space
    if modifiers & Qt.KeyboardModifier.ShiftModifier and not printable:
        prefix += "Shift+"
    return prefix + name.upper() if len(name) == 1 else prefix + name
