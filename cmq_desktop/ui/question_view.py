"""A quiz question: the statement, two big answer buttons, then feedback and explanation."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import QWidget

from cmq_desktop.content.model import Question
from cmq_desktop.quiz.screens import QuestionScreen
from cmq_desktop.quiz.shortcuts import answer_letters
from cmq_desktop.ui import theme
from cmq_desktop.ui.buttons import ButtonStyle, CanvasButton
from cmq_desktop.ui.canvas import CanvasWidget
from cmq_desktop.ui.fitted_text import FittedText, TextStyle, single_block
from cmq_desktop.ui.icons import mark_icon, paint_mark
from cmq_desktop.ui.rich_text import plain_html

W = theme.CANVAS_WIDTH
MARGIN = 120

ASKING_STATEMENT = QRectF(MARGIN, 150, W - 2 * MARGIN, 360)
ANSWERED_STATEMENT = QRectF(MARGIN, 148, W - 2 * MARGIN, 180)
ASKING_BUTTONS = (QRectF(MARGIN, 590, 800, 280), QRectF(W - MARGIN - 800, 590, 800, 280))
ANSWERED_BUTTONS = (QRectF(MARGIN, 372, 800, 108), QRectF(W - MARGIN - 800, 372, 800, 108))
FEEDBACK_PANEL = QRectF(MARGIN, 500, W - 2 * MARGIN, 420)
ACTION_BUTTONS = (QRectF(MARGIN, 950, 760, 100), QRectF(W - MARGIN - 760, 950, 760, 100))

STATEMENT_ASKING_STYLE = TextStyle(size=68, min_size=46, color=theme.NAVY, bold=True, center=True)
STATEMENT_ANSWERED_STYLE = TextStyle(size=50, min_size=38, color=theme.NAVY, bold=True, center=True)
EXPLANATION_STYLE = TextStyle(size=42, min_size=32, color=theme.INK)


def feedback_heading(correct: bool) -> str:
    return "Bonne réponse\u00a0!" if correct else "Mauvaise réponse"


def answer_sentence(question: Question) -> str:
    return f"La bonne réponse est\u00a0: «\u00a0{question.answer}\u00a0»."


class QuestionView(CanvasWidget):
    answer_chosen = Signal(int)
    review_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen: QuestionScreen | None = None
        self._statement: FittedText | None = None
        self._explanation: FittedText | None = None
        self.answer_buttons: tuple[CanvasButton, CanvasButton] = (
            CanvasButton(self, ButtonStyle.ANSWER, font_size=84),
            CanvasButton(self, ButtonStyle.ANSWER, font_size=84),
        )
        for index, button in enumerate(self.answer_buttons):
            button.clicked.connect(lambda _checked=False, i=index: self.answer_chosen.emit(i))
        self.review_button = CanvasButton(self, ButtonStyle.SECONDARY, "Revoir la diapositive (R)")
        self.review_button.clicked.connect(self.review_requested)
        self.next_button = CanvasButton(self, ButtonStyle.PRIMARY)
        self.next_button.clicked.connect(self.next_requested)

    @property
    def fitted(self) -> bool:
        texts = [t for t in (self._statement, self._explanation) if t is not None]
        return all(t.fitted for t in texts)

    def shown_text(self) -> list[str]:
        """The strings painted on the canvas, in reading order (for accessibility and tests)."""
        state = self.screen
        if state is None:
            return []
        lines = [f"Question {state.number} sur {state.total}", state.question.statement]
        if state.answered:
            lines += [
                feedback_heading(state.correct),
                answer_sentence(state.question),
                state.question.explanation,
            ]
        return lines

    def show_screen(self, state: QuestionScreen) -> None:
        self.screen = state
        question = state.question
        statement_box = ANSWERED_STATEMENT if state.answered else ASKING_STATEMENT
        style = STATEMENT_ANSWERED_STYLE if state.answered else STATEMENT_ASKING_STYLE
        self._statement = FittedText(
            single_block(plain_html(question.statement)),
            statement_box.width(),
            statement_box.height(),
            style,
        )
        self._explanation = None
        if state.answered:
            box = self._explanation_box()
            self._explanation = FittedText(
                single_block(plain_html(question.explanation)),
                box.width(),
                box.height(),
                EXPLANATION_STYLE,
            )
        self._update_buttons(state)
        self.setAccessibleDescription("\n".join(self.shown_text()))
        self.update()

    def _update_buttons(self, state: QuestionScreen) -> None:
        letters = answer_letters(state.question.labels)
        for index, button in enumerate(self.answer_buttons):
            label = state.question.labels[index]
            if state.answered:
                button.font_size = 52
                button.setEnabled(False)
                if index == state.question.answer_index:
                    button.set_style(ButtonStyle.RIGHT)
                    button.setIcon(mark_icon(True))
                    button.setAccessibleName(f"{label}, bonne réponse")
                elif index == state.chosen_index:
                    button.set_style(ButtonStyle.WRONG)
                    button.setIcon(mark_icon(False))
                    button.setAccessibleName(f"{label}, votre réponse, fausse")
                else:
                    button.set_style(ButtonStyle.MUTED)
                    button.setIcon(QIcon())
                # An en space keeps the mark from touching the word.
                button.setText(label if button.icon().isNull() else f"\u2002{label}")
                self.place(button, ANSWERED_BUTTONS[index])
            else:
                button.font_size = 84
                hint = letters[index] or str(index + 1)
                button.setText(label)
                button.setToolTip(
                    f"Touche {hint}, {index + 1} ou flèche {'gauche' if index == 0 else 'droite'}"
                )
                button.setAccessibleName(label)
                button.setIcon(QIcon())
                button.setEnabled(True)
                button.set_style(ButtonStyle.ANSWER)
                self.place(button, ASKING_BUTTONS[index])
        self.review_button.setVisible(state.answered and state.can_review)
        self.next_button.setVisible(state.answered)
        if state.answered:
            self.place(self.review_button, ACTION_BUTTONS[0])
            self.place(self.next_button, ACTION_BUTTONS[1])
            self.next_button.setText(
                "Voir les résultats →" if state.is_last else "Question suivante →"
            )
        self.relayout()

    def _explanation_box(self) -> QRectF:
        panel = FEEDBACK_PANEL
        return QRectF(panel.x() + 200, panel.y() + 170, panel.width() - 240, panel.height() - 195)

    # Painting -------------------------------------------------------------------------

    def paint_canvas(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, W, theme.CANVAS_HEIGHT), theme.PAPER_SHADE)
        state = self.screen
        if state is None or self._statement is None:
            return
        painter.setPen(theme.INK_SOFT)
        painter.setFont(theme.font(34, bold=True))
        painter.drawText(
            QRectF(MARGIN, 30, W - 2 * MARGIN, 60),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"Question {state.number} sur {state.total}",
        )
        painter.setFont(theme.font(30))
        painter.drawText(
            QRectF(MARGIN, 30, W - 2 * MARGIN, 60),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            state.set_title,
        )
        self._paint_progress(painter, state)
        box = ANSWERED_STATEMENT if state.answered else ASKING_STATEMENT
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.PAPER)
        painter.drawRoundedRect(box.adjusted(-30, -20, 30, 20), 28, 28)
        self._statement.paint(painter, box.topLeft(), vertical_center=True)
        if state.answered:
            self._paint_feedback(painter, state)
        else:
            self._paint_key_hints(painter, state)

    def _paint_progress(self, painter: QPainter, state: QuestionScreen) -> None:
        track = QRectF(MARGIN, 96, W - 2 * MARGIN, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.TEAL_LIGHT)
        painter.drawRoundedRect(track, 5, 5)
        done = state.number - (0 if state.answered else 1)
        painter.setBrush(theme.TEAL)
        painter.drawRoundedRect(
            QRectF(track.x(), track.y(), track.width() * done / state.total, 10), 5, 5
        )

    def _paint_key_hints(self, painter: QPainter, state: QuestionScreen) -> None:
        letters = answer_letters(state.question.labels)
        painter.setPen(theme.INK_SOFT)
        painter.setFont(theme.font(32))
        arrows = ("←", "→")
        for index, box in enumerate(ASKING_BUTTONS):
            keys = [k for k in (letters[index], str(index + 1)) if k]
            text = "Touche " + " ou ".join([*keys, arrows[index]])
            painter.drawText(
                QRectF(box.x(), box.bottom() + 20, box.width(), 50),
                Qt.AlignmentFlag.AlignCenter,
                text,
            )

    def _paint_feedback(self, painter: QPainter, state: QuestionScreen) -> None:
        correct = state.correct
        panel = FEEDBACK_PANEL
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.RIGHT_LIGHT if correct else theme.WRONG_LIGHT)
        painter.drawRoundedRect(panel, 28, 28)
        painter.setBrush(theme.RIGHT if correct else theme.WRONG)
        painter.drawRoundedRect(QRectF(panel.x(), panel.y(), 18, panel.height()), 9, 9)
        paint_mark(painter, QRectF(panel.x() + 55, panel.y() + 40, 110, 110), correct)
        painter.setPen(theme.RIGHT if correct else theme.WRONG)
        painter.setFont(theme.font(56, bold=True))
        text_x = panel.x() + 200
        painter.drawText(
            QRectF(text_x, panel.y() + 30, panel.width() - 240, 70),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            feedback_heading(correct),
        )
        painter.setPen(theme.INK)
        painter.setFont(theme.font(42, bold=True))
        painter.drawText(
            QRectF(text_x, panel.y() + 100, panel.width() - 240, 60),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            answer_sentence(state.question),
        )
        if self._explanation is not None:
            self._explanation.paint(painter, self._explanation_box().topLeft())
