"""A slide, letterboxed to the window, with discreet navigation for mouse and touch."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QRectF, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from cmq_desktop.content.model import Slide
from cmq_desktop.i18n import translate
from cmq_desktop.quiz.screens import SlideScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.accessible import describe, slide_lines
from cmq_desktop.ui.buttons import ButtonStyle, CanvasButton
from cmq_desktop.ui.canvas import CanvasWidget, canvas_transform
from cmq_desktop.ui.frame_cache import FrameCache
from cmq_desktop.ui.slide_renderer import SlideRenderer

W, H = theme.CANVAS_WIDTH, theme.CANVAS_HEIGHT
NAV_HIDE_MS = 3000
# Finished frames kept: the current slide, the next one (drawn ahead while the presenter
# talks) and the previous one. 3 x 33 MB at 3840x2160.
FRAMES_KEPT = 3


class SlideView(CanvasWidget):
    next_requested = Signal()
    previous_requested = Signal()
    back_to_quiz_requested = Signal()
    painted = Signal()  # after every finished paint (first-frame timing, benchmarks)

    def __init__(self, renderer: SlideRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.screen_model: SlideScreen | None = None
        self.slide: Slide | None = None
        self.number = 0
        self.total = 0
        self.reviewing = False
        self.setMouseTracking(True)
        self.previous_button = CanvasButton(self, ButtonStyle.SECONDARY, "‹", font_size=64)
        self.previous_button.setAccessibleName(translate("slide", "Diapositive précédente"))
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button = CanvasButton(self, ButtonStyle.SECONDARY, "›", font_size=64)
        self.next_button.setAccessibleName(translate("slide", "Diapositive suivante"))
        self.next_button.clicked.connect(self.next_requested)
        self.back_button = CanvasButton(
            self, ButtonStyle.PRIMARY, translate("slide", "Retour à la question (Entrée)")
        )
        self.back_button.clicked.connect(self.back_to_quiz_requested)
        self.place(self.previous_button, QRectF(40, H - 130, 100, 100))
        # Right of the slide counter (which ends at the right margin, x = W - 120).
        self.place(self.next_button, QRectF(W - 110, H - 130, 100, 100))
        # In the footer band, clear of the slide's body text.
        self.place(self.back_button, QRectF(W / 2 - 340, H - 106, 680, 88))
        # Navigation buttons appear when the mouse moves or a finger taps, then hide so the
        # projected slide stays clean.
        self._hide_timer = QTimer(self, singleShot=True, interval=NAV_HIDE_MS)
        self._hide_timer.timeout.connect(self._hide_navigation)
        self._hide_navigation()
        self.back_button.hide()
        self._frames = FrameCache(FRAMES_KEPT)
        self._neighbours: tuple[tuple[Slide, int], ...] = ()
        # Draw the next and previous slides once the current one is on screen, so that
        # moving either way only copies a finished frame.
        self._prefetch_timer = QTimer(self, singleShot=True, interval=0)
        self._prefetch_timer.timeout.connect(self._prefetch)

    def show_screen(self, screen: SlideScreen, neighbours: tuple[SlideScreen, ...] = ()) -> None:
        """Show ``screen``; ``neighbours`` are slides worth drawing ahead."""
        self.screen_model = screen
        self.slide, self.number, self.total = screen.slide, screen.number, screen.total
        self.reviewing = screen.reviewing
        self._neighbours = tuple((n.slide, n.number) for n in neighbours)
        self.back_button.setVisible(screen.reviewing)
        name = translate("slide", "Diapositive {number} sur {total} : {title}").format(
            number=screen.number, total=screen.total, title=screen.slide.title_text
        )
        describe(self, name, "\n".join(slide_lines(screen.slide)[1:]))
        self.update()

    def _frame(self, slide: Slide, number: int) -> QPixmap:
        return self._frames.frame(
            (slide, number, self.total),
            self.size(),
            self.devicePixelRatioF(),
            partial(self._paint_frame, slide=slide, number=number),
        )

    def _paint_frame(self, painter: QPainter, slide: Slide, number: int) -> None:
        painter.fillRect(self.rect(), theme.LETTERBOX)
        painter.setTransform(canvas_transform(self.size()))
        self.renderer.paint(painter, slide, number, self.total)

    def _prefetch(self) -> None:
        if self.isVisible():
            for slide, number in self._neighbours:
                self._frame(slide, number)
            if self.slide is not None:
                self._frame(self.slide, self.number)  # keep the current frame the newest

    def _hide_navigation(self) -> None:
        self.previous_button.hide()
        self.next_button.hide()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.previous_button.show()
        self.next_button.show()
        if not theme.reduced_motion():  # reduced motion: they stay, nothing pops in and out
            self._hide_timer.start()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.mouseMoveEvent(event)

    def paint_canvas(self, painter: QPainter) -> None:
        # Only before the first slide is set: slides are drawn as cached frames below.
        painter.fillRect(QRectF(0, 0, W, H), theme.PAPER)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.slide is None:
            super().paintEvent(event)
        else:
            painter = QPainter(self)
            painter.drawPixmap(0, 0, self._frame(self.slide, self.number))
            painter.end()
        self.painted.emit()
        if self._neighbours and not self._prefetch_timer.isActive():
            self._prefetch_timer.start()
