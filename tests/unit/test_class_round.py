"""The class round (Classe's quiz): phases, lock, reveal, hands, teams, scores, CSV.

Expected values are worked out by hand in the comments; the deck is
``quiz_factories.deck()``: q1 Vrai (index 0), q2 Faux (index 1), q3 Oui (index 0).
"""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.class_csv import results_csv
from cmq_desktop.quiz.class_round import ClassRound, RoundSettings, Step, rank
from cmq_desktop.quiz.class_screens import (
    AnswerEntry,
    ClassQuestionScreen,
    ClassResultsScreen,
    PodiumScreen,
    ScoreboardScreen,
    Standing,
)
from cmq_desktop.quiz.events import AnswerGiven, SessionFinished
from cmq_desktop.quiz.lesson import Lesson
from cmq_desktop.quiz.screens import Stage
from tests.unit.quiz_factories import deck

NEXT = Action(Intent.NEXT)
PREVIOUS = Action(Intent.PREVIOUS)


def make_round(entry: AnswerEntry = AnswerEntry.HANDS, teams: int = 3) -> ClassRound:
    d = deck()
    names = tuple(f"Équipe {n}" for n in range(1, teams + 1))
    return ClassRound(d, d.quiz_sets[0], random.Random(1), RoundSettings(entry, names))


def hands(first: int, second: int) -> Action:
    return Action(Intent.SET_HANDS, f"{first}:{second}")


def team(index: int, choice: int) -> Action:
    return Action(Intent.SET_TEAM_ANSWER, f"{index}:{choice}")


def logs(activity: ClassRound, *actions: Action) -> list[str]:
    lines = []
    for action in actions:
        activity.handle(action)
        lines.append(activity.screen().log_line)
    return lines


def test_each_question_is_shown_then_locked_then_revealed_by_next_alone() -> None:
    activity = make_round(AnswerEntry.NONE)
    assert activity.screen().log_line == "QUESTION 1/3 q1 shown"
    assert logs(activity, *[NEXT] * 9) == [
        "QUESTION 1/3 q1 locked",
        "QUESTION 1/3 q1 revealed",
        "QUESTION 2/3 q2 shown",
        "QUESTION 2/3 q2 locked",
        "QUESTION 2/3 q2 revealed",
        "QUESTION 3/3 q3 shown",
        "QUESTION 3/3 q3 locked",
        "QUESTION 3/3 q3 revealed",
        "CLASS_RESULTS",
    ]
    assert activity.handle(NEXT) is False  # the end: nothing further


def test_the_answer_is_never_in_the_screen_before_the_reveal() -> None:
    activity = make_round()
    activity.handle(hands(20, 5))
    for stage in (Stage.SHOWN, Stage.LOCKED):
        screen = activity.screen()
        assert isinstance(screen, ClassQuestionScreen)
        assert screen.stage is stage
        assert not screen.answered and not screen.stage.shows_answer
        activity.handle(NEXT)
    revealed = activity.screen()
    assert isinstance(revealed, ClassQuestionScreen) and revealed.answered
    assert revealed.hands == (20, 5)


def test_upcoming_is_the_next_step_for_the_console() -> None:
    activity = make_round(AnswerEntry.NONE)
    assert activity.upcoming().log_line == "QUESTION 1/3 q1 locked"
    activity.handle(NEXT)
    assert activity.upcoming().log_line == "QUESTION 1/3 q1 revealed"
    activity.handle(NEXT)
    assert activity.upcoming().log_line == "QUESTION 2/3 q2 shown"
    # Peeking never moves the round.
    assert activity.screen().log_line == "QUESTION 1/3 q1 revealed"


def test_previous_undoes_one_step_and_stops_at_the_first_question() -> None:
    activity = make_round(AnswerEntry.NONE)
    assert activity.handle(PREVIOUS) is False
    activity.handle(NEXT)
    activity.handle(NEXT)
    activity.handle(NEXT)  # q2 shown
    assert logs(activity, PREVIOUS, PREVIOUS, PREVIOUS) == [
        "QUESTION 1/3 q1 revealed",
        "QUESTION 1/3 q1 locked",
        "QUESTION 1/3 q1 shown",
    ]


def test_lock_only_locks_a_shown_question() -> None:
    activity = make_round()
    assert activity.handle(Action(Intent.LOCK))
    assert activity.position.step is Step.LOCKED
    assert activity.handle(Action(Intent.LOCK)) is False
    assert activity.position.step is Step.LOCKED


def test_hands_give_the_rate_per_question_and_the_class_score() -> None:
    activity = make_round(AnswerEntry.HANDS)
    given: list[AnswerGiven] = []
    finished: list[SessionFinished] = []
    activity.answer_given.connect(given.append)
    activity.finished.connect(finished.append)
    # q1 (right: Vrai, index 0): 18 Vrai, 6 Faux -> 18/24 = 75 %, majority right.
    activity.handle(NEXT)
    activity.handle(hands(18, 6))
    activity.handle(NEXT)
    activity.handle(NEXT)
    # q2 (right: Faux, index 1): 15 Vrai, 9 Faux -> 9/24 = 37.5 %, majority wrong.
    activity.handle(hands(15, 9))
    activity.handle(NEXT)
    activity.handle(NEXT)
    activity.handle(NEXT)
    # q3: nobody counted -> no rate.
    activity.handle(NEXT)
    activity.handle(NEXT)
    activity.handle(NEXT)
    results = activity.screen()
    assert isinstance(results, ClassResultsScreen)
    assert [(r.right, r.answered, r.rate) for r in results.results] == [
        (18, 24, 0.75),
        (9, 24, 0.375),
        (0, 0, None),
    ]
    # Overall: (18 + 9) / 48 = 56.25 %.
    assert results.overall_rate == pytest.approx(0.5625)
    # The class's answer is announced at each reveal with counts: Vrai for q1, Vrai for q2.
    assert [(g.question.id, g.chosen_index, g.correct) for g in given] == [
        ("q1", 0, True),
        ("q2", 0, False),
    ]
    assert finished == [SessionFinished("classe", "quiz", 1, 3)]


def test_hands_can_be_corrected_and_cleared_and_bad_values_are_refused() -> None:
    activity = make_round(AnswerEntry.HANDS)
    assert activity.handle(hands(3, 4))
    assert activity.handle(hands(5, 4))
    assert activity.counts(0) == (5, 4)
    assert activity.handle(Action(Intent.SET_HANDS, "x:1")) is False
    assert activity.handle(hands(-1, 2)) is False
    assert activity.handle(hands(0, 0))
    screen = activity.screen()
    assert isinstance(screen, ClassQuestionScreen) and screen.hands is None
    # Team answers mean nothing in hands mode.
    assert activity.handle(team(0, 0)) is False


def test_teams_score_one_point_per_right_answer_with_a_scoreboard_and_podium() -> None:
    activity = make_round(AnswerEntry.TEAMS, teams=3)
    lines = []
    # q1 (Vrai): teams 1 and 2 say Vrai (right), team 3 says Faux.
    activity.handle(team(0, 0))
    activity.handle(team(1, 0))
    activity.handle(team(2, 1))
    scoreboard_before = activity.standings()
    for action in (NEXT, NEXT, NEXT):
        activity.handle(action)
        lines.append(activity.screen().log_line)
    board = activity.screen()
    assert isinstance(board, ScoreboardScreen)
    # Scores after q1: 1, 1, 0 -> ranks 1, 1, 3.
    assert board.standings == (
        Standing("Équipe 1", 1, 1),
        Standing("Équipe 2", 1, 1),
        Standing("Équipe 3", 0, 3),
    )
    # Before the reveal, the scores did not count q1 (nothing leaks to the projector).
    assert [s.score for s in scoreboard_before] == [0, 0, 0]
    # q2 (Faux): team 3 right, team 1 wrong, team 2 no answer.
    activity.handle(NEXT)
    activity.handle(team(2, 1))
    activity.handle(team(0, 0))
    # q3 (Oui): every team right; team 2 taps Non by mistake then Oui.
    for action in (NEXT, NEXT, NEXT, NEXT, team(0, 0), team(1, 1), team(1, 1), team(1, 0)):
        activity.handle(action)
        lines.append(activity.screen().log_line)
    activity.handle(team(2, 0))
    for _ in range(3):
        activity.handle(NEXT)
        lines.append(activity.screen().log_line)
    assert lines[:3] == ["QUESTION 1/3 q1 locked", "QUESTION 1/3 q1 revealed", "SCOREBOARD 1/3"]
    assert "SCOREBOARD 2/3" in lines and "QUESTION 3/3 q3 shown" in lines
    podium = activity.screen()
    assert lines[-2:] == ["QUESTION 3/3 q3 revealed", podium.log_line]
    assert isinstance(podium, PodiumScreen)
    # Totals: team 1: 1 + 0 + 1 = 2; team 2: 1 + 0 + 1 = 2; team 3: 0 + 1 + 1 = 2.
    assert [(s.name, s.score, s.rank) for s in podium.standings] == [
        ("Équipe 1", 2, 1),
        ("Équipe 2", 2, 1),
        ("Équipe 3", 2, 1),
    ]
    assert podium.log_line == "PODIUM 1:2 1:2 1:2"
    activity.handle(NEXT)
    results = activity.screen()
    assert isinstance(results, ClassResultsScreen)
    # Right teams / teams that answered: q1 2/3, q2 1/2, q3 3/3.
    assert [(r.right, r.answered) for r in results.results] == [(2, 3), (1, 2), (3, 3)]
    assert results.team_choices == ((0, 0, 1), (0, None, 1), (0, 0, 0))
    # Back from the results: the podium, then the last question revealed.
    assert logs(activity, PREVIOUS, PREVIOUS) == [podium.log_line, "QUESTION 3/3 q3 revealed"]


def test_rank_shares_places_between_equal_scores() -> None:
    assert rank({"A": 3, "B": 5, "C": 3, "D": 1}) == (
        Standing("B", 5, 1),
        Standing("A", 3, 2),
        Standing("C", 3, 2),
        Standing("D", 1, 4),
    )


def test_team_count_is_checked() -> None:
    with pytest.raises(ValueError):
        RoundSettings(AnswerEntry.TEAMS, ("Seule",))
    with pytest.raises(ValueError):
        RoundSettings(AnswerEntry.TEAMS, tuple("ABCDEFG"))


def test_csv_is_excel_ready_utf8_bom_semicolons_decimal_commas() -> None:
    activity = make_round(AnswerEntry.TEAMS, teams=2)
    activity.handle(team(0, 0))  # q1 right
    activity.handle(team(1, 1))  # q1 wrong
    while activity.handle(NEXT):  # 3 x 3 steps, 2 scoreboards, the podium, the results
        pass
    results = activity.screen()
    assert isinstance(results, ClassResultsScreen)
    text = results_csv(results, "Les CMQ", datetime(2026, 11, 25, 9, 5))
    assert text.startswith("\ufeff")
    title, empty, *lines = text[1:].split("\r\n")
    # The title line, one cell (no ";" outside it): deck, quiz, date, how the class answered.
    assert title == (
        "Résultats de la classe\u00a0: Les CMQ – Le quiz – le 25/11/2026 à 09h05 – "
        "réponses par équipes (2\u00a0équipes);;;;;;;"
    )
    assert empty == ""
    assert lines[0] == (
        "N°;Question;Bonne réponse;Équipes justes;Équipes ayant répondu;"
        "Taux de réussite (%);Équipe 1;Équipe 2"
    )
    assert lines[1] == "1;Énoncé q1;Vrai;1;2;50,0;Vrai;Faux"
    assert lines[2] == "2;Énoncé q2;Faux;0;0;;;"
    assert lines[4] == ";Ensemble;;;;50,0"
    assert lines[6:9] == ["Rang;Équipe;Points", "1;Équipe 1;1", "2;Équipe 2;0"]


def test_csv_quotes_a_statement_with_a_semicolon() -> None:
    activity = make_round(AnswerEntry.HANDS)
    results = activity.results_screen()
    question = results.results[0].question
    changed = results.results[0].__class__(
        1, question.__class__(**{**question.__dict__, "statement": 'Un ; deux "trois"'}), 1, 2
    )
    screen = ClassResultsScreen("T", AnswerEntry.HANDS, (changed,))
    text = results_csv(screen, "", datetime(2026, 1, 2, 14, 30))
    assert '1;"Un ; deux ""trois""";Vrai;1;2;50,0' in text
    title = "Résultats – T – le 02/01/2026 à 14h30 – réponses à main levée"
    assert text.startswith(f"\ufeff{title};;;;;\r\n\r\n")



def test_in_a_lesson_next_runs_from_the_last_slide_through_the_class_round() -> None:
    d = deck(slide_count=2)
    lesson = Lesson(d, ClassRound.factory(RoundSettings(AnswerEntry.NONE)), random.Random(2))
    seen = []
    lesson.changed.connect(lambda state: seen.append(state.screen.log_line))
    for _ in range(4):
        lesson.dispatch(NEXT)
    assert seen == [
        "SLIDE 1/2 s1",
        "SLIDE 2/2 s2",
        "QUESTION 1/3 q1 shown",
        "QUESTION 1/3 q1 locked",
    ]
    assert lesson.state.upcoming is not None
    assert lesson.state.upcoming.log_line == "QUESTION 1/3 q1 revealed"
