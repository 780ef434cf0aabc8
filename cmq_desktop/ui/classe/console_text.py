"""What the presenter console writes beside the previews: the speaker notes or the answer
key, and where the lesson is. Plain text from the lesson state, no Qt: the notes overlay
(one screen) shows the same notes.
"""

from __future__ import annotations

from html import escape

from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.quiz.class_screens import (
    AnswerEntry,
    ClassQuestionScreen,
    ClassResultsScreen,
    PodiumScreen,
    ScoreboardScreen,
)
from cmq_desktop.quiz.screens import LessonState, SlideScreen, Stage, StartScreen

NEXT_STEP = {
    Stage.SHOWN: QT_TRANSLATE_NOOP("console", "Suivant\u00a0: bloquer les réponses"),
    Stage.LOCKED: QT_TRANSLATE_NOOP("console", "Suivant\u00a0: révéler la bonne réponse"),
    Stage.REVEALED: QT_TRANSLATE_NOOP("console", "Suivant\u00a0: continuer"),
}


def _esc(text: str) -> str:
    return escape(text, quote=False)


def notes_html(state: LessonState) -> str:
    """What the teacher reads beside the previews: notes, or the answer key."""
    screen = state.screen
    if isinstance(screen, SlideScreen):
        notes = screen.slide.notes.strip()
        if not notes:
            return translate("console", "<p><i>Pas de notes pour cette diapositive.</i></p>")
        return "".join(f"<p>{_esc(p).replace(chr(10), '<br>')}</p>" for p in notes.split("\n\n"))
    if isinstance(screen, ClassQuestionScreen):
        question = screen.question
        parts = [
            translate(
                "console", "<p><b>Réponse attendue\u00a0: «\u00a0{answer}\u00a0»</b></p>"
            ).format(answer=_esc(question.answer)),
            f"<p>{_esc(question.explanation)}</p>",
            f"<p><i>{translate('console', NEXT_STEP.get(screen.stage, ''))}</i></p>",
        ]
        return "".join(parts)
    if isinstance(screen, StartScreen):
        return translate(
            "console",
            "<p>Appuyez sur <b>Suivant</b> (télécommande, Page suivante) pour commencer.</p>",
        )
    if isinstance(screen, ScoreboardScreen):
        return translate(
            "console", "<p>Classement des équipes. Suivant\u00a0: la question suivante.</p>"
        )
    if isinstance(screen, PodiumScreen):
        return translate("console", "<p>Podium. Suivant\u00a0: les résultats de la classe.</p>")
    if isinstance(screen, ClassResultsScreen):
        return translate(
            "console",
            "<p>Résultats de la classe. La touche <b>E</b> (ou «\u00a0Exporter (CSV)\u00a0» "
            "sur la console) les enregistre pour un tableur\u00a0; <b>A</b>\u00a0: "
            "retour à l’accueil.</p>",
        )
    return ""


def position_text(state: LessonState) -> str:
    screen = state.screen
    if isinstance(screen, SlideScreen):
        return translate("console", "Diapositive {number} / {total}").format(
            number=screen.number, total=screen.total
        )
    if isinstance(screen, ClassQuestionScreen):
        stage = {
            Stage.SHOWN: translate("console", "Question {number} / {total} · affichée"),
            Stage.LOCKED: translate("console", "Question {number} / {total} · bloquée"),
            Stage.REVEALED: translate("console", "Question {number} / {total} · révélée"),
        }.get(screen.stage, "Question {number} / {total} · ")
        return stage.format(number=screen.number, total=screen.total)
    if isinstance(screen, ScoreboardScreen):
        return translate("console", "Classement · après la question {number} / {total}").format(
            number=screen.number, total=screen.total
        )
    if isinstance(screen, PodiumScreen):
        return translate("console", "Podium")
    if isinstance(screen, ClassResultsScreen):
        return translate("console", "Résultats de la classe")
    return translate("console", "Accueil")


def entered_html(screen: ClassQuestionScreen) -> str:
    """The class's answers entered so far (a show of hands or each team's answer)."""
    labels = screen.question.labels
    if screen.entry is AnswerEntry.HANDS:
        if screen.hands is None:
            return translate(
                "console",
                "<p>Mains levées\u00a0: pas encore saisies (tapez «\u00a018 V\u00a0»).</p>",
            )
        counts = ", ".join(f"{_esc(labels[i])} {screen.hands[i]}" for i in (0, 1))
        return translate("console", "<p>Mains levées\u00a0: {counts}</p>").format(counts=counts)
    if screen.entry is AnswerEntry.TEAMS:
        rows = "\u00a0; ".join(
            f"{n}.\u00a0{_esc(team.name)}\u00a0: "
            + ("–" if team.choice is None else _esc(labels[team.choice]))
            for n, team in enumerate(screen.teams, start=1)
        )
        return translate(
            "console", "<p>Équipes (tapez «\u00a02 F\u00a0»)\u00a0: {rows}</p>"
        ).format(rows=rows)
    return ""


def overlay_html(state: LessonState, typed: str) -> str:
    """The one-screen notes overlay: the console's essentials, since there is no console.
    Where the lesson is, the notes or the answer key, the class's answers entered so far and
    the number being typed (for "12 Entrée" or "18 V")."""
    parts = [f"<p><b>{_esc(position_text(state))}</b></p>", notes_html(state)]
    if isinstance(state.screen, ClassQuestionScreen):
        parts.append(entered_html(state.screen))
    if typed:
        parts.append(
            translate("console", "<p><b>Tapé\u00a0: {typed}</b></p>").format(typed=_esc(typed))
        )
    return "".join(parts)
