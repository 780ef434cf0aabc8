"""What a screen reader gets on every screen: the accessible name and description of the
painted views (queried through QAccessible, as assistive technology does), in the three
modes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from cmq_desktop.content.inline import plain_text
from cmq_desktop.content.model import BulletList, Deck, Paragraph
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.class_screens import AnswerEntry, ClassQuestionScreen
from cmq_desktop.quiz.screens import QuestionScreen, ResultsScreen, Stage
from cmq_desktop.ui.buttons import CanvasButton
from cmq_desktop.ui.classe.shell import ClasseShell
from cmq_desktop.ui.stand.shell import StandShell
from tests.ui.conftest import make_shell as make_classe
from tests.ui.helpers import answer_key
from tests.ui.kiosk_helpers import Clock, make_shell


def name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface.text(QAccessible.Text.Name)


def description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Description)


def test_entrainement_every_screen_says_what_it_shows(qtbot, app_window) -> None:
    window, model = app_window.window, app_window.model
    start = window.start_view
    assert name(start).startswith("Accueil\u00a0: Présentation des campus")
    assert "F1\u00a0: aide" in description(start)
    buttons = [name(b) for b in start.findChildren(CanvasButton) if b.isVisibleTo(start)]
    assert "Commencer la présentation" in buttons
    assert all(buttons), buttons  # no button without a name

    qtbot.keyClick(window, Qt.Key.Key_Space)
    view = window.slide_view
    slide = view.slide
    assert slide is not None
    assert name(view) == f"Diapositive 1 sur {view.total} : {slide.title_text}"
    # Walk every slide: each one's body text reaches the description.
    for _ in range(view.total - 1):
        qtbot.keyClick(window, Qt.Key.Key_Right)
        slide = view.slide
        assert slide is not None and name(view).endswith(slide.title_text)
        for block in slide.blocks:
            if isinstance(block, Paragraph):
                assert plain_text(block.spans) in description(view)
            elif isinstance(block, BulletList):
                for item in block.items:
                    assert plain_text(item.spans) in description(view)

    model.dispatch(Action(Intent.START_QUIZ, model.lesson.deck.quiz_sets[0].id))
    question_view = window.question_view
    screen = model.state.screen
    assert isinstance(screen, QuestionScreen)
    question = screen.question
    assert name(question_view) == f"Question 1 sur {screen.total}\u00a0: {question.statement}"
    assert f"Réponse 1\u00a0: {question.labels[0]}" in description(question_view)
    assert [name(b) for b in question_view.answer_buttons] == list(question.labels)

    qtbot.keyClick(window, answer_key(question, right=False))
    wrong = question.labels[1 - question.answer_index]
    text = description(question_view)
    assert "Mauvaise réponse" in text
    assert f"Votre réponse\u00a0: «\u00a0{wrong}\u00a0»." in text
    assert f"La bonne réponse est\u00a0: «\u00a0{question.answer}\u00a0»." in text
    assert question.explanation in text
    marks = {name(b) for b in question_view.answer_buttons}
    assert marks == {f"{question.answer}, bonne réponse", f"{wrong}, votre réponse, fausse"}

    while not isinstance(model.state.screen, ResultsScreen):
        current = model.state.screen
        assert isinstance(current, QuestionScreen)
        if current.answered:
            qtbot.keyClick(window, Qt.Key.Key_Space)
        else:
            qtbot.keyClick(window, answer_key(current.question, right=True))
    results = window.results_view
    score = model.state.screen
    assert isinstance(score, ResultsScreen)
    assert f"{score.score} sur {score.total}" in name(results)
    assert question.statement in description(results)
    assert name(results.retry_button) == "Refaire mes erreurs (E)"


@pytest.fixture
def classe(qtbot, default_deck: Deck, tmp_path: Path) -> Iterator[ClasseShell]:
    shell = make_classe(default_deck, tmp_path, AnswerEntry.HANDS)
    qtbot.waitExposed(shell.audience)
    yield shell
    shell.quit()
    QApplication.processEvents()


def test_classe_audience_and_console_previews_say_the_screen(qtbot, classe) -> None:
    audience = classe.audience
    qtbot.keyClick(audience, Qt.Key.Key_PageDown)
    assert name(audience).startswith("Diapositive 1 sur ")
    assert name(classe.console.current).startswith("Écran projeté\u00a0: Diapositive 1 sur ")
    assert name(classe.console.upcoming).startswith("Écran suivant\u00a0: Diapositive 2 sur ")
    for key in (Qt.Key.Key_End, Qt.Key.Key_PageDown):
        qtbot.keyClick(audience, key)
    screen = classe.model.state.screen
    assert isinstance(screen, ClassQuestionScreen)
    assert name(audience) == f"Question 1 sur {screen.total}"
    assert screen.question.statement in description(audience)
    while screen.stage is not Stage.REVEALED:
        qtbot.keyClick(audience, Qt.Key.Key_PageDown)
        screen = classe.model.state.screen
        assert isinstance(screen, ClassQuestionScreen)
    text = description(audience)
    assert f"La bonne réponse est\u00a0: «\u00a0{screen.question.answer}\u00a0»." in text
    assert screen.question.explanation in text


@pytest.fixture
def stand(qtbot, default_deck: Deck, tmp_path: Path) -> Iterator[tuple[StandShell, Clock]]:
    yield from make_shell(qtbot, default_deck, tmp_path)


def test_stand_attract_question_and_score_are_named(qtbot, stand) -> None:
    shell, _ = stand
    attract = shell.attract
    assert name(attract).startswith("Touchez l’écran")
    assert description(attract)  # the slide going by
    qtbot.keyClick(shell.window, Qt.Key.Key_Space)
    view = shell.question
    screen = shell.kiosk.state.screen
    assert isinstance(screen, QuestionScreen)
    assert name(view) == f"Question 1 sur {screen.total}\u00a0: {screen.question.statement}"
    qtbot.keyClick(shell.window, answer_key(screen.question, right=True))
    text = description(view)
    assert "Bonne réponse\u00a0!" in text and screen.question.explanation in text
    right = screen.question.answer
    assert f"{right}, bonne réponse" in {name(b) for b in view.answer_buttons}
