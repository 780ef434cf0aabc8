"""Colours, sizes and the bundled font: one place for the look of every screen."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase

from cmq_desktop.paths import resources_dir

FONT_FAMILY = "Atkinson Hyperlegible"

# The logical canvas every screen is drawn on, then scaled and letterboxed.
CANVAS_WIDTH = 1920
CANVAS_HEIGHT = 1080

NAVY = QColor("#16325c")
NAVY_DARK = QColor("#0d1f3c")
TEAL = QColor("#0b6e69")
TEAL_LIGHT = QColor("#e3f2f1")
PAPER = QColor("#ffffff")
PAPER_SHADE = QColor("#f1f4f8")
INK = QColor("#1a1a1a")
INK_SOFT = QColor("#4a5568")
LETTERBOX = QColor("#000000")
RIGHT = QColor("#1a7f37")  # green, always with a check mark and the word "Bonne réponse"
RIGHT_LIGHT = QColor("#e6f4ea")
WRONG = QColor("#b42318")  # red, always with a cross and the word "Mauvaise réponse"
WRONG_LIGHT = QColor("#fdecea")

_fonts_installed = False


def install_fonts() -> str:
    """Register the bundled font once; offscreen and frozen runs may have no system font."""
    global _fonts_installed
    if not _fonts_installed:
        for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(path))
        _fonts_installed = True
    return FONT_FAMILY


def font(pixel_size: float, bold: bool = False, italic: bool = False) -> QFont:
    result = QFont(FONT_FAMILY)
    result.setPixelSize(max(1, round(pixel_size)))
    result.setBold(bold)
    result.setItalic(italic)
    return result
