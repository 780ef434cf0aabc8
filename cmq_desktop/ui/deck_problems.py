"""Show content problems to the user: the same ``path:line: message`` lines as ``check``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from cmq_desktop.content.model import ContentError

_SHOWN_INLINE = 12


def problems_dialog(
    parent: QWidget | None, problems: Sequence[ContentError], fallback_note: str
) -> QMessageBox:
    """A non-modal dialog: the app behind it stays usable, and tests can read it."""
    errors = [p for p in problems if not p.is_warning]
    lines = [str(p) for p in errors]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Problèmes dans la présentation")
    count = len(errors)
    box.setText(
        f"La présentation contient {count} erreur{'s' if count > 1 else ''}. {fallback_note}\n\n"
        + "\n".join(lines[:_SHOWN_INLINE])
        + ("\n…" if count > _SHOWN_INLINE else "")
    )
    box.setInformativeText("Corrigez ces lignes, puis vérifiez avec « cmq-desktop check DOSSIER ».")
    if count > _SHOWN_INLINE:
        box.setDetailedText("\n".join(lines))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
