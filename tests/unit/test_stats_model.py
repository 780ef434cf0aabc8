"""Property: whatever visitors do, the store's figures are those of a plain Python model."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cmq_desktop.stats import QuestionRate, ScoreCount, StatsStore
from tests.unit.stats_helpers import Clock

QUESTION_IDS = ("q1", "q2", "q3", "q4")
SETS = ("quiz", "quiz-approfondi")

visitor = st.tuples(
    st.sampled_from(SETS),
    st.lists(st.tuples(st.sampled_from(QUESTION_IDS), st.booleans()), max_size=5),
    st.booleans(),  # reaches the score screen
    st.integers(min_value=0, max_value=2),  # days later than the previous visitor
)


Visitor = tuple[str, list[tuple[str, bool]], bool, int]
# A memory file system when there is one: each event is an fsync.
FOLDER = "/dev/shm" if Path("/dev/shm").is_dir() else None


@settings(max_examples=30, deadline=None)
@given(st.lists(visitor, max_size=10))
def test_summaries_match_a_model(visitors: list[Visitor]) -> None:
    clock = Clock()
    expected_days: dict[str, dict[str, Counter[object]]] = {}
    with tempfile.TemporaryDirectory(dir=FOLDER) as folder:
        store = StatsStore.open(Path(folder) / "stats.sqlite3", clock=clock)
        for quiz_set, answers, finishes, days_later in visitors:
            clock.advance(days=days_later)
            day = clock.now.date().isoformat()
            model = expected_days.setdefault(
                day, {"started": Counter(), "scores": Counter(), "answers": Counter()}
            )
            store.record_started(quiz_set, len(answers))
            model["started"][day] += 1
            for question_id, correct in answers:
                store.record_answer(question_id, quiz_set, correct)
                model["answers"][(quiz_set, question_id, correct)] += 1
            if finishes:
                score = sum(correct for _, correct in answers)
                assert store.record_finished(score, len(answers))
                model["scores"][(len(answers), score)] += 1

        def check(summary_day: str | None, models: list[dict[str, Counter[object]]]) -> None:
            summary = store.summary(summary_day)
            scores: Counter[object] = sum((m["scores"] for m in models), Counter())
            answers: Counter[object] = sum((m["answers"] for m in models), Counter())
            assert summary.started == sum(sum(m["started"].values()) for m in models)
            assert summary.finished == sum(scores.values())
            assert summary.score_distribution == tuple(
                ScoreCount(score, total, count)
                for (total, score), count in sorted(scores.items())  # type: ignore[misc]
            )
            pairs = sorted({(s, q) for s, q, _ in answers})  # type: ignore[misc]
            assert summary.per_question == tuple(
                QuestionRate(s, q, answers[(s, q, True)] + answers[(s, q, False)],
                             answers[(s, q, True)])
                for s, q in pairs
            )  # fmt: skip

        check(None, list(expected_days.values()))
        for day, model in expected_days.items():
            check(day, [model])
        assert [s.day for s in store.report().per_day] == sorted(
            day for day, m in expected_days.items() if m["started"]
        )
        store.close()
