"""The overview grid: every slide as a thumbnail, to jump to one (G or O).

Arrow keys move the highlight, Enter jumps, a click jumps; thumbnails are drawn by the
one slide renderer and kept, so opening the grid again is instant.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from cmq_desktop.content.model import Slide
from cmq_desktop.i18n import translate
from cmq_desktop.ui import theme
from cmq_desktop.ui.canvas import canvas_transform
from cmq_desktop.ui.slide_renderer import SlideRenderer

GAP = 16
HEADER = 56


class OverviewGrid(QWidget):
    slide_chosen = Signal(int)  # 0-based

    def __init__(self, renderer: SlideRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.slides: tuple[Slide, ...] = ()
        self.selected = 0
        self._thumbs: dict[tuple[Slide, int, int, float, int], QPixmap] = {}
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.hide()

    def open(self, slides: tuple[Slide, ...], current: int) -> None:
        self.slides = slides
        self.selected = current
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.update()

    @property
    def columns(self) -> int:
        count = max(1, len(self.slides))
        # Close to the window's shape: 12 slides on 16:9 -> 4 columns of 3 rows.
        ratio = self.width() / max(1, self.height() - HEADER)
        return max(1, min(count, round(math.sqrt(count * ratio / (16 / 9)))))

    def _cells(self) -> list[QRectF]:
        columns = self.columns
        rows = math.ceil(len(self.slides) / columns) or 1
        cell_w = (self.width() - GAP * (columns + 1)) / columns
        cell_h = (self.height() - HEADER - GAP * (rows + 1)) / rows
        # Keep 16:9 thumbnails inside each cell.
        w = min(cell_w, cell_h * 16 / 9)
        h = w * 9 / 16
        cells = []
        for index in range(len(self.slides)):
            row, col = divmod(index, columns)
            x = GAP + col * (cell_w + GAP) + (cell_w - w) / 2
            y = HEADER + GAP + row * (cell_h + GAP) + (cell_h - h) / 2
            cells.append(QRectF(x, y, w, h))
        return cells

    def _thumb(self, index: int, size: QSize) -> QPixmap:
        slide = self.slides[index]
        ratio = self.devicePixelRatioF()
        key = (slide, size.width(), size.height(), ratio, theme.generation())
        if key not in self._thumbs:
            if self._thumbs and next(iter(self._thumbs))[1:] != key[1:]:
                # Another cell size or screen (the cells all share one size): the old set
                # would never be drawn again, and a day of screen changes would pile them up.
                self._thumbs.clear()
            pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            painter = QPainter(pixmap)
            painter.setTransform(canvas_transform(size))
            self.renderer.paint(painter, slide, index + 1, len(self.slides))
            painter.end()
            self._thumbs[key] = pixmap
        return self._thumbs[key]

    def handle_key(self, name: str) -> bool:
        """Keys while the grid is open: arrows move, Enter jumps. False: not for the grid."""
        count = len(self.slides)
        if not count:
            return False
        if name in ("Return", "Enter", "Space"):
            self.slide_chosen.emit(self.selected)
            return True
        step = {"Right": 1, "Left": -1, "Down": self.columns, "Up": -self.columns}.get(name)
        if step is None:
            return False
        self.selected = max(0, min(count - 1, self.selected + step))
        self.update()
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index, cell in enumerate(self._cells()):
            if cell.contains(event.position()):
                self.selected = index
                self.slide_chosen.emit(index)
                return

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.COVER_END)
        painter.setPen(theme.COVER_TEXT)
        painter.setFont(theme.font(24, bold=True))
        painter.drawText(
            QRectF(GAP, 0, self.width() - 2 * GAP, HEADER),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            translate(
                "console",
                "Vue d’ensemble\u00a0: flèches puis Entrée, ou un clic\u00a0; Échap ou G pour "
                "fermer",
            ),
        )
        for index, cell in enumerate(self._cells()):
            size = QSize(max(1, round(cell.width())), max(1, round(cell.height())))
            painter.drawPixmap(cell.topLeft(), self._thumb(index, size))
            if index == self.selected:
                painter.setPen(QPen(theme.FOCUS, 6))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.adjusted(-4, -4, 4, 4))
            label = QRectF(cell.x(), cell.bottom() - 34, 56, 34)
            painter.fillRect(label, theme.NAVY)
            painter.setPen(theme.PAPER)
            painter.setFont(theme.font(20, bold=True))
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, str(index + 1))
        painter.end()
