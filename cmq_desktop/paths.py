"""Where things are: the default deck and the resources (source, wheel or frozen bundle),
and the user's data directory (logs, and later the stand's statistics).

Every data path of the program starts here, so ``CMQ_DESKTOP_DATA_DIR`` (tests, end-to-end
runs, benchmarks) moves all of them at once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cmq_desktop import APP_ID, APP_NAME

ENV_DATA_DIR = "CMQ_DESKTOP_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    # Installed: setuptools maps slides/ and resources/ into the package.
    candidates.append(_PACKAGE_DIR / name)
    # Source checkout: they sit next to the package.
    candidates.append(_PACKAGE_DIR.parent / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def default_deck_dir() -> Path:
    return _data_dir("slides")


def resources_dir() -> Path:
    return _data_dir("resources")


def user_data_dir() -> Path:
    """The user's data directory for CMQ Desktop (``CMQ_DESKTOP_DATA_DIR`` wins); not created.

    Windows: ``%LOCALAPPDATA%\\CMQ Desktop``, a name people recognise when IT asks for
    the log; Linux and macOS: the reverse-DNS id, as desktop conventions want
    (``~/.local/share/fr.ac-aura.cmq.Desktop``).
    """
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    import platformdirs  # only now: the headless commands and the pure layers never need it

    name = APP_NAME if sys.platform == "win32" else APP_ID
    return platformdirs.user_data_path(name, appauthor=False, roaming=False)
