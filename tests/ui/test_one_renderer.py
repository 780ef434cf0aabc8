"""The window and ``render`` draw a quiz screen with the same painter.

Outside the buttons, the pixels are the same; the buttons are real widgets that paint
their face in their own (rounded) pixels, so there only the colours are compared.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage

from cmq_desktop.quiz.screens import QuestionScreen, ResultEntry, ResultsScreen, Stage
from cmq_desktop.quiz.session import AnswerRecord
from cmq_desktop.ui.buttons import CanvasButton
from cmq_desktop.ui.canvas import CanvasWidget
from cmq_desktop.ui.question_painter import QuestionPicture
from cmq_desktop.ui.question_view import QuestionView
from cmq_desktop.ui.render_export import ScreenExporter
from cmq_desktop.ui.results_view import ResultsView
from tests.ui.helpers import close_to


def _compare(view: CanvasWidget, rendered: QImage, tolerance: int = 0) -> None:
    """Pixels outside the buttons equal (within ``tolerance`` levels a channel)."""
    shown = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    rendered = rendered.convertToFormat(QImage.Format.Format_RGB32)
    assert shown.size() == rendered.size()
    buttons = [b.geometry().adjusted(-3, -3, 3, 3) for b in view.findChildren(CanvasButton)]
    buttons = [
        r for r, b in zip(buttons, view.findChildren(CanvasButton), strict=True) if b.isVisible()
    ]
    outside = differing = 0
    for y in range(0, shown.height(), 3):
        for x in range(0, shown.width(), 3):
            if any(r.contains(x, y) for r in buttons):
                continue
            outside += 1
            a, b = QColor(shown.pixel(x, y)), QColor(rendered.pixel(x, y))
            differing += not close_to(a, b, tolerance) if tolerance else a != b
    assert differing <= 0.001 * outside, f"{differing} of {outside} pixels differ"
    for rect in buttons:
        inner: QRect = rect.adjusted(12, 12, -12, -12)
        for point in (inner.topLeft(), inner.bottomRight()):
            a = QColor(shown.pixel(point))
            b = QColor(rendered.pixel(point))
            assert close_to(a, b, tolerance=8), (rect, a.name(), b.name())


def _show(qtbot, view: CanvasWidget, size: QSize) -> None:
    qtbot.addWidget(view)
    view.resize(size)
    view.show()
    qtbot.waitExposed(view)


@pytest.mark.parametrize("size", [QSize(1024, 768), QSize(1920, 1080)], ids=str)
@pytest.mark.parametrize("stage", [Stage.ASKING, Stage.ANSWERED])
def test_question_window_and_render_agree(
    qtbot, default_deck, tmp_path: Path, size: QSize, stage: Stage
) -> None:
    question = default_deck.quiz_sets[0].questions[2]
    chosen = None if stage is Stage.ASKING else 1 - question.answer_index
    screen = QuestionScreen(question, 3, 6, "Le quiz", stage, chosen, can_review=True)
    view = QuestionView()
    view.show_screen(screen)
    _show(qtbot, view, size)
    picture = QuestionPicture(screen)
    exporter = ScreenExporter(default_deck, tmp_path, size)
    _compare(view, exporter._paint(lambda p: picture.paint(p, with_buttons=True)))


def test_results_window_and_render_agree(qtbot, default_deck, tmp_path: Path) -> None:
    questions = default_deck.quiz_sets[0].questions
    entries = tuple(ResultEntry(n, AnswerRecord(q, n % 2)) for n, q in enumerate(questions, 1))
    view = ResultsView()
    view.show_screen(ResultsScreen("Le quiz", entries, 3, 6, can_retry=True))
    size = QSize(1280, 720)
    _show(qtbot, view, size)
    picture = view.picture
    assert picture is not None
    exporter = ScreenExporter(default_deck, tmp_path, size)
    _compare(view, exporter._paint(lambda p: picture.paint(p, 0, with_buttons=True)))
