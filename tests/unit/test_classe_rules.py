"""Classe's pure rules: window placement on screens, the digit buffer, keys, settings."""

from __future__ import annotations

import random

from cmq_desktop.modes.classe import ClasseKeys, refused
from cmq_desktop.modes.classe_settings import ClasseSettings, next_scale, settings_from
from cmq_desktop.modes.digit_buffer import DigitBuffer
from cmq_desktop.modes.screen_placement import ScreenInfo, place, swapped
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.class_round import ClassRound, RoundSettings
from cmq_desktop.quiz.class_screens import AnswerEntry
from cmq_desktop.quiz.lesson import Lesson
from tests.unit.quiz_factories import deck

LAPTOP = ScreenInfo("eDP-1", 0, 0, 1366, 768, primary=True)
PROJECTOR = ScreenInfo("HDMI-1", 1366, 0, 1024, 768)
TV = ScreenInfo("DP-2", 2390, 0, 3840, 2160)


def test_one_screen_gets_the_audience_and_no_console() -> None:
    placement = place([LAPTOP])
    assert placement.audience == LAPTOP and placement.single_screen


def test_the_projector_is_the_screen_that_is_not_primary() -> None:
    assert place([LAPTOP, PROJECTOR]) == place([PROJECTOR, LAPTOP])
    placement = place([PROJECTOR, LAPTOP])
    assert (placement.audience, placement.console) == (PROJECTOR, LAPTOP)


def test_swap_and_a_chosen_screen_are_kept_while_plugged_in() -> None:
    placement = place([LAPTOP, PROJECTOR])
    preferred = swapped(placement)
    assert preferred == "eDP-1"
    again = place([LAPTOP, PROJECTOR], preferred)
    assert (again.audience, again.console) == (LAPTOP, PROJECTOR)
    # Unplugging the projector: everything on the laptop; plugging another screen in:
    # the audience goes to it, as the teacher's laptop stays primary.
    assert place([LAPTOP], "HDMI-1").single_screen
    assert place([LAPTOP, TV], "HDMI-1").audience == TV
    # Three screens: the chosen one wins, the console stays on the primary.
    three = place([LAPTOP, PROJECTOR, TV], "DP-2")
    assert (three.audience, three.console) == (TV, LAPTOP)


def test_no_primary_screen_still_places_both_windows() -> None:
    a, b = ScreenInfo("A", 0, 0, 800, 600), ScreenInfo("B", 800, 0, 800, 600)
    placement = place([a, b])
    assert {placement.audience, placement.console} == {a, b}


def test_digit_buffer_takes_digits_only_and_empties_on_take() -> None:
    buffer = DigitBuffer()
    assert buffer.push("1") and buffer.push("2") and not buffer.push("B")
    assert buffer.text == "12"
    assert buffer.take() == 12 and buffer.take() is None
    for digit in "123456":
        buffer.push(digit)
    assert buffer.text == "3456"  # a stuck key cannot grow it forever


def lesson(entry: AnswerEntry = AnswerEntry.HANDS) -> Lesson:
    names = ("Rouges", "Bleus", "Verts")
    factory = ClassRound.factory(RoundSettings(entry, names))
    return Lesson(deck(slide_count=12), factory, random.Random(1))


def press(keys: ClasseKeys, lesson: Lesson, *names: str) -> None:
    for name in names:
        action = keys.action_for(lesson.state, name)
        if action is not None:
            lesson.dispatch(action)


def test_digits_then_enter_jump_to_a_slide_and_another_key_forgets_them() -> None:
    keys, run = ClasseKeys(), lesson()
    press(keys, run, "PgDown", "1", "2", "Return")
    assert run.screen.log_line == "SLIDE 12/12 s12"
    press(keys, run, "3", "PgUp")
    assert run.screen.log_line == "SLIDE 11/12 s11"
    press(keys, run, "9", "9", "Return")  # no slide 99: nothing happens
    assert run.screen.log_line == "SLIDE 11/12 s11"


def test_clicker_keys_blackout_and_overview() -> None:
    keys, run = ClasseKeys(), lesson()
    assert keys.action_for(run.state, "PgDown") == Action(Intent.NEXT)
    press(keys, run, "PgDown", "B")
    assert run.state.blackout.value == "black"
    press(keys, run, ".", "W", "W", "G")
    assert run.state.blackout.value == "off" and run.state.overview
    assert keys.action_for(run.state, "Shift+F5") == Action(Intent.START_FROM_CURRENT)
    assert keys.action_for(run.state, "?") == Action(Intent.HELP)


def test_a_number_then_an_answer_letter_enters_hands_or_team_answers() -> None:
    keys, run = ClasseKeys(), lesson(AnswerEntry.HANDS)
    press(keys, run, "F5", "End", "PgDown")  # the first question
    press(keys, run, "1", "8", "V", "6", "F")
    assert run.screen.log_line == "QUESTION 1/3 q1 shown"
    assert run.screen.hands == (18, 6)
    keys, run = ClasseKeys(), lesson(AnswerEntry.TEAMS)
    press(keys, run, "F5", "End", "PgDown", "PgDown", "2", "F", "3", "V", "7", "V")
    assert [t.choice for t in run.screen.teams] == [None, 1, 0]


def test_settings_fall_back_to_defaults_with_a_message() -> None:
    good = ClasseSettings(AnswerEntry.TEAMS, ("A", "B", "C"), 30, 1.25, 24, "HDMI-1")
    assert settings_from(good.as_values()) == good
    broken = settings_from(
        {
            "entry": "mimes",
            "teams": "Seule",
            "countdown": "-4",
            "text_scale": "x",
            "notes_size": "9",
        }
    )
    assert broken == ClasseSettings()
    assert len(broken.problems) == 5
    assert all("invalide" in p for p in broken.problems)
    assert settings_from({}) == ClasseSettings() and not settings_from({}).problems


def test_text_scale_steps_stop_at_the_ends() -> None:
    assert next_scale(1.0, 1) == 1.1
    assert next_scale(1.4, 1) == 1.4
    assert next_scale(0.8, -1) == 0.8


def test_classe_refuses_what_would_lose_a_running_round() -> None:
    lesson = Lesson(deck(3), ClassRound.factory(RoundSettings()), random.Random(1))
    overview, f5 = Action(Intent.OVERVIEW), Action(Intent.START_PRESENTATION)
    assert not refused(lesson.state, overview) and not refused(lesson.state, f5)
    lesson.dispatch(Action(Intent.START_QUIZ))
    assert lesson.state.screen.kind == "question"
    assert refused(lesson.state, overview) and refused(lesson.state, f5)
    assert refused(lesson.state, Action(Intent.START_FROM_CURRENT))
    assert not refused(lesson.state, Action(Intent.NEXT))


def test_clicker_and_arrows_never_answer_for_the_class() -> None:
    """In Classe the class's answers come from the console only: a clicker's next (or an
    arrow, a letter alone) on a question steps shown -> locked -> revealed, nothing else."""
    for entry in (AnswerEntry.HANDS, AnswerEntry.TEAMS):
        keys, run = ClasseKeys(), lesson(entry)
        press(keys, run, "F5", "End", "PgDown")
        for stage in ("shown", "locked", "revealed"):
            assert run.screen.log_line.endswith(stage)
            for name in ("Right", "Left", "Up", "Down", "Space", "Return", "V", "F", "1"):
                action = keys.action_for(run.state, name)
                assert action is None or action.intent in (Intent.NEXT, Intent.PREVIOUS), (
                    stage,
                    name,
                    action,
                )
            keys.buffer.take()  # the "1" above waits for a letter: forget it
            assert run.screen.hands is None
            assert all(team.choice is None for team in run.screen.teams)
            press(keys, run, "PgDown")


def test_the_help_names_every_key_of_the_table() -> None:
    """The ?/H help is written by hand: every key the table binds, in any context, must be
    in it (E and A on the class results were missing), so the two cannot drift apart."""
    import re

    from cmq_desktop.modes.classe import HELP, KEYS
    from cmq_desktop.modes.keys import BACKWARD, FORWARD

    french = {
        "Home": "Début",
        "End": "Fin",
        "Esc": "Échap",
        "Shift+F5": "Maj+F5",
        ".": "point",
        ",": "virgule",
        "=": "+",
        "Right": "flèche droite",
        "Down": "bas",
        "Left": "flèche gauche",
        "Up": "haut",
        "Space": "Espace",
        "Return": "Entrée",
        "Enter": "Entrée",
        "PgDown": "Page suivante",
        "PgUp": "Page précédente",
        "Backspace": "Retour arrière",
    }
    written = " ".join(keys for _, keys in HELP)
    tokens = set(re.split(r"[\s;,]+", written.replace("\xa0", " ")))
    contexts = ("start", "slide", "slide:review", "question:revealed", "class_results")
    bound = {key for context in contexts for key in KEYS.bindings(context)}
    assert set(FORWARD) | set(BACKWARD) <= bound
    missing = [
        key
        for key in sorted(bound)
        if (french[key] not in written if key in french else key not in tokens)
    ]
    assert missing == []
