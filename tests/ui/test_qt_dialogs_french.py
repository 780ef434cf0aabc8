"""Qt's own dialogs speak French: the Ctrl+O folder dialog, read label by label.

qtbase_fr.qm (PySide6 6.11.3) lacks the labels Qt 6.11 gave a mnemonic ("&Look in:",
"Files of &type:"): resources/translations/qt_complements_fr.qm supplies them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QLabel,
    QWidget,
)

from cmq_desktop.paths import resources_dir

ENGLISH = re.compile(
    r"\b(Look|Files of|File name|Directory|Cancel|Choose|Open|Back|Forward|Parent|Create|"
    r"New Folder|List View|Detail View|Name|Size|Date Modified|Computer|Rename|Delete|"
    r"Show|hidden|Sidebar)\b"
)


def _texts(dialog: QWidget) -> dict[str, str]:
    """Every text the dialog shows or says to assistive technology, by where it is."""
    texts: dict[str, str] = {}
    for widget in dialog.findChildren(QWidget):
        where = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            texts[f"{where} text"] = widget.text()
        texts[f"{where} tooltip"] = widget.toolTip()
        texts[f"{where} accessible"] = widget.accessibleName()
        if isinstance(widget, QComboBox) and widget.objectName() != "lookInCombo":  # paths
            for index in range(widget.count()):
                texts[f"{where} item {index}"] = widget.itemText(index)
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                texts[f"{where} column {column}"] = str(header)
    for number, action in enumerate(dialog.findChildren(QAction)):
        texts[f"action {number}"] = action.text()
    return {where: text for where, text in texts.items() if text}


def test_ctrl_o_dialog_is_french(qtbot, app_window) -> None:
    qtbot.keyClick(app_window.window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    seen = _texts(dialog)
    dialog.reject()
    assert len(seen) > 20  # labels, buttons, tooltips, columns, actions were read
    assert seen["QLabel lookInLabel text"] == "&Voir dans\u00a0:"
    assert seen["QLabel fileTypeLabel text"] == "Fichiers de &type\u00a0:"
    # A file dialog: the deck's presentation.md or its .zip (ui/deck_dialog.py).
    assert seen["QLabel fileNameLabel text"] == "&Nom de fichier\u00a0:"
    assert {where: text for where, text in seen.items() if ENGLISH.search(text)} == {}


def test_every_qt_file_dialog_is_french(qtbot, app_window) -> None:
    """Qt's own labels, not set by us: what any other dialog of the program gets."""
    dialog = QFileDialog(app_window.window, "Exporter")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    seen = _texts(dialog)
    dialog.reject()
    assert seen["QLabel lookInLabel text"] == "&Voir dans\u00a0:"
    assert seen["QLabel fileTypeLabel text"] == "Fichiers de &type\u00a0:"
    assert seen["QLabel fileNameLabel text"] == "&Nom de fichier\u00a0:"
    assert {where: text for where, text in seen.items() if ENGLISH.search(text)} == {}


def test_complement_catalogue_is_compiled_from_its_source(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    source = resources_dir() / "translations" / "qt_complements_fr.ts"
    subprocess.run(
        [lrelease, str(source), "-qm", str(tmp_path / "fresh.qm")],
        capture_output=True,
        check=True,
        timeout=60,
    )
    committed = source.with_suffix(".qm").read_bytes()
    assert (tmp_path / "fresh.qm").read_bytes() == committed, "run pyside6-lrelease (see .ts)"


def test_the_type_column_calls_a_folder_dossier(qtbot, app_window, tmp_path: Path) -> None:
    """The Type column of the Save dialog (class results, PDF) said "Folder"."""
    (tmp_path / "sous-dossier").mkdir()
    dialog = QFileDialog(app_window.window, "Exporter", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    with qtbot.waitSignal(model.directoryLoaded, timeout=5000):
        dialog.open()
    folder = model.index(str(tmp_path / "sous-dossier"))
    kind = model.data(folder.siblingAtColumn(2))
    dialog.reject()
    assert kind == "Dossier"
