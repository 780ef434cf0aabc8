"""Sizes for a touch kiosk: millimetres at the screen's real size, text that scales.

Buttons a finger must hit are at least ``TOUCH_MM`` tall and wide at the physical DPI the
screen reports; text scales with the window's shorter side so a portrait screen reads
as well as a landscape one.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QPushButton, QWidget

from cmq_desktop.ui import theme

TOUCH_MM = 15.0
# A screen that reports no size (some projectors, virtual displays) says 0 or nonsense.
_PLAUSIBLE_DPI = (50.0, 600.0)
_FALLBACK_DPI = 96.0


def screen_of(widget: QWidget) -> QScreen | None:
    return widget.screen() or QGuiApplication.primaryScreen()


def pixels_per_mm(widget: QWidget) -> float:
    """Logical pixels per millimetre on the widget's screen (physical DPI over its ratio)."""
    screen = screen_of(widget)
    dpi = _FALLBACK_DPI
    ratio = 1.0
    if screen is not None:
        reported = max(screen.physicalDotsPerInchX(), screen.physicalDotsPerInchY())
        if _PLAUSIBLE_DPI[0] <= reported <= _PLAUSIBLE_DPI[1]:
            dpi = reported
        ratio = screen.devicePixelRatio() or 1.0
    return dpi / 25.4 / ratio


def touch_pixels(widget: QWidget, mm: float = TOUCH_MM) -> int:
    return round(mm * pixels_per_mm(widget)) + 1


def unit(widget: QWidget) -> float:
    """One "point" of the kiosk's type scale: 1.0 on a 1080-pixel short side."""
    return type_unit(widget.width(), widget.height())


def type_unit(width: float, height: float) -> float:
    return max(0.35, min(width, height) / 1080)


def style_button(button: QPushButton, background: str, color: str, border: str, u: float) -> None:
    """Style a kiosk button in the theme's colours (``background`` etc. are colour roles)."""
    background, color, border = (getattr(theme, r).name() for r in (background, color, border))
    radius, width = round(22 * u), max(2, round(4 * u))
    focus = f"{max(4, round(8 * u))}px solid {theme.FOCUS.name()}"
    button.setStyleSheet(
        f"QPushButton {{ background: {background}; color: {color}; border: {width}px solid"
        f" {border}; border-radius: {radius}px; padding: {round(8 * u)}px {round(24 * u)}px; }}"
        f"QPushButton:focus {{ border: {focus}; }}"
        f"QPushButton:pressed {{ background: {theme.TEAL.name()};"
        f" color: {theme.ON_ACCENT.name()}; }}"
        f"QPushButton:disabled {{ background: {background}; color: {color}; }}"
    )


# Colour roles of the theme (background, text, border), looked up when a button is styled.
PRIMARY = ("NAVY", "PAPER", "NAVY_DARK")
SECONDARY = ("PAPER", "NAVY", "NAVY")
RIGHT = ("RIGHT_LIGHT", "RIGHT", "RIGHT")
WRONG = ("WRONG_LIGHT", "WRONG", "WRONG")
MUTED = ("PAPER", "INK_SOFT", "MUTED_BORDER")
