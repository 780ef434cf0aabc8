"""The audience window: fullscreen on the projector, it shows only what the class sees.

It paints the lesson state through ``AudiencePainter`` from finished frames (the next
step is drawn ahead while the teacher talks). With one screen it also carries the
teacher's overlays (notes, the answer key, the overview grid, the keys' help).
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from cmq_desktop import APP_NAME
from cmq_desktop.i18n import translate
from cmq_desktop.quiz.class_screens import ClassQuestionScreen
from cmq_desktop.quiz.screens import LessonState, Stage
from cmq_desktop.ui import theme
from cmq_desktop.ui.accessible import describe, screen_lines
from cmq_desktop.ui.classe.audience_painter import AudiencePainter
from cmq_desktop.ui.guarded_close import GuardedClose


class AudienceWindow(GuardedClose, QWidget):
    key_pressed = Signal(QKeyEvent)
    close_requested = Signal()
    painted = Signal()  # after each finished paint (first-frame timing, benchmarks)
    countdown_expired = Signal()

    def __init__(self, painter: AudiencePainter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("class", "{app} — projection").format(app=APP_NAME))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 240)
        self.painter = painter
        self.state: LessonState | None = None
        # The countdown of a shown question, if the settings ask for one.
        self._countdown_clock = QElapsedTimer()
        self._countdown_timer = QTimer(self, interval=250)
        self._countdown_timer.timeout.connect(self.update)
        self._prefetch_timer = QTimer(self, singleShot=True, interval=0)
        self._prefetch_timer.timeout.connect(self._prefetch)
        self._expired_sent = False
        self.behind: object | None = None

    def show_state(self, state: LessonState, behind: object | None = None) -> None:
        """Show ``state``; ``behind`` is what "previous" would show, drawn ahead too."""
        previous = self.state
        self.state = state
        self.behind = behind
        screen = state.screen
        counting = (
            isinstance(screen, ClassQuestionScreen)
            and screen.stage is Stage.SHOWN
            and screen.countdown > 0
        )
        if counting and (previous is None or previous.screen.log_line != screen.log_line):
            self._countdown_clock.start()
            self._expired_sent = False
        if counting:
            self._countdown_timer.start()
        else:
            self._countdown_timer.stop()
        lines = screen_lines(screen) or [APP_NAME]
        describe(self, lines[0], "\n".join(lines[1:]))
        self.update()

    def countdown_left(self) -> int | None:
        """Whole seconds left in the countdown, None when none runs."""
        screen = self.state.screen if self.state else None
        if not self._countdown_timer.isActive() or not isinstance(screen, ClassQuestionScreen):
            return None
        left = screen.countdown - self._countdown_clock.elapsed() / 1000
        return max(0, int(left + 0.999))

    def _prefetch(self) -> None:
        state = self.state
        if state is None or not self.isVisible():
            return
        ratio = self.devicePixelRatioF()
        for screen in (self.behind, state.upcoming):
            if screen is not None:
                self.painter.frame(self.size(), ratio, screen, state.blackout)
        # Keep the current frame the newest, so it stays in the cache.
        self.painter.state_frame(self.size(), ratio, state)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.state is None:
            painter.fillRect(self.rect(), theme.LETTERBOX)
        else:
            painter.drawPixmap(
                0, 0, self.painter.state_frame(self.size(), self.devicePixelRatioF(), self.state)
            )
            left = self.countdown_left()
            if left is not None:
                self._paint_countdown(painter, left)
        painter.end()
        self.painted.emit()
        ahead = self.state is not None and (self.state.upcoming or self.behind) is not None
        if ahead and not self._prefetch_timer.isActive():
            self._prefetch_timer.start()

    def _paint_countdown(self, painter: QPainter, left: int) -> None:
        size = min(self.width(), self.height()) * 0.16
        box = QRectF(
            self.width() - size - size * 0.2, self.height() - size - size * 0.2, size, size
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.WRONG if left <= 5 else theme.NAVY)
        painter.drawEllipse(box)
        painter.setPen(theme.PAPER)
        painter.setFont(theme.font(size * 0.45, bold=True))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(left))
        if left == 0 and not self._expired_sent:
            self._expired_sent = True
            QTimer.singleShot(0, self.countdown_expired.emit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The overlays cover the window; the dialogs parented here (one screen) keep their size.
        for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not child.isWindow():
                child.setGeometry(self.rect())

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event)

    def close_refused(self) -> None:
        # Never quit by accident in front of a class: the shell asks first.
        self.close_requested.emit()
