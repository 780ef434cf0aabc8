"""Kill -9 a visitor-playing process over and over: the statistics file stays sound and
holds every session that reached its score."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

DRIVER = Path(__file__).with_name("stand_stats_driver.py")
RUNS = 104


def read_db(path: Path, sql: str) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def test_killing_the_stand_at_random_moments_loses_no_finished_session(tmp_path: Path) -> None:
    seed = int(os.environ.get("CMQ_KILL_SEED", random.randrange(1 << 30)))
    chooser = random.Random(seed)
    database = tmp_path / "data" / "stand" / "stats.sqlite3"
    workdir = tmp_path / "cwd"  # not the source tree: the installed package runs
    workdir.mkdir()
    finished: dict[str, str] = {}
    kills_after_ready = 0
    for run in range(RUNS):
        process = subprocess.Popen(
            [
                sys.executable,
                str(DRIVER),
                str(database),
                str(chooser.randrange(1 << 30)),
                "engine" if run % 2 else "store",  # the store's API, or the kiosk's events
            ],
            cwd=workdir,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        first_line = ""
        if run % 8 == 0:  # now and then, during start-up and the schema's creation
            time.sleep(chooser.uniform(0.0, 0.3))
        else:  # mostly while a visitor plays (start-up time varies with the machine's load)
            assert process.stdout is not None
            first_line = process.stdout.readline()
            time.sleep(chooser.uniform(0.0, 0.2))
        process.send_signal(signal.SIGKILL)
        stdout, stderr = process.communicate(timeout=30)
        stdout = first_line + stdout
        assert process.returncode == -signal.SIGKILL, f"seed {seed}, run {run}: {stderr}"
        lines = stdout.splitlines()
        assert not [line for line in lines if line.startswith("ready WARN")], (seed, lines)
        kills_after_ready += "ready" in lines
        for line in lines:
            if line.startswith("finished "):
                _, visit, score = line.split()
                finished[visit] = score
        if database.exists():
            assert read_db(database, "PRAGMA integrity_check") == [("ok",)], (seed, run)

    assert kills_after_ready >= RUNS * 3 // 4, "most kills should hit a running visitor"
    assert len(finished) > 100, f"too few sessions finished to prove anything (seed {seed})"
    recorded = {
        visit: f"{score}/{total}"
        for visit, score, total in read_db(
            database, "SELECT visit, score, total FROM sessions WHERE score IS NOT NULL"
        )
    }
    missing = {visit: score for visit, score in finished.items() if recorded.get(visit) != score}
    assert not missing, f"seed {seed}: finished sessions lost or changed: {missing}"
    # Every answer belongs to a session that started; nothing was set aside as corrupt.
    assert read_db(
        database, "SELECT COUNT(*) FROM answers WHERE visit NOT IN (SELECT visit FROM sessions)"
    ) == [(0,)]
    assert sorted(path.name for path in database.parent.iterdir() if "corrupt" in path.name) == []
