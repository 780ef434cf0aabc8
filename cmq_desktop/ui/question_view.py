"""A quiz question in a window: the shared picture, with real buttons on its faces."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from cmq_desktop.quiz.screens import QuestionScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.buttons import ButtonStyle, CanvasButton
from cmq_desktop.ui.canvas import CanvasWidget
from cmq_desktop.ui.question_painter import (
    ASKING_FONT,
    QuestionPicture,
    action_faces,
    answer_faces,
    answer_sentence,
    feedback_heading,
    key_hint,
)


class QuestionView(CanvasWidget):
    answer_chosen = Signal(int)
    review_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen_model: QuestionScreen | None = None
        self.picture: QuestionPicture | None = None
        self.answer_buttons: tuple[CanvasButton, CanvasButton] = (
            CanvasButton(self, ButtonStyle.ANSWER, font_size=ASKING_FONT),
            CanvasButton(self, ButtonStyle.ANSWER, font_size=ASKING_FONT),
        )
        for index, button in enumerate(self.answer_buttons):
            button.clicked.connect(lambda _checked=False, i=index: self.answer_chosen.emit(i))
        self.review_button = CanvasButton(self, ButtonStyle.SECONDARY)
        self.review_button.clicked.connect(self.review_requested)
        self.next_button = CanvasButton(self, ButtonStyle.PRIMARY)
        self.next_button.clicked.connect(self.next_requested)

    @property
    def fitted(self) -> bool:
        return self.picture is None or self.picture.fitted

    def show_screen(self, screen: QuestionScreen) -> None:
        self.screen_model = screen
        self.picture = QuestionPicture(screen)
        question = screen.question
        for index, (button, face) in enumerate(
            zip(self.answer_buttons, answer_faces(screen), strict=True)
        ):
            self.place_face(button, face)
            button.setEnabled(not screen.answered)
            label = question.labels[index]
            if not screen.answered:
                button.setToolTip(key_hint(question, index))
                button.setAccessibleName(label)
            elif face.mark is True:
                button.setAccessibleName(f"{label}, bonne réponse")
            elif face.mark is False:
                button.setAccessibleName(f"{label}, votre réponse, fausse")
            else:
                button.setAccessibleName(label)
        review, following = action_faces(screen)
        for button, action_face in ((self.review_button, review), (self.next_button, following)):
            button.setVisible(action_face is not None)
            if action_face is not None:
                self.place_face(button, action_face)
        self.setAccessibleDescription("\n".join(self.spoken_text()))
        self.relayout()
        self.update()

    def spoken_text(self) -> list[str]:
        """What a screen reader announces, in reading order."""
        screen = self.screen_model
        if screen is None:
            return []
        lines = [f"Question {screen.number} sur {screen.total}", screen.question.statement]
        if screen.answered:
            lines += [
                feedback_heading(screen.correct),
                answer_sentence(screen.question),
                screen.question.explanation,
            ]
        return lines

    def paint_canvas(self, painter: QPainter) -> None:
        if self.picture is None:
            painter.fillRect(0, 0, theme.CANVAS_WIDTH, theme.CANVAS_HEIGHT, theme.PAPER_SHADE)
            return
        self.picture.paint(painter)
