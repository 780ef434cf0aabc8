"""The schema's version and migrations."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from cmq_desktop.stats import StatsStore
from cmq_desktop.stats.schema import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    NewerSchemaError,
    migrate,
)


def autocommit(path: Path) -> contextlib.closing[sqlite3.Connection]:
    return contextlib.closing(sqlite3.connect(path, isolation_level=None))


def test_a_new_file_gets_every_migration_and_our_application_id(tmp_path: Path) -> None:
    with autocommit(tmp_path / "s.sqlite3") as connection:
        assert migrate(connection) == 0
        assert connection.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert connection.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert migrate(connection) == SCHEMA_VERSION  # a second run does nothing


def test_a_later_migration_keeps_the_recorded_visits(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = StatsStore.open(path)
    store.record_started("quiz", 1)
    store.record_finished(1, 1)
    store.close()
    version_2 = (*MIGRATIONS, ("ALTER TABLE sessions ADD COLUMN language TEXT",))
    with autocommit(path) as connection:
        assert migrate(connection, version_2) == 1
        assert connection.execute("PRAGMA user_version").fetchone() == (2,)
        assert connection.execute("SELECT score, language FROM sessions").fetchall() == [
            (1, None)
        ]


def test_a_failing_migration_leaves_the_file_at_its_version(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    StatsStore.open(path).close()
    broken = (*MIGRATIONS, ("CREATE TABLE extra (x)", "THIS IS NOT SQL"))
    with autocommit(path) as connection:
        with pytest.raises(sqlite3.OperationalError):
            migrate(connection, broken)
        assert connection.execute("PRAGMA user_version").fetchone() == (1,)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert "extra" not in tables


def test_a_newer_file_is_refused(tmp_path: Path) -> None:
    with autocommit(tmp_path / "s.sqlite3") as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
        with pytest.raises(NewerSchemaError):
            migrate(connection)
