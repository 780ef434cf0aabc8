"""The big touch-friendly buttons of every screen, and the one painter of their face.

``paint_face`` draws a button (background, border, optional check or cross mark, label
shrunk to fit) in any painter's units. ``CanvasButton`` paints itself with it, so a
window's real, focusable buttons and a PNG or PDF page of the same screen look the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFocusEvent,
    QFontMetricsF,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QPushButton, QWidget

from cmq_desktop.ui import theme
from cmq_desktop.ui.icons import paint_mark


class ButtonStyle(Enum):
    # background, text, border: colour roles of the theme, looked up when painted
    PRIMARY = ("NAVY", "PAPER", "NAVY")
    ANSWER = ("NAVY", "PAPER", "NAVY_DARK")
    SECONDARY = ("PAPER", "NAVY", "NAVY")
    RIGHT = ("RIGHT_LIGHT", "RIGHT", "RIGHT")
    WRONG = ("WRONG_LIGHT", "WRONG", "WRONG")
    MUTED = ("PAPER", "INK_SOFT", "MUTED_BORDER")

    def colours(self) -> tuple[QColor, QColor, QColor]:
        background, text, border = (QColor(getattr(theme, role)) for role in self.value)
        return background, text, border


# Canvas pixels, multiplied by the scale: border, corner radius, side padding.
BORDER, RADIUS, PADDING = 5.0, 22.0, 25.0
FOCUS_WIDTH = 7.0
# A window property: True once a button was reached with Tab.
KEYBOARD_NAVIGATION = "cmq_keyboard_navigation"
# A mark is as tall as the text, and this far from it.
MARK_RATIO, MARK_GAP = 1.1, 16.0
_SHRINK = 0.94
# The answer chosen with the arrows (not yet answered): a thick amber ring, seen on navy
# and on white alike, so the pupil knows what Enter will answer.
FOCUS_COLOUR = theme.FOCUS  # the theme's own object: it follows the theme
FOCUS_RING = 14.0


@dataclass(frozen=True)
class Face:
    """A button as a screen shows it, in canvas coordinates: what PNG and PDF pages draw."""

    rect: QRectF
    style: ButtonStyle
    text: str
    font_size: float
    mark: bool | None = None  # a check (True) or a cross (False) before the text


def label_room(width: float, font_size: float, mark: bool | None, scale: float) -> float:
    """How many pixels across the label of a ``width``-wide button may take."""
    border = max(1.0, round(BORDER * scale))
    mark_room = (font_size * MARK_RATIO + MARK_GAP) * scale if mark is not None else 0.0
    return width - border - 2 * PADDING * scale - mark_room


def label_size(face: Face, scale: float) -> float:
    """The label's wished size in a ``scale``d painter: the text-size setting makes it
    bigger, as far as the button's height allows (then ``fitted_font_size`` fits it across)."""
    wished = face.font_size * theme.text_scale()
    return min(wished, max(face.font_size, face.rect.height() / scale * 0.62)) * scale


def paint_focus(painter: QPainter, rect: QRectF, scale: float) -> None:
    """The keyboard focus ring around ``rect``: a thick ``FOCUS`` ring on a thin
    ``FOCUS_EDGE`` one, so it shows on light and dark grounds alike."""
    width = max(3.0, round(FOCUS_WIDTH * scale))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    radius = RADIUS * scale
    edge = rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
    painter.setPen(QPen(theme.FOCUS_EDGE, width))
    painter.drawRoundedRect(edge, radius, radius)
    ring = edge.adjusted(width, width, -width, -width)
    painter.setPen(QPen(theme.FOCUS, width * 1.4))
    painter.drawRoundedRect(ring, radius, radius)
    painter.restore()


def fitted_font_size(
    text: str, size: float, available: float, bold: bool = True, floor: float = 8.0
) -> float:
    """``size`` shrunk until ``text`` fits ``available`` pixels across on one line (never
    below ``floor``). The one text-shrinking rule of buttons and painted labels."""
    while size > floor and _advance(text, size, bold) > available:
        size *= _SHRINK
    return size


def _advance(text: str, size: float, bold: bool) -> float:
    return QFontMetricsF(theme.font(size, bold=bold)).horizontalAdvance(text)


def paint_face(
    painter: QPainter,
    face: Face,
    scale: float = 1.0,
    hovered: bool = False,
    pressed: bool = False,
    focused: bool = False,
) -> None:
    """Draw ``face`` with sizes multiplied by ``scale`` (1 on the canvas itself)."""
    background, text_colour, border = face.style.colours()
    if pressed:
        background, text_colour = theme.TEAL, theme.ON_ACCENT
    elif hovered:
        border = theme.TEAL
    width = max(1.0, round(BORDER * scale))
    if focused:
        border, width = FOCUS_COLOUR, max(3.0, round(FOCUS_RING * scale))
    rect = face.rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(border, width))
    painter.setBrush(background)
    radius = RADIUS * scale
    painter.drawRoundedRect(rect, radius, radius)
    inner = rect.adjusted(PADDING * scale, 0, -PADDING * scale, 0)
    mark_size = face.font_size * MARK_RATIO * scale if face.mark is not None else 0.0
    mark_room = mark_size + MARK_GAP * scale if mark_size else 0.0
    room = label_room(face.rect.width(), face.font_size, face.mark, scale)
    size = fitted_font_size(face.text, label_size(face, scale), room)
    font = theme.font(size, bold=True)
    text_width = QFontMetricsF(font).horizontalAdvance(face.text)
    left = inner.center().x() - (mark_room + text_width) / 2
    if face.mark is not None:
        box = QRectF(left, inner.center().y() - mark_size / 2, mark_size, mark_size)
        paint_mark(painter, box, face.mark)
    painter.setPen(text_colour)
    painter.setFont(font)
    painter.drawText(
        QRectF(left + mark_room, inner.top(), text_width + 2, inner.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        face.text,
    )
    painter.restore()


class CanvasButton(QPushButton):
    """A real button (clicks, touch, accessibility) whose face is ``paint_face``; its sizes
    are given on the 1920x1080 canvas and scale with it."""

    def __init__(
        self, parent: QWidget, style: ButtonStyle, text: str = "", font_size: float = 40
    ) -> None:
        super().__init__(text, parent)
        self.font_size = font_size
        self.button_style = style
        self.mark: bool | None = None
        self.focused = False  # chosen with the arrows, drawn with the focus ring
        self._scale = 1.0
        # From enter/leave events: underMouse() can be stale for a button that was moved
        # while hidden (seen on the offscreen platform).
        self._hovered = False
        # Reached with Tab only: a clicker's or a presenter's keys go to the window's key
        # table as long as no button was tabbed to (see ``MainWindow.show_view``). A
        # focused button takes Space and Enter; other keys go on to the window.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_style(self, style: ButtonStyle) -> None:
        self.button_style = style
        self.update()

    def set_focused(self, focused: bool) -> None:
        if focused != self.focused:
            self.focused = focused
            self.update()

    def set_mark(self, mark: bool | None) -> None:
        self.mark = mark
        self._fit_font()
        self.update()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit_font()

    def rescale(self, scale: float) -> None:
        self._scale = scale
        self._fit_font()
        self.update()

    def face(self) -> Face:
        """This button as drawn, in its own pixels."""
        return Face(QRectF(self.rect()), self.button_style, self.text(), self.font_size, self.mark)

    def _fit_font(self) -> None:
        # The widget's font is the one painted: font metrics (and screen readers' text
        # boxes) match what the user sees.
        room = label_room(self.width(), self.font_size, self.mark, self._scale)
        size = fitted_font_size(self.text(), label_size(self.face(), self._scale), room)
        self.setFont(theme.font(size, bold=True))

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hovered = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = False
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if not event.isAutoRepeat() and self.isEnabled():
                self.click()
            return
        event.ignore()  # the window's key table: answer letters, F11, Échap...

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        event.ignore()

    def focusInEvent(self, event: QFocusEvent) -> None:
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            # A keyboard user: the next screens put the focus on their first button too.
            self.window().setProperty(KEYBOARD_NAVIGATION, True)
        super().focusInEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._hovered = False
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_face(
            painter,
            self.face(),
            self._scale,
            hovered=self._hovered and self.isEnabled(),
            pressed=self.isDown(),
            focused=self.focused and self.isEnabled(),
        )
        if self.hasFocus():
            paint_focus(painter, QRectF(self.rect()), self._scale)
        painter.end()
