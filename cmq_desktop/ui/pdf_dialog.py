""" "Exporter en PDF…" (right-click menu): choose what to print, then where to save it.

Window-modal dialogs opened with ``open()``, never a nested event loop, so a clicker or a
timer keeps reaching the app. The PDF itself is written by ui/pdf_export.py.
"""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cmq_desktop.content.ids import slugify
from cmq_desktop.content.model import Deck
from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.progress import Progress
from cmq_desktop.ui.dialog_focus import focus_back_on_close
from cmq_desktop.ui.pdf_export import export_pdf

CHOICES = (
    ("slides", QT_TRANSLATE_NOOP("pdf", "Les diapositives (une par page, en paysage)")),
    (
        "handout",
        QT_TRANSLATE_NOOP(
            "pdf",
            "Un document à distribuer (trois diapositives par page, avec des lignes de notes)",
        ),
    ),
    (
        "quiz",
        QT_TRANSLATE_NOOP(
            "pdf", "La feuille de quiz des élèves (cases à cocher, sans les réponses)"
        ),
    ),
    ("key", QT_TRANSLATE_NOOP("pdf", "Le corrigé du quiz (réponses et explications)")),
)
_FILE_SUFFIX = {"slides": "diapositives", "handout": "document", "quiz": "quiz", "key": "corrige"}


class PdfDialog(QDialog):
    def __init__(self, parent: QWidget, deck: Deck) -> None:
        super().__init__(parent)
        self.deck = deck
        self.setWindowTitle(translate("pdf", "Exporter en PDF"))
        layout = QVBoxLayout(self)
        question = translate(
            "pdf", "Que voulez-vous imprimer (A4, lisible en noir et blanc)\u00a0?"
        )
        layout.addWidget(QLabel(question))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for kind, text in CHOICES:
            button = QRadioButton(translate("pdf", text), self)
            self.group.addButton(button)
            self.buttons[kind] = button
            layout.addWidget(button)
        self.buttons["slides"].setChecked(True)
        box = QDialogButtonBox(self)
        box.addButton(translate("pdf", "Enregistrer…"), QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(translate("pdf", "Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.choose_file)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.file_dialog: QFileDialog | None = None
        self.result_box: QMessageBox | None = None

    @property
    def kind(self) -> str:
        return next(kind for kind, button in self.buttons.items() if button.isChecked())

    def choose_file(self) -> None:
        name = f"{slugify(self.deck.title) or 'presentation'}-{_FILE_SUFFIX[self.kind]}.pdf"
        dialog = QFileDialog(
            self, translate("pdf", "Enregistrer le PDF"), str(Path.home() / name), "PDF (*.pdf)"
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(lambda chosen: self.export_to(Path(chosen)))
        self.file_dialog = dialog
        dialog.open()

    def export_to(self, path: Path) -> None:
        quiet = io.StringIO()  # no terminal here: the message box says when it is done
        try:
            pages = export_pdf(self.deck, path, self.kind, lambda n: Progress(n, "Pages", quiet))
        except OSError as error:
            icon = QMessageBox.Icon.Warning
            text = translate("pdf", "Le PDF n’a pas pu être écrit\u00a0: {error}").format(
                error=error
            )
        else:
            icon = QMessageBox.Icon.Information
            if pages > 1:
                text = translate("pdf", "PDF écrit\u00a0: {path} ({pages} pages).")
            else:
                text = translate("pdf", "PDF écrit\u00a0: {path} ({pages} page).")
            text = text.format(path=path, pages=pages)
        self.accept()
        self.result_box = QMessageBox(
            icon, translate("pdf", "Exporter en PDF"), text, parent=self.parentWidget()
        )
        focus_back_on_close(self.result_box)
        self.result_box.open()
