""""Ouvrir une présentation…": one dialog for a deck folder or its zip archive.

Qt's file dialog picks either folders or files, not both: the author picks the deck's
``presentation.md`` (which opens its folder) or a ``.zip``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate

FILTERS = (
    QT_TRANSLATE_NOOP("deck_dialog", "Présentations (presentation.md *.zip)"),
    QT_TRANSLATE_NOOP("deck_dialog", "Archives zip (*.zip)"),
    QT_TRANSLATE_NOOP("deck_dialog", "Tous les fichiers (*)"),
)


def deck_dialog(parent: QWidget, start: Path) -> QFileDialog:
    title = translate("deck_dialog", "Ouvrir une présentation (presentation.md ou archive .zip)")
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters([translate("deck_dialog", name) for name in FILTERS])
    dialog.setDirectory(str(start))
    # Qt's own dialog: the same on every desktop, and it does not block a clicker.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    return dialog


def chosen_deck(selected: str) -> Path:
    """The deck to load for the chosen file: its folder for ``presentation.md``."""
    path = Path(selected)
    return path.parent if path.name.lower() == "presentation.md" else path
