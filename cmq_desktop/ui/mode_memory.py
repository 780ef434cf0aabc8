"""The last mode used, the default of the next start (QSettings, in the data directory)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from cmq_desktop.paths import user_data_dir

FILE_NAME = "reglages.ini"  # shared with Classe's settings (its own [classe] group)


def _store() -> QSettings:
    return QSettings(str(user_data_dir() / FILE_NAME), QSettings.Format.IniFormat)


def last_mode() -> str | None:
    value = _store().value("app/last_mode")
    return value if isinstance(value, str) and value else None


def remember_mode(mode_id: str) -> None:
    store = _store()
    store.setValue("app/last_mode", mode_id)
    store.sync()
