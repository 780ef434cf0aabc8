"""``cmq-desktop set-pin`` and ``cmq-desktop stand-stats``, headless."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from cmq_desktop.cli import main
from cmq_desktop.stand.pin import load_pin, pin_matches
from cmq_desktop.stats import StatsStore
from tests.unit.stats_helpers import Clock


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CMQ_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def set_pin(monkeypatch: pytest.MonkeyPatch, typed: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    return main(["set-pin"])


def test_set_pin_stores_a_hash_of_the_pin_typed_twice(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert set_pin(monkeypatch, "736149\n736149\n") == 0
    out, err = capsys.readouterr()
    path = data_dir / "stand" / "pin.json"
    assert out == f"Code enregistré dans {path}.\n"
    assert "Nouveau code du personnel (4 à 8 chiffres)\u202f:" in err
    assert "736149" not in path.read_text(encoding="utf-8")
    stored = load_pin(path).pin
    assert stored is not None and pin_matches("736149", stored)
    assert set_pin(monkeypatch, "258013\n258013\n") == 0
    assert capsys.readouterr().out == f"Code remplacé dans {path}.\n"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("736149\n736148\n", "Les deux codes tapés ne sont pas identiques. Code non modifié."),
        ("12\n12\n", "de 4 à 8 chiffres (2 donnés)"),
        ("abcd\nabcd\n", "que des chiffres"),
        ("4444\n4444\n", "trop facile à deviner"),
        ("736149\n", "il faut le taper deux fois"),
        ("", "il faut le taper deux fois"),
    ],
)
def test_set_pin_refuses_bad_pins_and_keeps_the_old_one(
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    typed: str,
    message: str,
) -> None:
    assert set_pin(monkeypatch, "736149\n736149\n") == 0
    before = (data_dir / "stand" / "pin.json").read_bytes()
    capsys.readouterr()
    assert set_pin(monkeypatch, typed) == 1
    out, err = capsys.readouterr()
    assert out == "" and message in err
    assert (data_dir / "stand" / "pin.json").read_bytes() == before


def played(data_dir: Path) -> Path:
    clock = Clock()
    path = data_dir / "stand" / "stats.sqlite3"
    store = StatsStore.open(path, clock=clock)
    for score in (2, 3, 2):
        store.record_started("quiz", 3)
        for number in range(1, 4):
            store.record_answer(f"q{number}", "quiz", number <= score)
        store.record_finished(score, 3)
        clock.advance(days=1)
    store.record_started("quiz", 3)
    store.close()
    return path


def test_stand_stats_prints_a_french_summary(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = played(data_dir)
    assert main(["stand-stats"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Statistiques du stand\u202f: {path}"
    assert lines[1] == "Visiteurs\u202f: 4 ont commencé, 3 ont fini (score moyen\u202f: 78\u202f%)."
    assert "  2\u00a0/\u00a03\u202f: 2 visiteurs" in lines
    assert "  3\u00a0/\u00a03\u202f: 1 visiteur" in lines
    assert "  quiz, q3\u202f: 1 bonne réponse sur 3 (33\u202f%)" in lines
    assert "  16/03/2026\u202f: 1 a commencé, 1 a fini (score moyen\u202f: 67\u202f%)" in lines
    assert "  17/03/2026\u202f: 1 a commencé, aucun n’a fini" in lines


def test_stand_stats_json_and_csv(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    played(data_dir)
    assert main(["stand-stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["started"], data["finished"]) == (4, 3)
    assert {"score_distribution", "per_question", "per_day"} <= set(data)
    out = tmp_path / "export.csv"
    assert main(["stand-stats", "--csv", str(out)]) == 0
    assert capsys.readouterr().out == f"Statistiques exportées dans {out}.\n"
    table = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert ["Total", "4", "3", "77,8"] in table


def test_stand_stats_changes_nothing_and_creates_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stand-stats"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "Aucun visiteur enregistré pour l’instant."
    assert not data_dir.exists()
    path = played(data_dir)
    before = path.read_bytes()
    assert main(["stand-stats", "--json"]) == 0
    assert path.read_bytes() == before


def test_stand_stats_on_a_corrupt_file_says_so_without_moving_it(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = data_dir / "stand" / "stats.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database at all" * 50)
    assert main(["stand-stats"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"Le fichier de statistiques {path} est endommagé")
    assert path.read_bytes() == b"not a database at all" * 50


def test_stand_stats_csv_into_a_missing_folder(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stand-stats", "--csv", str(tmp_path / "nowhere" / "x.csv")]) == 1
    assert "(dossier introuvable)" in capsys.readouterr().err


def test_csv_and_json_are_exclusive(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["stand-stats", "--csv", "x.csv", "--json"])
    assert stop.value.code == 2
    assert "impossible avec l’argument --csv" in capsys.readouterr().err


QUIZ = """\
titre : Le quiz
[q1]
énoncé : Il n'y a des CMQ que dans l'industrie.
réponse : Faux
explication : Il y en a aussi dans le tourisme.
"""


def test_stand_stats_names_the_questions_with_the_decks_statements(
    data_dir: Path, write_deck, capsys: pytest.CaptureFixture[str]
) -> None:
    played(data_dir)
    deck = write_deck(quizzes={"quiz.txt": QUIZ})
    assert main(["stand-stats", "--deck", str(deck)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert (
        "  «\u202fIl n’y a des CMQ que dans l’industrie.\u202f»\u202f: "
        "3 bonnes réponses sur 3 (100\u202f%)"
    ) in lines
    assert "  quiz, q3\u202f: 1 bonne réponse sur 3 (33\u202f%)" in lines
    assert main(["--deck", str(deck), "stand-stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["per_question"][0]["statement"] == "Il n’y a des CMQ que dans l’industrie."


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_a_legacy_console_gets_the_nearest_characters_not_a_crash(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    played(data_dir)
    raw = io.BytesIO()
    monkeypatch.setattr("sys.stdout", io.TextIOWrapper(raw, encoding=encoding))
    assert main(["stand-stats"]) == 0
    sys.stdout.flush()
    text = raw.getvalue().decode(encoding)
    if encoding == "cp1252":  # the no-break space exists there, the narrow one does not
        assert "Visiteurs\u00a0: 4 ont commencé, 3 ont fini (score moyen\u00a0: 78\u00a0%)." in text
    else:
        assert "Visiteurs : 4 ont commence, 3 ont fini (score moyen : 78 %)." in text
