"""A preview on the presenter console: one screen as the class sees it, in the projector's
shape, drawn by the audience's painter; the screens "next" and "previous" would show are
drawn ahead once idle, so a step shows at once.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from cmq_desktop.i18n import translate
from cmq_desktop.quiz.navigator import Blackout
from cmq_desktop.ui import theme
from cmq_desktop.ui.accessible import describe, screen_lines
from cmq_desktop.ui.classe.audience_painter import AudiencePainter


class ScreenPreview(QWidget):
    """One screen as the class would see it, drawn by the audience's painter."""

    painted = Signal()  # after each paint (benchmarks)

    def __init__(self, painter: AudiencePainter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.painter = painter
        self.screen_model: object | None = None
        self.ahead: tuple[object, ...] = ()  # drawn once idle: what "next", "previous" show
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(160, 90)
        self._ahead_timer = QTimer(self, singleShot=True, interval=0)
        self._ahead_timer.timeout.connect(self._draw_ahead)
        self.target = QSize(1920, 1080)  # the audience's size: previews keep its shape

    def set_target(self, size: QSize) -> None:
        if size != self.target and size.width() > 0 and size.height() > 0:
            self.target = QSize(size)
            self.update()

    def _frame_rect(self) -> QRect:
        """Where the picture goes: the audience's shape, as big as fits, centred."""
        shape = self.target.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - shape.width()) // 2
        y = (self.height() - shape.height()) // 2
        return QRect(x, y, max(1, shape.width()), max(1, shape.height()))

    def show_screen(self, screen: object | None, ahead: tuple[object, ...] = ()) -> None:
        self.ahead = ahead
        if screen != self.screen_model:
            self.screen_model = screen
            # What this preview shows, for the teacher's screen reader (no announcement:
            # the projected screen's change is the one announced).
            lines = screen_lines(screen) if screen is not None else []
            name = self.accessibleName().split("\u00a0: ")[0]
            text = f"{name}\u00a0: {lines[0]}" if lines else name
            describe(self, text, "\n".join(lines[1:]), announce=False)
            self.update()

    def _draw_ahead(self) -> None:
        if self.ahead and self.isVisible():
            ratio = self.devicePixelRatioF()
            size = self._frame_rect().size()
            for screen in self.ahead:
                self.painter.frame(size, ratio, screen, Blackout.NONE)
            if self.screen_model is not None:  # keep the current frame the newest
                self.painter.frame(size, ratio, self.screen_model, Blackout.NONE)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.screen_model is None:
            painter.fillRect(self.rect(), theme.COVER_END)
            painter.setPen(theme.COVER_SOFT)
            painter.setFont(theme.font(18))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, translate("console", "Fin"))
        else:
            area = self._frame_rect()
            if area.size() != self.size():
                painter.fillRect(self.rect(), theme.LETTERBOX)
            frame = self.painter.frame(
                area.size(), self.devicePixelRatioF(), self.screen_model, Blackout.NONE
            )
            painter.drawPixmap(area.topLeft(), frame)
        painter.end()
        self.painted.emit()
        if self.ahead and not self._ahead_timer.isActive():
            self._ahead_timer.start()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)
