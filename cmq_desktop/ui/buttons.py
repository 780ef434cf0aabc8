"""The big touch-friendly buttons of every screen, and their colour states."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QPushButton, QWidget

from cmq_desktop.ui import theme


class ButtonStyle(Enum):
    PRIMARY = (theme.NAVY.name(), theme.PAPER.name(), theme.NAVY.name())
    ANSWER = (theme.NAVY.name(), theme.PAPER.name(), theme.NAVY_DARK.name())
    SECONDARY = (theme.PAPER.name(), theme.NAVY.name(), theme.NAVY.name())
    RIGHT = (theme.RIGHT_LIGHT.name(), theme.RIGHT.name(), theme.RIGHT.name())
    WRONG = (theme.WRONG_LIGHT.name(), theme.WRONG.name(), theme.WRONG.name())
    MUTED = (theme.PAPER.name(), theme.INK_SOFT.name(), "#c5cbd3")


def style_button(button: QPushButton, style: ButtonStyle) -> None:
    background, text, border = style.value
    button.setStyleSheet(
        f"QPushButton {{ background: {background}; color: {text}; border: 4px solid {border};"
        f" border-radius: 18px; padding: 4px 16px; }}"
        f"QPushButton:hover {{ border-color: {theme.TEAL.name()}; }}"
        f"QPushButton:pressed {{ background: {theme.TEAL.name()}; color: white; }}"
        f"QPushButton:disabled {{ background: {background}; color: {text};"
        f" border-color: {border}; }}"
    )


def fit_font(button: QPushButton, canvas_size: float, scale: float) -> None:
    """Set a bold font of ``canvas_size`` canvas pixels, smaller if the text would be cut."""
    size = canvas_size * scale
    available = (
        button.width()
        - 2 * (16 + 4)
        - (button.iconSize().width() + 8 if not button.icon().isNull() else 0)
    )
    font = theme.font(size, bold=True)
    while size > 8 and QFontMetricsF(font).horizontalAdvance(button.text()) > available:
        size *= 0.94
        font = theme.font(size, bold=True)
    button.setFont(font)


def make_button(parent: QWidget, style: ButtonStyle, text: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    # Keys are handled by the window as presentation shortcuts (clicker, V/F, arrows):
    # a focused button would swallow Space and Enter.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    style_button(button, style)
    return button
