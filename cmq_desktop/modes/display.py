"""The display settings as plain values: theme, text size, motion; and the themes' colours.

Pure Python (no Qt): the palettes are hex strings that ``ui/theme.py`` turns into the
colours every painter uses, and ``contrast_ratio`` is WCAG's formula, so the contrast of
every text colour on its background is checked without a display (RGAA criteria 3.2/3.3
follow WCAG; the default theme aims at level AAA: 7:1).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from cmq_desktop.i18n import QT_TRANSLATE_NOOP


class ThemeChoice(Enum):
    AUTO = "auto"  # follows the system's dark mode or high contrast, else CLAIR
    CLAIR = "clair"
    SOMBRE = "sombre"
    CONTRASTE = "contraste"


class Motion(Enum):
    AUTO = "auto"  # Qt 6.11 exposes no reduced-motion preference: same as NORMAL
    NORMAL = "normal"
    REDUCED = "reduite"


# What a user can choose, in the order a dialog offers it (labels stay French, wrap-ready).
# Marked for translation; the dialog shows ``translate("display", label)``.
THEME_LABELS: tuple[tuple[ThemeChoice, str], ...] = (
    (ThemeChoice.AUTO, QT_TRANSLATE_NOOP("display", "Automatique (selon le système)")),
    (ThemeChoice.CLAIR, QT_TRANSLATE_NOOP("display", "Clair")),
    (ThemeChoice.SOMBRE, QT_TRANSLATE_NOOP("display", "Sombre")),
    (ThemeChoice.CONTRASTE, QT_TRANSLATE_NOOP("display", "Contraste élevé")),
)
MOTION_LABELS: tuple[tuple[Motion, str], ...] = (
    (Motion.AUTO, QT_TRANSLATE_NOOP("display", "Selon le système")),
    (Motion.NORMAL, QT_TRANSLATE_NOOP("display", "Activées")),
    (Motion.REDUCED, QT_TRANSLATE_NOOP("display", "Réduites (aucun défilement automatique)")),
)
TEXT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)

# Every colour role of the program. Text roles are paired with their backgrounds below.
ROLES = (
    "NAVY",  # titles, statements; the main buttons' background
    "NAVY_DARK",  # borders, the cover's gradient end
    "TEAL",  # accent bars, figures, the pressed button
    "TEAL_LIGHT",  # cards; the cover's subtitle
    "PAPER",  # slide background; text on NAVY buttons
    "PAPER_SHADE",  # quiz and results background
    "INK",  # body text
    "INK_SOFT",  # secondary text: counters, hints, muted buttons
    "LETTERBOX",  # around the 16:9 canvas
    "COVER",  # the cover slide and start screen: a gradient from COVER to COVER_END
    "COVER_END",
    "COVER_TEXT",
    "COVER_SOFT",  # the cover's subtitle and hints
    "RIGHT",  # right answer: always with a check mark and words
    "RIGHT_LIGHT",
    "WRONG",  # wrong answer: always with a cross and words
    "WRONG_LIGHT",
    "ON_ACCENT",  # text on TEAL (a pressed button)
    "MUTED_BORDER",  # the border of a muted button
    "FOCUS",  # the keyboard focus ring, drawn over a thinner FOCUS_EDGE ring
    "FOCUS_EDGE",
    "ANSWER_1",  # Classe: the square's colour
    "ANSWER_2",  # Classe: the circle's colour
    "MUTED",  # Classe: a shape that is not the answer
    "GOLD",
    "SILVER",
    "BRONZE",
    "SHADE",  # translucent overlays (countdown, help): #aarrggbb
)

CLAIR: Mapping[str, str] = {
    "NAVY": "#16325c",
    "NAVY_DARK": "#0d1f3c",
    "TEAL": "#08524e",
    "TEAL_LIGHT": "#e3f2f1",
    "PAPER": "#ffffff",
    "PAPER_SHADE": "#f1f4f8",
    "INK": "#1a1a1a",
    "INK_SOFT": "#3f4a5a",
    "LETTERBOX": "#000000",
    "COVER": "#16325c",
    "COVER_END": "#0d1f3c",
    "COVER_TEXT": "#ffffff",
    "COVER_SOFT": "#e3f2f1",
    "RIGHT": "#0f5a26",
    "RIGHT_LIGHT": "#e6f4ea",
    "WRONG": "#8c1a12",
    "WRONG_LIGHT": "#fdecea",
    "ON_ACCENT": "#ffffff",
    "MUTED_BORDER": "#c5cbd3",
    "FOCUS": "#ffd600",
    "FOCUS_EDGE": "#000000",
    "ANSWER_1": "#1e40af",
    "ANSWER_2": "#9a3412",
    "MUTED": "#9aa3ae",
    "GOLD": "#c9a227",
    "SILVER": "#8e9aa6",
    "BRONZE": "#b0723a",
    "SHADE": "#eb0d1f3c",
}

# Light text on dark grounds. "NAVY" stays the role of titles and main buttons: light
# blue here, so a main button is light with dark text.
SOMBRE: Mapping[str, str] = {
    "NAVY": "#a9c7f5",
    "NAVY_DARK": "#7fa6e0",
    "TEAL": "#7fd6cf",
    "TEAL_LIGHT": "#1c2b36",
    "PAPER": "#10161e",
    "PAPER_SHADE": "#161d27",
    "INK": "#eef2f6",
    "INK_SOFT": "#c2cbd6",
    "LETTERBOX": "#000000",
    "COVER": "#0d1f3c",
    "COVER_END": "#050b16",
    "COVER_TEXT": "#ffffff",
    "COVER_SOFT": "#cfe8e6",
    "RIGHT": "#8fe3a5",
    "RIGHT_LIGHT": "#12301d",
    "WRONG": "#ffb4a8",
    "WRONG_LIGHT": "#3a1612",
    "ON_ACCENT": "#10161e",
    "MUTED_BORDER": "#5b6675",
    "FOCUS": "#ffc857",
    "FOCUS_EDGE": "#000000",
    "ANSWER_1": "#93b4ff",
    "ANSWER_2": "#ffab7a",
    "MUTED": "#3a4350",
    "GOLD": "#e3c15a",
    "SILVER": "#b8c2cc",
    "BRONZE": "#d99a63",
    "SHADE": "#eb000000",
}

# The classic high-contrast set: black ground, white text, yellow titles and buttons.
CONTRASTE: Mapping[str, str] = {
    "NAVY": "#ffff00",
    "NAVY_DARK": "#ffffff",
    "TEAL": "#00ffff",
    "TEAL_LIGHT": "#000000",
    "PAPER": "#000000",
    "PAPER_SHADE": "#000000",
    "INK": "#ffffff",
    "INK_SOFT": "#ffffff",
    "LETTERBOX": "#000000",
    "COVER": "#000000",
    "COVER_END": "#000000",
    "COVER_TEXT": "#ffffff",
    "COVER_SOFT": "#ffff00",
    "RIGHT": "#00ff66",
    "RIGHT_LIGHT": "#000000",
    "WRONG": "#ff8080",
    "WRONG_LIGHT": "#000000",
    "ON_ACCENT": "#000000",
    "MUTED_BORDER": "#ffffff",
    "FOCUS": "#ff00ff",
    "FOCUS_EDGE": "#000000",
    "ANSWER_1": "#00ffff",
    "ANSWER_2": "#ffff00",
    "MUTED": "#a0a0a0",
    "GOLD": "#ffff00",
    "SILVER": "#ffffff",
    "BRONZE": "#ffa500",
    "SHADE": "#f0000000",
}

PALETTES: Mapping[ThemeChoice, Mapping[str, str]] = {
    ThemeChoice.CLAIR: CLAIR,
    ThemeChoice.SOMBRE: SOMBRE,
    ThemeChoice.CONTRASTE: CONTRASTE,
}

# (text, background) pairs that the screens draw: each must reach 7:1.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("INK", "PAPER"),
    ("INK", "PAPER_SHADE"),
    ("INK", "TEAL_LIGHT"),
    ("INK_SOFT", "PAPER"),
    ("INK_SOFT", "PAPER_SHADE"),
    ("NAVY", "PAPER"),
    ("NAVY", "PAPER_SHADE"),
    ("NAVY", "TEAL_LIGHT"),
    ("TEAL", "PAPER"),
    ("TEAL", "TEAL_LIGHT"),
    ("PAPER", "NAVY"),
    ("PAPER", "NAVY_DARK"),
    ("COVER_TEXT", "COVER"),
    ("COVER_TEXT", "COVER_END"),
    ("COVER_SOFT", "COVER"),
    ("COVER_SOFT", "COVER_END"),
    ("ON_ACCENT", "TEAL"),
    ("RIGHT", "RIGHT_LIGHT"),
    ("RIGHT", "PAPER"),
    ("RIGHT", "PAPER_SHADE"),
    ("WRONG", "WRONG_LIGHT"),
    ("WRONG", "PAPER"),
    ("WRONG", "PAPER_SHADE"),
    ("PAPER", "ANSWER_1"),  # the reveal bars' labels
    ("PAPER", "ANSWER_2"),
    ("COVER_TEXT", "SHADE"),  # help, notes and countdown overlays (alpha left aside)
    ("COVER_SOFT", "SHADE"),
)
# Non-text parts (shapes) need 3:1 against what surrounds them (WCAG 1.4.11).
GRAPHIC_PAIRS: tuple[tuple[str, str], ...] = (
    ("ANSWER_1", "PAPER_SHADE"),
    ("ANSWER_2", "PAPER_SHADE"),
)
# The focus ring is two-tone: on every ground a button may stand on, one of its two
# colours reaches 3:1 (a yellow ring with a black edge shows on white and on navy).
FOCUS_GROUNDS = ("PAPER", "PAPER_SHADE", "NAVY", "NAVY_DARK", "TEAL", "TEAL_LIGHT", "COVER")


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb`` (an ``#aarrggbb`` alpha is ignored)."""
    digits = hex_colour.lstrip("#")[-6:]
    r, g, b = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def resolved_theme(
    choice: ThemeChoice, system_dark: bool, system_high_contrast: bool
) -> ThemeChoice:
    """The palette to use: the user's choice, or for AUTO what the system prefers."""
    if choice is not ThemeChoice.AUTO:
        return choice
    if system_high_contrast:
        return ThemeChoice.CONTRASTE
    return ThemeChoice.SOMBRE if system_dark else ThemeChoice.CLAIR


@dataclass(frozen=True)
class DisplaySettings:
    theme: ThemeChoice = ThemeChoice.AUTO
    text_scale: float = 1.0  # every text of the program, 1.0 to 2.0
    motion: Motion = Motion.AUTO
    problems: tuple[str, ...] = field(default=(), compare=False)

    @property
    def reduced_motion(self) -> bool:
        return self.motion is Motion.REDUCED

    def as_values(self) -> dict[str, str]:
        """What QSettings stores (strings: the same on every platform's backend)."""
        return {
            "theme": self.theme.value,
            "text_scale": f"{self.text_scale:g}",
            "motion": self.motion.value,
        }


def display_settings_from(values: Mapping[str, object]) -> DisplaySettings:
    """Settings from stored values; a broken one falls back to its default, with a message."""
    problems: list[str] = []
    default = DisplaySettings()

    def enum_value(key: str, kind: type[ThemeChoice] | type[Motion], fallback: Enum) -> Enum:
        raw = values.get(key)
        if raw in (None, ""):
            return fallback
        try:
            return kind(str(raw))
        except ValueError:
            problems.append(f"réglage «\u00a0{key}\u00a0» invalide ({raw})\u00a0: par défaut")
            return fallback

    theme = enum_value("theme", ThemeChoice, default.theme)
    motion = enum_value("motion", Motion, default.motion)
    scale = default.text_scale
    raw_scale = values.get("text_scale")
    if raw_scale not in (None, ""):
        try:
            wanted = float(str(raw_scale))
            scale = min(TEXT_SCALES, key=lambda s: abs(s - wanted))
        except ValueError:
            problems.append(
                f"réglage «\u00a0text_scale\u00a0» invalide ({raw_scale})\u00a0: 100\u00a0%"
            )
    assert isinstance(theme, ThemeChoice) and isinstance(motion, Motion)
    return DisplaySettings(theme, scale, motion, tuple(problems))
