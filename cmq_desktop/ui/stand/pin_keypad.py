"""A numeric keypad for the staff PIN, big enough for a finger, usable with a keyboard.

It only collects digits: the shell checks them (``submitted``), says what went wrong
(``set_message``) and locks the keypad for the growing delay after wrong PINs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.ui import theme
from cmq_desktop.ui.stand import sizing

MAX_DIGITS = 8
ERASE = QT_TRANSLATE_NOOP("staff", "Effacer")
VALIDATE = QT_TRANSLATE_NOOP("staff", "Valider")


class PinKeypad(QWidget):
    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.digits = ""
        self._error = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.title = QLabel(self)
        self.entry = QLabel(self)
        self.message = QLabel(self)
        for label in (self.title, self.entry, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.keys: dict[str, QPushButton] = {}
        pad = QWidget(self)
        grid = QGridLayout(pad)
        grid.setContentsMargins(0, 0, 0, 0)
        names = ["1", "2", "3", "4", "5", "6", "7", "8", "9", ERASE, "0", VALIDATE]
        for position, name in enumerate(names):
            button = QPushButton(translate("staff", name), pad)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, n=name: self.press(n))
            grid.addWidget(button, position // 3, position % 3)
            self.keys[name] = button
        self.cancel_button = QPushButton(translate("staff", "Annuler"), self)
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.cancelled)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.entry)
        layout.addWidget(self.message)
        layout.addWidget(pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self._grid = grid
        self._layout = layout
        self.ask("")

    def ask(self, title: str, message: str = "", can_cancel: bool = True) -> None:
        """Show an empty keypad under ``title``."""
        self.title.setText(title)
        self.digits = ""
        self.set_message(message)
        self.cancel_button.setVisible(can_cancel)
        self.set_locked(False)
        self._show_entry()

    def set_message(self, message: str, error: bool = False) -> None:
        self.message.setText(message)
        self._error = error and bool(message)
        color = theme.WRONG if error else theme.INK_SOFT
        self.message.setStyleSheet(f"color: {color.name()};")

    def set_locked(self, locked: bool) -> None:
        """While locked (the delay after a wrong PIN), no key answers."""
        for button in self.keys.values():
            button.setEnabled(not locked)

    @property
    def locked(self) -> bool:
        return not self.keys["0"].isEnabled()

    def press(self, name: str) -> None:
        if self.locked:
            return
        if self._error and name != VALIDATE:
            # A red "too easy" or "wrong code" stays only until the staff type again.
            self.set_message("")
        if name == ERASE:
            self.digits = self.digits[:-1]
        elif name == VALIDATE:
            if self.digits:
                digits, self.digits = self.digits, ""
                self._show_entry()
                self.submitted.emit(digits)
            return
        elif name.isdigit() and len(self.digits) < MAX_DIGITS:
            self.digits += name
        self._show_entry()

    def _show_entry(self) -> None:
        # Dots, never the digits: visitors may be looking over the staff's shoulder.
        self.entry.setText(" ".join("●" * len(self.digits)) or "–")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.text().isdigit():
            self.press(event.text())
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.press(ERASE)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press(VALIDATE)
        elif key == Qt.Key.Key_Escape and self.cancel_button.isVisible():
            self.cancelled.emit()

    # Look ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        u = sizing.unit(self)
        touch = sizing.touch_pixels(self)
        self._layout.setSpacing(round(18 * u))
        self._grid.setSpacing(round(16 * u))
        self.title.setFont(theme.font(44 * u, bold=True))
        self.title.setStyleSheet(f"color: {theme.NAVY.name()};")
        self.entry.setFont(theme.font(56 * u, bold=True))
        self.message.setFont(theme.font(30 * u))
        side = max(touch, round(110 * u))
        for name, button in self.keys.items():
            button.setFont(theme.font((30 if len(name) > 1 else 48) * u, bold=True))
            button.setFixedSize(round(side * 1.8), side)
            colors = sizing.PRIMARY if name != ERASE else sizing.SECONDARY
            sizing.style_button(button, *colors, u)
        self.cancel_button.setFont(theme.font(32 * u, bold=True))
        self.cancel_button.setMinimumSize(round(side * 2.4), side)
        sizing.style_button(self.cancel_button, *sizing.SECONDARY, u)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.PAPER_SHADE)
        painter.end()
