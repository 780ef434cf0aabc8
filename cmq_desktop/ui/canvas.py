"""The canvas (1920x1080 unless a view says otherwise, e.g. a Stand's portrait 1080x1920):
scale and letterbox it into any widget or image."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent, QTransform
from PySide6.QtWidgets import QWidget

from cmq_desktop.ui import theme
from cmq_desktop.ui.buttons import CanvasButton, Face

CANVAS = QSize(theme.CANVAS_WIDTH, theme.CANVAS_HEIGHT)


def letterbox(size: QSize, canvas: QSize = CANVAS) -> tuple[QRectF, float]:
    """The canvas rectangle inside ``size`` (centred, aspect kept) and its scale factor."""
    scale = min(size.width() / canvas.width(), size.height() / canvas.height())
    width, height = canvas.width() * scale, canvas.height() * scale
    rect = QRectF((size.width() - width) / 2, (size.height() - height) / 2, width, height)
    return rect, scale


def canvas_transform(size: QSize, canvas: QSize = CANVAS) -> QTransform:
    rect, scale = letterbox(size, canvas)
    return QTransform(scale, 0, 0, scale, rect.x(), rect.y())


class CanvasWidget(QWidget):
    """A widget that paints the 1920x1080 canvas letterboxed; subclasses paint the canvas.

    Child widgets (the big quiz buttons) are placed in canvas coordinates with
    ``place()`` so they scale with the drawing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The letterbox bars are painted too, so Qt need not clear the background first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._placements: list[tuple[QWidget, QRectF]] = []

    def canvas_size(self) -> QSize:
        """The canvas this view draws on; a view for portrait screens may change it."""
        return CANVAS

    @property
    def scale(self) -> float:
        return letterbox(self.size(), self.canvas_size())[1]

    def to_widget(self, canvas_rect: QRectF) -> QRect:
        transform = canvas_transform(self.size(), self.canvas_size())
        return transform.mapRect(canvas_rect).toAlignedRect()

    def place(self, child: QWidget, canvas_rect: QRectF) -> None:
        self._placements = [(w, r) for w, r in self._placements if w is not child]
        self._placements.append((child, canvas_rect))
        child.setGeometry(self.to_widget(canvas_rect))
        if isinstance(child, CanvasButton):
            child.rescale(self.scale)

    def place_face(self, button: CanvasButton, face: Face) -> None:
        """Put a real button on a painter's ``face``: its look, text and place."""
        button.font_size = face.font_size
        button.set_style(face.style)
        button.set_mark(face.mark)
        button.setText(face.text)
        self.place(button, face.rect)

    def relayout(self) -> None:
        """Place the children for the current size, then rescale their fonts."""
        for child, rect in self._placements:
            child.setGeometry(self.to_widget(rect))
        scale = self.scale
        for button in self.findChildren(CanvasButton):
            button.rescale(scale)
        self.on_scale_changed(scale)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.relayout()
        super().resizeEvent(event)

    def letterbox_color(self) -> QColor:
        """The bars around the canvas: black for a projected picture."""
        return theme.LETTERBOX

    def on_scale_changed(self, scale: float) -> None:
        """Subclasses rescale their other child widgets here."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.letterbox_color())
        painter.setTransform(canvas_transform(self.size(), self.canvas_size()))
        self.paint_canvas(painter)
        painter.end()

    def paint_canvas(self, painter: QPainter) -> None:
        raise NotImplementedError
