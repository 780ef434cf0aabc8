"""The kiosk's one window, locked down: fullscreen, no way out for a visitor.

Esc, Alt+F4, Ctrl+Q, F11, closing the window and right clicks do nothing visible: the
window has no shortcut, menu or dialog; it refuses to close unless the staff panel
allows it; it goes back to fullscreen if anything takes it away; on X11 with no window
manager (where ``showFullScreen`` does not resize) it takes the screen's geometry.
Every key press anywhere in it goes to ``key_pressed``; a 3-second press in the
top-left corner emits ``corner_held`` (the staff's way in on a touch screen).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QMoveEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from cmq_desktop import APP_NAME
from cmq_desktop.i18n import translate
from cmq_desktop.ui.guarded_close import GuardedClose
from cmq_desktop.ui.stand.sizing import touch_pixels

CORNER_HOLD_MS = 3000
_FILTERED = frozenset(
    {
        QEvent.Type.ShortcutOverride,
        QEvent.Type.KeyPress,
        QEvent.Type.ContextMenu,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseButtonRelease,
    }
)


class KioskWindow(GuardedClose, QWidget):
    key_pressed = Signal(QKeyEvent)
    corner_held = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(translate("stand", "{app} – Stand").format(app=APP_NAME))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.locked = True  # keep fullscreen (False in widget tests that size the window)
        # Keys for the staff's own widgets (keypad, panel) are not the kiosk's.
        self.keys_to_widgets = False
        self._corner_timer = QTimer(self, singleShot=True, interval=CORNER_HOLD_MS)
        self._corner_timer.timeout.connect(self.corner_held)
        self._enforce_timer = QTimer(self, singleShot=True, interval=0)
        self._enforce_timer.timeout.connect(self.enforce_fullscreen)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def dispose(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def add_view(self, view: QWidget) -> None:
        self.stack.addWidget(view)

    def show_view(self, view: QWidget) -> None:
        if self.stack.currentWidget() is not view:
            self.stack.setCurrentWidget(view)

    # Fullscreen ------------------------------------------------------------------------

    def enforce_fullscreen(self) -> None:
        if not self.locked:
            return
        screen = self.screen()
        if not self.isFullScreen():
            self.showFullScreen()
        if screen is not None and self.geometry() != screen.geometry():
            self.setGeometry(screen.geometry())
        self.activateWindow()
        if QGuiApplication.platformName() != "offscreen":  # no stacking order to change there
            self.raise_()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = event.type() == QEvent.Type.WindowStateChange
        if changed and self.locked and (not self.isFullScreen() or self.isMinimized()):
            self._enforce_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # With no window manager, anything may resize the window: take the screen back.
        screen = self.screen()
        if self.locked and screen is not None and self.geometry() != screen.geometry():
            self._enforce_timer.start()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        screen = self.screen()
        if self.locked and screen is not None and self.geometry() != screen.geometry():
            self._enforce_timer.start()

    def closing(self) -> None:
        # Alt+F4 or the window manager's close button do nothing (``GuardedClose``); the
        # staff panel's "Quitter" closes for good.
        self.dispose()

    # Every input of the window passes here first ---------------------------------------

    def _mine(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _FILTERED:  # most events (paint, layout, timers): at once
            return False
        if kind == QEvent.Type.ShortcutOverride and self._mine(watched):
            return not self.keys_to_widgets  # no widget's own shortcut either
        if kind == QEvent.Type.KeyPress and self._mine(watched):
            if self.keys_to_widgets:
                return False
            assert isinstance(event, QKeyEvent)
            self.key_pressed.emit(event)
            return True
        if kind == QEvent.Type.ContextMenu and self._mine(watched):
            return not self.keys_to_widgets
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick) and self._mine(
            watched
        ):
            assert isinstance(event, QMouseEvent)
            if event.button() != Qt.MouseButton.LeftButton:
                return not self.keys_to_widgets  # right and middle clicks: nothing
            if self._in_corner(event.globalPosition().toPoint()):
                self._corner_timer.start()
                return True  # a press in the corner does nothing else
        if kind == QEvent.Type.MouseButtonRelease and self._corner_timer.isActive():
            self._corner_timer.stop()
            return True
        return False

    def _in_corner(self, global_point: QPoint) -> bool:
        side = 2 * touch_pixels(self)
        corner = QRect(self.mapToGlobal(QPoint(0, 0)), self.mapToGlobal(QPoint(side, side)))
        return corner.contains(global_point)
