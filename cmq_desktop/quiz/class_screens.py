"""The screens of a class round (Classe): a question with the class's answers, the
scoreboard between questions, the podium and the class results.

Plain frozen values like ``screens.py``: the audience window, the presenter console and
``render --mode classe`` draw them. ``log_line`` extends the program's log interface.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import ClassVar

from cmq_desktop.content.model import Question
from cmq_desktop.quiz.screens import QuestionScreen


class AnswerEntry(Enum):
    """How the teacher records the class's answers on the console (a setting)."""

    NONE = "aucune"
    HANDS = "mains"  # a show of hands: how many pupils chose each answer
    TEAMS = "equipes"  # 2 to 6 named teams, one answer each


@dataclass(frozen=True)
class TeamAnswer:
    name: str
    choice: int | None  # 0 or 1; None while the team has not answered


@dataclass(frozen=True)
class ClassQuestionScreen(QuestionScreen):
    """A question asked to a whole class: shown, locked, then revealed.

    The audience draws ``hands`` and ``teams`` only once revealed; the console shows
    them at every stage so the teacher can enter and check them.
    """

    entry: AnswerEntry = AnswerEntry.NONE
    teams: tuple[TeamAnswer, ...] = ()
    countdown: int = 0  # seconds shown to the class before "next" locks; 0: none

    @property
    def hands_total(self) -> int:
        return sum(self.hands) if self.hands else 0


@dataclass(frozen=True)
class Standing:
    """A team's place: ties share a rank (1, 1, 3)."""

    name: str
    score: int
    rank: int


@dataclass(frozen=True)
class ScoreboardScreen:
    kind: ClassVar[str] = "scoreboard"
    number: int  # the question just revealed, 1-based
    total: int
    standings: tuple[Standing, ...]

    @property
    def log_line(self) -> str:
        return f"SCOREBOARD {self.number}/{self.total}"


@dataclass(frozen=True)
class PodiumScreen:
    kind: ClassVar[str] = "podium"
    standings: tuple[Standing, ...]
    total: int  # questions played: the best possible score

    @property
    def podium(self) -> tuple[Standing, ...]:
        """The teams ranked first to third (ties included)."""
        return tuple(s for s in self.standings if s.rank <= 3)

    @property
    def log_line(self) -> str:
        return "PODIUM " + " ".join(f"{s.rank}:{s.score}" for s in self.podium)


@dataclass(frozen=True)
class QuestionResult:
    number: int
    question: Question
    right: int  # pupils (hands) or teams (teams) who chose the right answer
    answered: int  # pupils or teams who answered at all

    @property
    def rate(self) -> float | None:
        """The share of right answers, or None when the class's answers were not entered."""
        return self.right / self.answered if self.answered else None


@dataclass(frozen=True)
class ClassResultsScreen:
    kind: ClassVar[str] = "class_results"
    set_title: str
    entry: AnswerEntry
    results: tuple[QuestionResult, ...]
    standings: tuple[Standing, ...] = ()  # teams only
    team_names: tuple[str, ...] = ()
    # Each question's team answers, in ``results`` order (for the CSV export).
    team_choices: tuple[tuple[int | None, ...], ...] = ()

    @property
    def overall_rate(self) -> float | None:
        answered = sum(r.answered for r in self.results)
        return sum(r.right for r in self.results) / answered if answered else None

    @property
    def log_line(self) -> str:
        return "CLASS_RESULTS"
