"""Helpers for the statistics tests: a settable clock, raw reads, a read-only folder."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = datetime(2026, 3, 14, 9, 30)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def integrity(path: Path) -> str:
    return str(rows(path, "PRAGMA integrity_check")[0][0])


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


@contextlib.contextmanager
def tmpfs(directory: Path, size: str = "1m") -> Iterator[Path]:
    """A real small file system at ``directory`` (root only; skips elsewhere)."""
    directory.mkdir(parents=True, exist_ok=True)
    mounted = os.geteuid() == 0 and _mount(
        "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(directory)
    )
    if not mounted:
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield directory
    finally:
        subprocess.run(["umount", "-l", str(directory)], check=False)


@contextlib.contextmanager
def lockable_dir(directory: Path) -> Iterator[Callable[[], None]]:
    """A folder, and a function that makes it refuse every write, even root's: a tmpfs
    remounted read-only as root, permissions otherwise."""
    if os.geteuid() == 0:
        with tmpfs(directory):
            yield lambda: _remount_read_only(directory)
        return
    directory.mkdir(parents=True)
    try:
        yield lambda: _chmod_tree(directory, 0o555, 0o444)
    finally:
        _chmod_tree(directory, 0o755, 0o644)


def _remount_read_only(directory: Path) -> None:
    assert _mount("-o", "remount,ro", str(directory)), "remount read-only failed"


def _chmod_tree(directory: Path, dir_mode: int, file_mode: int) -> None:
    for path in [directory, *directory.rglob("*")]:
        path.chmod(dir_mode if path.is_dir() else file_mode)
