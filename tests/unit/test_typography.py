"""French typography: apostrophes and narrow no-break spaces, idempotent."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmq_desktop.content.typography import NNBSP, french_typography


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C'est quoi ?", f"C’est quoi{NNBSP}?"),
        ("C'est quoi?", f"C’est quoi{NNBSP}?"),
        ("Attention !", f"Attention{NNBSP}!"),
        ("Bravo!", f"Bravo{NNBSP}!"),
        ("un ; deux", f"un{NNBSP}; deux"),
        ("Note: voici", f"Note{NNBSP}: voici"),
        ("Note : voici", f"Note{NNBSP}: voici"),
        ("Note\u00a0: voici", f"Note{NNBSP}: voici"),
        ("Vraiment ?!", f"Vraiment{NNBSP}?!"),
        ("Vraiment?!", f"Vraiment{NNBSP}?!"),
        ("« CMQ »", f"«{NNBSP}CMQ{NNBSP}»"),
        ("«CMQ»", f"«{NNBSP}CMQ{NNBSP}»"),
        ("«CMQ» ?", f"«{NNBSP}CMQ{NNBSP}»{NNBSP}?"),
        ("**Attention**: lire", f"**Attention**{NNBSP}: lire"),
        ("*Quoi?*", f"*Quoi{NNBSP}?*"),
        ("l'« AURA »", f"l’«{NNBSP}AURA{NNBSP}»"),
    ],
)
def test_french_punctuation(text: str, expected: str) -> None:
    assert french_typography(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rendez-vous à 10:30",
        "https://www.ac-lyon.fr/page?id=3&x=1",
        "voir http://exemple.fr/a:b",
        "www.exemple.fr/question?oui!",
        "a::b",
        "x :: y",
        "std::vector",
        "ratio 1:2",
        "?id=3",
        "",
        "aucune ponctuation",
    ],
)
def test_leaves_times_addresses_and_code_alone(text: str) -> None:
    assert french_typography(text) == text


def test_apostrophes_outside_addresses_only() -> None:
    assert french_typography("l'adresse https://x.fr/l'a") == "l’adresse https://x.fr/l'a"


def test_does_not_join_lines_or_start_a_line_with_a_space() -> None:
    assert french_typography("ligne\n: suite") == "ligne\n: suite"
    assert french_typography("? au début") == "? au début"


def test_url_then_french_punctuation() -> None:
    assert french_typography("Site : https://x.fr !") == f"Site{NNBSP}: https://x.fr{NNBSP}!"


_TYPOGRAPHIC = st.lists(
    st.sampled_from([*"ab1 :;!?«»'’*\n\u00a0\u202f/.h", "https://", "10:30", "www."]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TYPOGRAPHIC)
def test_idempotent_on_tricky_text(text: str) -> None:
    once = french_typography(text)
    assert french_typography(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_idempotent_on_any_text(text: str) -> None:
    once = french_typography(text)
    assert french_typography(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="'\u202f"), max_size=60))
def test_only_adds_narrow_spaces_and_replaces_spaces(text: str) -> None:
    """Removing the spaces on both sides gives the same characters back: nothing else changes."""
    result = french_typography(text)
    spaces = " \t\u00a0\u2009\u202f"
    assert result.translate({ord(c): None for c in spaces}) == text.translate(
        {ord(c): None for c in spaces}
    )
