"""Screens as the placement policy sees them, the screen chooser and "identifier les
écrans" (a big number drawn on each screen)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cmq_desktop.i18n import translate
from cmq_desktop.modes.screen_placement import ScreenInfo
from cmq_desktop.ui import theme

IDENTIFY_MS = 4000


def screen_infos() -> list[ScreenInfo]:
    primary = QGuiApplication.primaryScreen()
    infos = []
    for screen in QGuiApplication.screens():
        g = screen.geometry()
        infos.append(
            ScreenInfo(screen.name(), g.x(), g.y(), g.width(), g.height(), screen is primary)
        )
    return infos


def qscreen_named(name: str) -> QScreen | None:
    return next((s for s in QGuiApplication.screens() if s.name() == name), None)


def describe(number: int, info: ScreenInfo) -> str:
    if info.primary:
        text = translate(
            "screens", "Écran {number}\u00a0: {name} ({width} × {height}, écran principal)"
        )
    else:
        text = translate("screens", "Écran {number}\u00a0: {name} ({width} × {height})")
    return text.format(number=number, name=info.name, width=info.width, height=info.height)


class IdentifyWindow(QWidget):
    """A frameless window filling one screen with its big number; a click closes it."""

    def __init__(self, number: int, info: ScreenInfo) -> None:
        super().__init__(
            None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.number = number
        self.info = info
        self.setGeometry(QRect(info.x, info.y, info.width, info.height))

    def mousePressEvent(self, event: object) -> None:
        self.close()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.NAVY)
        painter.setPen(theme.PAPER)
        painter.setFont(theme.font(self.height() * 0.5, bold=True))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, str(self.number))
        painter.setFont(theme.font(max(16.0, self.height() * 0.04)))
        bottom = self.rect().adjusted(0, 0, 0, -round(self.height() * 0.06))
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            describe(self.number, self.info),
        )
        painter.end()


def identify_screens() -> list[IdentifyWindow]:
    """Show every screen's number for a few seconds; the caller keeps the windows alive."""
    windows = [IdentifyWindow(n, info) for n, info in enumerate(screen_infos(), start=1)]
    for window in windows:
        window.show()
        QTimer.singleShot(IDENTIFY_MS, window.close)
    return windows


class ScreenChooser(QDialog):
    """At start with two screens or more: which one the class sees."""

    chosen = Signal(str)  # the audience screen's name

    def __init__(
        self, infos: list[ScreenInfo], current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("screens", "Choisir l’écran de projection"))
        self.infos = infos
        self._identify: list[IdentifyWindow] = []
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("screens", "Sur quel écran la classe voit-elle la présentation\u00a0?")
            )
        )
        self.group = QButtonGroup(self)
        for number, info in enumerate(infos, start=1):
            radio = QRadioButton(describe(number, info))
            radio.setChecked(info.name == current)
            self.group.addButton(radio, number - 1)
            layout.addWidget(radio)
        identify = QPushButton(translate("screens", "Identifier les écrans"))
        identify.clicked.connect(self.identify)
        layout.addWidget(identify)
        layout.addWidget(
            QLabel(
                translate(
                    "screens",
                    "La console du professeur s’ouvre sur un autre écran (touche S pour échanger).",
                )
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.accepted.connect(self._emit)

    def identify(self) -> None:
        self._identify = identify_screens()

    def _emit(self) -> None:
        index = self.group.checkedId()
        if 0 <= index < len(self.infos):
            self.chosen.emit(self.infos[index].name)
