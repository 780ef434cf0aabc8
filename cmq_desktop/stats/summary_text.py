"""The statistics as a few French lines, for ``cmq-desktop stand-stats``."""

from __future__ import annotations

from pathlib import Path

from cmq_desktop.stats.report import Report, Statements, Summary

NBSP = "\u00a0"
NNBSP = "\u202f"  # before : ; ! ? and % in French


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count > 1 else ''}"


def _right_answers(count: int) -> str:
    if count == 0:
        return "aucune bonne réponse"
    return f"{count} bonne{'s' if count > 1 else ''} réponse{'s' if count > 1 else ''}"


def _percent(share: float) -> str:
    return f"{round(share * 100)}{NNBSP}%"


def _day(iso_day: str) -> str:
    year, month, day = iso_day.split("-")
    return f"{day}/{month}/{year}"


def _did(count: int, participle: str) -> str:
    if count == 0:
        return f"aucun n’a {participle}"
    return f"{count} {'a' if count == 1 else 'ont'} {participle}"


def _visitors(summary: Summary) -> str:
    text = f"{_did(summary.started, 'commencé')}, {_did(summary.finished, 'fini')}"
    if summary.average_score is not None:
        text += f" (score moyen{NNBSP}: {_percent(summary.average_score)})"
    return text


def _question(set_id: str, question_id: str, statements: Statements) -> str:
    statement = statements.get((set_id, question_id))
    if statement is None:
        return f"{set_id}, {question_id}"
    if len(statement) > 70:
        statement = statement[:69].rstrip() + "…"
    return f"«{NNBSP}{statement}{NNBSP}»"


def summary_text(report: Report, path: Path, statements: Statements | None = None) -> str:
    """``statements`` ((set id, question id) -> text) names the questions when the deck
    is at hand; otherwise they are named by their ids."""
    known = statements or {}
    overall = report.overall
    lines = [f"Statistiques du stand{NNBSP}: {path}"]
    if overall.started == 0 and not overall.per_question:
        lines.append("Aucun visiteur enregistré pour l’instant.")
        return "\n".join(lines)
    lines.append(f"Visiteurs{NNBSP}: {_visitors(overall)}.")
    if overall.score_distribution:
        lines += ["", f"Répartition des scores{NNBSP}:"]
        lines += [
            f"  {count.score}{NBSP}/{NBSP}{count.total}{NNBSP}: "
            f"{_plural(count.sessions, 'visiteur')}"
            for count in overall.score_distribution
        ]
    if overall.per_question:
        lines += ["", f"Réussite par question{NNBSP}:"]
        lines += [
            f"  {_question(q.quiz_set_id, q.question_id, known)}{NNBSP}: "
            f"{_right_answers(q.right)} sur {q.answers} ({_percent(q.rate)})"
            for q in overall.per_question
        ]
    if len(report.per_day) > 1:
        lines += ["", f"Par jour{NNBSP}:"]
        lines += [f"  {_day(day.day or '')}{NNBSP}: {_visitors(day)}" for day in report.per_day]
    return "\n".join(lines)
