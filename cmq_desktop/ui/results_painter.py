"""The results screen drawn on the canvas, page by page: the window, ``render`` and PDF.

Every answer is a card (mark, number and verdict, statement, right answer, the pupil's
answer, explanation), mistakes first. Cards that do not fit one page go on the next:
the window turns pages with the clicker or the wheel, a PDF prints them all.
A Stand visitor's score (``ScorePicture``, with its QR code) is drawn here too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QTextDocument

from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.quiz.results_text import heading, message, page_indicator
from cmq_desktop.quiz.screens import ResultEntry, ResultsScreen
from cmq_desktop.quiz.visitor_run import StandScoreScreen
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


# A Stand visitor's score ------------------------------------------------------------------

SCORE_HEADING = QT_TRANSLATE_NOOP("stand", "Votre score")
QR_CAPTION = QT_TRANSLATE_NOOP("stand", "Pour en savoir plus, scannez ce code avec votre téléphone")
REPLAY_LABEL = QT_TRANSLATE_NOOP("stand", "Rejouer")
DONE_LABEL = QT_TRANSLATE_NOOP("stand", "J’ai terminé")
SCORE_BUTTON_FONT = 56.0


def score_title(score: int, total: int) -> str:
    # "sur 5" stays together: a lone "5" on the last line reads as another number.
    if score > 1:
        text = translate("stand", "{score} bonnes réponses sur\u00a0{total}")
    else:
        text = translate("stand", "{score} bonne réponse sur\u00a0{total}")
    return text.format(score=score, total=total)


@dataclass(frozen=True)
class ScoreLayout:
    """Where a visitor's score goes on a landscape (1920x1080) or portrait (1080x1920)
    canvas, with or without the QR code."""

    width: float
    height: float
    heading: QRectF
    score: QRectF
    message: QRectF
    code: QRectF  # empty without a web address
    caption: QRectF
    buttons: tuple[QRectF, QRectF]  # "Rejouer", "J’ai terminé"


def score_layout(width: float, height: float, with_code: bool) -> ScoreLayout:
    if height > width:  # a portrait touch screen: one column
        top = 150.0 if with_code else 380.0
        column = QRectF(70, top, width - 140, 0)
        x, w = column.x(), column.width()
        buttons_y = 1600.0 if with_code else 1250.0
        half = (w - 40) / 2
        return ScoreLayout(
            width,
            height,
            QRectF(x, top, w, 80),
            QRectF(x, top + 90, w, 300),
            QRectF(x, top + 410, w, 280),
            QRectF(290, 880, 500, 500) if with_code else QRectF(),
            QRectF(x, 1400, w, 130),
            (QRectF(x, buttons_y, half, 190), QRectF(x + half + 40, buttons_y, half, 190)),
        )
    # Landscape: the score on the left and the code on the right, or the score centred.
    x, w = (120.0, 1000.0) if with_code else (360.0, 1200.0)
    half = (w - 60) / 2
    return ScoreLayout(
        width,
        height,
        QRectF(x, 150, w, 80),
        QRectF(x, 240, w, 220),
        QRectF(x, 470, w, 260),
        QRectF(1300, 170, 500, 500) if with_code else QRectF(),
        QRectF(1220, 700, 660, 150),
        (QRectF(x, 800, half, 160), QRectF(x + half + 60, 800, half, 160)),
    )


class ScorePicture:
    """A visitor's score, a kind word, the QR code of the campus's page and the two
    buttons' faces: the kiosk's score view and ``render --mode stand`` paint this."""

    def __init__(self, screen: StandScoreScreen, width: float = W, height: float = H) -> None:
        self.screen = screen
        self.layout = layout = score_layout(width, height, bool(screen.web_address))
        title_style = TextStyle(size=104, min_size=60, color=theme.NAVY, bold=True, center=True)
        message_style = TextStyle(size=54, min_size=36, color=theme.INK, center=True)
        self.score = FittedText(
            single_block(plain_html(score_title(screen.score, screen.total))),
            layout.score.width(),
            layout.score.height(),
            title_style,
        )
        self.message = FittedText(
            single_block(plain_html(screen.message)),
            layout.message.width(),
            layout.message.height(),
            message_style,
        )

    @property
    def fitted(self) -> bool:
        return self.score.fitted and self.message.fitted

    def button_faces(self) -> tuple[Face, Face]:
        replay, done = self.layout.buttons
        return (
            Face(replay, ButtonStyle.PRIMARY, translate("stand", REPLAY_LABEL), SCORE_BUTTON_FONT),
            Face(done, ButtonStyle.SECONDARY, translate("stand", DONE_LABEL), SCORE_BUTTON_FONT),
        )

    def paint(self, painter: QPainter, with_buttons: bool = False) -> None:
        layout, screen = self.layout, self.screen
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, layout.width, layout.height), theme.PAPER_SHADE)
        painter.setPen(theme.TEAL)
        painter.setFont(theme.font(52, bold=True))
        painter.drawText(
            layout.heading, Qt.AlignmentFlag.AlignCenter, translate("stand", SCORE_HEADING)
        )
        self.score.paint(painter, layout.score.topLeft(), vertical_center=True)
        self.message.paint(painter, layout.message.topLeft(), vertical_center=True)
        if screen.web_address:
            self._paint_code(painter)
        if with_buttons:
            for face in self.button_faces():
                paint_face(painter, face)

    def _paint_code(self, painter: QPainter) -> None:
        from cmq_desktop.ui.stand.qr_code import paint_qr  # segno: only on a stand

        layout = self.layout
        # In the output's own pixels, so that every module has the same whole size.
        device = painter.transform().mapRect(layout.code)
        painter.save()
        painter.resetTransform()
        paint_qr(painter, device, self.screen.web_address)
        painter.restore()
        painter.setPen(theme.INK_SOFT)
        painter.setFont(theme.font(36))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(
            layout.caption,
            int(flags | Qt.TextFlag.TextWordWrap),
            translate("stand", QR_CAPTION),
        )
