"""The results in a window: the shared picture, page turns, and real buttons on its faces."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPainter, QWheelEvent
from PySide6.QtWidgets import QWidget

from cmq_desktop.i18n import translate
from cmq_desktop.quiz.results_text import message, page_indicator, spoken
from cmq_desktop.quiz.screens import ResultsScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.accessible import describe
from cmq_desktop.ui.buttons import ButtonStyle, CanvasButton
from cmq_desktop.ui.canvas import CanvasWidget
from cmq_desktop.ui.results_painter import (
    BUTTON_FONT,
    HOME_LABEL,
    RESTART_LABEL,
    RETRY_LABEL,
    ResultsPicture,
    button_faces,
    card_text,
)


class ResultsView(CanvasWidget):
    retry_wrong_requested = Signal()
    restart_requested = Signal()
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen_model: ResultsScreen | None = None
        self.picture: ResultsPicture | None = None
        self.page = 0
        self.retry_button = CanvasButton(
            self, ButtonStyle.PRIMARY, translate("results", RETRY_LABEL), BUTTON_FONT
        )
        self.retry_button.clicked.connect(self.retry_wrong_requested)
        self.restart_button = CanvasButton(
            self, ButtonStyle.SECONDARY, translate("results", RESTART_LABEL), BUTTON_FONT
        )
        self.restart_button.clicked.connect(self.restart_requested)
        self.home_button = CanvasButton(
            self, ButtonStyle.SECONDARY, translate("results", HOME_LABEL), BUTTON_FONT
        )
        self.home_button.clicked.connect(self.home_requested)

    @property
    def score(self) -> int:
        return self.screen_model.score if self.screen_model else 0

    @property
    def total(self) -> int:
        return self.screen_model.total if self.screen_model else 0

    @property
    def page_count(self) -> int:
        return len(self.picture.pages) if self.picture else 0

    def show_screen(self, screen: ResultsScreen) -> None:
        self.screen_model = screen
        self.picture = ResultsPicture(screen)
        self.page = 0
        buttons = (self.retry_button, self.restart_button, self.home_button)
        for button, face in zip(buttons, button_faces(screen), strict=True):
            button.setVisible(face is not None)
            if face is not None:
                self.place(button, face.rect)
        self._describe()
        self.update()

    def default_button(self) -> CanvasButton:
        """Where the keyboard focus goes: redo the mistakes, else start again."""
        return self.retry_button if self.retry_button.isVisibleTo(self) else self.restart_button

    def scroll_by_page(self, direction: int) -> None:
        """Turn a page (the clicker's PgDown/PgUp, arrows, the wheel); no lesson state."""
        page = max(0, min(self.page + direction, self.page_count - 1))
        if page != self.page:
            self.page = page
            self._describe()
            self.update()

    def _describe(self) -> None:
        if self.picture is not None:
            cards = self.picture.pages[self.page]
            texts = [message(self.picture.screen), *(card_text(card) for card in cards)]
            if self.page_count > 1:
                texts.insert(1, page_indicator(self.page, self.page_count))
            describe(self, spoken(self.picture.screen), "\n\n".join(texts))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y()
        if steps:
            self.scroll_by_page(-1 if steps > 0 else 1)

    def paint_canvas(self, painter: QPainter) -> None:
        if self.picture is None:
            painter.fillRect(0, 0, theme.CANVAS_WIDTH, theme.CANVAS_HEIGHT, theme.PAPER_SHADE)
            return
        self.picture.paint(painter, self.page)
