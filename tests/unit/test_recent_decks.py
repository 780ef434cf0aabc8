"""The recent decks: newest first, no duplicates, at most three, robust to a bad file."""

from __future__ import annotations

from datetime import date

from cmq_desktop.content.recent_decks import RecentDeck, decode, encode, label, remembered


def _deck(name: str, day: int = 1) -> RecentDeck:
    return RecentDeck(f"/decks/{name}", name.capitalize(), date(2026, 11, day))


def test_newest_first_without_duplicates_at_most_three() -> None:
    recents: tuple[RecentDeck, ...] = ()
    for name in ("a", "b", "c", "b", "d"):
        recents = remembered(recents, _deck(name))
    assert [r.path for r in recents] == ["/decks/d", "/decks/b", "/decks/c"]


def test_encoding_round_trip_and_bad_data() -> None:
    recents = (_deck("lyon", 25), _deck("clermont", 3))
    assert decode(encode(recents)) == recents
    for bad in (None, 3, "", "pas du json", "[1, 2]", '[{"path": "x"}]', '[{"opened": "x"}]'):
        assert decode(bad) == ()


def test_label_says_the_date_and_when_a_deck_vanished() -> None:
    recent = RecentDeck("/decks/lyon.zip", "Le CMQ de Lyon", date(2026, 11, 25))
    assert label(recent, exists=True) == "Le CMQ de Lyon · 25/11/2026"
    assert label(recent, exists=False) == "Le CMQ de Lyon · 25/11/2026 · introuvable"


def test_long_titles_are_shortened_to_fit_three_buttons() -> None:
    recent = RecentDeck(
        "/d", "Présentation des campus des métiers et des qualifications", date.today()
    )
    shown = label(recent, exists=True)
    assert shown.startswith("Présentation des campus des m… · ")
