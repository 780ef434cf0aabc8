"""Helpers for the content tests: small decks written to a temporary directory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

# The smallest valid PNG: a 1x1 transparent pixel.
PNG_BYTES = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082"
)

DEFAULT_SLIDE = """\
@id: accueil
@mise-en-page: titre

# Les CMQ

::: notes
Bonjour.
:::
"""

DeckWriter = Callable[..., Path]


@pytest.fixture
def write_deck(tmp_path: Path) -> DeckWriter:
    """Writes a deck: ``write_deck(presentation, quizzes={"quiz.txt": ...}, images=(...))``.

    Text is written as UTF-8; bytes are written as given. ``images`` names PNG files to create.
    """

    def write(
        presentation: str | bytes | None = DEFAULT_SLIDE,
        quizzes: dict[str, str | bytes] | None = None,
        images: tuple[str, ...] = (),
        name: str = "deck",
    ) -> Path:
        deck = tmp_path / name
        deck.mkdir()
        if presentation is not None:
            _write(deck / "presentation.md", presentation)
        for file_name, content in (quizzes or {}).items():
            _write(deck / file_name, content)
        for image in images:
            image_path = deck / image
            image_path.parent.mkdir(parents=True, exist_ok=True)
            image_path.write_bytes(PNG_BYTES)
        return deck

    return write


def _write(path: Path, content: str | bytes) -> None:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
