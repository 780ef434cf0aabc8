"""Show content problems to the user: the same ``path:line: message`` lines as ``check``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from cmq_desktop.content.model import ContentError
from cmq_desktop.i18n import translate

_SHOWN_INLINE = 12


def what_to_do(errors: Sequence[ContentError]) -> str:
    """The advice under the list: a missing file or folder has no line to correct."""
    check = translate("deck_problems", "vérifiez avec « cmq-desktop check DOSSIER »")
    if all(error.line for error in errors):
        return translate("deck_problems", "Corrigez ces lignes, puis {check}.").format(check=check)
    if not any(error.line for error in errors):
        return translate(
            "deck_problems",
            "Vérifiez le chemin, ou ouvrez le dossier qui contient presentation.md "
            "(Ctrl+O). Ensuite, {check}.",
        ).format(check=check)
    return translate(
        "deck_problems",
        "Corrigez les lignes indiquées ; pour un fichier ou un dossier introuvable, vérifiez "
        "son nom et son chemin. Ensuite, {check}.",
    ).format(check=check)


def problems_dialog(
    parent: QWidget | None, problems: Sequence[ContentError], fallback_note: str
) -> QMessageBox:
    """A non-modal dialog: the app behind it stays usable, and tests can read it."""
    errors = [p for p in problems if not p.is_warning]
    lines = [str(p) for p in errors]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("deck_problems", "Problèmes dans la présentation"))
    count = len(errors)
    box.setText(
        (
            translate("deck_problems", "La présentation contient {count} erreurs.")
            if count > 1
            else translate("deck_problems", "La présentation contient {count} erreur.")
        ).format(count=count)
        + f" {fallback_note}\n\n"
        + "\n".join(lines[:_SHOWN_INLINE])
        + ("\n…" if count > _SHOWN_INLINE else "")
    )
    box.setInformativeText(what_to_do(errors))
    if count > _SHOWN_INLINE:
        box.setDetailedText("\n".join(lines))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
