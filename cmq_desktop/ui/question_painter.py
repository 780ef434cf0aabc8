"""One question screen drawn on the canvas: the window, ``render`` and PDF pages share it.

``QuestionPicture`` lays out a ``QuestionScreen`` once (statement and explanation shrunk
to fit) and paints it. The buttons' faces come from ``answer_faces``/``action_faces``:
the window places real buttons there, other outputs paint the faces themselves.
Where things go is a ``QuestionLayout``: ``TRAINING`` (Entraînement, 1920x1080); the
Stand's landscape and portrait layouts are in ``ui/stand/stand_layouts.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from cmq_desktop.content.model import Question
from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.quiz.screens import QuestionScreen
from cmq_desktop.quiz.shortcuts import answer_letters
from cmq_desktop.ui import theme
from cmq_desktop.ui.buttons import ButtonStyle, Face, paint_face
from cmq_desktop.ui.fitted_text import FittedText, TextStyle, single_block
from cmq_desktop.ui.icons import paint_mark
from cmq_desktop.ui.rich_text import plain_html

W = theme.CANVAS_WIDTH
MARGIN = 120

ASKING_STATEMENT = QRectF(MARGIN, 150, W - 2 * MARGIN, 360)
ANSWERED_STATEMENT = QRectF(MARGIN, 148, W - 2 * MARGIN, 180)
ASKING_BUTTONS = (QRectF(MARGIN, 590, 800, 280), QRectF(W - MARGIN - 800, 590, 800, 280))
ANSWERED_BUTTONS = (QRectF(MARGIN, 372, 800, 108), QRectF(W - MARGIN - 800, 372, 800, 108))
FEEDBACK_PANEL = QRectF(MARGIN, 500, W - 2 * MARGIN, 420)
ACTION_BUTTONS = (QRectF(MARGIN, 950, 760, 100), QRectF(W - MARGIN - 760, 950, 760, 100))
EXPLANATION_BOX = QRectF(
    FEEDBACK_PANEL.x() + 200,
    FEEDBACK_PANEL.y() + 170,
    FEEDBACK_PANEL.width() - 240,
    FEEDBACK_PANEL.height() - 195,
)
ASKING_FONT, ANSWERED_FONT, ACTION_FONT = 84.0, 52.0, 40.0
REVIEW_LABEL = QT_TRANSLATE_NOOP("question", "Revoir la diapositive (R)")

STATEMENT_ASKING_STYLE = TextStyle(size=68, min_size=46, color=theme.NAVY, bold=True, center=True)
STATEMENT_ANSWERED_STYLE = TextStyle(size=50, min_size=38, color=theme.NAVY, bold=True, center=True)
EXPLANATION_STYLE = TextStyle(size=42, min_size=32, color=theme.INK)


@dataclass(frozen=True)
class QuestionLayout:
    """Where a question screen's parts go on its canvas, and how big its text is."""

    width: float
    height: float
    margin: float
    asking_statement: QRectF
    answered_statement: QRectF
    asking_buttons: tuple[QRectF, QRectF]
    answered_buttons: tuple[QRectF, QRectF]
    feedback_panel: QRectF
    mark: QRectF  # the check or cross of the feedback
    heading: QRectF  # "Bonne réponse !"
    sentence: QRectF  # "La bonne réponse est…" (wraps when narrow)
    explanation: QRectF
    action_buttons: tuple[QRectF, QRectF]  # "Revoir la diapositive", "Question suivante"
    statement_asking_style: TextStyle = STATEMENT_ASKING_STYLE
    statement_answered_style: TextStyle = STATEMENT_ANSWERED_STYLE
    explanation_style: TextStyle = EXPLANATION_STYLE
    asking_font: float = ASKING_FONT
    answered_font: float = ANSWERED_FONT
    action_font: float = ACTION_FONT
    heading_font: float = 56.0
    sentence_font: float = 42.0
    hint_font: float = 32.0
    visitor: bool = False  # a Stand visitor: congratulated when right, "Voir mon score"
    fit_panel: bool = False  # the feedback panel ends under its text (a tall portrait panel)


TRAINING = QuestionLayout(
    width=W,
    height=theme.CANVAS_HEIGHT,
    margin=MARGIN,
    asking_statement=ASKING_STATEMENT,
    answered_statement=ANSWERED_STATEMENT,
    asking_buttons=ASKING_BUTTONS,
    answered_buttons=ANSWERED_BUTTONS,
    feedback_panel=FEEDBACK_PANEL,
    mark=QRectF(FEEDBACK_PANEL.x() + 55, FEEDBACK_PANEL.y() + 40, 110, 110),
    heading=QRectF(
        FEEDBACK_PANEL.x() + 200, FEEDBACK_PANEL.y() + 30, FEEDBACK_PANEL.width() - 240, 70
    ),
    sentence=QRectF(
        FEEDBACK_PANEL.x() + 200, FEEDBACK_PANEL.y() + 100, FEEDBACK_PANEL.width() - 240, 60
    ),
    explanation=EXPLANATION_BOX,
    action_buttons=ACTION_BUTTONS,
)


def position_text(screen: QuestionScreen) -> str:
    """ "Question 2 sur 6": the header's words, and the first a screen reader says."""
    return translate("question", "Question {number} sur {total}").format(
        number=screen.number, total=screen.total
    )


def feedback_heading(correct: bool) -> str:
    if correct:
        return translate("question", "Bonne réponse\u00a0!")
    return translate("question", "Mauvaise réponse")


def answer_sentence(question: Question) -> str:
    return translate("question", "La bonne réponse est\u00a0: «\u00a0{answer}\u00a0».").format(
        answer=question.answer
    )


def feedback_sentence(screen: QuestionScreen, layout: QuestionLayout = TRAINING) -> str:
    """The line under the heading: a visitor who was right is congratulated, not corrected."""
    if layout.visitor and screen.correct:
        return translate("question", "Bravo, c’est bien «\u00a0{answer}\u00a0»\u00a0!").format(
            answer=screen.question.answer
        )
    return answer_sentence(screen.question)


def next_label(screen: QuestionScreen, layout: QuestionLayout = TRAINING) -> str:
    if not screen.is_last:
        return translate("question", "Question suivante →")
    if layout.visitor:
        return translate("question", "Voir mon score →")
    return translate("question", "Voir les résultats →")


def answer_faces(screen: QuestionScreen, layout: QuestionLayout = TRAINING) -> tuple[Face, Face]:
    """The two answer buttons: big while asking; then marked right, wrong or muted."""
    question = screen.question
    faces = []
    for index, label in enumerate(question.labels):
        if not screen.answered:
            box = layout.asking_buttons[index]
            faces.append(Face(box, ButtonStyle.ANSWER, label, layout.asking_font))
            continue
        box = layout.answered_buttons[index]
        size = layout.answered_font
        if index == question.answer_index:
            faces.append(Face(box, ButtonStyle.RIGHT, label, size, mark=True))
        elif index == screen.chosen_index:
            faces.append(Face(box, ButtonStyle.WRONG, label, size, mark=False))
        else:
            faces.append(Face(box, ButtonStyle.MUTED, label, size))
    return faces[0], faces[1]


def action_faces(
    screen: QuestionScreen, layout: QuestionLayout = TRAINING
) -> tuple[Face | None, Face | None]:
    """ "Revoir la diapositive" and "Question suivante", once the answer is shown."""
    if not screen.answered:
        return None, None
    boxes, size = layout.action_buttons, layout.action_font
    review = (
        Face(boxes[0], ButtonStyle.SECONDARY, translate("question", REVIEW_LABEL), size)
        if screen.can_review
        else None
    )
    following = Face(boxes[1], ButtonStyle.PRIMARY, next_label(screen, layout), size)
    return review, following


def key_hint(question: Question, index: int) -> str:
    letters = answer_letters(question.labels)
    keys = [k for k in (letters[index], str(index + 1)) if k]
    joined = translate("question", " ou ").join(keys)
    return translate("question", "Touche {keys}").format(keys=joined)


class QuestionPicture:
    """A question screen laid out on the 1920x1080 canvas, ready to paint at any scale."""

    def __init__(self, screen: QuestionScreen, layout: QuestionLayout = TRAINING) -> None:
        self.screen = screen
        self.layout = layout
        box = self.statement_box
        answered = screen.answered
        style = layout.statement_answered_style if answered else layout.statement_asking_style
        self.statement = FittedText(
            single_block(plain_html(screen.question.statement)), box.width(), box.height(), style
        )
        self.explanation: FittedText | None = None
        if screen.answered:
            self.explanation = FittedText(
                single_block(plain_html(screen.question.explanation)),
                layout.explanation.width(),
                layout.explanation.height(),
                layout.explanation_style,
            )

    @property
    def statement_box(self) -> QRectF:
        layout = self.layout
        return layout.answered_statement if self.screen.answered else layout.asking_statement

    def answer_faces(self) -> tuple[Face, Face]:
        return answer_faces(self.screen, self.layout)

    def action_faces(self) -> tuple[Face | None, Face | None]:
        return action_faces(self.screen, self.layout)

    @property
    def fitted(self) -> bool:
        return self.statement.fitted and (self.explanation is None or self.explanation.fitted)

    @property
    def feedback_panel(self) -> QRectF:
        """The feedback's tinted panel: the layout's, or shortened to its text."""
        panel = self.layout.feedback_panel
        if not self.layout.fit_panel or self.explanation is None:
            return panel
        text_bottom = self.layout.explanation.y() + self.explanation.document.size().height()
        height = min(panel.height(), text_bottom + 50 - panel.y())
        return QRectF(panel.x(), panel.y(), panel.width(), height)

    def paint(self, painter: QPainter, with_buttons: bool = False) -> None:
        """Paint on an already scaled canvas painter; ``with_buttons`` for outputs that
        have no real buttons on top (PNG, PDF)."""
        screen = self.screen
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = self.layout
        painter.fillRect(QRectF(0, 0, layout.width, layout.height), theme.PAPER_SHADE)
        self._paint_header(painter)
        box = self.statement_box
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.PAPER)
        painter.drawRoundedRect(box.adjusted(-30, -20, 30, 20), 28, 28)
        self.statement.paint(painter, box.topLeft(), vertical_center=True)
        if screen.answered:
            self._paint_feedback(painter)
        else:
            self._paint_key_hints(painter)
        if with_buttons:
            for face in (*self.answer_faces(), *self.action_faces()):
                if face is not None:
                    paint_face(painter, face)

    def _paint_header(self, painter: QPainter) -> None:
        screen, layout = self.screen, self.layout
        margin = layout.margin
        header = QRectF(margin, 30, layout.width - 2 * margin, 60)
        painter.setPen(theme.INK_SOFT)
        painter.setFont(theme.font(34, bold=True))
        painter.drawText(
            header,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            position_text(screen),
        )
        painter.setFont(theme.font(30))
        painter.drawText(
            header, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, screen.set_title
        )
        track = QRectF(margin, 96, layout.width - 2 * margin, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.TEAL_LIGHT)
        painter.drawRoundedRect(track, 5, 5)
        done = screen.number - (0 if screen.answered else 1)
        painter.setBrush(theme.TEAL)
        painter.drawRoundedRect(
            QRectF(track.x(), track.y(), track.width() * done / screen.total, 10), 5, 5
        )

    def _paint_key_hints(self, painter: QPainter) -> None:
        painter.setPen(theme.INK_SOFT)
        painter.setFont(theme.font(self.layout.hint_font))
        for index, box in enumerate(self.layout.asking_buttons):
            painter.drawText(
                QRectF(box.x(), box.bottom() + 20, box.width(), 50),
                Qt.AlignmentFlag.AlignCenter,
                key_hint(self.screen.question, index),
            )

    def _paint_feedback(self, painter: QPainter) -> None:
        screen, layout = self.screen, self.layout
        correct = screen.correct
        panel = self.feedback_panel
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.RIGHT_LIGHT if correct else theme.WRONG_LIGHT)
        painter.drawRoundedRect(panel, 28, 28)
        painter.setBrush(theme.RIGHT if correct else theme.WRONG)
        painter.drawRoundedRect(QRectF(panel.x(), panel.y(), 18, panel.height()), 9, 9)
        paint_mark(painter, layout.mark, correct)
        painter.setPen(theme.RIGHT if correct else theme.WRONG)
        painter.setFont(theme.font(layout.heading_font, bold=True))
        painter.drawText(
            layout.heading,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            feedback_heading(correct),
        )
        painter.setPen(theme.INK)
        painter.setFont(theme.font(layout.sentence_font, bold=True))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        flags |= Qt.TextFlag.TextWordWrap
        painter.drawText(layout.sentence, int(flags), feedback_sentence(screen, layout))
        if self.explanation is not None:
            self.explanation.paint(painter, layout.explanation.topLeft())
