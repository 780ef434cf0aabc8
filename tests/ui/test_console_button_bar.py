"""The presenter console's button bar on a narrow laptop: every button keeps its full text
(at 1024 px the single row squeezed "Vue d’ensemble", "Échanger les écrans"... in half)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from cmq_desktop.content.model import Deck
from cmq_desktop.modes.classe_settings import ClasseSettings
from cmq_desktop.quiz.class_round import ClassRound
from cmq_desktop.quiz.lesson import Lesson
from cmq_desktop.ui.classe.audience_painter import AudiencePainter
from cmq_desktop.ui.classe.console import ConsoleWindow
from cmq_desktop.ui.slide_renderer import SlideRenderer


@pytest.mark.parametrize(
    ("width", "height", "rows"), [(1024, 768, 2), (1366, 768, 1), (1920, 1080, 1)]
)
def test_every_bar_button_shows_its_whole_text(
    qtbot, default_deck: Deck, width: int, height: int, rows: int
) -> None:
    console = ConsoleWindow(AudiencePainter(SlideRenderer()), 18)
    qtbot.addWidget(console)
    console.resize(QSize(width, height))
    lesson = Lesson(default_deck, ClassRound.factory(ClasseSettings().round_settings()))
    console.show_state(lesson.state)  # the start screen: "Mode Entraînement" shows too
    console.show()
    qtbot.waitExposed(console)
    buttons = [b for b in (*console.bar_buttons, console.training_button) if b.isVisible()]
    assert console.training_button in buttons
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.x() >= 0 and button.geometry().right() < width, button.text()
    assert len({b.y() for b in buttons}) == rows
