"""Slide and question identifiers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cmq_desktop.content.ids import fold_key, is_valid_id, slugify


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Un CMQ, c’est quoi ?", "un-cmq-c-est-quoi"),
        ("Un CMQ, c'est quoi ?", "un-cmq-c-est-quoi"),
        ("Les objectifs stratégiques d’un CMQ", "les-objectifs-strategiques-d-un-cmq"),
        ("Cœur de métier", "coeur-de-metier"),
        ("  Été 2024 : l’Île ! ", "ete-2024-l-ile"),
        ("???", ""),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


@pytest.mark.parametrize("value", ["carte", "un-cmq-c-est-quoi", "q1", "2024"])
def test_valid_ids(value: str) -> None:
    assert is_valid_id(value)


@pytest.mark.parametrize("value", ["", "Carte", "carte région", "été", "a--b", "-a", "a-", "a_b"])
def test_invalid_ids(value: str) -> None:
    assert not is_valid_id(value)


@given(st.text())
def test_a_slug_is_empty_or_a_valid_id(text: str) -> None:
    slug = slugify(text)
    assert slug == "" or is_valid_id(slug)


def test_fold_key_ignores_accents_case_and_spaces() -> None:
    assert fold_key("Énoncé") == fold_key("enonce") == fold_key(" ÉNONCÉ ")
    assert fold_key("Réponse") == "reponse"
