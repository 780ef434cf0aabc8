"""The stand's kiosk state: attract loop timing, visitor runs, idle countdown and reset."""

from __future__ import annotations

import random

from cmq_desktop.modes.stand_kiosk import KioskSettings, KioskState, StandKiosk
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.screens import QuestionScreen
from cmq_desktop.quiz.visitor_run import AttractScreen, StandScoreScreen
from tests.unit.quiz_factories import deck


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _kiosk(**settings: object) -> tuple[StandKiosk, Clock]:
    clock = Clock()
    values = {"slide_seconds": 5.0, "idle_seconds": 30.0, "countdown_seconds": 10, **settings}
    kiosk = StandKiosk(deck(), KioskSettings(**values), clock, random.Random(2))  # type: ignore[arg-type]
    return kiosk, clock


def test_attract_loop_advances_by_itself_and_wraps() -> None:
    kiosk, clock = _kiosk()
    shown: list[KioskState] = []
    kiosk.changed.connect(shown.append)
    screen = kiosk.state.screen
    assert isinstance(screen, AttractScreen) and (screen.number, screen.total) == (1, 3)
    clock.now += 4.9
    kiosk.tick()
    assert shown == []
    numbers = []
    for _ in range(3):
        clock.now += 5
        kiosk.tick()
        numbers.append(kiosk.state.screen.number)  # type: ignore[attr-defined]
    assert numbers == [2, 3, 1]


def test_start_play_and_score() -> None:
    kiosk, _ = _kiosk(question_count=2)
    started: list[object] = []
    finished: list[object] = []
    kiosk.session_started.connect(started.append)
    kiosk.session_finished.connect(finished.append)
    kiosk.dispatch(Action(Intent.START_QUIZ))
    assert isinstance(kiosk.state.screen, QuestionScreen) and len(started) == 1
    for _ in range(2):
        kiosk.dispatch(Action(Intent.ANSWER_FIRST))
        kiosk.dispatch(Action(Intent.NEXT))
    assert isinstance(kiosk.state.screen, StandScoreScreen) and len(finished) == 1
    kiosk.dispatch(Action(Intent.RESTART_SHUFFLED))
    assert isinstance(kiosk.state.screen, QuestionScreen) and len(started) == 2


def test_idle_countdown_then_reset_to_the_loop() -> None:
    kiosk, clock = _kiosk()
    kiosk.dispatch(Action(Intent.START_QUIZ))
    kiosk.dispatch(Action(Intent.ANSWER_FIRST))
    clock.now += 19.9
    kiosk.tick()
    assert kiosk.state.countdown is None
    clock.now += 0.2
    kiosk.tick()
    assert kiosk.state.countdown == 10
    clock.now += 6
    kiosk.tick()
    assert kiosk.state.countdown == 4
    clock.now += 4
    kiosk.tick()
    assert isinstance(kiosk.state.screen, AttractScreen) and kiosk.state.countdown is None
    # Nothing of that visitor remains: the next one starts at question 1, asking.
    kiosk.dispatch(Action(Intent.START_QUIZ))
    screen = kiosk.state.screen
    assert isinstance(screen, QuestionScreen) and screen.number == 1 and not screen.answered


def test_a_touch_during_the_countdown_only_cancels_it() -> None:
    kiosk, clock = _kiosk()
    kiosk.dispatch(Action(Intent.START_QUIZ))
    clock.now += 25
    kiosk.tick()
    assert kiosk.state.countdown == 5
    kiosk.dispatch(Action(Intent.ANSWER_FIRST))
    screen = kiosk.state.screen
    assert kiosk.state.countdown is None
    assert isinstance(screen, QuestionScreen) and not screen.answered
    clock.now += 29
    kiosk.tick()
    assert isinstance(kiosk.state.screen, QuestionScreen)


def test_the_score_screen_resets_too_and_home_resets_at_once() -> None:
    kiosk, clock = _kiosk(question_count=1)
    kiosk.dispatch(Action(Intent.START_QUIZ))
    kiosk.dispatch(Action(Intent.ANSWER_SECOND))
    kiosk.dispatch(Action(Intent.NEXT))
    assert isinstance(kiosk.state.screen, StandScoreScreen)
    clock.now += 30
    kiosk.tick()
    assert isinstance(kiosk.state.screen, AttractScreen)
    kiosk.dispatch(Action(Intent.START_QUIZ))
    kiosk.dispatch(Action(Intent.HOME))
    assert isinstance(kiosk.state.screen, AttractScreen)


def test_the_attract_loop_never_times_out_and_shell_intents_are_ignored() -> None:
    kiosk, clock = _kiosk()
    kiosk.dispatch(Action(Intent.QUIT))
    kiosk.dispatch(Action(Intent.ANSWER_FIRST))  # not a start: nothing
    assert isinstance(kiosk.state.screen, AttractScreen)
    clock.now += 3600
    kiosk.tick()
    assert isinstance(kiosk.state.screen, AttractScreen)


def test_settings_choose_the_set_and_the_count() -> None:
    kiosk, _ = _kiosk()
    events: list[object] = []
    kiosk.session_started.connect(events.append)
    kiosk.apply_settings(KioskSettings(quiz_set_id="quiz-plus", question_count=3))
    kiosk.dispatch(Action(Intent.START_QUIZ))
    screen = kiosk.state.screen
    assert isinstance(screen, QuestionScreen) and screen.question.id == "x1" and screen.total == 1
    assert len(events) == 1  # the new lesson still reaches the same listeners
    kiosk.apply_settings(KioskSettings(quiz_set_id="gone", question_count=2))
    kiosk.dispatch(Action(Intent.START_QUIZ))
    assert kiosk.state.screen.total == 2  # type: ignore[attr-defined]


def test_the_attract_loop_is_the_lesson_at_home_stepped_by_its_navigator() -> None:
    kiosk, clock = _kiosk()
    lesson = kiosk.lesson
    states: list[object] = []
    lesson.changed.connect(states.append)
    for expected in (1, 2, 0):
        clock.now += 5
        kiosk.tick()
        assert lesson.navigator.index == expected
        assert kiosk.state.screen == lesson.screen  # the kiosk shows the lesson's screen
    assert len(states) == 3  # every step went through the engine's ``changed``
    # After a visitor, the loop goes on from the navigator's slide.
    kiosk.dispatch(Action(Intent.START_QUIZ))
    kiosk.reset()
    screen = kiosk.state.screen
    assert isinstance(screen, AttractScreen) and screen.number == 1


def test_a_restarted_kiosk_announces_its_new_lesson() -> None:
    kiosk, _ = _kiosk()
    replaced: list[object] = []
    kiosk.lesson_replaced.connect(replaced.append)
    kiosk.restart()
    assert replaced == [kiosk.lesson]
    assert isinstance(kiosk.lesson.screen, AttractScreen)
