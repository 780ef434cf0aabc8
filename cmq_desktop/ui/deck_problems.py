"""Show content problems to the user: the same ``path:line: message`` lines as ``check``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from cmq_desktop.content.model import ContentError

_SHOWN_INLINE = 12


def what_to_do(errors: Sequence[ContentError]) -> str:
    """The advice under the list: a missing file or folder has no line to correct."""
    check = "vérifiez avec « cmq-desktop check DOSSIER »"
    if all(error.line for error in errors):
        return f"Corrigez ces lignes, puis {check}."
    if not any(error.line for error in errors):
        return (
            "Vérifiez le chemin, ou ouvrez le dossier qui contient presentation.md "
            f"(Ctrl+O). Ensuite, {check}."
        )
    return (
        "Corrigez les lignes indiquées ; pour un fichier ou un dossier introuvable, vérifiez "
        f"son nom et son chemin. Ensuite, {check}."
    )


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
    box.setInformativeText(what_to_do(errors))
    if count > _SHOWN_INLINE:
        box.setDetailedText("\n".join(lines))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
