"""A short banner under a question's answers: which keys answer, when a key answered nothing.

O or N on a Vrai/Faux question used to do nothing at all; the words come from
``quiz.shortcuts.answer_keys_reminder``. The banner hides by itself after a few seconds
and whenever the question changes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from cmq_desktop.ui import theme
from cmq_desktop.ui.canvas import CanvasWidget

# Below the answer buttons and their key hints (question_painter.ASKING_BUTTONS).
BOX = QRectF(120, 958, theme.CANVAS_WIDTH - 240, 92)
FONT_SIZE = 34.0
HIDE_MS = 6000


class KeyReminder(QWidget):
    def __init__(self, view: CanvasWidget) -> None:
        super().__init__(view)
        self.text = ""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._timer = QTimer(self, singleShot=True, interval=HIDE_MS)
        self._timer.timeout.connect(self.hide)
        view.place(self, BOX)
        self.hide()

    def show_text(self, text: str) -> None:
        self.text = text
        self.setAccessibleName(text)
        self.show()
        self.raise_()
        self.update()
        self._timer.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        scale = self.height() / BOX.height()  # placed in canvas units: follows the window
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.NAVY)
        painter.drawRoundedRect(QRectF(self.rect()), 18 * scale, 18 * scale)
        painter.setPen(theme.PAPER)
        painter.setFont(theme.font(FONT_SIZE * scale, bold=True))
        painter.drawText(
            QRectF(self.rect()).adjusted(24 * scale, 0, -24 * scale, 0),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.text,
        )
        painter.end()

