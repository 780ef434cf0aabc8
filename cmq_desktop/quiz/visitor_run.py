"""The Stand's quiz: one visitor, a few questions drawn from the set, feedback at once, a score.

A ``VisitorRun`` is the Stand mode's activity (``activity.py``): it draws ``count``
questions from the chosen set, shows the feedback after each answer, ends on a score
screen with an encouraging message, and "Rejouer" draws a new run. It announces the
engine's events (``started``, ``answer_given``, ``finished``) that the statistics count.
The attract loop between visitors is the kiosk's (``modes/stand_kiosk.py``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import ClassVar

from cmq_desktop.content.model import Deck, Question, QuizSet, Slide
from cmq_desktop.i18n import translate
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.activity import ActivityEvents
from cmq_desktop.quiz.events import AnswerGiven, SessionFinished, SessionStarted
from cmq_desktop.quiz.screens import ScreenModel, session_question
from cmq_desktop.quiz.session import Phase, QuizSession

MODE_ID = "stand"
DEFAULT_QUESTION_COUNT = 5


@dataclass(frozen=True)
class AttractScreen:
    """Between visitors: the slides go by themselves under an invitation to play."""

    kind: ClassVar[str] = "stand_attract"
    log_once: ClassVar[bool] = True  # see ``log_line``
    slide: Slide | None  # None for a deck without slides: the banner alone
    number: int  # 1-based, 0 without slides
    total: int

    @property
    def log_line(self) -> str:
        # One line per arrival in the loop, not one per slide going by (hours of them).
        return "STAND_ATTRACT"


@dataclass(frozen=True)
class StandScoreScreen:
    """A visitor's score, a word of encouragement, "Rejouer" and the campus's web address."""

    kind: ClassVar[str] = "stand_score"
    score: int
    total: int
    message: str
    web_address: str = ""  # shown as a QR code; empty: no code

    @property
    def log_line(self) -> str:
        return f"STAND_SCORE {self.score}/{self.total}"


def encouraging_message(score: int, total: int) -> str:
    """A few kind words for a visitor of 11 to 18, whatever the score."""
    if total <= 0:
        return translate("visitor", "Merci d’avoir joué\u00a0!")
    share = score / total
    if share >= 1:
        return translate(
            "visitor", "Sans faute, bravo\u00a0! Vous connaissez déjà bien les campus des métiers."
        )
    if share >= 0.6:
        return translate(
            "visitor", "Très bien joué\u00a0! Encore un peu de curiosité et c’est le sans-faute."
        )
    if share >= 0.3:
        return translate(
            "visitor", "Pas mal du tout\u00a0! Les explications vous en ont appris davantage."
        )
    return translate(
        "visitor", "Merci d’avoir essayé\u00a0! Chaque réponse vous a fait découvrir un métier."
    )


def draw_questions(quiz_set: QuizSet, count: int, rng: random.Random) -> tuple[Question, ...]:
    """``count`` different questions of the set in random order (all of them if fewer)."""
    questions = list(quiz_set.questions)
    return tuple(rng.sample(questions, min(max(1, count), len(questions))))


class VisitorRun(ActivityEvents):
    def __init__(
        self,
        deck: Deck,
        quiz_set: QuizSet,
        rng: random.Random,
        count: int = DEFAULT_QUESTION_COUNT,
        web_address: str = "",
    ) -> None:
        super().__init__()
        self.deck = deck
        self.quiz_set = quiz_set
        self.count = count
        self.web_address = web_address
        self._rng = rng
        self.session = QuizSession(draw_questions(quiz_set, count, rng))

    def begin(self) -> None:
        self.started.emit(SessionStarted(MODE_ID, self.quiz_set.id, self.session.total))

    # What is shown ---------------------------------------------------------------------

    def screen(self) -> ScreenModel:
        session = self.session
        if session.phase is Phase.FINISHED:
            return StandScoreScreen(
                session.score,
                session.total,
                encouraging_message(session.score, session.total),
                self.web_address,
            )
        # A visitor never leaves the quiz for the slides: nothing to review.
        return session_question(session, self.quiz_set.title, can_review=False)

    def upcoming(self) -> ScreenModel | None:
        return None

    def review_slide_id(self) -> str | None:
        return None

    # Intents ---------------------------------------------------------------------------

    def handle(self, action: Action) -> bool:
        intent, session = action.intent, self.session
        if intent is Intent.ANSWER and session.phase is Phase.ASKING:
            return self._answer(action.arg)
        if intent is Intent.NEXT and session.phase is Phase.ANSWERED:
            if session.advance() is Phase.FINISHED:
                self.finished.emit(
                    SessionFinished(MODE_ID, self.quiz_set.id, session.score, session.total)
                )
            return True
        if intent is Intent.RESTART_SHUFFLED and session.phase is Phase.FINISHED:
            # "Rejouer": a new draw, counted as a new visitor session.
            self.session = QuizSession(draw_questions(self.quiz_set, self.count, self._rng))
            self.begin()
            return True
        return False

    def _answer(self, arg: int | str | None) -> bool:
        if not isinstance(arg, int) or arg not in (0, 1):
            return False
        index = arg
        session = self.session
        record = session.answer(index)
        self.answer_given.emit(
            AnswerGiven(
                MODE_ID, self.quiz_set.id, record.question, index, session.index + 1, session.total
            )
        )
        return True
