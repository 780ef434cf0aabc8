"""Over a visitor's screen left alone: a visible countdown before the stand resets.

It covers the whole window, so the tap that says "still here" reaches no button below.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from cmq_desktop.i18n import translate
from cmq_desktop.ui import theme
from cmq_desktop.ui.stand.sizing import unit


def countdown_text(seconds: int) -> str:
    return translate(
        "stand",
        "Vous êtes toujours là\u00a0?\nRetour à l’accueil dans {seconds}\u00a0s.\n"
        "Touchez l’écran pour continuer.",
    ).format(seconds=seconds)


class CountdownOverlay(QWidget):
    still_here = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.seconds = 0
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.hide()

    def show_seconds(self, seconds: int | None) -> None:
        if seconds is None:
            self.hide()
            return
        self.seconds = seconds
        self.setAccessibleName(countdown_text(seconds))
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.still_here.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), theme.SHADE)
        u = unit(self)
        width = min(self.width() * 0.86, 1100 * u)
        height = min(self.height() * 0.6, 420 * u)
        card = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.PAPER)
        painter.drawRoundedRect(card, 28 * u, 28 * u)
        painter.setPen(theme.NAVY)
        painter.setFont(theme.font(50 * u, bold=True))
        painter.drawText(
            card.adjusted(30 * u, 20 * u, -30 * u, -20 * u),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            countdown_text(self.seconds),
        )
        painter.end()
