"""The attract loop: the current slide, and under it a banner inviting visitors to play.

Any touch or click starts a visitor's quiz (``start_requested``). The slide is drawn
by the program's one slide renderer, letterboxed in the space above the banner, so a
portrait screen shows it whole with a taller banner below. ``paint_attract`` draws the
whole screen at any size: the view and ``render --mode stand`` call it.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.quiz.visitor_run import AttractScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.accessible import describe, slide_lines
from cmq_desktop.ui.frame_cache import FrameCache
from cmq_desktop.ui.slide_renderer import SlideRenderer
from cmq_desktop.ui.stand.sizing import type_unit

BANNER_TEXT = QT_TRANSLATE_NOOP(
    "stand", "Touchez l’écran ou appuyez sur une touche pour tester vos connaissances"
)
BANNER_SHARE = 0.2  # of the window's height, at least


PORTRAIT_CANVAS_HEIGHT = 1440  # 4:3, the tallest canvas the renderer lays out (Classe's)
PORTRAIT_TEXT_SCALE = 1.2  # the canvas is shrunk to 1080 px wide: its text a little bigger


def canvas_height(width: float, height: float) -> int:
    """The slide's canvas: 16:9, or on a portrait screen the renderer's 4:3 (taller)."""
    return PORTRAIT_CANVAS_HEIGHT if height > width else theme.CANVAS_HEIGHT


def banner_rect(width: float, height: float) -> QRectF:
    slide_height = width * canvas_height(width, height) / theme.CANVAS_WIDTH
    if height > width:
        # Portrait: the slide at the top, full width; the invitation fills the rest (no
        # empty bands above and below a small landscape slide).
        return QRectF(0, slide_height, width, height - slide_height)
    banner = max(height * BANNER_SHARE, min(height - slide_height, height * 0.45))
    return QRectF(0, height - banner, width, banner)


def slide_rect(width: float, height: float) -> QRectF:
    free = QRectF(0, 0, width, banner_rect(width, height).top())
    canvas = canvas_height(width, height)
    scale = min(free.width() / theme.CANVAS_WIDTH, free.height() / canvas)
    w, h = theme.CANVAS_WIDTH * scale, canvas * scale
    return QRectF((free.width() - w) / 2, (free.height() - h) / 2, w, h)


def paint_slide(
    painter: QPainter, renderer: SlideRenderer, model: AttractScreen, width: float, height: int
) -> None:
    """The loop's slide on a picture ``width`` pixels wide (its frame), on a canvas
    ``height`` tall."""
    scale = width / theme.CANVAS_WIDTH
    painter.scale(scale, scale)
    assert model.slide is not None
    text_scale = PORTRAIT_TEXT_SCALE if height > theme.CANVAS_HEIGHT else 1.0
    renderer.paint(
        painter, model.slide, model.number, model.total, height=height, text_scale=text_scale
    )


def slide_frame(
    renderer: SlideRenderer,
    model: AttractScreen,
    size: QSize,
    cache: FrameCache,
    ratio: float = 1.0,
) -> QPixmap:
    """The slide's finished picture for a screen of ``size`` (kept in ``cache``)."""
    rect = slide_rect(size.width(), size.height())
    frame_size = QSize(round(rect.width()), round(rect.height()))
    return cache.frame(
        model,
        frame_size,
        ratio,
        partial(
            paint_slide,
            renderer=renderer,
            model=model,
            width=rect.width(),
            height=canvas_height(size.width(), size.height()),
        ),
        fill=theme.PAPER,
    )


def paint_attract(
    painter: QPainter, size: QSize, model: AttractScreen | None, slide: QPixmap | None
) -> None:
    """The whole attract screen at ``size``: ``slide`` is ``slide_frame``'s picture."""
    width, height = size.width(), size.height()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, width, height), theme.COVER_END)
    if model is not None and model.slide is not None and slide is not None:
        painter.drawPixmap(slide_rect(width, height).topLeft(), slide)
    _paint_banner(painter, size, model)


def _paint_banner(painter: QPainter, size: QSize, model: AttractScreen | None) -> None:
    banner = banner_rect(size.width(), size.height())
    painter.fillRect(banner, theme.TEAL)
    u = type_unit(size.width(), size.height())
    margin = 48 * u
    text_box = banner.adjusted(margin, margin * 0.5, -margin, -margin * 0.9)
    font_size = 64 * u * (1.5 if size.height() > size.width() else 1.0)  # portrait: room
    font = theme.font(font_size, bold=True)
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    # Shrink until the invitation fits the banner (long on a narrow portrait screen).
    while font_size > 14:
        needed = QFontMetricsF(font).boundingRect(
            text_box, int(flags), translate("stand", BANNER_TEXT)
        )
        if needed.height() <= text_box.height() and needed.width() <= text_box.width():
            break
        font_size *= 0.92
        font = theme.font(font_size, bold=True)
    painter.setFont(font)
    painter.setPen(theme.PAPER)
    painter.drawText(text_box, int(flags), translate("stand", BANNER_TEXT))
    if model is not None and model.total > 1:
        _paint_dots(painter, banner, model, u)


def _paint_dots(painter: QPainter, banner: QRectF, model: AttractScreen, u: float) -> None:
    # Where the loop stands: small dots, the current one filled.
    radius, gap = 7 * u, 26 * u
    width = gap * (model.total - 1)
    x0, y = banner.center().x() - width / 2, banner.bottom() - 32 * u
    painter.setPen(Qt.PenStyle.NoPen)
    for index in range(model.total):
        current = index + 1 == model.number
        painter.setBrush(theme.PAPER if current else theme.TEAL_LIGHT.darker(130))
        painter.drawEllipse(QRectF(x0 + index * gap - radius, y - radius, 2 * radius, 2 * radius))


class AttractView(QWidget):
    start_requested = Signal()

    def __init__(self, renderer: SlideRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.screen_model: AttractScreen | None = None
        # One finished frame of the slide: the banner repaints without redrawing it.
        self._frames = FrameCache(1)
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

    def banner_rect(self) -> QRectF:
        return banner_rect(self.width(), self.height())

    def slide_rect(self) -> QRectF:
        return slide_rect(self.width(), self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.screen_model
        slide = None
        if model is not None and model.slide is not None:
            ratio = self.devicePixelRatioF()
            slide = slide_frame(self.renderer, model, self.size(), self._frames, ratio)
        painter = QPainter(self)
        paint_attract(painter, self.size(), model, slide)
        painter.end()
