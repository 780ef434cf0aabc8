"""Reading the statistics without the stand: ``stand-stats`` opens the file read-only,
so it never creates, migrates or sets aside anything (the stand may be running)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from cmq_desktop.content.typography import french_typography
from cmq_desktop.stats.opening import is_corruption, reason_in_french
from cmq_desktop.stats.report import Report, build_report, empty_report
from cmq_desktop.stats.schema import SCHEMA_VERSION, schema_version


class UnreadableStats(Exception):
    """``str()`` is a French sentence for the staff."""


def read_report(path: Path) -> Report:
    """The report of the file at ``path``; empty when it does not exist yet."""
    if not path.exists():
        return empty_report()
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
        ) as connection:
            version = schema_version(connection)
            if version > SCHEMA_VERSION:
                raise UnreadableStats(
                    french_typography(
                        f"{path} vient d’une version plus récente de CMQ Desktop : "
                        "mettez le programme à jour pour le lire."
                    )
                )
            if version == 0:  # created but never migrated: nothing recorded
                return empty_report()
            return build_report(connection)
    except sqlite3.Error as error:
        what = "est endommagé" if is_corruption(error) else "ne peut pas être lu"
        raise UnreadableStats(
            french_typography(
                f"Le fichier de statistiques {path} {what} ({reason_in_french(error)}). "
                "Le stand le mettra de côté à son prochain démarrage."
                if is_corruption(error)
                else f"Le fichier de statistiques {path} {what} ({reason_in_french(error)})."
            )
        ) from error
