"""Terminal output for the French commands."""

from __future__ import annotations

import codecs
import contextlib
import sys
import unicodedata

# The nearest character a legacy code page has, for what French typography uses.
_NEAR = {"\u202f": "\u00a0 ", "\u00a0": " ", "’": "'", "«": '"', "»": '"', "…": "..."}


def _nearest(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeEncodeError)
    replacement = []
    for char in error.object[error.start : error.end]:
        plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()  # é: e
        for candidate in (*_NEAR.get(char, "").split(" "), plain, " " if char.isspace() else "?"):
            try:
                candidate.encode(error.encoding)
            except UnicodeEncodeError:
                continue
            if candidate:
                replacement.append(candidate)
                break
    return "".join(replacement), error.end


codecs.register_error("cmq-nearest", _nearest)


def french_console() -> None:
    """Never crash on a character the terminal cannot show (a Windows console redirected
    to a file is cp1252, without the narrow no-break space of French punctuation): use
    the nearest one it has."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "ascii"
        try:
            "\u202f«»’é…".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(errors="cmq-nearest")  # type: ignore[union-attr]
