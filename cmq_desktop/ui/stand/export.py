"""The staff's CSV export: a file chooser (staff only, behind the PIN), or, when the
program runs without dialogs (tests), a dated file in the stand's folder."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from cmq_desktop.i18n import translate
from cmq_desktop.stats.export import write_csv
from cmq_desktop.stats.location import stand_dir
from cmq_desktop.stats.report import Statements
from cmq_desktop.stats.store import StatsStore
from cmq_desktop.ui.crash_dialog import dialogs_enabled


def default_export_path(now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M")
    return Path.home() / f"statistiques-stand-{stamp}.csv"


def export_csv(parent: QWidget, store: StatsStore, statements: Statements | None = None) -> str:
    """Write the CSV where staff choose; returns the sentence for the panel.

    ``statements`` (the deck's, by set and question id) fill the "Énoncé" column, as
    ``stand-stats --csv`` does: a bare id says little in a spreadsheet."""
    if not dialogs_enabled():
        target = stand_dir() / default_export_path().name
    else:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            translate("staff", "Exporter les statistiques"),
            str(default_export_path()),
            "CSV (*.csv)",
        )
        if not chosen:
            return translate("staff", "Export annulé.")
        target = Path(chosen)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_csv(store.report(), target, statements=statements)
    except OSError as error:
        return translate("staff", "Export impossible dans {target}\u00a0: {error}.").format(
            target=target, error=error.strerror or error
        )
    return translate("staff", "Statistiques exportées dans {target}").format(target=target)
