"""The big touch-friendly buttons of every screen: colour states, sizes in canvas pixels."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QPushButton, QWidget

from cmq_desktop.ui import theme


class ButtonStyle(Enum):
    # background, text, border
    PRIMARY = (theme.NAVY.name(), theme.PAPER.name(), theme.NAVY.name())
    ANSWER = (theme.NAVY.name(), theme.PAPER.name(), theme.NAVY_DARK.name())
    SECONDARY = (theme.PAPER.name(), theme.NAVY.name(), theme.NAVY.name())
    RIGHT = (theme.RIGHT_LIGHT.name(), theme.RIGHT.name(), theme.RIGHT.name())
    WRONG = (theme.WRONG_LIGHT.name(), theme.WRONG.name(), theme.WRONG.name())
    MUTED = (theme.PAPER.name(), theme.INK_SOFT.name(), "#c5cbd3")


class CanvasButton(QPushButton):
    """A button whose font, border and radius are given on the 1920x1080 canvas and scale
    with it; the font shrinks further when the text would be cut."""

    def __init__(
        self, parent: QWidget, style: ButtonStyle, text: str = "", font_size: float = 40
    ) -> None:
        super().__init__(text, parent)
        self.font_size = font_size
        self.button_style = style
        self._scale = 1.0
        # Keys are handled by the window as presentation shortcuts (clicker, V/F, arrows):
        # a focused button would swallow Space and Enter.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._apply_style()

    def set_style(self, style: ButtonStyle) -> None:
        self.button_style = style
        self._apply_style()

    def rescale(self, scale: float) -> None:
        self._scale = scale
        icon = round(self.font_size * 1.1 * scale)  # a mark as tall as the text
        self.setIconSize(QSize(icon, icon))
        self._apply_style()
        self._fit_font()

    def _apply_style(self) -> None:
        background, text, border = self.button_style.value
        s = self._scale
        self.setStyleSheet(
            f"QPushButton {{ background: {background}; color: {text};"
            f" border: {max(1, round(5 * s))}px solid {border}; border-radius: {round(22 * s)}px;"
            f" padding: {round(4 * s)}px {round(20 * s)}px; }}"
            f"QPushButton:hover {{ border-color: {theme.TEAL.name()}; }}"
            f"QPushButton:pressed {{ background: {theme.TEAL.name()}; color: white; }}"
            f"QPushButton:disabled {{ background: {background}; color: {text};"
            f" border-color: {border}; }}"
        )

    def _fit_font(self) -> None:
        size = self.font_size * self._scale
        icon = 0 if self.icon().isNull() else self.iconSize().width() + 8
        available = self.width() - 2 * round(25 * self._scale) - icon
        font = theme.font(size, bold=True)
        while size > 8 and QFontMetricsF(font).horizontalAdvance(self.text()) > available:
            size *= 0.94
            font = theme.font(size, bold=True)
        self.setFont(font)
