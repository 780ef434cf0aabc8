"""Draws what the class sees for one lesson state, at any size: the audience window, the
console's previews and ``render --mode classe`` all call this one painter.

Slides go through the one slide renderer (16:9 canvas, letterboxed); the class round's
screens use the projector's whole shape (``class_painter``). Finished frames are kept
per size, so a slide step only copies a picture drawn ahead.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap, QTransform

from cmq_desktop.content.model import Layout, Slide, Span
from cmq_desktop.quiz.navigator import Blackout
from cmq_desktop.quiz.screens import LessonState, SlideScreen, StartScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.classe.class_canvas import canvas_height
from cmq_desktop.ui.classe.class_painter import ClassPainter
from cmq_desktop.ui.frame_cache import FrameCache
from cmq_desktop.ui.slide_renderer import SlideRenderer

W = theme.CANVAS_WIDTH
BLACKOUT_COLORS = {Blackout.BLACK: QColor("#000000"), Blackout.WHITE: QColor("#ffffff")}
FRAMES_KEPT = 4


def cover_of(screen: StartScreen) -> Slide:
    """The start screen's picture: the deck's title as a cover, as the start view draws it."""
    first = screen.first_slide
    title = first.title if first else (Span("Quiz"),)
    subtitle = first.subtitle if first and first.layout is Layout.TITLE else ()
    return Slide("accueil", title, subtitle, Layout.TITLE, (), "", first.path if first else "", 1)


def class_transform(size: QSize) -> tuple[QTransform, int]:
    """The transform onto a class canvas sized for ``size``'s shape, and that canvas's height."""
    height = canvas_height(size.width(), size.height())
    scale = min(size.width() / W, size.height() / height)
    dx = (size.width() - W * scale) / 2
    dy = (size.height() - height * scale) / 2
    return QTransform(scale, 0, 0, scale, dx, dy), height


class AudiencePainter:
    def __init__(self, renderer: SlideRenderer, text_scale: float = 1.0) -> None:
        self.renderer = renderer
        self.classes = ClassPainter(text_scale)
        self._frames = FrameCache(FRAMES_KEPT)
        self.last_height = theme.CANVAS_HEIGHT  # the canvas of the last paint (for ``fitted``)

    @property
    def text_scale(self) -> float:
        return self.classes.text_scale

    @text_scale.setter
    def text_scale(self, scale: float) -> None:
        self.classes.text_scale = scale
        self._frames.clear()

    def paint(
        self, painter: QPainter, size: QSize, screen: object, blackout: Blackout = Blackout.NONE
    ) -> None:
        """Paint ``screen`` (a screen model) filling ``size``."""
        color = BLACKOUT_COLORS.get(blackout)
        if color is not None:
            painter.fillRect(QRectF(0, 0, size.width(), size.height()), color)
            return
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), theme.LETTERBOX)
        painter.save()
        # Every screen uses the projector's shape: 1920 wide, 1080 (16:9) to 1440 (4:3) tall.
        transform, height = class_transform(size)
        self.last_height = height
        painter.setTransform(transform, combine=True)
        if isinstance(screen, SlideScreen):
            self.renderer.paint(
                painter,
                screen.slide,
                screen.number,
                screen.total,
                counter=False,
                height=height,
                text_scale=self.text_scale,
            )
        elif isinstance(screen, StartScreen):
            self.renderer.paint(painter, cover_of(screen), 1, 1, height=height)
        else:
            self.classes.paint(painter, screen, height)
        painter.restore()

    def fitted(self, screen: object) -> bool:
        """Whether every text of ``screen`` fitted (for ``render``'s report)."""
        height = self.last_height
        if isinstance(screen, SlideScreen):
            return self.renderer.layout(screen.slide, height, self.text_scale).fitted
        if isinstance(screen, StartScreen):
            return self.renderer.layout(cover_of(screen), height).fitted
        return self.classes.fitted

    def frame(self, size: QSize, ratio: float, screen: object, blackout: Blackout) -> QPixmap:
        """``screen`` as a finished picture of ``size`` (kept for the next paint)."""
        return self._frames.frame(
            (screen, blackout, self.text_scale),
            size,
            ratio,
            partial(self.paint, size=size, screen=screen, blackout=blackout),
            fill=QColor(Qt.GlobalColor.black),
        )

    def state_frame(self, size: QSize, ratio: float, state: LessonState) -> QPixmap:
        return self.frame(size, ratio, state.screen, state.blackout)
