"""The stand's settings: defaults, validation, and a file that can break."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cmq_desktop.stand import StandSettings, load_settings, parse_settings, save_settings


def test_defaults() -> None:
    settings = StandSettings()
    assert settings.idle_timeout_s == 60
    assert (settings.attract_interval_s, settings.questions_per_visitor) == (8, 5)
    assert (settings.quiz_set_id, settings.sound, settings.campus_url) == ("", False, "")


def test_saved_settings_come_back(tmp_path: Path) -> None:
    path = tmp_path / "stand" / "settings.json"
    chosen = StandSettings(12, 90, "quiz-approfondi", 8, True, "https://example.org/cmq")
    assert save_settings(chosen, path) is None
    assert load_settings(path) == (chosen, ())
    assert json.loads(path.read_text(encoding="utf-8"))["idle_timeout_s"] == 90
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp file left


def test_a_missing_file_gives_the_defaults_silently(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "settings.json") == (StandSettings(), ())


@pytest.mark.parametrize("content", ["{ not json", "[1, 2]", "\udcff"])
def test_a_broken_file_gives_the_defaults_with_a_warning(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    settings, warnings = load_settings(path)
    assert settings == StandSettings()
    assert len(warnings) == 1 and "Réglages par défaut" in warnings[0]


def test_a_broken_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{\n  "idle_timeout_s": 60,\n  oops\n}', encoding="utf-8")
    _, warnings = load_settings(path)
    assert "ligne 3" in warnings[0]


def test_one_bad_value_keeps_the_others(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"idle_timeout_s": 5, "sound": True, "questions_per_visitor": "six",
                    "from_a_newer_version": 1}),
        encoding="utf-8",
    )  # fmt: skip
    settings, warnings = load_settings(path)
    assert settings == StandSettings(sound=True)
    assert warnings == (
        f"{path}\u202f: délai avant le retour à la présentation\u202f: 5\u00a0s est hors "
        "limites (de 15 à 600\u00a0s)\u202f; valeur par défaut utilisée.",
        f"{path}\u202f: nombre de questions par visiteur\u202f: un nombre entier est attendu, "
        "pas «\u202fsix\u202f»\u202f; valeur par défaut utilisée.",
    )


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("attract_interval_s", 2, "hors limites (de 3 à 120\u00a0s)"),
        ("attract_interval_s", True, "nombre entier"),
        ("questions_per_visitor", 0, "hors limites"),
        ("sound", "oui", "oui ou non"),
        ("campus_url", "javascript:alert(1)", "n’est pas une adresse web"),
        ("campus_url", "https://", "n’est pas une adresse web"),
        ("campus_url", "https://exemple.fr/" + "a" * 300, "trop longue"),
        ("quiz_set_id", "../../etc", "n’est pas le nom d’une série"),
    ],
)
def test_the_staff_panel_gets_a_french_reason(name: str, value: object, words: str) -> None:
    base = StandSettings(idle_timeout_s=45)
    settings, problems = parse_settings({name: value}, base)
    assert settings == base
    assert len(problems) == 1 and words in problems[0]


def test_the_staff_panel_changes_what_is_valid() -> None:
    fields = {"campus_url": " https://www.exemple.fr/campus?x=1 ", "idle_timeout_s": 120}
    settings, problems = parse_settings({**fields, "sound": True})
    assert problems == ()
    assert settings == StandSettings(idle_timeout_s=120, sound=True,
                                     campus_url="https://www.exemple.fr/campus?x=1")  # fmt: skip


def test_saving_into_an_unusable_folder_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("", encoding="utf-8")
    error = save_settings(StandSettings(), blocker / "settings.json")
    assert error is not None and error.startswith("Impossible d’enregistrer les réglages")
