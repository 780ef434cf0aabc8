"""The printed quiz sheet (boxes to tick, name/class/date lines, no answers) and its answer
key (right answer and explanation), A4 portrait, black on white, never cut."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen

from cmq_desktop.content.model import Deck, Question, QuizSet
from cmq_desktop.i18n import translate
from cmq_desktop.ui import theme

if TYPE_CHECKING:
    from cmq_desktop.ui.pdf_export import PdfPages

MARGIN = 48.0
GAP = 14.0
BOX = 11.0
NBSP = "\u00a0"
_WRAP = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap


@dataclass
class _Text:
    text: str
    font: QFont
    indent: float
    height: float = 0.0


@dataclass
class _Block:
    question: Question
    texts: list[_Text]
    boxes: bool  # the two boxes to tick, under the texts

    @property
    def height(self) -> float:
        return sum(t.height for t in self.texts) + (BOX + 12 if self.boxes else 0)


def paint_sheets(pages: PdfPages, deck: Deck, answer_key: bool) -> None:
    sets = [quiz_set for quiz_set in deck.quiz_sets if quiz_set.questions]
    painter = pages.painter
    if not sets:
        painter.setFont(theme.font(14))
        painter.drawText(
            _content(pages), _WRAP, translate("pdf", "Aucune question dans cette présentation.")
        )
        return
    for index, quiz_set in enumerate(sets):
        if index:
            pages.new_page()
        _paint_set(pages, quiz_set, answer_key)


def _content(pages: PdfPages) -> QRectF:
    return pages.page.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)


def _paint_set(pages: PdfPages, quiz_set: QuizSet, answer_key: bool) -> None:
    painter = pages.painter
    area = _content(pages)
    blocks = [
        _block(painter, area.width(), n, q, answer_key) for n, q in enumerate(quiz_set.questions, 1)
    ]
    page_in_set = 1
    y = _first_header(painter, area, quiz_set.title, answer_key)
    for block in blocks:
        if y + block.height > area.bottom() - 20 and y > area.top() + 40:
            pages.new_page()
            page_in_set += 1
            y = _next_header(painter, area, quiz_set.title, answer_key, page_in_set)
        y = _paint_block(painter, area, block, y) + GAP


def _first_header(painter: QPainter, area: QRectF, title: str, answer_key: bool) -> float:
    painter.setPen(theme.INK)
    painter.setFont(theme.font(18, bold=True))
    heading = (
        translate("pdf", "Corrigé\u00a0: {title}").format(title=title) if answer_key else title
    )
    box = painter.boundingRect(QRectF(area.left(), area.top(), area.width(), 1000), _WRAP, heading)
    painter.drawText(box, _WRAP, heading)
    y = box.bottom() + 14
    painter.setFont(theme.font(12))
    if not answer_key:
        for labels in (
            (translate("pdf", "Nom\u00a0:"), translate("pdf", "Prénom\u00a0:")),
            (translate("pdf", "Classe\u00a0:"), translate("pdf", "Date\u00a0:")),
        ):
            half = area.width() / 2
            for column, label in enumerate(labels):
                left = area.left() + column * half
                painter.drawText(QPointF(left, y + 14), label)
                start = left + painter.fontMetrics().horizontalAdvance(label) + 6
                painter.setPen(QPen(theme.INK, 0.75))
                painter.drawLine(QPointF(start, y + 16), QPointF(left + half - 16, y + 16))
                painter.setPen(theme.INK)
            y += 30
        painter.setFont(theme.font(11, italic=True))
        painter.drawText(
            QPointF(area.left(), y + 12),
            translate("pdf", "Pour chaque affirmation, cochez une seule case."),
        )
        y += 20
    painter.setPen(QPen(theme.INK, 0.75))
    painter.drawLine(QPointF(area.left(), y + 4), QPointF(area.right(), y + 4))
    return y + 16


def _next_header(painter: QPainter, area: QRectF, title: str, key: bool, page: int) -> float:
    painter.setPen(theme.INK)
    painter.setFont(theme.font(10))
    heading = translate("pdf", "Corrigé\u00a0: {title}").format(title=title) if key else title
    more = translate("pdf", "{heading} (suite, page {page})").format(heading=heading, page=page)
    painter.drawText(QPointF(area.left(), area.top() + 10), more)
    return area.top() + 30


def _block(painter: QPainter, width: float, number: int, question: Question, key: bool) -> _Block:
    texts = [_Text(f"{number}. {question.statement}", theme.font(12), 0)]
    if key:
        answer = translate("pdf", "Réponse\u00a0: {answer}").format(answer=question.answer)
        texts.append(_Text(answer, theme.font(12, bold=True), 18))
        if question.explanation:
            texts.append(_Text(question.explanation, theme.font(11), 18))
    for text in texts:
        painter.setFont(text.font)
        bound = painter.boundingRect(QRectF(0, 0, width - text.indent, 10000), _WRAP, text.text)
        text.height = bound.height() + 4
    return _Block(question, texts, boxes=not key)


def _paint_block(painter: QPainter, area: QRectF, block: _Block, y: float) -> float:
    painter.setPen(theme.INK)
    for text in block.texts:
        painter.setFont(text.font)
        box = QRectF(area.left() + text.indent, y, area.width() - text.indent, text.height)
        painter.drawText(box, _WRAP, text.text)
        y += text.height
    if block.boxes:
        painter.setFont(theme.font(12))
        x = area.left() + 18
        for label in block.question.labels:
            painter.setPen(QPen(theme.INK, 1))
            painter.drawRect(QRectF(x, y + 2, BOX, BOX))
            painter.drawText(QPointF(x + BOX + 6, y + BOX), label)
            x += BOX + 6 + painter.fontMetrics().horizontalAdvance(label) + 40
        y += BOX + 12
    return y
