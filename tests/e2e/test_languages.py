"""The installed program picks its interface's language: --lang, else the deck's @langue,
else French; the log says which (``language en``)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.e2e.conftest import run


def _language_logged(tmp_path: Path) -> list[str]:
    log = tmp_path / "data" / "logs" / "cmq-desktop.log"
    return [
        line.split("language ", 1)[1]
        for line in log.read_text().splitlines()
        if " language " in line
    ]


def test_lang_then_the_deck_then_french(tmp_path: Path) -> None:
    first = run(tmp_path, "--exit-after-first-frame")
    assert first.returncode == 0, first.stderr
    english = run(tmp_path, "--lang", "en", "--exit-after-first-frame")
    assert english.returncode == 0, english.stderr
    deck = tmp_path / "english-deck"
    assert run(tmp_path, "new", str(deck)).returncode == 0
    presentation = deck / "presentation.md"
    presentation.write_text(
        "@langue: en\n" + presentation.read_text(encoding="utf-8"), encoding="utf-8"
    )
    declared = run(tmp_path, "--deck", str(deck), "--exit-after-first-frame")
    assert declared.returncode == 0, declared.stderr
    forced = run(tmp_path, "--deck", str(deck), "--lang", "fr", "--exit-after-first-frame")
    assert forced.returncode == 0, forced.stderr
    assert _language_logged(tmp_path) == ["fr", "en", "en", "fr"]
    shutil.rmtree(deck)


def test_an_unknown_language_is_refused_in_french(tmp_path: Path) -> None:
    refused = run(tmp_path, "--lang", "de")
    assert refused.returncode == 2
    assert "choix invalide" in refused.stderr and "'de'" in refused.stderr, refused.stderr
