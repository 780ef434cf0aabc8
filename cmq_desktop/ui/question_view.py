"""A quiz question in a window: the shared picture, with real buttons on its faces."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QPainter
from PySide6.QtWidgets import QWidget

from cmq_desktop.i18n import translate
from cmq_desktop.quiz.screens import QuestionScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.accessible import describe
from cmq_desktop.ui.buttons import ButtonStyle, CanvasButton, paint_focus
from cmq_desktop.ui.canvas import CanvasWidget
from cmq_desktop.ui.question_painter import (
    ASKING_FONT,
    QuestionPicture,
    action_faces,
    answer_faces,
    answer_sentence,
    feedback_heading,
    key_hint,
    position_text,
)


class QuestionView(CanvasWidget):
    answer_chosen = Signal(int)
    review_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen_model: QuestionScreen | None = None
        # The answer chosen with the arrows, which Enter or Space answers; None until one is.
        self.focused_answer: int | None = None
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
        # A keyboard user's new question focuses the view (ring around it, see ``ui/focus``),
        # not an answer; its keys go on to the window's table (Enter: how to choose; arrows:
        # choose), Tab to the first answer (the view itself is not in the Tab chain).

    @property
    def fitted(self) -> bool:
        return self.picture is None or self.picture.fitted

    def show_screen(self, screen: QuestionScreen) -> None:
        previous = self.screen_model
        if screen.answered or previous is None or previous.question != screen.question:
            self.focus_answer(None)
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
                button.setAccessibleName(
                    translate("question", "{label}, bonne réponse").format(label=label)
                )
            elif face.mark is False:
                button.setAccessibleName(
                    translate("question", "{label}, votre réponse, fausse").format(label=label)
                )
            else:
                button.setAccessibleName(label)
        review, following = action_faces(screen)
        for button, action_face in ((self.review_button, review), (self.next_button, following)):
            button.setVisible(action_face is not None)
            if action_face is not None:
                self.place_face(button, action_face)
        where, statement, *rest = self.spoken_text()
        describe(self, f"{where}\u00a0: {statement}", "\n".join(rest))
        self.relayout()
        self.update()

    def default_button(self) -> QWidget:
        """Where the keyboard focus goes on this screen: the view itself while asking (no
        answer preselected), then "next"."""
        answered = self.screen_model is not None and self.screen_model.answered
        return self.next_button if answered else self

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def focus_answer(self, index: int | None) -> None:
        """Mark answer ``index`` as chosen (None: neither), without answering it."""
        self.focused_answer = index
        tabbed = any(button.hasFocus() for button in self.answer_buttons)
        for position, button in enumerate(self.answer_buttons):
            button.set_focused(position == index)
            if tabbed and position == index:
                # One ring, not two: the keyboard focus (Tab) follows the arrows' choice.
                button.setFocus(Qt.FocusReason.OtherFocusReason)
            button.setAccessibleDescription(
                translate("question", "choisie\u00a0: Entrée pour répondre")
                if position == index
                else ""
            )

    def spoken_text(self) -> list[str]:
        """What a screen reader announces, in reading order."""
        screen = self.screen_model
        if screen is None:
            return []
        lines = [position_text(screen), screen.question.statement]
        question = screen.question
        if not screen.answered:
            lines += [
                translate("question", "Réponse {n}\u00a0: {label} ({keys})").format(
                    n=index + 1, label=label, keys=key_hint(question, index)
                )
                for index, label in enumerate(question.labels)
            ]
        if screen.answered:
            lines.append(feedback_heading(screen.correct))
            if screen.chosen_index is not None:
                lines.append(
                    translate("question", "Votre réponse\u00a0: «\u00a0{label}\u00a0».").format(
                        label=question.labels[screen.chosen_index]
                    )
                )
            lines += [answer_sentence(question), question.explanation]
        return lines

    def paint_canvas(self, painter: QPainter) -> None:
        if self.picture is None:
            painter.fillRect(0, 0, theme.CANVAS_WIDTH, theme.CANVAS_HEIGHT, theme.PAPER_SHADE)
            return
        self.picture.paint(painter)
        if self.hasFocus():
            paint_focus(painter, QRectF(0, 0, theme.CANVAS_WIDTH, theme.CANVAS_HEIGHT), 1.0)
