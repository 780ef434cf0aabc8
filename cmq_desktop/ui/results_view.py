"""The results: score, then every statement with the right answer and its explanation."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from cmq_desktop.quiz.screens import ResultEntry, ResultsScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.buttons import ButtonStyle, CanvasButton
from cmq_desktop.ui.canvas import CanvasWidget
from cmq_desktop.ui.icons import mark_icon
from cmq_desktop.ui.rich_text import plain_html

W, H = theme.CANVAS_WIDTH, theme.CANVAS_HEIGHT
MARGIN = 120
LIST_BOX = QRectF(MARGIN, 250, W - 2 * MARGIN, 660)
BUTTON_ROW = (
    QRectF(MARGIN, 950, 560, 100),
    QRectF(MARGIN + 600, 950, 640, 100),
    QRectF(W - MARGIN - 400, 950, 400, 100),
)
CARD_FONT = 34


def score_message(score: int, total: int) -> str:
    if score == total:
        return "Bravo, tout est juste\u00a0!"
    if score * 2 >= total:
        return "Bien joué\u00a0! Relisez les explications de vos erreurs."
    return "Relisez les explications, puis refaites vos erreurs."


class ResultCard(QFrame):
    """One statement of the results: mark, right answer, the pupil's answer, explanation."""

    def __init__(self, entry: ResultEntry) -> None:
        super().__init__()
        record, number = entry.record, entry.number
        self.record = record
        question = record.question
        colour = theme.RIGHT if record.correct else theme.WRONG
        self.colour = colour
        self.setObjectName("resultCard")
        layout = QHBoxLayout(self)
        self.mark = QLabel()
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.mark.setAccessibleName("Bonne réponse" if record.correct else "Erreur")
        layout.addWidget(self.mark)
        verdict = "Bonne réponse" if record.correct else "Erreur"
        given = (
            "" if record.correct else f" · Votre réponse\u00a0: {plain_html(record.chosen_label)}"
        )
        self.text = QLabel(
            f'<p style="color:{colour.name()}"><b>{number}. {verdict}</b></p>'
            f"<p><b>{plain_html(question.statement)}</b></p>"
            f"<p>Bonne réponse\u00a0: <b>{plain_html(question.answer)}</b>{given}</p>"
            f'<p style="color:{theme.INK_SOFT.name()}">{plain_html(question.explanation)}</p>'
        )
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setStyleSheet(f"color: {theme.INK.name()};")
        layout.addWidget(self.text, 1)

    def rescale(self, scale: float) -> None:
        border = f"{max(3, round(12 * scale))}px solid {self.colour.name()}"
        self.setStyleSheet(f"#resultCard {{ background: white; border-left: {border}; }}")
        self.text.setFont(theme.font(CARD_FONT * scale))
        size = max(16, round(70 * scale))
        self.mark.setPixmap(mark_icon(self.record.correct).pixmap(size, size))
        margin = round(24 * scale)
        layout = self.layout()
        assert layout is not None  # made in __init__
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(margin)


class ResultsView(CanvasWidget):
    retry_wrong_requested = Signal()
    restart_requested = Signal()
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen_model: ResultsScreen | None = None
        self.score = 0
        self.total = 0
        self.cards: list[ResultCard] = []
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setStyleSheet(
            f"QScrollArea, #cardList {{ background: {theme.PAPER_SHADE.name()}; }}"
        )
        self.place(self.scroll_area, LIST_BOX)
        self.retry_button = CanvasButton(
            self, ButtonStyle.PRIMARY, "Refaire mes erreurs (E)", font_size=34
        )
        self.retry_button.clicked.connect(self.retry_wrong_requested)
        self.restart_button = CanvasButton(
            self, ButtonStyle.SECONDARY, "Recommencer en mélangeant (M)", font_size=34
        )
        self.restart_button.clicked.connect(self.restart_requested)
        self.home_button = CanvasButton(self, ButtonStyle.SECONDARY, "Accueil (A)", font_size=34)
        self.home_button.clicked.connect(self.home_requested)
        for button, box in zip(
            (self.retry_button, self.restart_button, self.home_button), BUTTON_ROW, strict=True
        ):
            self.place(button, box)

    def show_screen(self, screen: ResultsScreen) -> None:
        self.screen_model = screen
        self.total = screen.total
        self.score = screen.score
        container = QWidget()
        container.setObjectName("cardList")
        column = QVBoxLayout(container)
        # Mistakes first, so they are on screen without scrolling; numbers keep the quiz order.
        entries = sorted(screen.entries, key=lambda entry: entry.record.correct)
        self.cards = [ResultCard(entry) for entry in entries]
        for card in self.cards:
            column.addWidget(card)
        column.addStretch(1)
        self.scroll_area.setWidget(container)
        self.retry_button.setEnabled(screen.can_retry)
        self.retry_button.setVisible(screen.can_retry)
        self.setAccessibleName(f"Résultats : {self.score} sur {self.total}")
        self.on_scale_changed(self.scale)
        self.update()

    def scroll_by_page(self, direction: int) -> None:
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(bar.value() + direction * bar.pageStep())

    def on_scale_changed(self, scale: float) -> None:
        for card in self.cards:
            card.rescale(scale)
        widget = self.scroll_area.widget()
        column = widget.layout() if widget is not None else None
        if column is not None:
            column.setSpacing(round(24 * scale))
            column.setContentsMargins(0, 0, round(12 * scale), 0)

    def paint_canvas(self, painter: QPainter) -> None:
        painter.fillRect(QRectF(0, 0, W, H), theme.PAPER_SHADE)
        painter.setPen(theme.NAVY)
        painter.setFont(theme.font(72, bold=True))
        painter.drawText(QRectF(MARGIN, 40, 1000, 110), Qt.AlignmentFlag.AlignVCenter, "Résultats")
        painter.setPen(theme.TEAL)
        painter.drawText(
            QRectF(W - MARGIN - 700, 40, 700, 110),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{self.score}\u00a0/\u00a0{self.total}",
        )
        painter.setPen(theme.INK)
        painter.setFont(theme.font(40))
        painter.drawText(
            QRectF(MARGIN, 160, W - 2 * MARGIN, 60),
            Qt.AlignmentFlag.AlignVCenter,
            score_message(self.score, self.total),
        )
