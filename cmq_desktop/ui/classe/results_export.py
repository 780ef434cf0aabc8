"""The class results as a CSV file for a spreadsheet: a file chooser in the teacher's
documents, or, when the program runs without dialogs (tests), a dated file in the data folder.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog

from cmq_desktop.i18n import translate
from cmq_desktop.paths import user_data_dir
from cmq_desktop.quiz.class_csv import results_csv
from cmq_desktop.quiz.class_screens import ClassResultsScreen
from cmq_desktop.ui.classe.console import ConsoleWindow
from cmq_desktop.ui.crash_dialog import dialogs_enabled

log = logging.getLogger("cmq_desktop.ui.classe")


class ResultsExport:
    """Writes the results on screen; says on the console where they went, or why not."""

    def __init__(
        self,
        console: ConsoleWindow,
        screen_now: Callable[[], object],
        deck_title: Callable[[], str] = str,
    ) -> None:
        self.console = console
        self.screen_now = screen_now  # the lesson's screen when the file is written
        self.deck_title = deck_title  # the presentation's title, for the file's title line
        self.last_path: Path | None = None

    def write(self, path: Path) -> bool:
        screen = self.screen_now()
        if not isinstance(screen, ClassResultsScreen):
            return False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            text = results_csv(screen, self.deck_title(), datetime.now())
            path.write_text(text, encoding="utf-8")
        except OSError as error:
            self.console.show_message(
                translate("console", "Impossible d’écrire {path}\u00a0: {error}").format(
                    path=path, error=error.strerror or error
                )
            )
            return False
        self.last_path = path
        log.info("class results written to %s", path)
        self.console.show_message(
            translate("console", "Résultats enregistrés\u00a0: {path}").format(path=path)
        )
        return True

    @staticmethod
    def default_path() -> Path:
        stamp = datetime.now().strftime("%Y-%m-%d-%Hh%M")
        if dialogs_enabled():
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            # A missing Documents folder (a fresh school account) would open the chooser in
            # the program's working directory, maybe its install folder: use home instead.
            base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
        else:
            base = user_data_dir() / "resultats"
        return base / f"resultats-classe-{stamp}.csv"

    def choose(self) -> None:
        if not isinstance(self.screen_now(), ClassResultsScreen):
            return
        path = self.default_path()
        if not dialogs_enabled():
            self.write(path)
            return
        dialog = QFileDialog(
            self.console,
            translate("console", "Exporter les résultats (CSV)"),
            str(path),
            translate("console", "Tableur CSV (*.csv)"),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per export, all day
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda chosen: self.write(Path(chosen)))
        dialog.open()
