"""The statistics store: what the stand records and what the staff read back."""

from __future__ import annotations

from pathlib import Path

from cmq_desktop.stats import QuestionRate, ScoreCount, StatsStore
from tests.unit.stats_helpers import Clock, integrity, rows


def play(store: StatsStore, answers: list[tuple[str, bool]], quiz_set: str = "quiz") -> None:
    store.record_started(quiz_set, len(answers))
    for question_id, correct in answers:
        store.record_answer(question_id, quiz_set, correct)
    store.record_finished(sum(correct for _, correct in answers), len(answers))


def test_a_new_file_is_in_wal_mode_with_full_sync_and_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "data" / "stand" / "stats.sqlite3"
    store = StatsStore.open(path)
    assert store.status().ok and store.status().path == path
    assert rows(path, "PRAGMA journal_mode") == [("wal",)]
    assert rows(path, "PRAGMA user_version") == [(1,)]
    # synchronous is per connection: read the store's own.
    assert store._connection.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
    store.close()


def test_counts_distribution_and_rates_overall_and_per_day(tmp_path: Path) -> None:
    clock = Clock()
    store = StatsStore.open(tmp_path / "stats.sqlite3", clock=clock)
    play(store, [("q1", True), ("q2", False), ("q3", True)])
    play(store, [("q1", True), ("q2", True), ("q3", True)])
    store.record_started("quiz", 3)  # walked away after one answer
    store.record_answer("q1", "quiz", False)
    clock.advance(days=1)
    play(store, [("q1", False), ("q2", False), ("q3", True)])

    overall = store.summary()
    assert (overall.started, overall.finished) == (4, 3)
    assert overall.score_distribution == (
        ScoreCount(score=1, total=3, sessions=1),
        ScoreCount(score=2, total=3, sessions=1),
        ScoreCount(score=3, total=3, sessions=1),
    )
    assert overall.per_question == (
        QuestionRate("quiz", "q1", answers=4, right=2),
        QuestionRate("quiz", "q2", answers=3, right=1),
        QuestionRate("quiz", "q3", answers=3, right=3),
    )
    assert overall.per_question[1].rate == 1 / 3
    assert overall.average_score == (1 + 2 + 3) / 9

    report = store.report()
    assert [day.day for day in report.per_day] == ["2026-03-14", "2026-03-15"]
    first, second = report.per_day
    assert (first.started, first.finished, second.started, second.finished) == (3, 2, 1, 1)
    assert second.score_distribution == (ScoreCount(1, 3, 1),)
    assert store.summary("2026-03-15") == second
    assert store.summary("2026-01-01").started == 0
    store.close()


def test_records_survive_closing_and_reopening(tmp_path: Path) -> None:
    path = tmp_path / "stats.sqlite3"
    store = StatsStore.open(path)
    play(store, [("q1", True), ("q2", True)])
    store.close()
    again = StatsStore.open(path)
    assert (again.summary().started, again.summary().finished) == (1, 1)
    again.close()
    assert integrity(path) == "ok"


def test_each_event_is_committed_before_the_call_returns(tmp_path: Path) -> None:
    """Another connection sees every event at once: nothing waits in a buffer."""
    path = tmp_path / "stats.sqlite3"
    store = StatsStore.open(path)
    visit = store.record_started("quiz", 2)
    assert rows(path, "SELECT visit, score FROM sessions") == [(visit, None)]
    store.record_answer("q1", "quiz", True)
    assert rows(path, "SELECT question_id, correct FROM answers") == [("q1", 1)]
    assert store.record_finished(1, 1) is True
    assert rows(path, "SELECT visit, score, total FROM sessions") == [(visit, 1, 1)]
    store.close()


def test_nothing_personal_is_stored(tmp_path: Path) -> None:
    path = tmp_path / "stats.sqlite3"
    store = StatsStore.open(path)
    play(store, [("q1", True)])
    store.close()
    columns = {
        column[1]
        for table in ("sessions", "answers")
        for column in rows(path, f"PRAGMA table_info({table})")
    }
    assert columns == {
        "visit", "day", "started_at", "quiz_set_id", "total", "finished_at", "score",
        "id", "answered_at", "question_id", "correct",
    }  # fmt: skip


def test_an_answer_without_a_start_still_counts_one_visitor(tmp_path: Path) -> None:
    store = StatsStore.open(tmp_path / "stats.sqlite3")
    store.record_answer("q1", "quiz", True)
    store.record_finished(1, 1)
    summary = store.summary()
    assert (summary.started, summary.finished) == (1, 1)
    store.close()


def test_reset_keeps_a_copy_then_empties(tmp_path: Path) -> None:
    path = tmp_path / "stats.sqlite3"
    clock = Clock()
    store = StatsStore.open(path, clock=clock)
    play(store, [("q1", True)])
    kept = store.reset()
    assert kept is not None and kept.name == "stats.before-reset-20260314-093000.sqlite3"
    assert rows(kept, "SELECT COUNT(*) FROM sessions") == [(1,)]
    assert store.summary().started == 0
    play(store, [("q1", False)])
    assert store.summary().finished == 1
    store.close()
    assert integrity(path) == "ok"


def test_two_stores_on_one_file_both_write(tmp_path: Path) -> None:
    """The stand and a `stand-stats` export may open the file at the same time."""
    path = tmp_path / "stats.sqlite3"
    stand, reader = StatsStore.open(path), StatsStore.open(path)
    play(stand, [("q1", True)])
    assert reader.summary().finished == 1
    play(reader, [("q1", True)])
    assert stand.summary().finished == 2
    stand.close()
    reader.close()


def test_current_visit_is_the_key_of_the_visit_in_progress(tmp_path: Path) -> None:
    store = StatsStore.open(tmp_path / "stats.sqlite3")
    assert store.current_visit is None
    visit = store.record_started("quiz", 1)
    assert store.current_visit == visit
    store.record_finished(1, 1)
    assert store.current_visit is None
    store.close()
