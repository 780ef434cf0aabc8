"""Classe's settings on disk (QSettings, an INI file in the user's data directory).

A file that cannot be read, or a value that makes no sense, falls back to the defaults
with a French message (``ClasseSettings.problems``): never a crash in front of a class.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from cmq_desktop.i18n import translate
from cmq_desktop.modes.classe_settings import ClasseSettings, settings_from
from cmq_desktop.paths import user_data_dir

GROUP = "classe"
FILE_NAME = "reglages.ini"


def settings_path() -> Path:
    return user_data_dir() / FILE_NAME


def _open(path: Path | None) -> QSettings:
    return QSettings(str(path or settings_path()), QSettings.Format.IniFormat)


def load_settings(path: Path | None = None) -> ClasseSettings:
    store = _open(path)
    if store.status() is not QSettings.Status.NoError:
        return ClasseSettings(
            problems=(
                translate(
                    "settings", "fichier de réglages illisible ({file})\u00a0: réglages par défaut"
                ).format(file=store.fileName()),
            )
        )
    store.beginGroup(GROUP)
    values = {key: store.value(key) for key in store.childKeys()}
    store.endGroup()
    # QSettings gives a list for a value with commas: join it back.
    flat = {k: ",".join(map(str, v)) if isinstance(v, list) else v for k, v in values.items()}
    return settings_from(flat)


def save_settings(settings: ClasseSettings, path: Path | None = None) -> bool:
    """Write the settings; False (and nothing lost but this save) if the file is not writable."""
    store = _open(path)
    store.beginGroup(GROUP)
    for key, value in settings.as_values().items():
        store.setValue(key, value)
    store.endGroup()
    store.sync()
    return store.status() is QSettings.Status.NoError
