"""The attract loop: the current slide, and under it a banner inviting visitors to play.

Any touch or click starts a visitor's quiz (``start_requested``). The slide is drawn
by the program's one slide renderer, letterboxed in the space above the banner, so a
portrait screen shows it whole with a taller banner below.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.quiz.visitor_run import AttractScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.accessible import describe, slide_lines
from cmq_desktop.ui.slide_renderer import SlideRenderer
from cmq_desktop.ui.stand.sizing import unit

BANNER_TEXT = QT_TRANSLATE_NOOP(
    "stand", "Touchez l’écran ou appuyez sur une touche pour tester vos connaissances"
)
BANNER_SHARE = 0.2  # of the window's height, at least


class AttractView(QWidget):
    start_requested = Signal()

    def __init__(self, renderer: SlideRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.screen_model: AttractScreen | None = None
        # One finished frame of the slide: the banner repaints without redrawing it.
        self._frame: QPixmap | None = None
        self._frame_key: tuple[object, ...] = ()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAccessibleName(translate("stand", BANNER_TEXT))

    def show_screen(self, screen: AttractScreen) -> None:
        if screen != self.screen_model:
            self.screen_model = screen
            # The invitation first, then the slide going by (not announced: it changes
            # every few seconds by itself).
            lines = slide_lines(screen.slide) if screen.slide is not None else []
            describe(self, translate("stand", BANNER_TEXT), "\n".join(lines), announce=False)
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Touches arrive here too: Qt turns an unhandled touch into a mouse press.
        if event.button() == Qt.MouseButton.LeftButton:
            self.start_requested.emit()

    # Geometry --------------------------------------------------------------------------

    def banner_rect(self) -> QRectF:
        width, height = self.width(), self.height()
        slide_height = width * theme.CANVAS_HEIGHT / theme.CANVAS_WIDTH
        banner = max(height * BANNER_SHARE, min(height - slide_height, height * 0.45))
        return QRectF(0, height - banner, width, banner)

    def slide_rect(self) -> QRectF:
        free = QRectF(0, 0, self.width(), self.banner_rect().top())
        scale = min(free.width() / theme.CANVAS_WIDTH, free.height() / theme.CANVAS_HEIGHT)
        w, h = theme.CANVAS_WIDTH * scale, theme.CANVAS_HEIGHT * scale
        return QRectF((free.width() - w) / 2, (free.height() - h) / 2, w, h)

    # Painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), theme.NAVY_DARK)
        model = self.screen_model
        if model is not None and model.slide is not None:
            painter.drawPixmap(self.slide_rect().topLeft(), self._slide_frame(model))
        self._paint_banner(painter, model)
        painter.end()

    def _slide_frame(self, model: AttractScreen) -> QPixmap:
        rect = self.slide_rect()
        ratio = self.devicePixelRatioF()
        key = (model, round(rect.width()), round(rect.height()), ratio, theme.generation())
        if self._frame is None or key != self._frame_key:
            frame = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
            frame.setDevicePixelRatio(ratio)
            frame.fill(theme.PAPER)
            frame_painter = QPainter(frame)
            scale = rect.width() / theme.CANVAS_WIDTH
            frame_painter.scale(scale, scale)
            assert model.slide is not None
            self.renderer.paint(frame_painter, model.slide, model.number, model.total)
            frame_painter.end()
            self._frame, self._frame_key = frame, key
        return self._frame

    def _paint_banner(self, painter: QPainter, model: AttractScreen | None) -> None:
        banner = self.banner_rect()
        painter.fillRect(banner, theme.TEAL)
        u = unit(self)
        margin = 48 * u
        text_box = banner.adjusted(margin, margin * 0.5, -margin, -margin * 0.9)
        size = 64 * u
        font = theme.font(size, bold=True)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        # Shrink until the invitation fits the banner (long on a narrow portrait screen).
        while size > 14:
            needed = QFontMetricsF(font).boundingRect(
                text_box, int(flags), translate("stand", BANNER_TEXT)
            )
            if needed.height() <= text_box.height() and needed.width() <= text_box.width():
                break
            size *= 0.92
            font = theme.font(size, bold=True)
        painter.setFont(font)
        painter.setPen(theme.PAPER)
        painter.drawText(text_box, int(flags), translate("stand", BANNER_TEXT))
        if model is not None and model.total > 1:
            self._paint_dots(painter, banner, model, u)

    def _paint_dots(
        self, painter: QPainter, banner: QRectF, model: AttractScreen, u: float
    ) -> None:
        # Where the loop stands: small dots, the current one filled.
        radius, gap = 7 * u, 26 * u
        width = gap * (model.total - 1)
        x0, y = banner.center().x() - width / 2, banner.bottom() - 32 * u
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(model.total):
            current = index + 1 == model.number
            painter.setBrush(theme.PAPER if current else theme.TEAL_LIGHT.darker(130))
            painter.drawEllipse(
                QRectF(x0 + index * gap - radius, y - radius, 2 * radius, 2 * radius)
            )
