"""The start screen: the deck's title and a big way to start, plus the quiz sets."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from cmq_desktop.content.model import Layout, Slide, Span
from cmq_desktop.i18n import translate
from cmq_desktop.quiz.start_screen import StartScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.accessible import describe, slide_lines
from cmq_desktop.ui.buttons import ButtonStyle, CanvasButton
from cmq_desktop.ui.canvas import CanvasWidget
from cmq_desktop.ui.slide_renderer import SlideRenderer

W, H = theme.CANVAS_WIDTH, theme.CANVAS_HEIGHT
START_BOX = QRectF(W / 2 - 450, 690, 900, 120)
QUIZ_ROW_TOP = 850
MODE_ROW = QRectF(0, 36, W, 84)  # above the cover's title
MODE_BUTTON_WIDTH, MODE_GAP = 420, 30


class StartView(CanvasWidget):
    start_requested = Signal()
    quiz_requested = Signal(str)  # the quiz set id
    mode_requested = Signal(str)  # a mode id, e.g. "classe"
    painted = Signal()

    def __init__(self, renderer: SlideRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.cover: Slide | None = None
        self.screen_model: StartScreen | None = None
        self.start_button = CanvasButton(
            self,
            ButtonStyle.SECONDARY,
            translate("start", "Commencer la présentation"),
            font_size=48,
        )
        self.start_button.clicked.connect(self.start_requested)
        self.place(self.start_button, START_BOX)
        self.quiz_buttons: list[CanvasButton] = []
        self.mode_buttons: list[CanvasButton] = []

    def default_button(self) -> CanvasButton:
        return self.start_button

    def set_modes(self, modes: list[tuple[str, str]], current: str) -> None:
        """Offer the modes, ``(id, title)`` each; the current one stands out. With a single
        mode there is nothing to choose, so no row at all."""
        for button in self.mode_buttons:
            button.deleteLater()
        self.mode_buttons = []
        if len(modes) < 2:
            return
        count = len(modes)
        left = (W - (count * MODE_BUTTON_WIDTH + (count - 1) * MODE_GAP)) / 2
        for index, (mode_id, title) in enumerate(modes):
            chosen = mode_id == current
            style = ButtonStyle.PRIMARY if chosen else ButtonStyle.SECONDARY
            title = translate("modes", title)
            button = CanvasButton(self, style, title, font_size=36)
            button.setCheckable(True)
            button.setChecked(chosen)
            if chosen:
                name = translate("start", "Mode {title} (choisi)")
            else:
                name = translate("start", "Mode {title}")
            button.setAccessibleName(name.format(title=title))
            button.clicked.connect(lambda _c=False, m=mode_id: self.mode_requested.emit(m))
            x = left + index * (MODE_BUTTON_WIDTH + MODE_GAP)
            self.place(button, QRectF(x, MODE_ROW.y(), MODE_BUTTON_WIDTH, MODE_ROW.height()))
            button.show()
            self.mode_buttons.append(button)

    def show_screen(self, screen: StartScreen) -> None:
        if screen == self.screen_model:
            return  # the same deck: keep the buttons (and their focus) as they are
        self.screen_model = screen
        first = screen.first_slide
        title = first.title if first else (Span("Quiz"),)
        subtitle = first.subtitle if first and first.layout is Layout.TITLE else ()
        # A cover built from the first slide's title, drawn by the same renderer as slides.
        self.cover = Slide(
            "accueil", title, subtitle, Layout.TITLE, (), "", first.path if first else "", 1
        )
        self.start_button.setVisible(screen.has_slides)
        for button in self.quiz_buttons:
            button.deleteLater()
        self.quiz_buttons = []
        playable = screen.quiz_sets
        width, gap = 700, 40
        left = (W - (len(playable) * width + (len(playable) - 1) * gap)) / 2
        for index, quiz_set in enumerate(playable):
            count = quiz_set.count
            if count > 1:
                text = translate("start", "{title} ({count} questions)")
            else:
                text = translate("start", "{title} ({count} question)")
            text = text.format(title=quiz_set.title, count=count)
            button = CanvasButton(self, ButtonStyle.SECONDARY, text, font_size=32)
            button.setAccessibleName(
                translate("start", "Aller directement au quiz : {quiz}").format(quiz=text)
            )
            button.clicked.connect(
                lambda _c=False, set_id=quiz_set.id: self.quiz_requested.emit(set_id)
            )
            self.place(button, QRectF(left + index * (width + gap), QUIZ_ROW_TOP, width, 90))
            button.show()
            self.quiz_buttons.append(button)
        describe(
            self,
            translate("start", "Accueil\u00a0: {title}").format(title=self.cover.title_text),
            "\n".join([*slide_lines(self.cover)[1:], self.hint_text()]),
        )
        self.update()

    def hint_text(self) -> str:
        return translate(
            "start",
            "Flèches, espace ou télécommande pour avancer · F11 : plein écran · F1 : aide",
        )

    def paint_canvas(self, painter: QPainter) -> None:
        if self.cover is None:
            self.renderer.paint_cover_background(painter)
            return
        self.renderer.paint(painter, self.cover, 1, 1)
        if self.quiz_buttons:
            painter.setPen(theme.COVER_SOFT)
            painter.setFont(theme.font(30))
            painter.drawText(
                QRectF(0, QUIZ_ROW_TOP - 46, W, 40),
                Qt.AlignmentFlag.AlignCenter,
                translate("start", "ou directement le quiz :"),
            )
        painter.setPen(theme.COVER_SOFT)
        painter.setFont(theme.font(26))
        painter.drawText(
            QRectF(0, H - 80, W, 40),
            Qt.AlignmentFlag.AlignCenter,
            self.hint_text(),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()
