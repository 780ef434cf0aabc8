"""The store never stops the stand: missing, read-only, corrupt, newer or full files."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import pytest

from cmq_desktop.stats import StatsStore
from cmq_desktop.stats.schema import SCHEMA_VERSION
from tests.unit.stats_helpers import Clock, integrity, lockable_dir, rows, tmpfs


def play(store: StatsStore, score: int = 1) -> bool:
    store.record_started("quiz", 2)
    store.record_answer("q1", "quiz", score >= 1)
    store.record_answer("q2", "quiz", score >= 2)
    return store.record_finished(score, 2)


def test_a_missing_data_directory_is_created(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "yet" / "stats.sqlite3"
    store = StatsStore.open(path)
    assert store.status().ok and play(store)
    store.close()
    assert rows(path, "SELECT score FROM sessions") == [(1,)]


def test_an_unusable_data_directory_gives_a_store_in_memory_with_a_warning(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    store = StatsStore.open(blocker / "stand" / "stats.sqlite3")
    status = store.status()
    assert status.path is None and not status.ok
    assert "Impossible d’enregistrer les statistiques" in status.warnings[0]
    assert "en mémoire seulement" in status.warnings[0]
    # Visitors play on; the staff still see this session's figures.
    assert play(store, score=2)
    assert (store.summary().started, store.summary().finished) == (1, 1)
    store.close()
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"


def test_a_read_only_data_directory_leaves_the_stand_running(tmp_path: Path) -> None:
    directory = tmp_path / "ro"
    with lockable_dir(directory) as lock:
        lock()
        store = StatsStore.open(directory / "stand" / "stats.sqlite3")
        status = store.status()
        assert status.path is None
        assert "lecture seule" in status.warnings[0]
        assert play(store)
        assert store.summary().finished == 1
        store.close()


def test_an_existing_file_in_a_folder_turned_read_only_is_not_touched(tmp_path: Path) -> None:
    directory = tmp_path / "ro"
    with lockable_dir(directory) as lock:
        path = directory / "stats.sqlite3"
        store = StatsStore.open(path)
        play(store)
        store.close()
        before = path.read_bytes()
        lock()
        store = StatsStore.open(path)
        assert store.status().path is None and not store.status().ok
        assert play(store)
        store.close()
        assert path.read_bytes() == before


def test_a_corrupt_file_is_kept_aside_and_a_new_one_started(tmp_path: Path) -> None:
    path = tmp_path / "stats.sqlite3"
    garbage = b"this is not a database, but someone's precious file" * 100
    path.write_bytes(garbage)
    store = StatsStore.open(path, clock=Clock())
    status = store.status()
    kept = tmp_path / "stats.corrupt-20260314-093000.sqlite3"
    assert status.path == path
    assert status.warnings == (
        "Le fichier de statistiques était endommagé\u202f: il est gardé sous le nom "
        f"{kept.name} et un nouveau fichier a été commencé.",
    )
    assert kept.read_bytes() == garbage
    assert play(store)
    store.close()
    assert integrity(path) == "ok"


def test_a_damaged_page_inside_a_real_file_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "stats.sqlite3"
    store = StatsStore.open(path)
    for _ in range(200):
        play(store)
    store.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(path.read_bytes())
    page_size = 4096
    assert len(data) > 4 * page_size
    data[2 * page_size : 3 * page_size] = b"\xa5" * page_size  # a page of the tables
    path.write_bytes(bytes(data))

    store = StatsStore.open(path, clock=Clock())
    assert "endommagé" in store.status().warnings[0]
    assert store.summary().started == 0
    store.close()
    assert (tmp_path / "stats.corrupt-20260314-093000.sqlite3").read_bytes() == bytes(data)


def test_a_second_corrupt_file_never_overwrites_the_first_one_kept(tmp_path: Path) -> None:
    path = tmp_path / "stats.sqlite3"
    clock = Clock()
    for content in (b"first broken file" * 99, b"second broken file" * 99):
        path.write_bytes(content)
        StatsStore.open(path, clock=clock).close()
    assert (tmp_path / "stats.corrupt-20260314-093000.sqlite3").read_bytes()[:5] == b"first"
    assert (tmp_path / "stats.corrupt-20260314-093000-1.sqlite3").read_bytes()[:6] == b"second"


def test_a_file_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "stats.sqlite3"
    StatsStore.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    before = path.read_bytes()
    store = StatsStore.open(path)
    assert store.status().path is None
    assert "version plus récente" in store.status().warnings[0]
    assert play(store)
    store.close()
    assert path.read_bytes() == before


def test_a_full_disk_keeps_events_in_memory_and_writes_them_when_space_returns(
    tmp_path: Path,
) -> None:
    """SQLite's own "database or disk is full", forced with max_page_count."""
    path = tmp_path / "stats.sqlite3"
    store = StatsStore.open(path)
    assert play(store)
    pages = store._connection.execute("PRAGMA page_count").fetchone()[0]
    store._connection.execute(f"PRAGMA max_page_count = {pages}")
    finished = [play(store, score=2) for _ in range(300)]
    assert finished[0] is True and finished[-1] is False  # the file filled up on the way
    status = store.status()
    assert status.failed_writes > 0 and status.pending > 0
    assert "disque plein" in status.warnings[-1]
    assert integrity(path) == "ok"
    written = rows(path, "SELECT COUNT(*) FROM sessions WHERE score IS NOT NULL")[0][0]
    assert 1 < written < 301

    store._connection.execute("PRAGMA max_page_count = 1000000")
    assert play(store)  # the next visitor writes everything that waited
    assert store.status().ok and store.status().pending == 0
    store.close()
    assert integrity(path) == "ok"
    assert rows(path, "SELECT COUNT(*) FROM sessions WHERE score IS NOT NULL") == [(302,)]
    assert rows(path, "SELECT COUNT(*) FROM answers") == [(604,)]


def test_a_really_full_file_system_never_corrupts_the_file(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", size="256k") as directory:
        path = directory / "stats.sqlite3"
        store = StatsStore.open(path)
        assert play(store)
        filler = directory / "filler"
        descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
        with contextlib.suppress(OSError):  # fill the file system up to the last byte
            while os.write(descriptor, b"\0" * 512):
                pass
        os.close(descriptor)
        played = 1
        while play(store):  # until a finished session cannot be written
            played += 1
            assert played < 5000, "the file system never filled up"
        played += 1
        for _ in range(5):  # visitors keep coming while the disk is full
            assert not play(store)
            played += 1
        assert "disque plein" in store.status().warnings[-1]
        assert store.status().pending > 0
        assert integrity(path) == "ok"
        filler.unlink()
        assert play(store)
        assert store.status().ok
        store.close()
        assert integrity(path) == "ok"
        assert rows(path, "SELECT COUNT(*) FROM sessions WHERE score IS NOT NULL") == [
            (played + 1,)
        ]


@pytest.mark.parametrize("bad", [b"", b"SQLite format 3\0" + b"\xff" * 200])
def test_empty_or_truncated_files(tmp_path: Path, bad: bytes) -> None:
    path = tmp_path / "stats.sqlite3"
    path.write_bytes(bad)
    store = StatsStore.open(path)
    assert play(store)
    store.close()
    assert integrity(path) == "ok"


def test_a_file_damaged_while_the_stand_runs_is_kept_aside_and_writing_goes_on(
    tmp_path: Path,
) -> None:
    path = tmp_path / "stats.sqlite3"
    store = StatsStore.open(path, clock=Clock())
    for _ in range(300):
        play(store)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(path.read_bytes())
    page_size = 4096
    for page in range(1, len(data) // page_size):  # every page but the header's
        data[page * page_size : (page + 1) * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))

    assert [play(store) for _ in range(3)] == [True, True, True]
    status = store.status()
    assert status.path == path and status.pending == 0
    assert "s’est endommagé" in status.warnings[0]
    store.close()
    assert (tmp_path / "stats.corrupt-20260314-093000.sqlite3").read_bytes() == bytes(data)
    assert integrity(path) == "ok"
    assert rows(path, "SELECT COUNT(*) FROM sessions WHERE score IS NOT NULL") == [(3,)]


def test_when_too_many_events_wait_the_oldest_are_dropped_and_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("cmq_desktop.stats.store.PENDING_LIMIT", 10)
    store = StatsStore.open(tmp_path / "stats.sqlite3")
    assert play(store)
    pages = store._connection.execute("PRAGMA page_count").fetchone()[0]
    store._connection.execute(f"PRAGMA max_page_count = {pages}")
    while store.status().pending < 10:
        store.record_answer("q1", "quiz", True)
    for _ in range(4):  # four more events: the four oldest waiting ones go
        store.record_answer("q1", "quiz", True)
    status = store.status()
    assert (status.pending, status.lost) == (10, 4)
    assert status.warnings == (
        "10 enregistrements en attente (disque plein)\u202f: ils sont gardés en mémoire et "
        "réessayés à chaque visiteur.",
        "4 enregistrements perdus\u202f: trop d’enregistrements attendaient le disque.",
    )
    store.close()
