"""The results screen drawn on the canvas, page by page: the window, ``render`` and PDF.

Every answer is a card (mark, number and verdict, statement, right answer, the pupil's
answer, explanation), mistakes first. Cards that do not fit one page go on the next:
the window turns pages with the clicker or the wheel, a PDF prints them all.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QTextDocument

from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.quiz.results_text import heading, message, page_indicator
from cmq_desktop.quiz.screens import ResultEntry, ResultsScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.buttons import ButtonStyle, Face, paint_face
from cmq_desktop.ui.fitted_text import FittedText, TextStyle, single_block
from cmq_desktop.ui.icons import paint_mark
from cmq_desktop.ui.rich_text import plain_html

W, H = theme.CANVAS_WIDTH, theme.CANVAS_HEIGHT
MARGIN = 120
LIST_BOX = QRectF(MARGIN, 240, W - 2 * MARGIN, 690)
BUTTON_ROW = (
    QRectF(MARGIN, 950, 560, 100),
    QRectF(MARGIN + 600, 950, 640, 100),
    QRectF(W - MARGIN - 400, 950, 400, 100),
)
BUTTON_FONT = 34.0
CARD_FONT = 34.0
CARD_PADDING = 18.0
CARD_GAP = 24.0
MARK_SIZE = 70.0
CARD_TEXT_WIDTH = LIST_BOX.width() - 3 * CARD_PADDING - MARK_SIZE - 12
RETRY_LABEL = QT_TRANSLATE_NOOP("results", "Refaire mes erreurs (E)")
RESTART_LABEL = QT_TRANSLATE_NOOP("results", "Recommencer en mélangeant (M)")
HOME_LABEL = QT_TRANSLATE_NOOP("results", "Accueil (A)")


def card_html(entry: ResultEntry) -> str:
    record = entry.record
    question = record.question
    colour = (theme.RIGHT if record.correct else theme.WRONG).name()
    if record.correct:
        verdict, given = translate("results", "Bonne réponse"), ""
    else:
        verdict = translate("results", "Erreur")
        given = translate("results", " · Votre réponse\u00a0: {answer}").format(
            answer=plain_html(record.chosen_label)
        )
    right = translate("results", "Bonne réponse\u00a0: {answer}").format(
        answer=f"<b>{plain_html(question.answer)}</b>"
    )
    return (
        f'<p style="color:{colour}; margin-top:0px; margin-bottom:6px">'
        f"<b>{entry.number}. {verdict}</b></p>"
        f'<p style="margin-top:0px; margin-bottom:6px"><b>{plain_html(question.statement)}</b></p>'
        f'<p style="margin-top:0px; margin-bottom:6px">{right}{given}</p>'
        f'<p style="color:{theme.INK_SOFT.name()}; margin-top:0px; margin-bottom:0px">'
        f"{plain_html(question.explanation)}</p>"
    )


@dataclass
class Card:
    entry: ResultEntry
    text: FittedText

    @property
    def height(self) -> float:
        return max(MARK_SIZE, self.text.document.size().height()) + 2 * CARD_PADDING


def button_faces(screen: ResultsScreen) -> tuple[Face | None, Face, Face]:
    retry = (
        Face(BUTTON_ROW[0], ButtonStyle.PRIMARY, translate("results", RETRY_LABEL), BUTTON_FONT)
        if screen.can_retry
        else None
    )
    restart = translate("results", RESTART_LABEL)
    return (
        retry,
        Face(BUTTON_ROW[1], ButtonStyle.SECONDARY, restart, BUTTON_FONT),
        Face(BUTTON_ROW[2], ButtonStyle.SECONDARY, translate("results", HOME_LABEL), BUTTON_FONT),
    )


class ResultsPicture:
    def __init__(self, screen: ResultsScreen) -> None:
        self.screen = screen
        # Mistakes first, so they are seen without turning a page; numbers keep quiz order.
        entries = sorted(screen.entries, key=lambda entry: entry.record.correct)
        style = TextStyle(size=CARD_FONT, min_size=CARD_FONT, color=theme.INK)
        # A card fits one page: at a bigger text size (the display settings) it grows as far
        # as that, never past the buttons.
        room = LIST_BOX.height() - 2 * CARD_PADDING
        self.cards = [
            Card(entry, FittedText(single_block(card_html(entry)), CARD_TEXT_WIDTH, room, style))
            for entry in entries
        ]
        self.pages = self._paginate()

    @property
    def fitted(self) -> bool:
        return all(card.height <= LIST_BOX.height() for card in self.cards)

    def _paginate(self) -> list[list[Card]]:
        pages: list[list[Card]] = [[]]
        used = 0.0
        for card in self.cards:
            needed = card.height + (CARD_GAP if pages[-1] else 0)
            if pages[-1] and used + needed > LIST_BOX.height():
                pages.append([])
                used, needed = 0.0, card.height
            pages[-1].append(card)
            used += needed
        return pages

    def paint(self, painter: QPainter, page: int = 0, with_buttons: bool = False) -> None:
        screen = self.screen
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, W, H), theme.PAPER_SHADE)
        painter.setPen(theme.NAVY)
        painter.setFont(theme.font(72, bold=True))
        # "Résultats", or "Erreurs refaites" for a redo round (quiz/results_text.py).
        title_box = QRectF(MARGIN, 40, 1000, 110)
        painter.drawText(title_box, Qt.AlignmentFlag.AlignVCenter, heading(screen))
        painter.setPen(theme.TEAL)
        painter.drawText(
            QRectF(W - MARGIN - 700, 40, 700, 110),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{screen.score}\u00a0/\u00a0{screen.total}",
        )
        painter.setPen(theme.INK)
        painter.setFont(theme.font(40))
        painter.drawText(
            QRectF(MARGIN, 160, W - 2 * MARGIN, 60),
            Qt.AlignmentFlag.AlignVCenter,
            message(screen),
        )
        page = max(0, min(page, len(self.pages) - 1))
        self._paint_cards(painter, self.pages[page])
        if len(self.pages) > 1:
            painter.setPen(theme.INK_SOFT)
            painter.setFont(theme.font(30))
            painter.drawText(
                QRectF(MARGIN, 160, W - 2 * MARGIN, 60),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                page_indicator(page, len(self.pages)),
            )
        if with_buttons:
            for face in button_faces(screen):
                if face is not None:
                    paint_face(painter, face)

    def _paint_cards(self, painter: QPainter, cards: list[Card]) -> None:
        y = LIST_BOX.top()
        for card in cards:
            box = QRectF(LIST_BOX.x(), y, LIST_BOX.width(), card.height)
            correct = card.entry.record.correct
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.PAPER)
            painter.drawRect(box)
            painter.fillRect(
                QRectF(box.x(), box.y(), 12, box.height()), theme.RIGHT if correct else theme.WRONG
            )
            mark = QRectF(box.x() + 12 + CARD_PADDING, y + CARD_PADDING, MARK_SIZE, MARK_SIZE)
            paint_mark(painter, mark, correct)
            card.text.paint(painter, QPointF(mark.right() + CARD_PADDING, y + CARD_PADDING))
            y += card.height + CARD_GAP


def card_text(card: Card) -> str:
    """The card's words as laid out (for screen readers)."""
    document: QTextDocument = card.text.document
    return document.toPlainText()
