"""A visitor's question: the statement and two answer buttons a finger hits, then the
feedback with the explanation; a tap anywhere (or the button) goes on.

Built with layouts rather than on the 16:9 canvas: a stand may be a portrait touch
screen, and the answer buttons keep at least 15 mm at its physical size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cmq_desktop.i18n import translate
from cmq_desktop.quiz.screens import QuestionScreen
from cmq_desktop.quiz.shortcuts import answer_letters
from cmq_desktop.ui import theme
from cmq_desktop.ui.accessible import describe
from cmq_desktop.ui.icons import mark_icon
from cmq_desktop.ui.question_painter import answer_sentence, feedback_heading
from cmq_desktop.ui.stand import sizing


def _label(parent: QWidget, color: str, center: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {color}; background: transparent;")
    if center:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _mark(screen: QuestionScreen, index: int) -> QIcon:
    """A check on the right answer and a cross on a wrong choice, once answered."""
    if screen.answered and index == screen.question.answer_index:
        return mark_icon(True)
    if screen.answered and index == screen.chosen_index:
        return mark_icon(False)
    return QIcon()


class VisitorQuestionView(QWidget):
    answer_chosen = Signal(int)
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen_model: QuestionScreen | None = None
        self._style_key: tuple[object, ...] = ()
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.progress = _label(self, theme.INK_SOFT.name())
        self.statement = _label(self, theme.NAVY.name(), center=True)
        self.answer_buttons = (QPushButton(self), QPushButton(self))
        for index, button in enumerate(self.answer_buttons):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, i=index: self.answer_chosen.emit(i))
        self.hint = _label(self, theme.INK_SOFT.name(), center=True)
        self.feedback = QWidget(self)
        self.heading = _label(self.feedback, theme.RIGHT.name())
        self.correction = _label(self.feedback, theme.INK.name())
        self.explanation = _label(self.feedback, theme.INK.name())
        feedback_layout = self._feedback_layout = QVBoxLayout(self.feedback)
        for label in (self.heading, self.correction, self.explanation):
            feedback_layout.addWidget(label)
        feedback_layout.addStretch(1)  # a tall portrait panel keeps its lines together
        self.next_button = QPushButton(self)
        self.next_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_button.clicked.connect(self.next_requested)
        buttons = QHBoxLayout()
        for button in self.answer_buttons:
            buttons.addWidget(button)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.progress)
        self._layout.addWidget(self.statement, 3)
        self._layout.addLayout(buttons)
        self._layout.addWidget(self.hint)
        self._layout.addWidget(self.feedback, 4)
        self._layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._buttons_row = buttons

    # State -----------------------------------------------------------------------------

    def show_screen(self, screen: QuestionScreen) -> None:
        self.screen_model = screen
        question = screen.question
        self.progress.setText(
            translate("question", "Question {number} sur {total}").format(
                number=screen.number, total=screen.total
            )
        )
        self.statement.setText(question.statement)
        letters = answer_letters(question.labels)
        for index, button in enumerate(self.answer_buttons):
            label = question.labels[index]
            icon = _mark(screen, index)
            # An en space keeps the mark from touching the word.
            button.setText(label if icon.isNull() else f"\u2002{label}")
            button.setEnabled(not screen.answered)
            button.setIcon(icon)
            if screen.answered and index == question.answer_index:
                label = translate("question", "{label}, bonne réponse").format(label=label)
            elif screen.answered and index == screen.chosen_index:
                label = translate("question", "{label}, votre réponse, fausse").format(label=label)
            button.setAccessibleName(label)
        hints = [
            translate("question", " ou ").join(k for k in (letters[i], str(i + 1)) if k)
            for i in (0, 1)
        ]
        key = translate("question", "Touche {keys}")
        self.hint.setText(f"{key.format(keys=hints[0])}  ·  {key.format(keys=hints[1])}")
        self.hint.setVisible(not screen.answered)
        self.feedback.setVisible(screen.answered)
        self.next_button.setVisible(screen.answered)
        if screen.answered:
            correct = screen.correct
            self.heading.setText(feedback_heading(correct))
            color = (theme.RIGHT if correct else theme.WRONG).name()
            self.heading.setStyleSheet(f"color: {color}; background: transparent;")
            self.correction.setText(answer_sentence(question))
            self.explanation.setText(question.explanation)
            self.next_button.setText(
                translate("stand", "Voir mon score →")
                if screen.is_last
                else translate("question", "Question suivante →")
            )
        self._restyle()
        where, statement, *rest = self.shown_text()
        describe(self, f"{where}\u00a0: {statement}", "\n".join(rest))
        self.update()

    def shown_text(self) -> list[str]:
        """What a visitor reads, in order (tests and accessibility)."""
        texts = [self.progress.text(), self.statement.text()]
        texts += [button.text().strip() for button in self.answer_buttons]
        if self.screen_model is not None and self.screen_model.answered:
            labels = (self.heading, self.correction, self.explanation)
            texts += [label.text() for label in labels] + [self.next_button.text()]
        return texts

    # Input -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # On the feedback, a tap anywhere goes on (a finger need not find the button).
        screen = self.screen_model
        if screen is not None and screen.answered and event.button() == Qt.MouseButton.LeftButton:
            self.next_requested.emit()

    # Look ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._restyle()

    def _restyle(self) -> None:
        u = sizing.unit(self)
        touch = sizing.touch_pixels(self)
        screen = self.screen_model
        answered = screen is not None and screen.answered
        # Style sheets cost a re-polish: only when the look really changes.
        key = (u, touch, answered, self._answer_colors(0), self._answer_colors(1))
        if key == self._style_key:
            return
        self._style_key = key
        margin = round(48 * u)
        self._layout.setContentsMargins(margin, round(28 * u), margin, round(36 * u))
        self._layout.setSpacing(round(22 * u))
        self._buttons_row.setSpacing(round(48 * u))
        self.progress.setFont(theme.font(34 * u, bold=True))
        self.statement.setFont(theme.font((48 if answered else 64) * u, bold=True))
        self.hint.setFont(theme.font(30 * u))
        self.heading.setFont(theme.font(54 * u, bold=True))
        self.correction.setFont(theme.font(40 * u, bold=True))
        self.explanation.setFont(theme.font(38 * u))
        self._feedback_layout.setContentsMargins(
            round(40 * u), round(24 * u), round(40 * u), round(24 * u)
        )
        height = max(touch, round((110 if answered else 240) * u))
        for index, button in enumerate(self.answer_buttons):
            button.setFont(theme.font((46 if answered else 80) * u, bold=True))
            button.setMinimumSize(max(touch, round(300 * u)), height)
            button.setMaximumHeight(height)
            button.setIconSize(QSize(round(60 * u), round(60 * u)))
            sizing.style_button(button, *self._answer_colors(index), u)
        self.next_button.setFont(theme.font(44 * u, bold=True))
        self.next_button.setMinimumSize(max(touch, round(560 * u)), max(touch, round(110 * u)))
        sizing.style_button(self.next_button, *sizing.PRIMARY, u)

    def _answer_colors(self, index: int) -> tuple[str, str, str]:
        screen = self.screen_model
        if screen is None or not screen.answered:
            return sizing.PRIMARY
        if index == screen.question.answer_index:
            return sizing.RIGHT
        if index == screen.chosen_index:
            return sizing.WRONG
        return sizing.MUTED

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.PAPER_SHADE)
        screen = self.screen_model
        if screen is not None and screen.answered:
            # The feedback panel: tinted green or red, with a bar on its left edge.
            panel = self.feedback.geometry()
            correct = screen.correct
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.RIGHT_LIGHT if correct else theme.WRONG_LIGHT)
            radius = 24 * sizing.unit(self)
            painter.drawRoundedRect(panel, radius, radius)
            painter.setBrush(theme.RIGHT if correct else theme.WRONG)
            bar = panel.adjusted(0, 0, -(panel.width() - round(14 * sizing.unit(self))), 0)
            painter.drawRoundedRect(bar, radius / 2, radius / 2)
        painter.end()
