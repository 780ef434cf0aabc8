"""What every class screen shares: the canvas, the two answers' colours and shapes, fonts
that fit, the header band.

The canvas is 1920 wide and as tall as the projector's shape asks (``canvas_height``); every
text the class reads is at least 36 canvas pixels: 19 px on a 1024x768 projector.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from cmq_desktop.i18n import QT_TRANSLATE_NOOP
from cmq_desktop.ui import theme
from cmq_desktop.ui.buttons import fitted_font_size

W = theme.CANVAS_WIDTH
MARGIN = 100
# The two answers: a colour and a shape each, so the class can say "le carré", "le rond"
# (and the shape still tells them apart for colour-blind pupils).
ANSWER_COLORS = (theme.ANSWER_1, theme.ANSWER_2)  # the theme's own objects: they follow it
SHAPE_NAMES = (QT_TRANSLATE_NOOP("class", "carré"), QT_TRANSLATE_NOOP("class", "rond"))
MUTED = theme.MUTED


def canvas_height(width: int, height: int) -> int:
    """The canvas height for a target of that shape: 16:9 -> 1080, 4:3 -> 1440."""
    if width <= 0 or height <= 0:
        return theme.CANVAS_HEIGHT
    return max(theme.CANVAS_HEIGHT, min(1440, round(W * height / width)))


def fit_font(text: str, size: float, width: float, bold: bool = False) -> QFont:
    """The biggest font up to ``size`` (floor 36) in which ``text`` fits on one line."""
    return theme.font(fitted_font_size(text, size, width, bold, floor=36), bold=bold)


def paint_shape(painter: QPainter, box: QRectF, index: int, color: QColor) -> None:
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    if index == 0:
        painter.drawRoundedRect(box, box.width() * 0.08, box.width() * 0.08)
    else:
        painter.drawEllipse(box)
    painter.restore()


def paint_header(painter: QPainter, left: str, right: str = "") -> None:
    """The band at the top of every class screen: where we are, and a status on the right."""
    painter.setPen(theme.INK_SOFT)
    painter.setFont(theme.font(44, bold=True))
    band = QRectF(MARGIN, 30, W - 2 * MARGIN, 80)
    painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
    if right:
        painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
