"""F1's shortcuts box: wide enough that each shortcut reads on one or two lines, its keys
in a column of their own (it once wrapped every line at Qt's 400 px)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.ocr import ocr_available, read_widget, shows


def test_the_shortcuts_box_is_wide_and_lists_keys_beside_what_they_do(qtbot, app_window) -> None:
    app_window.window.resize(1024, 768)
    qtbot.keyClick(app_window.window, Qt.Key.Key_F1)
    box = app_window.help_box
    assert box is not None and box.isVisible()
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None and label.width() >= 600
    assert "<table" in box.text() and "<b>Avancer</b>" in box.text()
    if ocr_available():
        read = read_widget(box)
        # OCR reads the table column by column.
        for text in ("Avancer", "flèche droite, espace, Entrée ou Page suivante (télécommande)"):
            assert shows(read, text), (text, read)
        assert shows(read, "Ouvrir une présentation"), read
    box.close()
