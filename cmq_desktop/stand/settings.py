"""The stand's settings: defaults, limits, validation, and the JSON file that keeps them.

Staff change them on the staff panel; a missing or broken file gives the defaults (with a
French warning when broken), so the stand always starts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from cmq_desktop.content.typography import french_typography
from cmq_desktop.stand.json_file import JsonFileError, read_json, write_json
from cmq_desktop.stats.opening import reason_in_french

SETTINGS_FILE_NAME = "settings.json"


@dataclass(frozen=True)
class StandSettings:
    attract_interval_s: int = 8  # seconds per slide in the attract loop
    idle_timeout_s: int = 60  # seconds without a touch before going back to the loop
    quiz_set_id: str = ""  # "" = the deck's first quiz set with questions
    questions_per_visitor: int = 5  # fewer if the set has fewer
    sound: bool = False  # a forum hall is noisy, and a sound nobody expects startles
    campus_url: str = ""  # shown as a QR code on the score screen; "" = no QR code


# name -> (French label for messages and the staff panel, minimum, maximum, unit)
INT_LIMITS: dict[str, tuple[str, int, int, str]] = {
    "attract_interval_s": ("durée de chaque diapositive de présentation", 3, 120, "\u00a0s"),
    "idle_timeout_s": ("délai avant le retour à la présentation", 15, 600, "\u00a0s"),
    "questions_per_visitor": ("nombre de questions par visiteur", 1, 50, ""),
}
LABELS: dict[str, str] = {
    **{name: limits[0] for name, limits in INT_LIMITS.items()},
    "quiz_set_id": "série de questions",
    "sound": "son",
    "campus_url": "adresse web du campus (code QR)",
}
URL_MAX_LENGTH = 300  # beyond that, the QR code gets too dense for a phone at arm's length
_URL = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?", re.IGNORECASE)
_SET_ID = re.compile(r"[\w.-]{1,100}")


def setting_problem(name: str, value: object) -> str | None:
    """Why ``value`` cannot be setting ``name`` (French), or None if it can."""
    problem = _problem(name, value)
    return None if problem is None else french_typography(problem)


def _problem(name: str, value: object) -> str | None:
    label = LABELS.get(name)
    if label is None:
        return f"réglage inconnu « {name} »"
    if name in INT_LIMITS:
        _, low, high, unit = INT_LIMITS[name]
        if not isinstance(value, int) or isinstance(value, bool):
            return f"{label} : un nombre entier est attendu, pas « {value} »"
        if not low <= value <= high:
            return f"{label} : {value}{unit} est hors limites (de {low} à {high}{unit})"
        return None
    if name == "sound":
        return None if isinstance(value, bool) else f"{label} : oui ou non, pas « {value} »"
    if not isinstance(value, str):
        return f"{label} : un texte est attendu, pas « {value} »"
    if name == "quiz_set_id" and value and not _SET_ID.fullmatch(value):
        return f"{label} : « {value} » n’est pas le nom d’une série"
    if name == "campus_url" and value:
        if len(value) > URL_MAX_LENGTH:
            return (
                f"{label} : adresse trop longue pour un code QR lisible "
                f"({len(value)} caractères, {URL_MAX_LENGTH} au plus)"
            )
        if not _URL.fullmatch(value):
            return f"{label} : « {value} » n’est pas une adresse web (https://…)"
    return None


def parse_settings(
    data: Mapping[str, object], base: StandSettings | None = None
) -> tuple[StandSettings, tuple[str, ...]]:
    """Settings from ``data`` (the file, or the staff panel's fields) over ``base``.

    A wrong value keeps ``base``'s and gives a French problem; unknown names are ignored
    (a newer version may have written them).
    """
    settings = base or StandSettings()
    problems: list[str] = []
    changes: dict[str, object] = {}
    for field in fields(StandSettings):
        if field.name not in data:
            continue
        value = data[field.name]
        if isinstance(value, str) and field.name in ("campus_url", "quiz_set_id"):
            value = value.strip()
        problem = setting_problem(field.name, value)
        if problem is None:
            changes[field.name] = value
        else:
            problems.append(problem)
    return replace(settings, **changes), tuple(problems)  # type: ignore[arg-type]


def settings_path() -> Path:
    from cmq_desktop.stats.location import stand_dir

    return stand_dir() / SETTINGS_FILE_NAME


def load_settings(path: Path | None = None) -> tuple[StandSettings, tuple[str, ...]]:
    """The saved settings and French warnings; never raises."""
    path = path or settings_path()
    try:
        data = read_json(path)
    except JsonFileError as error:
        warning = f"Réglages du stand illisibles : {error}. Réglages par défaut."
        return StandSettings(), (french_typography(warning),)
    if data is None:
        return StandSettings(), ()
    if not isinstance(data, dict):
        warning = f"{path} ne contient pas de réglages. Réglages par défaut."
        return StandSettings(), (warning,)
    settings, problems = parse_settings(data)
    return settings, tuple(
        french_typography(f"{path} : {problem} ; valeur par défaut utilisée.")
        for problem in problems
    )


def save_settings(settings: StandSettings, path: Path | None = None) -> str | None:
    """Write the settings; returns a French error, or None when saved."""
    path = path or settings_path()
    try:
        write_json(path, asdict(settings))
    except OSError as error:
        return french_typography(
            f"Impossible d’enregistrer les réglages dans {path} ({reason_in_french(error)})."
        )
    return None
