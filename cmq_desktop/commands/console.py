"""Terminal output for the French commands."""

from __future__ import annotations

import contextlib
import sys


def french_console() -> None:
    """Never crash on a character the terminal cannot show (a Windows console redirected
    to a file is cp1252, without the narrow no-break space of French punctuation)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "ascii"
        try:
            "\u202f«»’é".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(errors="replace")  # type: ignore[union-attr]
