"""Where the stand keeps its files: ``stand/`` in the user's data directory."""

from __future__ import annotations

from pathlib import Path

DATABASE_NAME = "stats.sqlite3"


def stand_dir() -> Path:
    """``<data dir>/stand`` (``CMQ_DESKTOP_DATA_DIR`` overrides the data dir); not created."""
    from cmq_desktop.paths import user_data_dir

    return user_data_dir() / "stand"


def default_database_path() -> Path:
    return stand_dir() / DATABASE_NAME
