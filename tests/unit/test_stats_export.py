"""Exports: a CSV a French spreadsheet opens as is, and a JSON for tools."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

from cmq_desktop.stats import StatsStore, report_to_csv, report_to_json, write_csv
from tests.unit.stats_helpers import Clock

EXPORTED_AT = datetime(2026, 3, 15, 18, 5)


def filled_store(tmp_path: Path) -> StatsStore:
    clock = Clock()
    store = StatsStore.open(tmp_path / "stats.sqlite3", clock=clock)
    for answers in ([True, True, False], [True, False, False]):
        store.record_started("quiz", 3)
        for number, correct in enumerate(answers, start=1):
            store.record_answer(f"q{number}", "quiz", correct)
        store.record_finished(sum(answers), 3)
    clock.advance(days=1)
    store.record_started("=cmd", 1)  # a hostile set id must stay text in a spreadsheet
    store.record_answer("-q", "=cmd", True)
    return store


def test_csv_is_utf8_with_bom_semicolons_and_french_numbers(tmp_path: Path) -> None:
    store = filled_store(tmp_path)
    out = tmp_path / "stats.csv"
    write_csv(store.report(), out, EXPORTED_AT)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    text = raw.decode("utf-8-sig")
    table = list(csv.reader(text.splitlines(), delimiter=";"))
    assert table[0] == ["Statistiques du stand CMQ", "exportées le 15/03/2026 18:05"]
    assert [
        "Jour", "Visiteurs qui ont commencé", "Visiteurs qui ont fini", "Score moyen (%)"
    ] in table  # fmt: skip
    assert ["Total", "3", "2", "50,0"] in table
    assert ["14/03/2026", "2", "2", "50,0"] in table
    assert ["15/03/2026", "1", "0", ""] in table
    assert ["Total", "1", "3", "1"] in table and ["Total", "2", "3", "1"] in table
    assert ["Total", "quiz", "q1", "", "2", "2", "100,0"] in table
    assert ["Total", "quiz", "q2", "", "2", "1", "50,0"] in table
    assert ["15/03/2026", "'=cmd", "'-q", "", "1", "1", "100,0"] in table
    store.close()


def test_csv_and_json_name_the_questions_when_the_statements_are_known(tmp_path: Path) -> None:
    store = filled_store(tmp_path)
    statements = {("quiz", "q1"): "Les CMQ sont des lycées.", ("=cmd", "-q"): "=1+1"}
    text = report_to_csv(store.report(), EXPORTED_AT, statements)
    table = list(csv.reader(text.splitlines(), delimiter=";"))
    assert ["Total", "quiz", "q1", "Les CMQ sont des lycées.", "2", "2", "100,0"] in table
    assert ["Total", "'=cmd", "'-q", "'=1+1", "1", "1", "100,0"] in table
    data = json.loads(report_to_json(store.report(), EXPORTED_AT, statements))
    by_id = {q["question_id"]: q["statement"] for q in data["per_question"]}
    assert by_id == {"-q": "=1+1", "q1": "Les CMQ sont des lycées.", "q2": None, "q3": None}
    store.close()


def test_json_has_the_documented_keys(tmp_path: Path) -> None:
    store = filled_store(tmp_path)
    data = json.loads(report_to_json(store.report(), EXPORTED_AT))
    assert data["started"] == 3 and data["finished"] == 2
    assert data["generated_at"] == "2026-03-15T18:05:00"
    assert data["score_distribution"] == [
        {"score": 1, "total": 3, "sessions": 1},
        {"score": 2, "total": 3, "sessions": 1},
    ]
    assert data["per_question"][0] == {
        "quiz_set_id": "=cmd", "question_id": "-q", "statement": None,
        "answers": 1, "right": 1, "rate": 1.0,
    }  # fmt: skip
    assert [day["day"] for day in data["per_day"]] == ["2026-03-14", "2026-03-15"]
    assert data["per_day"][1]["started"] == 1 and data["per_day"][1]["finished"] == 0
    store.close()


def test_an_empty_store_exports_zeroes(tmp_path: Path) -> None:
    store = StatsStore.open(tmp_path / "stats.sqlite3")
    data = json.loads(report_to_json(store.report(), EXPORTED_AT))
    assert (data["started"], data["finished"], data["per_day"]) == (0, 0, [])
    assert data["average_score"] is None
    store.close()
