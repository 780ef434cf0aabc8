"""The engine through its public face: intents in, screen models and events out."""

from __future__ import annotations

import random

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.events import AnswerGiven, SessionFinished, SessionStarted
from cmq_desktop.quiz.lesson import Lesson
from cmq_desktop.quiz.navigator import Blackout
from cmq_desktop.quiz.pupil_quiz import PupilQuiz
from cmq_desktop.quiz.screens import (
    LessonState,
    QuestionScreen,
    ResultsScreen,
    SlideScreen,
    Stage,
    StartScreen,
)
from cmq_desktop.quiz.shortcuts import answer_letters, label_letter
from tests.unit.quiz_factories import deck

NEXT = Action(Intent.NEXT)


def lesson(slides: int = 3, seed: int = 0) -> Lesson:
    return Lesson(deck(slides), PupilQuiz, rng=random.Random(seed))


def answer(index: int) -> Action:
    return Action(Intent.ANSWER, index)


def question_screen(lesson: Lesson) -> QuestionScreen:
    screen = lesson.screen
    assert isinstance(screen, QuestionScreen)
    return screen


def test_slides_then_quiz_then_results() -> None:
    lesson_ = lesson(3)
    assert isinstance(lesson_.screen, StartScreen)
    lesson_.dispatch(NEXT)
    assert lesson_.screen.log_line == "SLIDE 1/3 s1"
    lesson_.dispatch(NEXT)
    lesson_.dispatch(NEXT)
    assert lesson_.screen.log_line == "SLIDE 3/3 s3"
    lesson_.dispatch(NEXT)
    assert lesson_.screen.log_line == "QUESTION 1/3 q1 asking"
    for _ in range(3):
        lesson_.dispatch(answer(question_screen(lesson_).question.answer_index))
        assert question_screen(lesson_).stage is Stage.ANSWERED
        lesson_.dispatch(NEXT)
    assert isinstance(lesson_.screen, ResultsScreen)
    assert lesson_.screen.log_line == "RESULTS 3/3"


def test_changed_is_announced_only_when_the_screen_changes() -> None:
    lesson_ = lesson(2)
    seen: list[LessonState] = []
    lesson_.changed.connect(seen.append)
    lesson_.dispatch(Action(Intent.PREVIOUS))  # means nothing on the start screen
    assert seen == []
    lesson_.dispatch(NEXT)
    assert [s.screen.log_line for s in seen] == ["SLIDE 1/2 s1"]
    assert seen[0].upcoming is not None and seen[0].upcoming.log_line == "SLIDE 2/2 s2"


def test_events_for_statistics() -> None:
    lesson_ = lesson(1)
    events: list[object] = []
    lesson_.session_started.connect(events.append)
    lesson_.answer_given.connect(events.append)
    lesson_.session_finished.connect(events.append)
    lesson_.dispatch(Action(Intent.START_QUIZ))
    for _ in range(3):
        question = question_screen(lesson_).question
        lesson_.dispatch(answer(1 - question.answer_index))
        lesson_.dispatch(answer(question.answer_index))  # a second answer is ignored
        lesson_.dispatch(NEXT)
    assert events[0] == SessionStarted("entrainement", "quiz", 3)
    answers = [e for e in events if isinstance(e, AnswerGiven)]
    assert [(a.question.id, a.correct, a.number) for a in answers] == [
        ("q1", False, 1),
        ("q2", False, 2),
        ("q3", False, 3),
    ]
    assert events[-1] == SessionFinished("entrainement", "quiz", 0, 3)


def test_previous_from_first_slide_goes_home() -> None:
    lesson_ = lesson(2)
    lesson_.dispatch(Action(Intent.START_PRESENTATION))
    lesson_.dispatch(Action(Intent.PREVIOUS))
    assert isinstance(lesson_.screen, StartScreen)


def test_next_before_answering_does_nothing() -> None:
    lesson_ = lesson(1)
    lesson_.dispatch(Action(Intent.START_QUIZ))
    lesson_.dispatch(NEXT)
    assert lesson_.screen.log_line == "QUESTION 1/3 q1 asking"


def test_review_slide_and_back() -> None:
    lesson_ = lesson(3)
    lesson_.dispatch(Action(Intent.START_QUIZ))
    assert not question_screen(lesson_).can_review  # not before answering
    for _ in range(2):
        lesson_.dispatch(answer(0))
        lesson_.dispatch(NEXT)
    lesson_.dispatch(answer(1))  # third question refers to slide s3
    assert question_screen(lesson_).can_review
    lesson_.dispatch(Action(Intent.REVIEW_SLIDE))
    assert lesson_.screen.log_line == "SLIDE 3/3 s3 (review)"
    lesson_.dispatch(NEXT)  # at the last slide while reviewing: does not restart the quiz
    assert isinstance(lesson_.screen, SlideScreen)
    lesson_.dispatch(Action(Intent.BACK_TO_QUIZ))
    assert lesson_.screen.log_line == "QUESTION 3/3 q3 answered"


def test_question_without_slide_cannot_be_reviewed() -> None:
    lesson_ = lesson(1)
    lesson_.dispatch(Action(Intent.START_QUIZ, "quiz-plus"))
    lesson_.dispatch(answer(0))
    assert not question_screen(lesson_).can_review
    lesson_.dispatch(Action(Intent.REVIEW_SLIDE))
    assert isinstance(lesson_.screen, QuestionScreen)


def test_retry_wrong_keeps_the_first_round_and_numbers() -> None:
    lesson_ = lesson(1, seed=3)
    lesson_.dispatch(Action(Intent.START_QUIZ))
    for number in range(3):
        question = question_screen(lesson_).question
        lesson_.dispatch(
            answer(question.answer_index if number == 1 else 1 - question.answer_index)
        )
        lesson_.dispatch(NEXT)
    results = lesson_.screen
    assert isinstance(results, ResultsScreen) and (results.score, results.can_retry) == (1, True)
    lesson_.dispatch(Action(Intent.RETRY_WRONG))
    assert lesson_.screen.log_line == "QUESTION 1/2 q1 asking"
    for _ in range(2):
        lesson_.dispatch(answer(question_screen(lesson_).question.answer_index))
        lesson_.dispatch(NEXT)
    redo = lesson_.screen
    assert isinstance(redo, ResultsScreen)
    assert (redo.score, redo.total, redo.earlier_rounds) == (2, 2, ((1, 3),))
    assert [e.number for e in redo.entries] == [1, 3]  # the numbers of the first round
    lesson_.dispatch(Action(Intent.RETRY_WRONG))  # nothing wrong any more: stays
    assert lesson_.screen == redo
    lesson_.dispatch(Action(Intent.RESTART_SHUFFLED))
    assert question_screen(lesson_).total == 3
    lesson_.dispatch(Action(Intent.HOME))
    assert isinstance(lesson_.screen, StartScreen) and lesson_.activity is None


def test_deck_without_quiz_stays_on_last_slide() -> None:
    lesson_ = lesson(2)
    lesson_.quiz_set = None
    lesson_.dispatch(Action(Intent.START_PRESENTATION))
    lesson_.dispatch(NEXT)
    lesson_.dispatch(NEXT)
    assert lesson_.screen.log_line == "SLIDE 2/2 s2"


def test_jumps_blackout_and_overview() -> None:
    lesson_ = lesson(4)
    lesson_.dispatch(Action(Intent.START_PRESENTATION))
    lesson_.dispatch(Action(Intent.OVERVIEW))
    assert lesson_.state.overview
    lesson_.dispatch(Action(Intent.GO_TO_SLIDE, 2))
    assert lesson_.screen.log_line == "SLIDE 3/4 s3" and not lesson_.state.overview
    lesson_.dispatch(Action(Intent.GO_TO_SLIDE, 9))  # no such slide
    assert lesson_.screen.log_line == "SLIDE 3/4 s3"
    lesson_.dispatch(Action(Intent.BLACKOUT))
    assert lesson_.state.blackout is Blackout.BLACK
    lesson_.dispatch(Action(Intent.WHITEOUT))
    assert lesson_.state.blackout is Blackout.WHITE
    lesson_.dispatch(Action(Intent.WHITEOUT))
    assert lesson_.state.blackout is Blackout.NONE
    lesson_.dispatch(Action(Intent.LAST_SLIDE))
    lesson_.dispatch(NEXT)  # into the quiz
    lesson_.dispatch(Action(Intent.START_FROM_CURRENT))
    assert lesson_.screen.log_line == "SLIDE 4/4 s4"
    lesson_.dispatch(Action(Intent.START_PRESENTATION))
    assert lesson_.screen.log_line == "SLIDE 1/4 s1"


def test_shell_intents_change_nothing() -> None:
    lesson_ = lesson(1)
    before = lesson_.state
    for intent in (Intent.QUIT, Intent.HELP, Intent.TOGGLE_FULLSCREEN, Intent.OPEN_DECK):
        lesson_.dispatch(Action(intent))
    assert lesson_.state is before


def test_answer_letters() -> None:
    assert answer_letters(("Vrai", "Faux")) == ("V", "F")
    assert answer_letters(("Oui", "Non")) == ("O", "N")
    assert answer_letters(("Élevé", "Bas")) == ("E", "B")
    assert answer_letters(("Non", "Nul")) == ("", "")
    assert label_letter("  ") == ""


INTENTS = [
    Action(Intent.NEXT),
    Action(Intent.PREVIOUS),
    Action(Intent.ANSWER, 0),
    Action(Intent.ANSWER, 1),
    Action(Intent.ANSWER_FIRST),
    Action(Intent.REVIEW_SLIDE),
    Action(Intent.BACK_TO_QUIZ),
    Action(Intent.RETRY_WRONG),
    Action(Intent.RESTART_SHUFFLED),
    Action(Intent.HOME),
    Action(Intent.START_QUIZ, "quiz"),
    Action(Intent.START_QUIZ, "quiz-plus"),
    Action(Intent.START_QUIZ, "nothing"),
    Action(Intent.GO_TO_SLIDE, 2),
    Action(Intent.GO_TO_SLIDE, -1),
    Action(Intent.FIRST_SLIDE),
    Action(Intent.LAST_SLIDE),
    Action(Intent.BLACKOUT),
    Action(Intent.OVERVIEW),
    Action(Intent.START_FROM_CURRENT),
]


class LessonMachine(RuleBasedStateMachine):
    """Any sequence of intents keeps the lesson consistent and its events coherent."""

    def __init__(self) -> None:
        super().__init__()
        self.lesson = lesson(4)
        self.announced: list[LessonState] = []
        self.lesson.changed.connect(self.announced.append)

    @rule(action=st.sampled_from(INTENTS))
    def act(self, action: Action) -> None:
        self.lesson.dispatch(action)

    @invariant()
    def consistent(self) -> None:
        lesson_ = self.lesson
        assert 0 <= lesson_.navigator.index < len(lesson_.deck.slides)
        screen = lesson_.screen
        if isinstance(screen, QuestionScreen | ResultsScreen):
            assert lesson_.activity is not None
        if isinstance(screen, QuestionScreen):
            assert 1 <= screen.number <= screen.total
            assert (screen.chosen_index is None) == (screen.stage is Stage.ASKING)
        if isinstance(screen, ResultsScreen):
            assert 0 <= screen.score <= screen.total == len(screen.entries)
        if isinstance(screen, SlideScreen) and screen.reviewing:
            assert lesson_.activity is not None
        # What the windows were last told is what the lesson shows.
        if self.announced:
            assert self.announced[-1] == lesson_.state


LessonMachine.TestCase.settings = settings(max_examples=120, stateful_step_count=40, deadline=None)
TestLessonMachine = LessonMachine.TestCase


def test_a_mode_s_own_home_screen_loops_through_the_slides() -> None:
    shown: list[int] = []

    def home(lesson: Lesson) -> StartScreen:
        shown.append(lesson.navigator.index)
        return lesson.start_screen()

    lesson = Lesson(deck(), PupilQuiz, random.Random(1), home=home)
    slides = len(lesson.deck.slides)
    for _ in range(slides):
        lesson.dispatch(Action(Intent.LOOP_NEXT))
    assert lesson.navigator.index == 0  # wrapped around, never left home
    assert lesson.screen.kind == "start"
    assert sorted(set(shown)) == list(range(slides))
    # Elsewhere than home the intent means nothing.
    lesson.dispatch(Action(Intent.START_PRESENTATION))
    lesson.dispatch(Action(Intent.LOOP_NEXT))
    assert lesson.navigator.index == 0
