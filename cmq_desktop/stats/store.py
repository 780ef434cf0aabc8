"""The stand's statistics store: one small transaction per visitor event, never raising.

A write that fails (full disk, file gone read-only) is kept in memory, counted and logged,
and retried before the next write; the visitor never notices. See ``opening`` for what
happens when the file cannot be used at all.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cmq_desktop.content.typography import french_typography
from cmq_desktop.stats.opening import (
    close_quietly,
    is_corruption,
    open_database,
    reason_in_french,
    set_aside,
)
from cmq_desktop.stats.report import Report, Summary, build_report, empty_report, summarize

logger = logging.getLogger("cmq_desktop.stats")

PENDING_LIMIT = 10_000  # events kept in memory while the disk refuses them
_Write = tuple[str, tuple[object, ...]]

_INSERT_SESSION = (
    "INSERT OR IGNORE INTO sessions (visit, day, started_at, quiz_set_id, total) "
    "VALUES (?, ?, ?, ?, ?)"
)
# An upsert: the finished session is complete even if its start could not be written.
_FINISH_SESSION = (
    "INSERT INTO sessions (visit, day, started_at, quiz_set_id, total, finished_at, score) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (visit) DO UPDATE SET "
    "total = excluded.total, finished_at = excluded.finished_at, score = excluded.score"
)
_INSERT_ANSWER = (
    "INSERT INTO answers (visit, day, answered_at, quiz_set_id, question_id, correct) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


def _records(count: int) -> str:
    return f"{count} enregistrement{'s' if count > 1 else ''}"


@dataclass(frozen=True)
class StoreStatus:
    """What the staff panel shows about the store."""

    path: Path | None  # the file written; None when the statistics live in memory only
    warnings: tuple[str, ...]  # French sentences; empty when all is well
    failed_writes: int  # writes refused since the start (each one retried later)
    pending: int  # events waiting in memory for the disk
    lost: int  # events dropped because too many were waiting

    @property
    def ok(self) -> bool:
        return not self.warnings


@dataclass
class _Visit:
    key: str
    day: str
    started_at: str
    quiz_set_id: str
    total: int


class StatsStore:
    """Open with ``StatsStore.open(path)``; every method is safe to call in any state."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path | None,
        warnings: tuple[str, ...],
        clock: Callable[[], datetime],
    ) -> None:
        self._connection = connection
        self._path = path
        self._open_warnings = list(warnings)
        self._clock = clock
        self._visit: _Visit | None = None
        self._pending: deque[_Write] = deque()
        self._failed_writes = 0
        self._lost = 0
        self._last_failure = ""

    @classmethod
    def open(
        cls, path: Path | None = None, clock: Callable[[], datetime] = datetime.now
    ) -> StatsStore:
        """Never raises: an unusable file gives a store in memory with a warning."""
        if path is None:
            from cmq_desktop.stats.location import default_database_path

            path = default_database_path()
        opened = open_database(path, clock())
        return cls(opened.connection, opened.path, opened.warnings, clock)

    # --- events ----------------------------------------------------------------------

    def record_started(self, quiz_set_id: str = "", total: int = 0) -> str:
        """A visitor started a quiz; returns the anonymous key of this visit."""
        now = self._clock()
        visit = _Visit(
            secrets.token_hex(8),
            now.date().isoformat(),
            now.isoformat(timespec="seconds"),
            quiz_set_id,
            total,
        )
        self._visit = visit
        self._write(
            (
                _INSERT_SESSION,
                (visit.key, visit.day, visit.started_at, quiz_set_id, total),
            )
        )
        return visit.key

    def record_answer(self, question_id: str, quiz_set_id: str, correct: bool) -> bool:
        """The current visitor answered a question; starts a visit if none is running."""
        visit = self._visit or self._visit_for(self.record_started(quiz_set_id))
        now = self._clock()
        return self._write(
            (
                _INSERT_ANSWER,
                (
                    visit.key,
                    now.date().isoformat(),
                    now.isoformat(timespec="seconds"),
                    quiz_set_id,
                    question_id,
                    int(bool(correct)),
                ),
            )
        )

    def record_finished(self, score: int, total: int) -> bool:
        """The current visitor reached the score screen; True once it is on the disk
        (or in memory, for a store in memory)."""
        visit = self._visit or self._visit_for(self.record_started())
        self._visit = None
        finished_at = self._clock().isoformat(timespec="seconds")
        return self._write(
            (
                _FINISH_SESSION,
                (
                    visit.key,
                    visit.day,
                    visit.started_at,
                    visit.quiz_set_id,
                    total,
                    finished_at,
                    score,
                ),
            )
        )

    def _visit_for(self, key: str) -> _Visit:
        assert self._visit is not None and self._visit.key == key
        return self._visit

    # --- reading ---------------------------------------------------------------------

    def summary(self, day: str | None = None) -> Summary:
        try:
            return summarize(self._connection, day)
        except sqlite3.Error as error:
            self._note_failure(error)
            return empty_report().overall

    def report(self) -> Report:
        """Overall and per-day figures (for the staff panel and the exports)."""
        try:
            return build_report(self._connection)
        except sqlite3.Error as error:
            self._note_failure(error)
            return empty_report()

    def status(self) -> StoreStatus:
        warnings = list(self._open_warnings)
        if self._pending:
            count = len(self._pending)
            warnings.append(
                f"{_records(count)} en attente ({self._last_failure}) : "
                f"{'il est gardé' if count == 1 else 'ils sont gardés'} en mémoire et "
                "réessayé" + ("s" if count > 1 else "") + " à chaque visiteur."
            )
        if self._lost:
            warnings.append(
                f"{_records(self._lost)} perdu{'s' if self._lost > 1 else ''} : trop "
                "d’enregistrements attendaient le disque."
            )
        return StoreStatus(
            self._path,
            tuple(french_typography(warning) for warning in warnings),
            self._failed_writes,
            len(self._pending),
            self._lost,
        )

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def current_visit(self) -> str | None:
        """The anonymous key of the visit in progress (None between visitors)."""
        return self._visit.key if self._visit else None

    # --- staff actions ---------------------------------------------------------------

    def reset(self) -> Path | None:
        """Empty the statistics (the staff confirmed). A copy of the file is kept first,
        as ``*.before-reset-DATE.sqlite3``; returns it (None when nothing was written)."""
        self._visit = None
        self._pending.clear()
        kept: Path | None = None
        try:
            if self._path is not None:
                kept = self._backup("before-reset")
            self._connection.execute("BEGIN IMMEDIATE")
            self._connection.execute("DELETE FROM answers")
            self._connection.execute("DELETE FROM sessions")
            self._connection.execute("COMMIT")
        except (sqlite3.Error, OSError) as error:
            self._rollback()
            self._note_failure(error)
            return None
        return kept

    def close(self) -> None:
        if self._pending:
            self._flush()
        close_quietly(self._connection)

    def _backup(self, label: str) -> Path:
        assert self._path is not None
        stamp = self._clock().strftime("%Y%m%d-%H%M%S")
        target = self._path.with_name(f"{self._path.stem}.{label}-{stamp}{self._path.suffix}")
        backup = sqlite3.connect(str(target))
        try:
            self._connection.backup(backup)
        finally:
            backup.close()
        return target

    # --- writing ---------------------------------------------------------------------

    def _write(self, write: _Write) -> bool:
        """Queue one event and write everything waiting. True when this event is written."""
        if len(self._pending) >= PENDING_LIMIT:
            self._pending.popleft()
            self._lost += 1
        self._pending.append(write)
        self._flush()
        return not self._pending

    def _flush(self) -> None:
        """One transaction for what waits: the new event alone, normally; after a full
        disk, the backlog too (one transaction each would grow the WAL file by a few pages
        per event, on a disk that just filled up)."""
        for attempt in range(2):
            try:
                self._connection.execute("BEGIN IMMEDIATE")
                for sql, params in self._pending:
                    self._connection.execute(sql, params)
                self._connection.execute("COMMIT")
            except sqlite3.Error as error:
                self._rollback()
                self._failed_writes += 1
                self._note_failure(error)
                if attempt == 0 and is_corruption(error) and self._restart_corrupt_file():
                    continue
                return
            if self._last_failure:
                logger.warning("stats: writing again after %d failures", self._failed_writes)
                self._last_failure = ""
            self._pending.clear()
            return

    def _rollback(self) -> None:
        if self._connection.in_transaction:
            try:
                self._connection.execute("ROLLBACK")
            except sqlite3.Error as error:
                logger.warning("stats: rollback failed: %s", error)

    def _note_failure(self, error: BaseException) -> None:
        reason = reason_in_french(error)
        # A full disk fails every event: log the first of a streak, then one in a hundred.
        if reason != self._last_failure or self._failed_writes % 100 in (0, 1):
            logger.warning(
                "stats: write failed (%d so far, %d waiting): %s",
                self._failed_writes,
                len(self._pending),
                error,
            )
        self._last_failure = reason

    def _restart_corrupt_file(self) -> bool:
        """The file went bad while running: keep it aside, start a new one."""
        if self._path is None:
            return False
        close_quietly(self._connection)
        try:
            kept = set_aside(self._path, self._clock())
        except OSError as error:
            logger.warning("stats: cannot set aside %s: %s", self._path, error)
            kept = None
        opened = open_database(self._path, self._clock())
        self._connection, self._path = opened.connection, opened.path
        if kept is not None:
            self._open_warnings.append(
                f"Le fichier de statistiques s’est endommagé : il est gardé sous le nom "
                f"{kept.name} et un nouveau fichier a été commencé."
            )
        self._open_warnings.extend(opened.warnings)
        return True
