"""Colours, sizes and the bundled font: one place for the look of every screen."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from PySide6.QtGui import QColor, QFont, QFontDatabase

from cmq_desktop.modes.display import CLAIR
from cmq_desktop.paths import resources_dir

FONT_FAMILY = "Atkinson Hyperlegible"

# The logical canvas every screen is drawn on, then scaled and letterboxed.
CANVAS_WIDTH = 1920
CANVAS_HEIGHT = 1080

# The colours of the current theme. Painters read them at paint time (``theme.NAVY``) and
# styles keep these very objects: ``apply`` changes them in place, so a new theme reaches
# every screen at its next paint. Values: ``modes/display.py`` (pure, contrast-tested).
NAVY = QColor(CLAIR["NAVY"])
NAVY_DARK = QColor(CLAIR["NAVY_DARK"])
TEAL = QColor(CLAIR["TEAL"])
TEAL_LIGHT = QColor(CLAIR["TEAL_LIGHT"])
PAPER = QColor(CLAIR["PAPER"])
PAPER_SHADE = QColor(CLAIR["PAPER_SHADE"])
INK = QColor(CLAIR["INK"])
INK_SOFT = QColor(CLAIR["INK_SOFT"])
LETTERBOX = QColor(CLAIR["LETTERBOX"])
COVER = QColor(CLAIR["COVER"])
COVER_END = QColor(CLAIR["COVER_END"])
COVER_TEXT = QColor(CLAIR["COVER_TEXT"])
COVER_SOFT = QColor(CLAIR["COVER_SOFT"])
RIGHT = QColor(CLAIR["RIGHT"])  # always with a check mark and the words "Bonne réponse"
RIGHT_LIGHT = QColor(CLAIR["RIGHT_LIGHT"])
WRONG = QColor(CLAIR["WRONG"])  # always with a cross and the words "Mauvaise réponse"
WRONG_LIGHT = QColor(CLAIR["WRONG_LIGHT"])
ON_ACCENT = QColor(CLAIR["ON_ACCENT"])
MUTED_BORDER = QColor(CLAIR["MUTED_BORDER"])
FOCUS = QColor(CLAIR["FOCUS"])
FOCUS_EDGE = QColor(CLAIR["FOCUS_EDGE"])
ANSWER_1 = QColor(CLAIR["ANSWER_1"])
ANSWER_2 = QColor(CLAIR["ANSWER_2"])
MUTED = QColor(CLAIR["MUTED"])
GOLD = QColor(CLAIR["GOLD"])
SILVER = QColor(CLAIR["SILVER"])
BRONZE = QColor(CLAIR["BRONZE"])
SHADE = QColor(CLAIR["SHADE"])

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


# The display settings in force (``ui/display.py`` sets them): read at paint time.
_text_scale = 1.0
_reduced_motion = False
_generation = 0  # bumped by every change: caches of drawn frames key on it


def apply_palette(palette: Mapping[str, str]) -> None:
    """Give every colour of this module the value ``palette`` has for its role, in place."""
    for role, value in palette.items():
        colour = globals()[role]
        assert isinstance(colour, QColor)
        colour.setRgba(QColor(value).rgba())


def set_display(text_scale: float, reduced_motion: bool) -> None:
    global _text_scale, _reduced_motion, _generation
    _text_scale, _reduced_motion = text_scale, reduced_motion
    _generation += 1


def text_scale() -> float:
    """How much bigger than designed every text is drawn (the "Taille du texte" setting)."""
    return _text_scale


def reduced_motion() -> bool:
    return _reduced_motion


def generation() -> int:
    return _generation


@contextmanager
def designed_look() -> Iterator[None]:
    """The light palette at 100 % while the block runs (printing), then the screen's again."""
    saved = {role: QColor(globals()[role]) for role in CLAIR}
    scale, reduced = _text_scale, _reduced_motion
    apply_palette(CLAIR)
    set_display(1.0, reduced)
    try:
        yield
    finally:
        argb = QColor.NameFormat.HexArgb
        apply_palette({role: colour.name(argb) for role, colour in saved.items()})
        set_display(scale, reduced)
