"""Key tables are data: each key means one intent on each screen, per mode."""

from __future__ import annotations

import pytest

from cmq_desktop.modes.entrainement import KEYS
from cmq_desktop.modes.registry import DEFAULT_MODE_ID, MODES, becomes_default, mode_by_id
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.lesson import Lesson
from cmq_desktop.quiz.pupil_quiz import PupilQuiz
from cmq_desktop.quiz.screens import LessonState
from tests.unit.quiz_factories import deck, question


def _state_after(*actions: Action) -> LessonState:
    lesson = Lesson(deck(3), PupilQuiz)
    for action in actions:
        lesson.dispatch(action)
    return lesson.state


START = _state_after()
SLIDE = _state_after(Action(Intent.NEXT))
ASKING = _state_after(Action(Intent.START_QUIZ))  # q1: Vrai/Faux
ANSWERED = _state_after(Action(Intent.START_QUIZ), Action(Intent.ANSWER, 0))


@pytest.mark.parametrize("key", ["Right", "PgDown", "Space", "Return", "Enter", "Down"])
def test_clicker_and_keyboard_move_forward(key: str) -> None:
    assert KEYS.action_for(START, key) == Action(Intent.NEXT)
    assert KEYS.action_for(SLIDE, key) == Action(Intent.NEXT)
    assert KEYS.action_for(ANSWERED, key) == Action(Intent.NEXT)


def test_answer_keys_follow_the_labels() -> None:
    assert KEYS.action_for(ASKING, "V") == Action(Intent.ANSWER_FIRST)
    assert KEYS.action_for(ASKING, "F") == Action(Intent.ANSWER_SECOND)
    assert KEYS.action_for(ASKING, "O") is None  # Oui/Non letters on a Vrai/Faux question
    assert KEYS.action_for(ASKING, "2") == Action(Intent.ANSWER_SECOND)
    # The arrows only choose an answer; Enter or Space answers the chosen one (the window
    # keeps the choice); the clicker's next never answers nor skips a question.
    assert KEYS.action_for(ASKING, "Left") == Action(Intent.FOCUS_ANSWER, 0)
    assert KEYS.action_for(ASKING, "Right") == Action(Intent.FOCUS_ANSWER, 1)
    assert KEYS.action_for(ASKING, "Up") == Action(Intent.FOCUS_ANSWER, 0)
    assert KEYS.action_for(ASKING, "Down") == Action(Intent.FOCUS_ANSWER, 1)
    for key in ("Space", "Return", "Enter"):
        assert KEYS.action_for(ASKING, key) == Action(Intent.ANSWER_FOCUSED)
    assert KEYS.action_for(ASKING, "PgDown") is None
    assert KEYS.action_for(ASKING, "PgUp") is None


@pytest.mark.parametrize("key", ["Right", "Left", "Down", "Up", "PgDown", "PgUp"])
def test_no_step_key_answers_a_question(key: str) -> None:
    """→ is "next slide": pressed through the slides it must never answer a question."""
    action = KEYS.action_for(ASKING, key)
    assert action is None or action.intent not in (
        Intent.ANSWER,
        Intent.ANSWER_FIRST,
        Intent.ANSWER_SECOND,
    )


def test_global_keys_and_unknown_keys() -> None:
    assert KEYS.action_for(SLIDE, "F11") == Action(Intent.TOGGLE_FULLSCREEN)
    assert KEYS.action_for(ANSWERED, "Ctrl+Q") == Action(Intent.QUIT)
    assert KEYS.action_for(SLIDE, "Shift+F11") is None
    assert KEYS.action_for(SLIDE, "") is None


def test_oui_non_letters() -> None:
    lesson = Lesson(deck(1, (question("q", "Non", ("Oui", "Non")),)), PupilQuiz)
    lesson.dispatch(Action(Intent.START_QUIZ))
    assert KEYS.action_for(lesson.state, "N") == Action(Intent.ANSWER_SECOND)
    assert KEYS.action_for(lesson.state, "V") is None


def test_bindings_merge_scopes() -> None:
    bindings = KEYS.bindings("slide:review")
    assert bindings["Return"] is Intent.BACK_TO_QUIZ  # the review's own meaning wins
    assert bindings["PgDown"] is Intent.NEXT
    assert bindings["F1"] is Intent.HELP


def test_registry() -> None:
    # In the start screen's order (Classe first); Entraînement stays the default.
    assert MODES[-1].id == "entrainement" == DEFAULT_MODE_ID
    assert mode_by_id("entrainement").window.can_quit
    with pytest.raises(KeyError):
        mode_by_id("nope")


def test_a_kiosk_never_becomes_the_next_default() -> None:
    assert becomes_default("entrainement") and becomes_default("classe")
    assert not becomes_default("stand") and not becomes_default("nope")


def test_registry_entries_match_their_modes() -> None:
    # The start screen shows the entry's title before the mode is imported.
    for entry in MODES:
        mode = entry.load()
        assert (mode.id, mode.title) == (entry.id, entry.title)


def test_first_frame_imports_no_other_mode() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from cmq_desktop.modes.registry import mode_by_id;"
        "mode_by_id('entrainement');"
        "print(sorted(m for m in sys.modules if m.startswith('cmq_desktop.modes.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "classe" not in out and "stand" not in out and "entrainement" in out
