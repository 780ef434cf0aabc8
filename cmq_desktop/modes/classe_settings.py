"""Classe's settings as plain values, read from whatever QSettings holds.

A value that is missing or broken falls back to its default, and says so in a French
message for the log and the console: a damaged settings file never stops a lesson.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.quiz.class_round import MAX_TEAMS, MIN_TEAMS, RoundSettings
from cmq_desktop.quiz.class_screens import AnswerEntry

DEFAULT_TEAMS = (
    QT_TRANSLATE_NOOP("teams", "Équipe 1"),
    QT_TRANSLATE_NOOP("teams", "Équipe 2"),
    QT_TRANSLATE_NOOP("teams", "Équipe 3"),
    QT_TRANSLATE_NOOP("teams", "Équipe 4"),
)
MAX_COUNTDOWN = 600
TEXT_SCALES = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4)


def default_teams() -> tuple[str, ...]:
    """The default team names, in the interface's language (read when settings are made)."""
    return tuple(translate("teams", name) for name in DEFAULT_TEAMS)


@dataclass(frozen=True)
class ClasseSettings:
    entry: AnswerEntry = AnswerEntry.HANDS
    team_names: tuple[str, ...] = field(default_factory=default_teams)
    countdown: int = 0  # seconds; 0: off
    text_scale: float = 1.0  # the audience's text, + and - keys
    notes_size: int = 20  # pixels, the console's notes
    audience_screen: str = ""  # the screen name the teacher chose; "": the default rule
    problems: tuple[str, ...] = field(default=(), compare=False)

    def round_settings(self) -> RoundSettings:
        return RoundSettings(self.entry, self.team_names, self.countdown)

    def as_values(self) -> dict[str, str]:
        """What QSettings stores (strings: the same on every platform's backend)."""
        return {
            "entry": self.entry.value,
            "teams": "|".join(self.team_names),
            "countdown": str(self.countdown),
            "text_scale": f"{self.text_scale:g}",
            "notes_size": str(self.notes_size),
            "audience_screen": self.audience_screen,
        }


def _int(
    values: Mapping[str, object], key: str, default: int, low: int, high: int, problems: list[str]
) -> int:
    raw = values.get(key)
    if raw is None or raw == "":
        return default
    try:
        number = int(str(raw))
    except ValueError:
        number = low - 1
    if not low <= number <= high:
        problems.append(
            translate(
                "settings",
                "réglage «\u00a0{key}\u00a0» invalide ({raw})\u00a0: valeur par défaut {default}",
            ).format(key=key, raw=raw, default=default)
        )
        return default
    return number


def settings_from(values: Mapping[str, object]) -> ClasseSettings:
    problems: list[str] = []
    default = ClasseSettings()
    entry = default.entry
    raw_entry = values.get("entry")
    if raw_entry:
        try:
            entry = AnswerEntry(str(raw_entry))
        except ValueError:
            problems.append(
                translate(
                    "settings",
                    "réglage «\u00a0entry\u00a0» invalide ({raw})\u00a0: «\u00a0{value}\u00a0»",
                ).format(raw=raw_entry, value=entry.value)
            )
    teams = default.team_names
    raw_teams = values.get("teams")
    if raw_teams:
        names = tuple(n.strip()[:30] for n in str(raw_teams).split("|") if n.strip())
        if MIN_TEAMS <= len(names) <= MAX_TEAMS and len(set(names)) == len(names):
            teams = names
        else:
            problems.append(
                translate(
                    "settings",
                    "réglage «\u00a0teams\u00a0» invalide\u00a0: de {low} à {high} "
                        "noms différents"
                    ,
                ).format(low=MIN_TEAMS, high=MAX_TEAMS)
            )
    scale = default.text_scale
    raw_scale = values.get("text_scale")
    if raw_scale:
        try:
            scale = min(TEXT_SCALES, key=lambda s: abs(s - float(str(raw_scale))))
        except ValueError:
            problems.append(
                translate(
                    "settings", "réglage «\u00a0text_scale\u00a0» invalide ({raw})\u00a0: 1"
                ).format(raw=raw_scale)
            )
    return ClasseSettings(
        entry=entry,
        team_names=teams,
        countdown=_int(values, "countdown", 0, 0, MAX_COUNTDOWN, problems),
        text_scale=scale,
        notes_size=_int(values, "notes_size", default.notes_size, 12, 60, problems),
        audience_screen=str(values.get("audience_screen") or ""),
        problems=tuple(problems),
    )


def next_scale(scale: float, step: int) -> float:
    """The text scale one step bigger (+1) or smaller (-1), within ``TEXT_SCALES``."""
    index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - scale))
    return TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, index + step))]
