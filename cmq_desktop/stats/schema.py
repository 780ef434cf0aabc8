"""The statistics file's schema: one numbered migration per version, in ``user_version``.

Version N of the file has had the first N migrations applied, each in its own transaction
with the version bump, so a file is never half-migrated. A file newer than this program is
left untouched (``NewerSchemaError``): an older program on the stand must not damage it.
"""

from __future__ import annotations

import sqlite3

# "CMQS" in ASCII: marks the file as ours for tools such as `file`.
APPLICATION_ID = 0x434D5153

# Each entry is the list of statements that takes the file from version i to i + 1.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        # One row per visitor who started; score and finished_at once they reach the score.
        # `total` is the number of questions planned at the start, then answered at the end.
        """CREATE TABLE sessions (
            visit TEXT PRIMARY KEY,
            day TEXT NOT NULL,
            started_at TEXT NOT NULL,
            quiz_set_id TEXT NOT NULL DEFAULT '',
            total INTEGER NOT NULL DEFAULT 0,
            finished_at TEXT,
            score INTEGER,
            CHECK ((finished_at IS NULL) = (score IS NULL))
        )""",
        "CREATE INDEX sessions_by_day ON sessions (day)",
        # One row per answered question; `visit` is not a foreign key on purpose: each event
        # is written on its own and may be retried alone after a full disk.
        """CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            visit TEXT NOT NULL,
            day TEXT NOT NULL,
            answered_at TEXT NOT NULL,
            quiz_set_id TEXT NOT NULL,
            question_id TEXT NOT NULL,
            correct INTEGER NOT NULL CHECK (correct IN (0, 1))
        )""",
        "CREATE INDEX answers_by_day ON answers (day)",
        "CREATE INDEX answers_by_question ON answers (quiz_set_id, question_id)",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchemaError(Exception):
    """The file was written by a newer version of the program."""

    def __init__(self, version: int) -> None:
        super().__init__(f"schema version {version} > {SCHEMA_VERSION}")
        self.version = version


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    connection: sqlite3.Connection, migrations: tuple[tuple[str, ...], ...] = MIGRATIONS
) -> int:
    """Bring the file to ``len(migrations)``; returns the version found before.

    The connection must be in autocommit mode (``isolation_level=None``): transactions are
    explicit here.
    """
    found = schema_version(connection)
    if found > len(migrations):
        raise NewerSchemaError(found)
    for version in range(found, len(migrations)):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in migrations[version]:
                connection.execute(statement)
            if version == 0:
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {version + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return found
