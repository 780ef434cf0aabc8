"""Identifiers of slides and questions: the valid form and the slug of a title."""

from __future__ import annotations

import re
import unicodedata

_VALID_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# Letters that Unicode decomposition does not turn into plain ASCII.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def is_valid_id(text: str) -> bool:
    """Lowercase ASCII letters and digits, words joined by single hyphens: ``carte-region``."""
    return _VALID_ID.fullmatch(text) is not None


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def slugify(text: str) -> str:
    """``"Un CMQ, c’est quoi ?"`` gives ``"un-cmq-c-est-quoi"``; may be empty."""
    return _NOT_ALNUM.sub("-", strip_accents(text).lower()).strip("-")


def fold_key(text: str) -> str:
    """A key or answer compared loosely: no accents, no case, no spaces or apostrophes."""
    return re.sub(r"[\s'’]+", "", strip_accents(text).casefold())
