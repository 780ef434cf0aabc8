""" "Exporter en PDF…" from the right-click menu: choose, save, and the PDF is there."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from cmq_desktop.ui.pdf_dialog import PdfDialog


def test_the_context_menu_offers_the_export(app_window) -> None:
    texts = [action.text() for action in app_window.window.actions()]
    assert "Exporter en PDF…" in texts


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils is not installed")
def test_choosing_the_quiz_sheet_writes_it(qtbot, app_window, tmp_path: Path) -> None:
    (action,) = [a for a in app_window.window.actions() if a.text() == "Exporter en PDF…"]
    action.trigger()
    dialog = app_window.pdf_dialog
    assert isinstance(dialog, PdfDialog) and dialog.isVisible()
    dialog.buttons["quiz"].click()
    dialog.choose_file()
    assert dialog.file_dialog is not None and dialog.file_dialog.isVisible()
    out = tmp_path / "feuille.pdf"
    dialog.file_dialog.selectFile(str(out))
    dialog.file_dialog.accept()
    assert not dialog.isVisible()
    box = dialog.result_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text().startswith(f"PDF écrit\u00a0: {out} (")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert "Pages:" in info.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Classe" in text and "Réponse" not in text
    box.close()


def test_the_start_screen_print_button_opens_the_same_dialog(qtbot, app_window) -> None:
    from cmq_desktop.ui.buttons import CanvasButton

    (button,) = [
        b
        for b in app_window.window.start_view.findChildren(CanvasButton)
        if b.text() == "Imprimer (PDF)…"
    ]
    assert button.isVisible()
    button.click()
    assert isinstance(app_window.pdf_dialog, PdfDialog) and app_window.pdf_dialog.isVisible()
    app_window.pdf_dialog.reject()
