"""The staff's CSV export: a save dialog in French (staff take the file away on a USB
stick), opening in the folder used last time, else Documents; or, when the program runs
without dialogs (tests), a dated file in the stand's folder. The panel says where."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from cmq_desktop.i18n import translate
from cmq_desktop.stats.export import write_csv
from cmq_desktop.stats.location import stand_dir
from cmq_desktop.stats.report import Statements
from cmq_desktop.stats.store import StatsStore
from cmq_desktop.ui.crash_dialog import dialogs_enabled

LAST_FOLDER_FILE = "dernier-dossier-export.txt"  # in the stand's folder


def default_export_path(now: datetime | None = None) -> Path:
    """A dated name in the folder of the last export, else Documents, else home."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M")
    return default_folder() / f"statistiques-stand-{stamp}.csv"


def default_folder() -> Path:
    try:
        last = Path((stand_dir() / LAST_FOLDER_FILE).read_text(encoding="utf-8").strip())
    except (OSError, UnicodeDecodeError, ValueError):
        last = Path()
    if last.is_absolute() and last.is_dir():
        return last
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _remember(folder: Path) -> None:
    try:
        stand_dir().mkdir(parents=True, exist_ok=True)
        (stand_dir() / LAST_FOLDER_FILE).write_text(str(folder), encoding="utf-8")
    except OSError:
        pass  # only a convenience: the next dialog opens in Documents


def export_csv(
    parent: QWidget,
    store: StatsStore,
    statements: Statements | None,
    say: Callable[[str, bool], None],
) -> QFileDialog | None:
    """Ask where, write the CSV there, then ``say`` the sentence for the panel (and whether
    it is an error). Returns the open dialog (None without dialogs: written at once).

    ``statements`` (the deck's, by set and question id) fill the "Énoncé" column, as
    ``stand-stats --csv`` does: a bare id says little in a spreadsheet."""

    def write(target: Path) -> None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_csv(store.report(), target, statements=statements)
        except OSError as error:
            message = translate("staff", "Export impossible dans {target}\u00a0: {error}.")
            say(message.format(target=target, error=error.strerror or error), True)
            return
        if dialogs_enabled():
            _remember(target.parent)
        say(translate("staff", "Statistiques exportées dans {target}").format(target=target), False)

    if not dialogs_enabled():
        write(stand_dir() / default_export_path().name)
        return None
    dialog = QFileDialog(
        parent,
        translate("staff", "Exporter les statistiques"),
        str(default_export_path()),
        translate("console", "Tableur CSV (*.csv)"),
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("csv")
    dialog.fileSelected.connect(lambda chosen: write(Path(chosen)))
    dialog.rejected.connect(lambda: say(translate("staff", "Export annulé."), False))
    dialog.open()
    return dialog
