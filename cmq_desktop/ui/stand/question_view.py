"""A visitor's question: the shared question painter (``ui/question_painter.py``) in the
Stand's layout, with real buttons on its faces; after the answer, a tap anywhere (or the
button) goes on.

A portrait touch screen gets the portrait canvas (1080x1920) rather than a letterboxed
landscape one, and the buttons keep at least 15 mm at the screen's physical size.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from cmq_desktop.i18n import translate
from cmq_desktop.quiz.screens import QuestionScreen
from cmq_desktop.ui.accessible import describe
from cmq_desktop.ui.buttons import ButtonStyle, CanvasButton
from cmq_desktop.ui.question_painter import (
    QuestionLayout,
    QuestionPicture,
    feedback_heading,
    feedback_sentence,
    key_hint,
    position_text,
)
from cmq_desktop.ui.stand.sizing import touch_pixels
from cmq_desktop.ui.stand.stand_canvas import StandCanvas
from cmq_desktop.ui.stand.stand_layouts import stand_layout


class VisitorQuestionView(StandCanvas):
    answer_chosen = Signal(int)
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen_model: QuestionScreen | None = None
        self.picture: QuestionPicture | None = None
        self.answer_buttons = (
            CanvasButton(self, ButtonStyle.ANSWER),
            CanvasButton(self, ButtonStyle.ANSWER),
        )
        for index, button in enumerate(self.answer_buttons):
            button.clicked.connect(lambda _c=False, i=index: self.answer_chosen.emit(i))
        self.next_button = CanvasButton(self, ButtonStyle.PRIMARY)
        self.next_button.clicked.connect(self.next_requested)
        self.next_button.hide()

    def layout_for_size(self) -> QuestionLayout:
        """The Stand's layout for this window's shape and its screen's pixel size."""
        canvas = self.fit_canvas()
        return stand_layout(canvas, touch_pixels(self) / (self.scale or 1.0))

    def current_picture(self) -> QuestionPicture | None:
        return self.picture

    # State -----------------------------------------------------------------------------

    def show_screen(self, screen: QuestionScreen) -> None:
        self.screen_model = screen
        self.rebuild()
        self.update()

    def rebuild(self) -> None:
        screen = self.screen_model
        if screen is None:
            return
        self.picture = picture = QuestionPicture(screen, self.layout_for_size())
        question = screen.question
        for index, (button, face) in enumerate(
            zip(self.answer_buttons, picture.answer_faces(), strict=True)
        ):
            self.place_face(button, face)
            button.setEnabled(not screen.answered)
            label = question.labels[index]
            button.setToolTip("" if screen.answered else key_hint(question, index))
            if screen.answered and index == question.answer_index:
                label = translate("question", "{label}, bonne réponse").format(label=label)
            elif screen.answered and index == screen.chosen_index:
                label = translate("question", "{label}, votre réponse, fausse").format(label=label)
            button.setAccessibleName(label)
        following = picture.action_faces()[1]
        self.next_button.setVisible(following is not None)
        if following is not None:
            self.place_face(self.next_button, following)
        where, statement, *rest = self.spoken_text()
        describe(self, f"{where}\u00a0: {statement}", "\n".join(rest))
        self.relayout()

    def spoken_text(self) -> list[str]:
        """What a screen reader announces, in reading order (the pixels are the painter's)."""
        screen = self.screen_model
        if screen is None:
            return []
        lines = [position_text(screen), screen.question.statement]
        if screen.answered:
            layout = self.picture.layout if self.picture is not None else None
            sentence = feedback_sentence(screen, layout) if layout else ""
            lines += [feedback_heading(screen.correct), sentence, screen.question.explanation]
        return lines

    # Input -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # On the feedback, a tap anywhere goes on (a finger need not find the button).
        screen = self.screen_model
        if screen is not None and screen.answered and event.button() == Qt.MouseButton.LeftButton:
            self.next_requested.emit()
