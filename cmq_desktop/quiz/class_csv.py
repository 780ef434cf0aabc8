"""The class results as CSV, for a French Excel or LibreOffice: UTF-8 with a BOM, ``;``
between fields, decimal commas, CRLF line ends. Pure: the console writes the text.

A title line comes first (the presentation, the quiz, the date, how the class answered), in
one cell that a spreadsheet shows across the empty cells beside it, then an empty line and
the table, so a teacher can tell a morning's files apart.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime

from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.quiz.class_screens import AnswerEntry, ClassResultsScreen

BOM = "\ufeff"


def _percent(rate: float | None) -> str:
    return "" if rate is None else f"{rate * 100:.1f}".replace(".", ",")


ENTRY_WORDS = {
    AnswerEntry.NONE: QT_TRANSLATE_NOOP("csv", "réponses non saisies"),
    AnswerEntry.HANDS: QT_TRANSLATE_NOOP("csv", "réponses à main levée"),
    AnswerEntry.TEAMS: QT_TRANSLATE_NOOP("csv", "réponses par équipes"),
}


def title_line(screen: ClassResultsScreen, deck_title: str, when: datetime) -> str:
    """ "Résultats de la classe : <deck> – <quiz> – le 25/11/2026 à 15h52 – réponses …"."""
    if deck_title:
        heading = translate("csv", "Résultats de la classe\u00a0: {deck}").format(deck=deck_title)
    else:
        heading = translate("csv", "Résultats")
    parts = [heading, screen.set_title]
    parts.append(
        translate("csv", "le {day} à {hour}h{minute}").format(
            day=f"{when:%d/%m/%Y}", hour=f"{when:%H}", minute=f"{when:%M}"
        )
    )
    entry = translate("csv", ENTRY_WORDS[screen.entry])
    if screen.entry is AnswerEntry.TEAMS and screen.team_names:
        entry += translate("csv", " ({count}\u00a0équipes)").format(count=len(screen.team_names))
    parts.append(entry)
    return " – ".join(p for p in parts if p)


def results_csv(screen: ClassResultsScreen, deck_title: str, when: datetime) -> str:
    """The CSV text, BOM first: write it with ``encoding="utf-8"``. ``when``: the date the
    title line gives (the export's, passed in so the text stays a pure function)."""
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
    columns = len(header) + len(screen.team_names)
    # Padded with empty cells: every line has the table's width, which a spreadsheet's
    # separator detection expects, and the title still shows across them.
    writer.writerow([title_line(screen, deck_title, when), *[""] * (columns - 1)])
    writer.writerow([])
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
