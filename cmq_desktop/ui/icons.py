"""Vector feedback marks (check, cross): the bundled font has no ✓ or ✗ glyph."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from cmq_desktop.ui import theme


def paint_mark(painter: QPainter, box: QRectF, correct: bool, color: QColor | None = None) -> None:
    """A filled disc with a white check (correct) or cross (wrong) inside ``box``."""
    disc = color or (theme.RIGHT if correct else theme.WRONG)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(disc)
    painter.drawEllipse(box)
    pen = QPen(
        theme.PAPER,
        box.width() * 0.12,
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x, y, w, h = box.x(), box.y(), box.width(), box.height()
    path = QPainterPath()
    if correct:
        path.moveTo(QPointF(x + w * 0.28, y + h * 0.52))
        path.lineTo(QPointF(x + w * 0.44, y + h * 0.68))
        path.lineTo(QPointF(x + w * 0.73, y + h * 0.36))
    else:
        path.moveTo(QPointF(x + w * 0.33, y + h * 0.33))
        path.lineTo(QPointF(x + w * 0.67, y + h * 0.67))
        path.moveTo(QPointF(x + w * 0.67, y + h * 0.33))
        path.lineTo(QPointF(x + w * 0.33, y + h * 0.67))
    painter.drawPath(path)
    painter.restore()


def mark_icon(correct: bool, pixel_size: int = 128) -> QIcon:
    pixmap = QPixmap(pixel_size, pixel_size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_mark(painter, QRectF(2, 2, pixel_size - 4, pixel_size - 4), correct)
    painter.end()
    icon = QIcon(pixmap)
    # The answer buttons are disabled once answered: keep the mark in colour.
    icon.addPixmap(pixmap, QIcon.Mode.Disabled)
    return icon
