"""Where the default deck and the resources are, from source, wheel or frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

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
