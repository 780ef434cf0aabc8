"""Entraînement's quiz: one pupil answers, sees the feedback at once, then redoes mistakes."""

from __future__ import annotations

import random

from cmq_desktop.content.model import Deck, QuizSet
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.activity import ActivityEvents
from cmq_desktop.quiz.events import AnswerGiven, SessionFinished, SessionStarted
from cmq_desktop.quiz.screens import ResultEntry, ResultsScreen, ScreenModel, session_question
from cmq_desktop.quiz.session import Phase, QuizSession

MODE_ID = "entrainement"


class PupilQuiz(ActivityEvents):
    def __init__(self, deck: Deck, quiz_set: QuizSet, rng: random.Random) -> None:
        super().__init__()
        self.deck = deck
        self.quiz_set = quiz_set
        self._rng = rng
        self.session = QuizSession(quiz_set.questions)
        # Question numbers as first played: a redo round shows the original numbers.
        self._numbers = {q.id: n for n, q in enumerate(quiz_set.questions, start=1)}
        self._earlier_rounds: list[tuple[int, int]] = []

    def begin(self) -> None:
        self.started.emit(SessionStarted(MODE_ID, self.quiz_set.id, self.session.total))

    # What is shown ---------------------------------------------------------------------

    def screen(self) -> ScreenModel:
        session = self.session
        if session.phase is Phase.FINISHED:
            return self._results()
        return session_question(session, self.quiz_set.title, self.review_slide_id() is not None)

    def _results(self) -> ResultsScreen:
        records = self.session.records
        entries = tuple(ResultEntry(self._numbers.get(r.question.id, 0), r) for r in records)
        return ResultsScreen(
            set_title=self.quiz_set.title,
            entries=entries,
            score=self.session.score,
            total=self.session.total,
            can_retry=bool(self.session.wrong_questions()),
            earlier_rounds=tuple(self._earlier_rounds),
        )

    def upcoming(self) -> ScreenModel | None:
        return None

    def review_slide_id(self) -> str | None:
        session = self.session
        if session.phase is not Phase.ANSWERED:
            return None
        slide_id = session.current.slide_id
        if slide_id is None or self.deck.slide_index(slide_id) is None:
            return None
        return slide_id

    # Intents ---------------------------------------------------------------------------

    def handle(self, action: Action) -> bool:
        intent = action.intent
        session = self.session
        if intent is Intent.ANSWER and session.phase is Phase.ASKING:
            return self._answer(int(action.arg or 0))
        if intent is Intent.NEXT and session.phase is Phase.ANSWERED:
            if session.advance() is Phase.FINISHED:
                self.finished.emit(
                    SessionFinished(MODE_ID, self.quiz_set.id, session.score, session.total)
                )
            return True
        if session.phase is Phase.FINISHED:
            if intent is Intent.RETRY_WRONG and session.wrong_questions():
                self._new_round(session.retry_wrong())
                return True
            if intent is Intent.RESTART_SHUFFLED:
                # A fresh start: earlier rounds no longer describe this run.
                self._earlier_rounds.clear()
                self._new_round(
                    QuizSession(self.quiz_set.questions).reshuffled(self._rng), redo=False
                )
                return True
        return False

    def _answer(self, index: int) -> bool:
        if index not in (0, 1):
            return False
        session = self.session
        record = session.answer(index)
        self.answer_given.emit(
            AnswerGiven(
                MODE_ID,
                self.quiz_set.id,
                record.question,
                index,
                session.index + 1,
                session.total,
            )
        )
        return True

    def _new_round(self, session: QuizSession, redo: bool = True) -> None:
        if redo:
            self._earlier_rounds.append((self.session.score, self.session.total))
        self.session = session
        self.started.emit(SessionStarted(MODE_ID, self.quiz_set.id, session.total))
