"""A visitor's score: the figure, a kind word, "Rejouer", and the campus's web page as a
QR code for the visitor's own phone."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.quiz.visitor_run import StandScoreScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.accessible import describe
from cmq_desktop.ui.stand import sizing
from cmq_desktop.ui.stand.qr_code import paint_qr

QR_CAPTION = QT_TRANSLATE_NOOP("stand", "Pour en savoir plus, scannez ce code avec votre téléphone")


class QrBox(QWidget):
    """The QR code of ``address``, square, drawn offline; nothing when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = ""
        # The code changes only with the address or the size: drawn once, then copied.
        self._picture: QPixmap | None = None
        self._picture_key: tuple[object, ...] = ()

    def set_address(self, address: str) -> None:
        self.address = address
        self.setVisible(bool(address))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.address:
            return
        side = min(self.width(), self.height())
        ratio = self.devicePixelRatioF()
        key = (self.address, side, ratio)
        if self._picture is None or key != self._picture_key:
            picture = QPixmap(round(side * ratio), round(side * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(theme.PAPER)
            picture_painter = QPainter(picture)
            paint_qr(picture_painter, QRectF(0, 0, side, side), self.address)
            picture_painter.end()
            self._picture, self._picture_key = picture, key
        painter = QPainter(self)
        painter.drawPixmap(
            round((self.width() - side) / 2), round((self.height() - side) / 2), self._picture
        )
        painter.end()


def score_title(score: int, total: int) -> str:
    # "sur 5" stays together: a lone "5" on the last line reads as another number.
    if score > 1:
        text = translate("stand", "{score} bonnes réponses sur\u00a0{total}")
    else:
        text = translate("stand", "{score} bonne réponse sur\u00a0{total}")
    return text.format(score=score, total=total)


class ScoreView(QWidget):
    replay_requested = Signal()
    done_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen_model: StandScoreScreen | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.title = QLabel(translate("stand", "Votre score"), self)
        self.score = QLabel(self)
        self.message = QLabel(self)
        for label in (self.title, self.score, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.replay_button = QPushButton(translate("stand", "Rejouer"), self)
        self.replay_button.clicked.connect(self.replay_requested)
        self.done_button = QPushButton(translate("stand", "J’ai terminé"), self)
        self.done_button.clicked.connect(self.done_requested)
        for button in (self.replay_button, self.done_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.qr = QrBox()
        self.qr_caption = QLabel(translate("stand", QR_CAPTION))
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QVBoxLayout()
        text.addStretch(1)
        for label in (self.title, self.score, self.message):
            text.addWidget(label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.replay_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        text.addSpacing(24)
        text.addLayout(buttons)
        text.addStretch(1)
        # In a panel hidden as a whole with no address: a hidden panel takes no room, so the
        # score is centred on the screen rather than in the left three fifths.
        self.qr_panel = QWidget(self)
        qr_column = QVBoxLayout(self.qr_panel)
        qr_column.setContentsMargins(0, 0, 0, 0)
        qr_column.addStretch(1)
        qr_column.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        qr_column.addWidget(self.qr_caption)
        qr_column.addStretch(1)
        # Side by side on a landscape screen, one above the other on a portrait one.
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.addLayout(text, 3)
        self._layout.addWidget(self.qr_panel, 2)

    def show_screen(self, screen: StandScoreScreen) -> None:
        self.screen_model = screen
        self.score.setText(score_title(screen.score, screen.total))
        self.message.setText(screen.message)
        self.qr.set_address(screen.web_address)
        self.qr_caption.setVisible(bool(screen.web_address))
        self.qr_panel.setVisible(bool(screen.web_address))
        self._restyle()
        title, *rest = self.shown_text()
        describe(self, title, "\n".join(rest))

    def shown_text(self) -> list[str]:
        texts = [label.text() for label in (self.title, self.score, self.message)]
        texts += [self.replay_button.text(), self.done_button.text()]
        if self.qr_caption.isVisible():
            texts.append(self.qr_caption.text())
        return texts

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._restyle()

    def _restyle(self) -> None:
        u = sizing.unit(self)
        touch = sizing.touch_pixels(self)
        portrait = self.height() > self.width()
        self._layout.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        margin = round(60 * u)
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._layout.setSpacing(round(40 * u))
        self.title.setFont(theme.font(44 * u, bold=True))
        self.title.setStyleSheet(f"color: {theme.TEAL.name()};")
        self.score.setFont(theme.font(84 * u, bold=True))
        self.score.setStyleSheet(f"color: {theme.NAVY.name()};")
        self.message.setFont(theme.font(44 * u))
        self.message.setStyleSheet(f"color: {theme.INK.name()};")
        self.qr_caption.setFont(theme.font(30 * u))
        self.qr_caption.setStyleSheet(f"color: {theme.INK_SOFT.name()};")
        side = round(360 * u)
        self.qr.setFixedSize(side, side)
        for button, colors in (
            (self.replay_button, sizing.PRIMARY),
            (self.done_button, sizing.SECONDARY),
        ):
            button.setFont(theme.font(48 * u, bold=True))
            button.setMinimumSize(max(touch, round(360 * u)), max(touch, round(120 * u)))
            sizing.style_button(button, *colors, u)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.PAPER_SHADE)
        painter.end()
