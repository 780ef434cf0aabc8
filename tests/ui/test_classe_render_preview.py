"""``render --mode classe``: each console picture previews the step that really follows
(the first one showed "Fin" on the start screen, the title slide being next)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize

from cmq_desktop.content.model import Deck
from cmq_desktop.modes.classe_settings import ClasseSettings
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.class_round import ClassRound
from cmq_desktop.quiz.class_screens import ClassQuestionScreen
from cmq_desktop.quiz.lesson import Lesson
from cmq_desktop.quiz.screens import StartScreen
from cmq_desktop.ui.classe.render_classe import ClasseExporter, _name


def test_every_console_picture_previews_the_next_step(
    qapp: object, default_deck: Deck, tmp_path: Path
) -> None:
    settings = ClasseSettings()
    exporter = ClasseExporter(
        default_deck, tmp_path, QSize(640, 360), QSize(1024, 576), settings
    )
    lesson = Lesson(default_deck, ClassRound.factory(settings.round_settings()))
    assert isinstance(lesson.state.screen, StartScreen)
    for _ in range(3):  # the start screen, then two slides
        state = lesson.state
        assert state.upcoming is not None
        exporter._save(state)
        assert exporter.console.upcoming.screen_model == state.upcoming
        lesson.dispatch(Action(Intent.NEXT))
    exporter.console.close()
    assert len(list(tmp_path.glob("*-console.png"))) == 3


def test_picture_names_keep_the_stage_of_a_question_with_a_long_id(default_deck: Deck) -> None:
    lesson = Lesson(default_deck, ClassRound.factory(ClasseSettings().round_settings()))
    names: list[str] = []
    for number in range(1, 200):
        screen = lesson.state.screen
        if isinstance(screen, ClassQuestionScreen) and "-" in screen.question.id:
            names.append(_name(number, lesson.state))
            if len(names) == 3:
                break
        lesson.dispatch(Action(Intent.NEXT))
    # e.g. "017-question-2-6-lieu-physique-shown": three steps, three distinct names.
    assert [name.rsplit("-", 1)[1] for name in names] == ["shown", "locked", "revealed"]
