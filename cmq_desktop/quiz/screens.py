"""What each screen shows, as plain values: every window, ``render`` and PDF draw these.

A screen model holds everything a view needs and nothing of Qt. ``log_line`` is the
text after ``screen `` in the program's log: support and end-to-end tests read it, so
existing lines never change (``SLIDE 3/12 <id>``, ``QUESTION 2/6 <id> asking``, ...).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar, Protocol

from cmq_desktop.content.model import Question, Slide
from cmq_desktop.quiz.navigator import Blackout
from cmq_desktop.quiz.session import AnswerRecord, Phase, QuizSession

# The start screen lives in its own small module (the first frame needs nothing else).
from cmq_desktop.quiz.start_screen import QuizChoice as QuizChoice
from cmq_desktop.quiz.start_screen import StartScreen as StartScreen


class Stage(Enum):
    """Where a question stands. One pupil: asking, answered. A class: shown, locked, revealed."""

    ASKING = "asking"
    ANSWERED = "answered"
    SHOWN = "shown"
    LOCKED = "locked"
    REVEALED = "revealed"

    @property
    def shows_answer(self) -> bool:
        return self in (Stage.ANSWERED, Stage.REVEALED)


class ScreenModel(Protocol):
    """Any screen: the modes add their own (class results, podium, attract loop...)."""

    kind: ClassVar[str]  # the key tables' context, e.g. "slide" or "question"

    @property
    def log_line(self) -> str: ...


@dataclass(frozen=True)
class SlideScreen:
    kind: ClassVar[str] = "slide"
    slide: Slide
    number: int  # 1-based
    total: int
    reviewing: bool = False  # shown from a question ("Revoir la diapositive")

    @property
    def log_line(self) -> str:
        review = " (review)" if self.reviewing else ""
        return f"SLIDE {self.number}/{self.total} {self.slide.id}{review}"


@dataclass(frozen=True)
class QuestionScreen:
    kind: ClassVar[str] = "question"
    question: Question
    number: int  # 1-based position in this run
    total: int
    set_title: str
    stage: Stage
    chosen_index: int | None = None  # the pupil's or visitor's answer, once given
    can_review: bool = False  # its slide exists and may be shown again
    # A class's show of hands per answer, entered on the console (None: not counted).
    hands: tuple[int, int] | None = None

    @property
    def answered(self) -> bool:
        return self.stage.shows_answer

    @property
    def correct(self) -> bool:
        return self.chosen_index == self.question.answer_index

    @property
    def is_last(self) -> bool:
        return self.number == self.total

    @property
    def log_line(self) -> str:
        return f"QUESTION {self.number}/{self.total} {self.question.id} {self.stage.value}"


def session_question(session: QuizSession, set_title: str, can_review: bool) -> QuestionScreen:
    """The current question of a one-person run (a pupil or a visitor), asked or answered."""
    answered = session.phase is Phase.ANSWERED
    record = session.last_record if answered else None
    return QuestionScreen(
        question=session.current,
        number=session.index + 1,
        total=session.total,
        set_title=set_title,
        stage=Stage.ANSWERED if answered else Stage.ASKING,
        chosen_index=record.chosen_index if record else None,
        can_review=can_review,
    )


@dataclass(frozen=True)
class ResultEntry:
    number: int  # the question's number in the quiz as first played
    record: AnswerRecord


@dataclass(frozen=True)
class ResultsScreen:
    kind: ClassVar[str] = "results"
    set_title: str
    entries: tuple[ResultEntry, ...]
    score: int
    total: int
    can_retry: bool = False
    # Earlier rounds of the same quiz, (score, total) each: a redo round keeps the first.
    earlier_rounds: tuple[tuple[int, int], ...] = field(default=())

    @property
    def log_line(self) -> str:
        return f"RESULTS {self.score}/{self.total}"


@dataclass(frozen=True)
class LessonState:
    """Everything every window of a lesson shows; one value per change."""

    screen: ScreenModel
    blackout: Blackout = Blackout.NONE
    overview: bool = False
    # What "next" would show: the presenter console's preview (None at the very end).
    upcoming: ScreenModel | None = None
