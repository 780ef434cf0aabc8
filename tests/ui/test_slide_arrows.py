"""The navigation arrows that appear on mouse hover leave the slide counter readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF, QSize
from PySide6.QtGui import QFontMetricsF, QImage

from cmq_desktop.content.model import Deck, Layout
from cmq_desktop.quiz.screens import SlideScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.canvas import canvas_transform
from cmq_desktop.ui.slide_renderer import FOOTER_SIZE, FOOTER_Y, MARGIN_X, SlideRenderer
from cmq_desktop.ui.slide_view import SlideView


def _counter_rect(total: int) -> QRectF:
    """Where the renderer writes "12 / 12": right-aligned on the margin, footer line."""
    text = f"{total} / {total}"
    width = QFontMetricsF(theme.font(FOOTER_SIZE)).horizontalAdvance(text)
    right = theme.CANVAS_WIDTH - MARGIN_X
    return QRectF(right - width - 4, FOOTER_Y, width + 8, 50)


@pytest.mark.parametrize("size", [QSize(1920, 1080), QSize(1024, 768), QSize(3840, 2160)])
def test_hover_arrows_do_not_cover_the_counter(qtbot, default_deck: Deck, size: QSize) -> None:
    slide = next(s for s in default_deck.slides if s.layout is not Layout.TITLE)
    total = len(default_deck.slides)
    view = SlideView(SlideRenderer())
    qtbot.addWidget(view)
    view.resize(size)
    view.show()
    qtbot.waitExposed(view)
    view.show_screen(SlideScreen(slide, total, total))
    counter = canvas_transform(view.size()).mapRect(_counter_rect(total)).toAlignedRect()
    before: QImage = view.grab(counter).toImage()
    # Inside the offscreen screen at every size; twice, as the cursor may already be at one.
    for point in (QPoint(60, 60), QPoint(80, 70)):
        qtbot.mouseMove(view, point)
    qtbot.waitUntil(view.next_button.isVisible)
    assert view.previous_button.isVisible()
    after: QImage = view.grab(counter).toImage()
    assert after == before, "an arrow covers the slide counter"
    for button in (view.next_button, view.previous_button):
        assert not button.geometry().intersects(counter)
        assert view.rect().contains(button.geometry())
