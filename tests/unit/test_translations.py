"""The translations are up to date (CI): the English catalogue holds exactly the code's
strings, every one translated with the same {placeholders}, compiled into its .qm; the
interface's language follows --lang, then the deck's @langue, then French."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from cmq_desktop import i18n
from cmq_desktop import i18n_tool as translations
from cmq_desktop.content.loader import load_deck

pytestmark = pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None
    and shutil.which("pyside6-lupdate") is None,
    reason="pyside6-lupdate is not installed",
)


def test_the_english_catalogue_is_up_to_date() -> None:
    """Fails on a string added to the code but not translated, a translation whose
    placeholders differ from its source, a stale .qm. Fix: ``python -m
    cmq_desktop.i18n_tool update``, translate in the .ts, then ``build``."""
    assert translations.problems("en") == []


def test_every_source_string_is_translated_with_its_placeholders() -> None:
    messages = translations.read(translations.catalogue("en"))
    assert len(messages) > 100  # the whole interface, not a sample
    for message in messages:
        assert message.translation, message
        assert translations.placeholders(message.translation) == translations.placeholders(
            message.source
        ), message


def test_a_changed_placeholder_is_caught(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1"><context><name>c</name>'
        "<message><source>Question {number} sur {total}</source>"
        "<translation>Question {n} of {total}</translation></message></context></TS>",
        encoding="utf-8",
    )
    [message] = translations.read(ts)
    assert translations.placeholders(message.translation or "") != translations.placeholders(
        message.source
    )


def test_french_is_the_default_and_costs_nothing() -> None:
    assert i18n.language() == "fr"
    assert i18n.translate("results", "Résultats") == "Résultats"
    assert i18n.chosen_language(None, None) == "fr"


def test_lang_beats_the_deck_which_beats_french() -> None:
    assert i18n.chosen_language("en", "fr") == "en"
    assert i18n.chosen_language(None, "en") == "en"
    assert i18n.chosen_language("fr", "en") == "fr"
    assert i18n.chosen_language(None, "de") == "fr"


def test_the_deck_declares_its_language_on_its_first_slide(write_deck) -> None:
    deck_dir = write_deck(presentation="@langue: en\n# Title\n\nText\n::: notes\nN\n:::\n")
    result = load_deck(deck_dir)
    assert result.deck is not None and result.deck.language == "en"


def test_a_language_elsewhere_or_unknown_is_a_clear_error(write_deck) -> None:
    presentation = (
        "@langue: klingon\n# One\n::: notes\nN\n:::\n---\n@langue: en\n# Two\n::: notes\nN\n:::\n"
    )
    result = load_deck(write_deck(presentation=presentation))
    messages = [(p.line, p.message) for p in result.errors]
    assert (1, "langue inconnue « klingon » : écrivez fr (français) ou en (anglais)") in messages
    assert any(line == 7 and "première diapositive" in text for line, text in messages)
    assert result.deck is not None and result.deck.language is None


def test_the_bundled_deck_is_french() -> None:
    from cmq_desktop.paths import default_deck_dir

    deck = load_deck(default_deck_dir()).deck
    assert deck is not None and deck.language == "fr"


def test_lang_is_a_window_option_checked_on_the_fast_path() -> None:
    from cmq_desktop.cli import build_parser, opens_the_window

    assert opens_the_window(["--lang", "en", "--mode", "classe"])
    assert opens_the_window(["--lang=fr"])
    assert not opens_the_window(["--lang", "de"])  # the full parser says what is wrong
    assert build_parser(with_commands=False).parse_args(["--lang", "en"]).lang == "en"
    assert build_parser(with_commands=False).parse_args([]).lang is None
