"""Where the window opens, and where it comes back: inside the screens present now.

``fit_on_screens`` is the policy, pure (rectangles in, a rectangle out), tested with lists
of screens. ``WindowPlacement`` applies it: it restores the size and place saved at the
last close (``QWidget.saveGeometry``, kept with ``QSettings`` in the user's data
directory) and saves them again at close. ``enter_fullscreen`` and ``leave_fullscreen``
do what a window manager does, for a kiosk or a bare X session that has none.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


class Rect(NamedTuple):
    x: int
    y: int
    width: int
    height: int


DEFAULT_SIZE = (1280, 720)
MINIMUM_SIZE = (640, 360)
# Room for a window manager's borders and title bar around the window's inside.
FRAME_ALLOWANCE = (32, 64)
SETTINGS_FILE = "fenetre.ini"
GEOMETRY_KEY = "fenetre/geometrie"


def _overlap(a: Rect, b: Rect) -> int:
    width = min(a.x + a.width, b.x + b.width) - max(a.x, b.x)
    height = min(a.y + a.height, b.y + b.height) - max(a.y, b.y)
    return max(width, 0) * max(height, 0)


def _clamp(start: int, length: int, area_start: int, area_length: int) -> int:
    """The start that keeps ``length`` inside the area (its start when it is too long)."""
    return max(area_start, min(start, area_start + area_length - length))


def fit_on_screens(
    wanted: Rect | None,
    screens: Sequence[Rect],
    default_size: tuple[int, int] = DEFAULT_SIZE,
    minimum: tuple[int, int] = MINIMUM_SIZE,
) -> Rect:
    """The window's geometry inside the available area of one of ``screens`` (primary first).

    A saved geometry goes back on the screen it overlaps most, shrunk and moved inside it;
    one on no present screen (a projector unplugged since) goes to the primary screen. With
    nothing saved, the default size, made smaller on a small screen to leave room for the
    window's frame, centred on the primary screen. Never smaller than ``minimum`` unless
    the screen itself is.
    """
    if not screens:
        return wanted or Rect(0, 0, *default_size)
    if wanted is not None and max(_overlap(wanted, s) for s in screens) > 0:
        screen = max(screens, key=lambda s: _overlap(wanted, s))
        width = max(min(wanted.width, screen.width), min(minimum[0], screen.width))
        height = max(min(wanted.height, screen.height), min(minimum[1], screen.height))
        x = _clamp(wanted.x, width, screen.x, screen.width)
        y = _clamp(wanted.y, height, screen.y, screen.height)
        return Rect(x, y, width, height)
    screen = screens[0]
    size = wanted[2:] if wanted is not None else default_size
    room = (screen.width - FRAME_ALLOWANCE[0], screen.height - FRAME_ALLOWANCE[1])
    width = min(screen.width, max(min(size[0], room[0]), minimum[0]))
    height = min(screen.height, max(min(size[1], room[1]), minimum[1]))
    x = screen.x + (screen.width - width) // 2
    y = screen.y + (screen.height - height) // 2
    return Rect(x, y, width, height)


def rect(qrect: QRect) -> Rect:
    return Rect(qrect.x(), qrect.y(), qrect.width(), qrect.height())


def available_screens() -> list[Rect]:
    """The available area of each screen present now (without panels), primary first."""
    primary = QGuiApplication.primaryScreen()
    screens = sorted(QGuiApplication.screens(), key=lambda screen: screen is not primary)
    return [rect(screen.availableGeometry()) for screen in screens]


def enter_fullscreen(window: QWidget) -> None:
    """Fullscreen that covers the screen even with no window manager to resize the window."""
    window.showFullScreen()
    screen = window.screen()
    handle = window.windowHandle()
    if screen is not None and handle is not None:
        # Through the QWindow: the widget keeps its normal geometry for saveGeometry().
        handle.setGeometry(screen.geometry())


def leave_fullscreen(window: QWidget) -> None:
    """Back to the normal geometry, which no window manager may be there to restore."""
    normal = window.normalGeometry()
    window.showNormal()
    screen = window.screen()
    if screen is not None and (not normal.isValid() or normal.contains(screen.geometry())):
        # A window put fullscreen at start has the screen itself for normal geometry:
        # leaving would change nothing to see. The default size, centred, instead.
        normal = QRect(*fit_on_screens(None, [rect(screen.availableGeometry())]))
    if normal.isValid():
        window.setGeometry(normal)


def settings_in(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


class WindowPlacement(QObject):
    """Opens ``window`` where it was closed (or centred), inside the screens present now."""

    def __init__(self, window: QWidget, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        window.installEventFilter(self)

    def restore(self) -> None:
        """Before the window is shown: the saved geometry, clamped; else the default."""
        window = self.window
        saved = self.settings.value(GEOMETRY_KEY)
        wanted: Rect | None = None
        maximized = False
        if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
            maximized = window.isMaximized()
            # Fullscreen is asked for on the command line or with F11, never inherited.
            state = window.windowState()
            full = Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized
            wanted = rect(window.normalGeometry() if state & full else window.geometry())
            window.setWindowState(Qt.WindowState.WindowNoState)
        window.setGeometry(QRect(*fit_on_screens(wanted, available_screens())))
        if maximized:
            window.setWindowState(Qt.WindowState.WindowMaximized)

    def save(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.window.saveGeometry())
        self.settings.sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save()
        return False
