"""Exports of the statistics: JSON for tools, CSV for the campus's activity report.

The CSV opens directly in a French Excel or LibreOffice: UTF-8 with a BOM (else Excel
reads it as Windows-1252), ``;`` between fields (``,`` is the decimal mark in French),
decimal commas, dates as DD/MM/YYYY, CRLF line ends.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

from cmq_desktop.stats.report import Report, ScoreCount, Statements, Summary

FORMAT_VERSION = 1


def report_to_dict(
    report: Report, generated_at: datetime | None = None, statements: Statements | None = None
) -> dict[str, object]:
    """``statements`` ((set id, question id) -> text) adds each question's statement
    when the deck is at hand; the figures never depend on it."""
    known = statements or {}
    return {
        "format": FORMAT_VERSION,
        "generated_at": (generated_at or datetime.now()).isoformat(timespec="seconds"),
        **_summary_dict(report.overall, known),
        "per_day": [{"day": day.day, **_summary_dict(day, known)} for day in report.per_day],
    }


def report_to_json(
    report: Report, generated_at: datetime | None = None, statements: Statements | None = None
) -> str:
    data = report_to_dict(report, generated_at, statements)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _summary_dict(summary: Summary, statements: Statements) -> dict[str, object]:
    return {
        "started": summary.started,
        "finished": summary.finished,
        "average_score": (
            None if summary.average_score is None else round(summary.average_score, 4)
        ),
        "score_distribution": [
            {"score": c.score, "total": c.total, "sessions": c.sessions}
            for c in summary.score_distribution
        ],
        "per_question": [
            {
                "quiz_set_id": q.quiz_set_id,
                "question_id": q.question_id,
                "statement": statements.get((q.quiz_set_id, q.question_id)),
                "answers": q.answers,
                "right": q.right,
                "rate": round(q.rate, 4),
            }
            for q in summary.per_question
        ],
    }


def report_to_csv(
    report: Report, generated_at: datetime | None = None, statements: Statements | None = None
) -> str:
    """The CSV text, without the BOM (``write_csv`` adds it)."""
    known = statements or {}
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    stamp = (generated_at or datetime.now()).strftime("%d/%m/%Y %H:%M")
    writer.writerow(["Statistiques du stand CMQ", f"exportées le {stamp}"])
    writer.writerow([])
    writer.writerow(["Fréquentation"])
    writer.writerow(
        ["Jour", "Visiteurs qui ont commencé", "Visiteurs qui ont fini", "Score moyen (%)"]
    )
    for label, summary in _labelled(report):
        writer.writerow(
            [label, summary.started, summary.finished, _percent(summary.average_score)]
        )
    writer.writerow([])
    writer.writerow(["Répartition des scores"])
    writer.writerow(["Jour", "Bonnes réponses", "Questions", "Visiteurs"])
    for label, summary in _labelled(report):
        for count in summary.score_distribution:
            writer.writerow(_score_row(label, count))
    writer.writerow([])
    writer.writerow(["Réussite par question"])
    writer.writerow(
        [
            "Jour",
            "Série",
            "Question",
            "Énoncé",
            "Réponses",
            "Bonnes réponses",
            "Taux de réussite (%)",
        ]
    )
    for label, summary in _labelled(report):
        for question in summary.per_question:
            writer.writerow(
                [
                    label,
                    _cell(question.quiz_set_id),
                    _cell(question.question_id),
                    _cell(known.get((question.quiz_set_id, question.question_id), "")),
                    question.answers,
                    question.right,
                    _percent(question.rate),
                ]
            )
    return out.getvalue()


def write_csv(
    report: Report,
    path: Path,
    generated_at: datetime | None = None,
    statements: Statements | None = None,
) -> None:
    """Writes ``path`` (UTF-8 with BOM); raises ``OSError`` for the caller to report."""
    text = report_to_csv(report, generated_at, statements)
    path.write_text(text, encoding="utf-8-sig", newline="")


def _labelled(report: Report) -> list[tuple[str, Summary]]:
    rows = [("Total", report.overall)]
    rows += [(_french_date(day.day or ""), day) for day in report.per_day]
    return rows


def _score_row(label: str, count: ScoreCount) -> list[object]:
    return [label, count.score, count.total, count.sessions]


def _french_date(iso_day: str) -> str:
    year, month, day = iso_day.split("-")
    return f"{day}/{month}/{year}"


def _percent(share: float | None) -> str:
    return "" if share is None else f"{share * 100:.1f}".replace(".", ",")


def _cell(text: str) -> str:
    # A cell starting with = + - @ would be read as a formula by the spreadsheet.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
