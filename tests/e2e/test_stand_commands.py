"""The installed ``set-pin`` and ``stand-stats`` commands, as staff would type them."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.e2e.conftest import installed_command, program_env, run


def set_pin(tmp_path: Path, typed: str) -> subprocess.CompletedProcess[str]:
    workdir = tmp_path / "cwd"
    workdir.mkdir(exist_ok=True)
    return subprocess.run(
        [str(installed_command()), "set-pin"],
        input=typed,
        cwd=workdir,
        env=program_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_set_pin_from_standard_input(tmp_path: Path) -> None:
    refused = set_pin(tmp_path, "2580\n2589\n")
    assert refused.returncode == 1
    assert "Les deux codes tapés ne sont pas identiques." in refused.stderr
    assert not (tmp_path / "data" / "stand" / "pin.json").exists()

    done = set_pin(tmp_path, "2580\n2580\n")
    assert done.returncode == 0, done.stderr
    pin_file = tmp_path / "data" / "stand" / "pin.json"
    assert done.stdout == f"Code enregistré dans {pin_file}.\n"
    assert "2580" not in pin_file.read_text(encoding="utf-8")
    assert "Traceback" not in done.stderr + refused.stderr


def test_stand_stats_shows_exactly_the_sessions_played(tmp_path: Path) -> None:
    empty = run(tmp_path, "stand-stats")
    assert empty.returncode == 0, empty.stderr
    assert "Aucun visiteur enregistré pour l’instant." in empty.stdout
    assert not (tmp_path / "data" / "stand").exists()  # reading created nothing

    # Two visitors finish, one walks away: written through the store, as the stand does.
    script = """
from cmq_desktop.stats import StatsStore
store = StatsStore.open()
for answers in ([1, 1, 0], [1, 1, 1], [0]):
    store.record_started("quiz", 3)
    for number, right in enumerate(answers, start=1):
        store.record_answer(f"q{number}", "quiz", bool(right))
    if len(answers) == 3:
        store.record_finished(sum(answers), 3)
store.close()
"""
    subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path / "cwd",
        env=program_env(tmp_path),
        check=True,
        timeout=60,
    )
    summary = run(tmp_path, "stand-stats")
    assert summary.returncode == 0, summary.stderr
    assert "Visiteurs\u202f: 3 ont commencé, 2 ont fini (score moyen\u202f: 83\u202f%)." in (
        summary.stdout
    )
    assert "  2\u00a0/\u00a03\u202f: 1 visiteur" in summary.stdout
    assert "  quiz, q1\u202f: 2 bonnes réponses sur 3 (67\u202f%)" in summary.stdout

    as_json = json.loads(run(tmp_path, "stand-stats", "--json").stdout)
    assert (as_json["started"], as_json["finished"]) == (3, 2)
    assert as_json["score_distribution"] == [
        {"score": 2, "total": 3, "sessions": 1},
        {"score": 3, "total": 3, "sessions": 1},
    ]
    csv_file = tmp_path / "rapport.csv"
    exported = run(tmp_path, "stand-stats", "--csv", str(csv_file))
    assert exported.returncode == 0, exported.stderr
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbfStatistiques du stand CMQ;")
    database = tmp_path / "data" / "stand" / "stats.sqlite3"
    with contextlib.closing(sqlite3.connect(database)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
