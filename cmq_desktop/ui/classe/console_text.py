"""What the presenter console writes beside the previews: the speaker notes or the answer
key, and where the lesson is. Plain text from the lesson state, no Qt: the notes overlay
(one screen) shows the same notes.
"""

from __future__ import annotations

from html import escape

from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.quiz.class_screens import (
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
            "<p>Résultats de la classe. «\u00a0Exporter (CSV)\u00a0» les enregistre "
            "pour un tableur.</p>",
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
