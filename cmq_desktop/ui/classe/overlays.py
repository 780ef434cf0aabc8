"""Overlays a window draws over the lesson: the keys' help, and with one screen the
teacher's notes (or the answer key) that the teacher toggles with N."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QTextDocument
from PySide6.QtWidgets import QWidget

from cmq_desktop.i18n import translate
from cmq_desktop.modes.classe import HELP
from cmq_desktop.ui import theme

SHADE = theme.SHADE


class HelpOverlay(QWidget):
    """The keys, in French; any click, Esc,\u00a0? or H closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.hide()

    def open(self) -> None:
        parent = self.parentWidget()
        assert parent is not None  # overlays are made over a window
        self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.COVER_END)  # opaque: nothing behind to read over
        rows = len(HELP) + 1
        line = min(self.height() / (rows + 2), 54.0)
        size = max(12.0, line * 0.42)
        x = self.width() * 0.05
        split = self.width() * 0.42
        y = line
        painter.setPen(theme.COVER_TEXT)
        painter.setFont(theme.font(size * 1.2, bold=True))
        painter.drawText(
            QRectF(x, y, self.width() - 2 * x, line),
            Qt.AlignmentFlag.AlignVCenter,
            translate("classe.help", "Touches (Échap pour fermer)"),
        )
        for action_source, keys_source in HELP:
            action = translate("classe.help", action_source)
            keys = translate("classe.help", keys_source)
            y += line
            painter.setFont(theme.font(size, bold=True))
            painter.setPen(theme.COVER_SOFT)
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(QRectF(x, y, split - x - 10, line), flags, action)
            painter.setFont(theme.font(size))
            painter.setPen(theme.COVER_TEXT)
            painter.drawText(QRectF(split, y, self.width() - split - x, line), flags, keys)
        painter.end()


class NotesOverlay(QWidget):
    """One screen only: the console's notes over the lower part of the audience view."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.html = ""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def set_html(self, html: str) -> None:
        self.html = html
        self.update()

    def place(self) -> None:
        window = self.parentWidget()
        assert window is not None  # overlays are made over a window
        parent = window.rect()
        height = round(parent.height() * 0.42)
        self.setGeometry(0, parent.height() - height, parent.width(), height)

    def open(self) -> None:
        self.place()
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), SHADE)
        document = QTextDocument()
        document.setDefaultFont(theme.font(max(14.0, self.height() * 0.065)))
        document.setDefaultStyleSheet(f"p {{ color: {theme.COVER_TEXT.name()}; }}")
        margin = self.width() * 0.03
        document.setTextWidth(self.width() - 2 * margin)
        document.setHtml(self.html)
        painter.translate(margin, margin / 2)
        document.drawContents(
            painter, QRectF(0, 0, self.width() - 2 * margin, self.height() - margin)
        )
        painter.end()
