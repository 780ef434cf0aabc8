"""Classe: a teacher projects the lesson, a presenter console on the laptop, a clicker.

The key table is data; ``ClasseKeys`` adds the one thing a table cannot say: digits typed
before a key. Digits then Enter jump to that slide; during a question, a number then an
answer letter enters the class's answers ("18 V": 18 hands for Vrai; with teams, "2 F":
team 2 answers Faux).
"""

from __future__ import annotations

from cmq_desktop.i18n import QT_TRANSLATE_NOOP
from cmq_desktop.modes.base import Mode, WindowPolicy
from cmq_desktop.modes.digit_buffer import DigitBuffer
from cmq_desktop.modes.keys import BACKWARD, FORWARD, KeyTable, context_of, keys
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.class_round import ClassRound, RoundSettings
from cmq_desktop.quiz.class_screens import (
    AnswerEntry,
    ClassQuestionScreen,
    PodiumScreen,
    ScoreboardScreen,
)
from cmq_desktop.quiz.screens import LessonState, SlideScreen, StartScreen
from cmq_desktop.quiz.shortcuts import answer_letters

STEPS = {**keys(FORWARD, Intent.NEXT), **keys(BACKWARD, Intent.PREVIOUS)}

KEYS = KeyTable(
    {
        "*": {
            "F5": Intent.START_PRESENTATION,
            "Shift+F5": Intent.START_FROM_CURRENT,
            **keys(("B", "."), Intent.BLACKOUT),
            **keys(("W", ","), Intent.WHITEOUT),
            **keys(("G", "O"), Intent.OVERVIEW),
            "Esc": Intent.LEAVE_FULLSCREEN,  # the shell closes an overlay first
            "F11": Intent.TOGGLE_FULLSCREEN,
            **keys(("+", "="), Intent.TEXT_BIGGER),
            "-": Intent.TEXT_SMALLER,
            **keys(("?", "H", "F1"), Intent.HELP),
            "F2": Intent.DISPLAY_SETTINGS,  # theme, text size, animations
            "S": Intent.SWAP_SCREENS,
            "N": Intent.TOGGLE_NOTES,
            "T": Intent.TOGGLE_TIMER,
            "Ctrl+Q": Intent.QUIT,
        },
        "start": keys(FORWARD, Intent.NEXT),
        "slide": {**STEPS, "Home": Intent.FIRST_SLIDE, "End": Intent.LAST_SLIDE},
        "slide:review": {
            **keys(FORWARD, Intent.BACK_TO_QUIZ),
            **keys(BACKWARD, Intent.BACK_TO_QUIZ),
        },
        "question": STEPS,
        "question:revealed": {**STEPS, "R": Intent.REVIEW_SLIDE},
        "scoreboard": STEPS,
        "podium": STEPS,
        "class_results": {**STEPS, "A": Intent.HOME, "Home": Intent.HOME, "E": Intent.EXPORT_CSV},
    }
)

HELP = (
    (
        QT_TRANSLATE_NOOP("classe.help", "Suivant"),
        QT_TRANSLATE_NOOP(
            "classe.help", "flèche droite ou bas, Espace, Entrée, Page suivante (télécommande)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Précédent"),
        QT_TRANSLATE_NOOP("classe.help", "flèche gauche ou haut, Retour arrière, Page précédente"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Première, dernière diapositive"),
        QT_TRANSLATE_NOOP("classe.help", "Début, Fin"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Aller à la diapositive n"),
        QT_TRANSLATE_NOOP("classe.help", "taper n puis Entrée"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Écran noir, écran blanc"),
        QT_TRANSLATE_NOOP("classe.help", "B ou point\xa0; W ou virgule"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Vue d’ensemble des diapositives"),
        QT_TRANSLATE_NOOP("classe.help", "G ou O"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Depuis le début, depuis la diapositive actuelle"),
        QT_TRANSLATE_NOOP("classe.help", "F5\xa0; Maj+F5"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Réponses de la classe (console)"),
        QT_TRANSLATE_NOOP(
            "classe.help",
            "nombre puis lettre\u00a0: «\u00a018 V\u00a0» = 18 mains pour Vrai\u00a0; "
            "avec équipes, «\u00a02 F\u00a0» = l’équipe 2 répond Faux",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Revoir la diapositive (après la réponse)"),
        QT_TRANSLATE_NOOP("classe.help", "R"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Résultats de la classe\xa0: exporter (CSV), accueil"),
        QT_TRANSLATE_NOOP("classe.help", "E\xa0; A ou Début"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Notes (un seul écran)"),
        QT_TRANSLATE_NOOP("classe.help", "N"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Chronomètre\xa0: démarrer, mettre en pause"),
        QT_TRANSLATE_NOOP("classe.help", "T"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Échanger les écrans"),
        QT_TRANSLATE_NOOP("classe.help", "S"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Texte plus grand, plus petit"),
        QT_TRANSLATE_NOOP("classe.help", "+\xa0; -"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Thème, taille du texte, animations"),
        QT_TRANSLATE_NOOP("classe.help", "F2"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Quitter un affichage, le plein écran"),
        QT_TRANSLATE_NOOP("classe.help", "Échap"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Plein écran\xa0: entrer, quitter"),
        QT_TRANSLATE_NOOP("classe.help", "F11"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Quitter (avec confirmation)"),
        QT_TRANSLATE_NOOP("classe.help", "Ctrl+Q"),
    ),
    (
        QT_TRANSLATE_NOOP("classe.help", "Cette aide"),
        QT_TRANSLATE_NOOP("classe.help", "?, H ou F1"),
    ),
)


class ClasseKeys:
    """Turns key names into actions for every window of a Classe lesson (one buffer)."""

    def __init__(self, table: KeyTable = KEYS) -> None:
        self.table = table
        self.buffer = DigitBuffer()

    def action_for(self, state: LessonState, key: str) -> Action | None:
        context = context_of(state)
        screen = state.screen
        takes_numbers = context in ("slide", "start") or isinstance(screen, ClassQuestionScreen)
        if takes_numbers and self.buffer.push(key):
            return None
        if self.buffer.text:
            typed = self.buffer.take()
            if key in ("Return", "Enter") and context == "slide" and typed:
                return Action(Intent.GO_TO_SLIDE, typed - 1)
            if isinstance(screen, ClassQuestionScreen) and typed is not None:
                tally = self._tally(screen, typed, key)
                if tally is not None:
                    return tally
        return self.table.action_for(state, key)

    @staticmethod
    def _tally(screen: ClassQuestionScreen, number: int, key: str) -> Action | None:
        letters = answer_letters(screen.question.labels)
        if not key or key not in letters:
            return None
        answer = letters.index(key)
        if screen.entry is AnswerEntry.HANDS:
            counts = list(screen.hands or (0, 0))
            counts[answer] = number
            return Action(Intent.SET_HANDS, f"{counts[0]}:{counts[1]}")
        if screen.entry is AnswerEntry.TEAMS and 1 <= number <= len(screen.teams):
            return Action(Intent.SET_TEAM_ANSWER, f"{number - 1}:{answer}")
        return None


# The screens of a running class round: the class's answers live only there.
ROUND_SCREENS = (ClassQuestionScreen, ScoreboardScreen, PodiumScreen)


def refused(state: LessonState, action: Action) -> bool:
    """Whether Classe ignores ``action`` where the lesson stands, from a key or a button:
    no overview (a jump out) but from the slides, and no slideshow restart (a clicker's F5)
    during a class round, whose answers would be lost."""
    screen = state.screen
    if action.intent is Intent.OVERVIEW:
        return not isinstance(screen, (SlideScreen, StartScreen))
    if action.intent in (Intent.START_PRESENTATION, Intent.START_FROM_CURRENT):
        return isinstance(screen, ROUND_SCREENS)
    return False


def classe_mode(settings: RoundSettings | None = None) -> Mode:
    return Mode(
        id="classe",
        title=QT_TRANSLATE_NOOP("modes", "Classe"),
        description=QT_TRANSLATE_NOOP(
            "modes",
            "Au vidéoprojecteur\u00a0: console du professeur, télécommande, quiz en classe.",
        ),
        keys=KEYS,
        window=WindowPolicy(fullscreen=True, can_open_deck=False, context_menu=False),
        activity=ClassRound.factory(settings or RoundSettings()),
    )


CLASSE = classe_mode()
