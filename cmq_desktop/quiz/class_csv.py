"""The class results as CSV, for a French Excel or LibreOffice: UTF-8 with a BOM, ``;``
between fields, decimal commas, CRLF line ends. Pure: the console writes the text."""

from __future__ import annotations

import csv
import io

from cmq_desktop.i18n import translate
from cmq_desktop.quiz.class_screens import AnswerEntry, ClassResultsScreen

BOM = "\ufeff"


def _percent(rate: float | None) -> str:
    return "" if rate is None else f"{rate * 100:.1f}".replace(".", ",")


def results_csv(screen: ClassResultsScreen) -> str:
    """The CSV text, BOM first: write it with ``encoding="utf-8"``."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    by_team = screen.entry is AnswerEntry.TEAMS
    header = [
        translate("csv", "N°"),
        translate("csv", "Question"),
        translate("csv", "Bonne réponse"),
        translate("csv", "Équipes justes") if by_team else translate("csv", "Élèves justes"),
        translate("csv", "Équipes ayant répondu")
        if by_team
        else translate("csv", "Élèves ayant répondu"),
        translate("csv", "Taux de réussite (%)"),
    ]
    writer.writerow([*header, *screen.team_names])
    for row, result in enumerate(screen.results):
        question = result.question
        teams = []
        if screen.team_choices:
            teams = [
                "" if choice is None else question.labels[choice]
                for choice in screen.team_choices[row]
            ]
        writer.writerow(
            [
                result.number,
                question.statement,
                question.answer,
                result.right,
                result.answered,
                _percent(result.rate),
                *teams,
            ]
        )
    writer.writerow(["", translate("csv", "Ensemble"), "", "", "", _percent(screen.overall_rate)])
    if screen.standings:
        writer.writerow([])
        writer.writerow(
            [translate("csv", "Rang"), translate("csv", "Équipe"), translate("csv", "Points")]
        )
        for standing in screen.standings:
            writer.writerow([standing.rank, standing.name, standing.score])
    return BOM + out.getvalue()
