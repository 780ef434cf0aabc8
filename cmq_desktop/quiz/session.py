"""One run through a set of questions: answers, score, review and retries."""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import Enum, auto

from cmq_desktop.content.model import Question


class Phase(Enum):
    ASKING = auto()  # the current question waits for an answer
    ANSWERED = auto()  # feedback and explanation of the current question are shown
    FINISHED = auto()  # every question has been answered


@dataclass(frozen=True)
class AnswerRecord:
    question: Question
    chosen_index: int

    @property
    def correct(self) -> bool:
        return self.chosen_index == self.question.answer_index

    @property
    def chosen_label(self) -> str:
        return self.question.labels[self.chosen_index]


class QuizSession:
    """The state machine of one quiz run; the UI only shows it and forwards intents."""

    def __init__(self, questions: tuple[Question, ...] | list[Question]) -> None:
        if not questions:
            raise ValueError("a quiz session needs at least one question")
        self._questions = tuple(questions)
        self._index = 0
        self._records: list[AnswerRecord] = []
        self._phase = Phase.ASKING

    @property
    def questions(self) -> tuple[Question, ...]:
        return self._questions

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def index(self) -> int:
        return self._index

    @property
    def total(self) -> int:
        return len(self._questions)

    @property
    def current(self) -> Question:
        return self._questions[min(self._index, self.total - 1)]

    @property
    def last_record(self) -> AnswerRecord | None:
        return self._records[-1] if self._records else None

    @property
    def records(self) -> tuple[AnswerRecord, ...]:
        return tuple(self._records)

    @property
    def score(self) -> int:
        return sum(record.correct for record in self._records)

    @property
    def is_last(self) -> bool:
        return self._index == self.total - 1

    def answer(self, chosen_index: int) -> AnswerRecord:
        if self._phase is not Phase.ASKING:
            raise RuntimeError(f"cannot answer while {self._phase.name}")
        if chosen_index not in (0, 1):
            raise ValueError(f"answer index must be 0 or 1, not {chosen_index}")
        record = AnswerRecord(self.current, chosen_index)
        self._records.append(record)
        self._phase = Phase.ANSWERED
        return record

    def advance(self) -> Phase:
        """Go from the feedback of a question to the next question, or to the results."""
        if self._phase is not Phase.ANSWERED:
            raise RuntimeError(f"cannot advance while {self._phase.name}")
        if self.is_last:
            self._phase = Phase.FINISHED
        else:
            self._index += 1
            self._phase = Phase.ASKING
        return self._phase

    def wrong_questions(self) -> tuple[Question, ...]:
        return tuple(record.question for record in self._records if not record.correct)

    def retry_wrong(self) -> QuizSession:
        """A new session on the questions answered wrongly, in their order."""
        return QuizSession(self.wrong_questions())

    def reshuffled(self, rng: random.Random | None = None) -> QuizSession:
        """A new session on every question, in a new random order."""
        questions = list(self._questions)
        (rng or random.Random()).shuffle(questions)
        return QuizSession(questions)
