"""A Stand screen drawn by a shared painter on the canvas its window's shape asks for:
landscape (1920x1080) or, on a portrait touch screen, portrait (1080x1920)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QResizeEvent
from PySide6.QtWidgets import QWidget

from cmq_desktop.ui import theme
from cmq_desktop.ui.canvas import CanvasWidget
from cmq_desktop.ui.stand.stand_layouts import LANDSCAPE, canvas_for

# Around the canvas on a 4:3 or 16:10 kiosk screen: the screens' own ground, not black
# bars that look like a broken picture.
STAND_BARS = theme.PAPER_SHADE


class Picture(Protocol):
    def paint(self, painter: QPainter) -> None: ...


class StandCanvas(CanvasWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = LANDSCAPE
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)

    def canvas_size(self) -> QSize:
        return self._canvas

    def fit_canvas(self) -> QSize:
        """Choose the canvas for the window's current shape."""
        self._canvas = canvas_for(self.width(), self.height())
        return self._canvas

    def letterbox_color(self) -> QColor:
        return STAND_BARS

    def rebuild(self) -> None:
        """Lay the picture out again for the current size, and the buttons on it."""

    def current_picture(self) -> Picture | None:
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The canvas follows the window's shape (portrait or landscape), then the buttons.
        self.rebuild()
        super().resizeEvent(event)

    def paint_canvas(self, painter: QPainter) -> None:
        picture = self.current_picture()
        if picture is None:
            canvas = self._canvas
            painter.fillRect(0, 0, canvas.width(), canvas.height(), theme.PAPER_SHADE)
        else:
            picture.paint(painter)
