"""Text must reach the pixels at every size, big glyphs included.

Qt's raster engine silently drew nothing for glyphs above 64 px when its glyph cache was
enlarged: titles vanished at 1920x1080 and the whole quiz at 3840x2160, while every
state-based assertion still passed. These tests look at the pixels.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage

from cmq_desktop.quiz.lesson import Lesson
from cmq_desktop.quiz.pupil_quiz import PupilQuiz
from cmq_desktop.quiz.screens import QuestionScreen, Stage
from cmq_desktop.ui import theme
from cmq_desktop.ui.question_painter import ASKING_STATEMENT
from cmq_desktop.ui.question_view import QuestionView
from cmq_desktop.ui.start_view import StartView
from tests.ui.helpers import close_to

SIZES = [QSize(1024, 768), QSize(1920, 1080), QSize(3840, 2160)]


def _count_close(image: QImage, rect, colour: QColor, tolerance: int = 60) -> int:
    count = 0
    step = max(1, rect.width() // 400)
    for x in range(rect.left(), rect.right(), step):
        for y in range(rect.top(), rect.bottom(), step):
            if close_to(QColor(image.pixel(x, y)), colour, tolerance):
                count += 1
    return count


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_cover_title_is_drawn(qtbot, default_deck, size: QSize) -> None:
    from cmq_desktop.ui.slide_renderer import SlideRenderer

    view = StartView(SlideRenderer())
    qtbot.addWidget(view)
    view.resize(size)
    view.show_screen(Lesson(default_deck, PupilQuiz).start_screen())
    image = view.grab().toImage()
    # The title band of the cover (96 px canvas text, white on navy).
    title_band = view.to_widget(QRectF(160, 170, 1600, 300))
    assert _count_close(image, title_band, theme.PAPER) > 50


@pytest.mark.parametrize("size", SIZES, ids=str)
def test_question_statement_is_drawn(qtbot, default_deck, size: QSize) -> None:
    view = QuestionView()
    qtbot.addWidget(view)
    view.resize(size)
    question = default_deck.quiz_sets[0].questions[0]
    view.show_screen(QuestionScreen(question, 1, 6, "Quiz", Stage.ASKING))
    image = view.grab().toImage()
    assert _count_close(image, view.to_widget(ASKING_STATEMENT), theme.NAVY) > 50
