"""What the statistics say: counts, score distribution, right-answer rate per question.

Plain frozen data read from the file with a few SQL queries, for the staff panel, the
``stand-stats`` command and the exports.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cmq_desktop.content.model import QuizSet

# (quiz set id, question id) -> the question's statement, when the deck is at hand.
Statements = Mapping[tuple[str, str], str]


@dataclass(frozen=True)
class ScoreCount:
    score: int
    total: int
    sessions: int


@dataclass(frozen=True)
class QuestionRate:
    quiz_set_id: str
    question_id: str
    answers: int
    right: int

    @property
    def rate(self) -> float:
        """Share of right answers, 0.0 to 1.0."""
        return self.right / self.answers if self.answers else 0.0


@dataclass(frozen=True)
class Summary:
    """One day (``day`` = ``"YYYY-MM-DD"``) or every day (``day`` = None)."""

    day: str | None
    started: int
    finished: int
    score_distribution: tuple[ScoreCount, ...]
    per_question: tuple[QuestionRate, ...]

    @property
    def average_score(self) -> float | None:
        """Mean share of right answers over finished sessions (0.0 to 1.0), None if none."""
        weighted = [(c.score / c.total, c.sessions) for c in self.score_distribution if c.total]
        count = sum(sessions for _, sessions in weighted)
        return sum(share * n for share, n in weighted) / count if count else None


@dataclass(frozen=True)
class Report:
    overall: Summary
    per_day: tuple[Summary, ...]  # oldest day first


def summarize(connection: sqlite3.Connection, day: str | None = None) -> Summary:
    where, params = ("WHERE day = ?", (day,)) if day is not None else ("", ())
    started = connection.execute(f"SELECT COUNT(*) FROM sessions {where}", params).fetchone()[0]
    finished_where = f"{where} {'AND' if where else 'WHERE'} score IS NOT NULL"
    rows = connection.execute(
        f"SELECT score, total, COUNT(*) FROM sessions {finished_where} "
        "GROUP BY total, score ORDER BY total, score",
        params,
    ).fetchall()
    distribution = tuple(ScoreCount(score, total, count) for score, total, count in rows)
    per_question = tuple(
        QuestionRate(quiz_set_id, question_id, answers, right)
        for quiz_set_id, question_id, answers, right in connection.execute(
            "SELECT quiz_set_id, question_id, COUNT(*), SUM(correct) FROM answers "
            f"{where} GROUP BY quiz_set_id, question_id ORDER BY quiz_set_id, question_id",
            params,
        )
    )
    return Summary(
        day=day,
        started=int(started),
        finished=sum(count.sessions for count in distribution),
        score_distribution=distribution,
        per_question=per_question,
    )


def days(connection: sqlite3.Connection) -> tuple[str, ...]:
    rows = connection.execute(
        "SELECT day FROM sessions UNION SELECT day FROM answers ORDER BY day"
    ).fetchall()
    return tuple(row[0] for row in rows)


def build_report(connection: sqlite3.Connection) -> Report:
    return Report(
        overall=summarize(connection),
        per_day=tuple(summarize(connection, day) for day in days(connection)),
    )


def empty_report() -> Report:
    return Report(Summary(None, 0, 0, (), ()), ())



def statements_of(quiz_sets: Iterable[QuizSet]) -> dict[tuple[str, str], str]:
    """The statements of a deck's quiz sets (``deck.quiz_sets``), for the exports."""
    return {(s.id, q.id): q.statement for s in quiz_sets for q in s.questions}
