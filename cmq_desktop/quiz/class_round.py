"""Classe's quiz: a whole class answers each question, driven by the one "next" key.

Each question runs *shown* → *locked* → *revealed*; with teams a scoreboard follows each
question but the last, then a podium; the class results close the round. "Previous"
undoes one step, so a clicker pressed once too often is harmless. The teacher may enter
the class's answers (a show of hands or each team's answer) at any stage of a question;
the audience sees them only once it is revealed, and scores count revealed questions
only, so nothing on the projector gives the answer away early.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from cmq_desktop.content.model import Deck, Question, QuizSet
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.activity import ActivityEvents
from cmq_desktop.quiz.class_screens import (
    AnswerEntry,
    ClassQuestionScreen,
    ClassResultsScreen,
    PodiumScreen,
    QuestionResult,
    ScoreboardScreen,
    Standing,
    TeamAnswer,
)
from cmq_desktop.quiz.events import AnswerGiven, SessionFinished, SessionStarted
from cmq_desktop.quiz.screens import ScreenModel, Stage

MODE_ID = "classe"
MIN_TEAMS, MAX_TEAMS = 2, 6
MAX_HANDS = 999


class Step(Enum):
    SHOWN = "shown"
    LOCKED = "locked"
    REVEALED = "revealed"
    SCOREBOARD = "scoreboard"
    PODIUM = "podium"
    RESULTS = "results"


_STAGES = {Step.SHOWN: Stage.SHOWN, Step.LOCKED: Stage.LOCKED, Step.REVEALED: Stage.REVEALED}


@dataclass(frozen=True)
class Position:
    index: int  # 0-based question
    step: Step


@dataclass(frozen=True)
class RoundSettings:
    entry: AnswerEntry = AnswerEntry.HANDS
    team_names: tuple[str, ...] = ("Équipe 1", "Équipe 2")
    countdown: int = 0  # seconds; 0: no countdown

    def __post_init__(self) -> None:
        if self.entry is AnswerEntry.TEAMS and not (MIN_TEAMS <= len(self.team_names) <= MAX_TEAMS):
            raise ValueError(f"{MIN_TEAMS} to {MAX_TEAMS} teams, not {len(self.team_names)}")


def rank(scores: dict[str, int] | list[tuple[str, int]]) -> tuple[Standing, ...]:
    """Best first; equal scores share a rank and keep their given order (1, 1, 3)."""
    items = list(scores.items()) if isinstance(scores, dict) else list(scores)
    ordered = sorted(items, key=lambda item: -item[1])
    standings: list[Standing] = []
    for position, (name, score) in enumerate(ordered, start=1):
        tied = standings and standings[-1].score == score
        standings.append(Standing(name, score, standings[-1].rank if tied else position))
    return tuple(standings)


class ClassRound(ActivityEvents):
    """A ``QuizActivity`` (see ``activity.py``) for a class; pure, driven by intents."""

    def __init__(
        self,
        deck: Deck,
        quiz_set: QuizSet,
        rng: random.Random,
        settings: RoundSettings | None = None,
    ) -> None:
        super().__init__()
        self.deck = deck
        self.quiz_set = quiz_set
        self.settings = settings or RoundSettings()
        self.questions: tuple[Question, ...] = quiz_set.questions
        if not self.questions:
            raise ValueError("a class round needs at least one question")
        self.position = Position(0, Step.SHOWN)
        team_count = len(self.settings.team_names) if self.teams_on else 0
        self._hands: list[tuple[int, int] | None] = [None] * len(self.questions)
        self._choices: list[list[int | None]] = [[None] * team_count for _ in self.questions]
        self._revealed: set[int] = set()
        self._announced: set[int] = set()  # questions whose class answer was announced
        self._finished = False

    @classmethod
    def factory(
        cls, settings: RoundSettings
    ) -> Callable[[Deck, QuizSet, random.Random], ClassRound]:
        """An ``ActivityFactory`` with these settings (the lesson builds one per quiz run)."""
        return lambda deck, quiz_set, rng: cls(deck, quiz_set, rng, settings)

    @property
    def teams_on(self) -> bool:
        return self.settings.entry is AnswerEntry.TEAMS

    @property
    def total(self) -> int:
        return len(self.questions)

    def begin(self) -> None:
        self.started.emit(SessionStarted(MODE_ID, self.quiz_set.id, self.total))

    # Moving through the round -----------------------------------------------------------

    def _after(self, pos: Position) -> Position | None:
        last = pos.index == self.total - 1
        if pos.step is Step.SHOWN:
            return Position(pos.index, Step.LOCKED)
        if pos.step is Step.LOCKED:
            return Position(pos.index, Step.REVEALED)
        if pos.step is Step.REVEALED:
            if last:
                return Position(pos.index, Step.PODIUM if self.teams_on else Step.RESULTS)
            if self.teams_on:
                return Position(pos.index, Step.SCOREBOARD)
            return Position(pos.index + 1, Step.SHOWN)
        if pos.step is Step.SCOREBOARD:
            return Position(pos.index + 1, Step.SHOWN)
        if pos.step is Step.PODIUM:
            return Position(pos.index, Step.RESULTS)
        return None

    def _before(self, pos: Position) -> Position | None:
        if pos.step is Step.SHOWN:
            if pos.index == 0:
                return None
            step = Step.SCOREBOARD if self.teams_on else Step.REVEALED
            return Position(pos.index - 1, step)
        if pos.step is Step.LOCKED:
            return Position(pos.index, Step.SHOWN)
        if pos.step in (Step.REVEALED, Step.SCOREBOARD, Step.PODIUM):
            back = {Step.REVEALED: Step.LOCKED, Step.SCOREBOARD: Step.REVEALED}
            return Position(pos.index, back.get(pos.step, Step.REVEALED))
        # The results: back to the podium, or to the last answer.
        return Position(pos.index, Step.PODIUM if self.teams_on else Step.REVEALED)

    def _move_to(self, pos: Position | None) -> bool:
        if pos is None:
            return False
        self.position = pos
        if pos.step is Step.REVEALED and pos.index not in self._revealed:
            self._revealed.add(pos.index)
            self._announce(pos.index)
        if pos.step is Step.RESULTS and not self._finished:
            self._finished = True
            self.finished.emit(
                SessionFinished(MODE_ID, self.quiz_set.id, self.class_score(), self.total)
            )
        return True

    # Intents ---------------------------------------------------------------------------

    def handle(self, action: Action) -> bool:
        intent, step = action.intent, self.position.step
        if intent is Intent.NEXT:
            return self._move_to(self._after(self.position))
        if intent is Intent.PREVIOUS:
            return self._move_to(self._before(self.position))
        if intent is Intent.LOCK:
            return step is Step.SHOWN and self._move_to(self._after(self.position))
        if step in _STAGES:
            if intent is Intent.SET_HANDS and isinstance(action.arg, str):
                return self._set_hands(action.arg)
            if intent is Intent.SET_TEAM_ANSWER and isinstance(action.arg, str):
                return self._set_team_answer(action.arg)
        return False

    def _set_hands(self, arg: str) -> bool:
        if self.settings.entry is not AnswerEntry.HANDS:
            return False
        try:
            first, second = (int(part) for part in arg.split(":"))
        except ValueError:
            return False
        if not (0 <= first <= MAX_HANDS and 0 <= second <= MAX_HANDS):
            return False
        self._hands[self.position.index] = (first, second) if first or second else None
        return True

    def _set_team_answer(self, arg: str) -> bool:
        if not self.teams_on:
            return False
        try:
            team, choice = (int(part) for part in arg.split(":"))
        except ValueError:
            return False
        choices = self._choices[self.position.index]
        if not (0 <= team < len(choices) and choice in (0, 1)):
            return False
        # The same answer again clears it: a wrong tap is undone by tapping again.
        choices[team] = None if choices[team] == choice else choice
        return True

    # Scores -----------------------------------------------------------------------------

    def counts(self, index: int) -> tuple[int, int]:
        """Pupils (hands) or teams (teams) per answer for question ``index``."""
        if self.teams_on:
            choices = self._choices[index]
            return (choices.count(0), choices.count(1))
        return self._hands[index] or (0, 0)

    def result(self, index: int) -> QuestionResult:
        counts = self.counts(index)
        right = counts[self.questions[index].answer_index]
        return QuestionResult(index + 1, self.questions[index], right, sum(counts))

    def team_scores(self) -> list[tuple[str, int]]:
        """1 point per right answer, on revealed questions only."""
        scores = [0] * len(self.settings.team_names) if self.teams_on else []
        for index in sorted(self._revealed):
            right = self.questions[index].answer_index
            for team, choice in enumerate(self._choices[index]):
                scores[team] += choice == right
        return list(zip(self.settings.team_names, scores, strict=False))

    def standings(self) -> tuple[Standing, ...]:
        return rank(self.team_scores()) if self.teams_on else ()

    def majority(self, index: int) -> int | None:
        """The class's answer: the one most chosen, None when tied or not entered."""
        first, second = self.counts(index)
        if first == second:
            return None
        return 0 if first > second else 1

    def class_score(self) -> int:
        """Questions where the class's majority chose the right answer."""
        return sum(
            self.majority(i) == q.answer_index
            for i, q in enumerate(self.questions)
            if i in self._revealed
        )

    def _announce(self, index: int) -> None:
        chosen = self.majority(index)
        if chosen is None or index in self._announced:
            return
        self._announced.add(index)
        self.answer_given.emit(
            AnswerGiven(
                MODE_ID, self.quiz_set.id, self.questions[index], chosen, index + 1, self.total
            )
        )

    # What is shown ---------------------------------------------------------------------

    def screen(self) -> ScreenModel:
        return self._screen_at(self.position)

    def upcoming(self) -> ScreenModel | None:
        after = self._after(self.position)
        return None if after is None else self._screen_at(after)

    def review_slide_id(self) -> str | None:
        if self.position.step is not Step.REVEALED:
            return None
        slide_id = self.questions[self.position.index].slide_id
        if slide_id is None or self.deck.slide_index(slide_id) is None:
            return None
        return slide_id

    def _screen_at(self, pos: Position) -> ScreenModel:
        if pos.step in _STAGES:
            return self._question_screen(pos.index, _STAGES[pos.step])
        if pos.step is Step.SCOREBOARD:
            return ScoreboardScreen(pos.index + 1, self.total, self.standings())
        if pos.step is Step.PODIUM:
            return PodiumScreen(self.standings(), self.total)
        return self.results_screen()

    def _question_screen(self, index: int, stage: Stage) -> ClassQuestionScreen:
        question = self.questions[index]
        entry = self.settings.entry
        teams: tuple[TeamAnswer, ...] = ()
        if self.teams_on:
            teams = tuple(
                TeamAnswer(name, choice)
                for name, choice in zip(self.settings.team_names, self._choices[index], strict=True)
            )
        return ClassQuestionScreen(
            question=question,
            number=index + 1,
            total=self.total,
            set_title=self.quiz_set.title,
            stage=stage,
            can_review=stage is Stage.REVEALED
            and question.slide_id is not None
            and self.deck.slide_index(question.slide_id) is not None,
            hands=self._hands[index] if entry is AnswerEntry.HANDS else None,
            entry=entry,
            teams=teams,
            countdown=self.settings.countdown,
        )

    def results_screen(self) -> ClassResultsScreen:
        return ClassResultsScreen(
            set_title=self.quiz_set.title,
            entry=self.settings.entry,
            results=tuple(self.result(i) for i in range(self.total)),
            standings=self.standings(),
            team_names=self.settings.team_names if self.teams_on else (),
            team_choices=tuple(tuple(c) for c in self._choices) if self.teams_on else (),
        )
