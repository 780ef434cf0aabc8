"""One question screen drawn on the canvas: the window, ``render`` and PDF pages share it.

``QuestionPicture`` lays out a ``QuestionScreen`` once (statement and explanation shrunk
to fit) and paints it. The buttons' faces come from ``answer_faces``/``action_faces``:
the window places real buttons there, other outputs paint the faces themselves.
"""

from __future__ import annotations

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


def feedback_heading(correct: bool) -> str:
    if correct:
        return translate("question", "Bonne réponse\u00a0!")
    return translate("question", "Mauvaise réponse")


def answer_sentence(question: Question) -> str:
    return translate("question", "La bonne réponse est\u00a0: «\u00a0{answer}\u00a0».").format(
        answer=question.answer
    )


def next_label(screen: QuestionScreen) -> str:
    if screen.is_last:
        return translate("question", "Voir les résultats →")
    return translate("question", "Question suivante →")


def answer_faces(screen: QuestionScreen) -> tuple[Face, Face]:
    """The two answer buttons: big while asking; then marked right, wrong or muted."""
    question = screen.question
    faces = []
    for index, label in enumerate(question.labels):
        if not screen.answered:
            faces.append(Face(ASKING_BUTTONS[index], ButtonStyle.ANSWER, label, ASKING_FONT))
            continue
        box = ANSWERED_BUTTONS[index]
        if index == question.answer_index:
            faces.append(Face(box, ButtonStyle.RIGHT, label, ANSWERED_FONT, mark=True))
        elif index == screen.chosen_index:
            faces.append(Face(box, ButtonStyle.WRONG, label, ANSWERED_FONT, mark=False))
        else:
            faces.append(Face(box, ButtonStyle.MUTED, label, ANSWERED_FONT))
    return faces[0], faces[1]


def action_faces(screen: QuestionScreen) -> tuple[Face | None, Face | None]:
    """ "Revoir la diapositive" and "Question suivante", once the answer is shown."""
    if not screen.answered:
        return None, None
    review = (
        Face(
            ACTION_BUTTONS[0],
            ButtonStyle.SECONDARY,
            translate("question", REVIEW_LABEL),
            ACTION_FONT,
        )
        if screen.can_review
        else None
    )
    following = Face(ACTION_BUTTONS[1], ButtonStyle.PRIMARY, next_label(screen), ACTION_FONT)
    return review, following


def key_hint(question: Question, index: int) -> str:
    letters = answer_letters(question.labels)
    keys = [k for k in (letters[index], str(index + 1)) if k]
    joined = translate("question", " ou ").join(keys)
    return translate("question", "Touche {keys}").format(keys=joined)


class QuestionPicture:
    """A question screen laid out on the 1920x1080 canvas, ready to paint at any scale."""

    def __init__(self, screen: QuestionScreen) -> None:
        self.screen = screen
        box = self.statement_box
        style = STATEMENT_ANSWERED_STYLE if screen.answered else STATEMENT_ASKING_STYLE
        self.statement = FittedText(
            single_block(plain_html(screen.question.statement)), box.width(), box.height(), style
        )
        self.explanation: FittedText | None = None
        if screen.answered:
            self.explanation = FittedText(
                single_block(plain_html(screen.question.explanation)),
                EXPLANATION_BOX.width(),
                EXPLANATION_BOX.height(),
                EXPLANATION_STYLE,
            )

    @property
    def statement_box(self) -> QRectF:
        return ANSWERED_STATEMENT if self.screen.answered else ASKING_STATEMENT

    @property
    def fitted(self) -> bool:
        return self.statement.fitted and (self.explanation is None or self.explanation.fitted)

    def paint(self, painter: QPainter, with_buttons: bool = False) -> None:
        """Paint on an already scaled canvas painter; ``with_buttons`` for outputs that
        have no real buttons on top (PNG, PDF)."""
        screen = self.screen
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, W, theme.CANVAS_HEIGHT), theme.PAPER_SHADE)
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
            for face in (*answer_faces(screen), *action_faces(screen)):
                if face is not None:
                    paint_face(painter, face)

    def _paint_header(self, painter: QPainter) -> None:
        screen = self.screen
        header = QRectF(MARGIN, 30, W - 2 * MARGIN, 60)
        painter.setPen(theme.INK_SOFT)
        painter.setFont(theme.font(34, bold=True))
        painter.drawText(
            header,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            translate("question", "Question {number} sur {total}").format(
                number=screen.number, total=screen.total
            ),
        )
        painter.setFont(theme.font(30))
        painter.drawText(
            header, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, screen.set_title
        )
        track = QRectF(MARGIN, 96, W - 2 * MARGIN, 10)
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
        painter.setFont(theme.font(32))
        for index, box in enumerate(ASKING_BUTTONS):
            painter.drawText(
                QRectF(box.x(), box.bottom() + 20, box.width(), 50),
                Qt.AlignmentFlag.AlignCenter,
                key_hint(self.screen.question, index),
            )

    def _paint_feedback(self, painter: QPainter) -> None:
        screen = self.screen
        correct = screen.correct
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
            answer_sentence(screen.question),
        )
        if self.explanation is not None:
            self.explanation.paint(painter, EXPLANATION_BOX.topLeft())
