"""French typography applied to every displayed text at load time.

- a straight apostrophe becomes the typographic one: ``'`` → ``’``;
- a narrow no-break space (U+202F) goes before ``; : ! ?`` and inside ``« »``, replacing
  the space the author typed or inserted when the mark is glued to the word.

Times (``10:30``), web addresses (``https://…``), ``::`` and marks followed by a letter or
digit (``a:b``, ``?id=3``) are left alone. The function is idempotent.
"""

from __future__ import annotations

import re
from collections.abc import Callable

NNBSP = "\u202f"
_SPACE = "[ \t\u00a0\u2009\u202f]"
_SPACES = frozenset(" \t\u00a0\u2009\u202f")
_LINE_BREAKS = frozenset("\n\r")

_URL = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.)\S+")
_PUNCTUATION = re.compile(rf"(?P<space>{_SPACE}*)(?P<marks>[;:!?]+)")
_GUILLEMETS = re.compile(
    rf"(?P<empty>«{_SPACE}*»)|«(?P<after_open>{_SPACE}*)|(?P<before_close>{_SPACE}*)»"
)
# What may follow ``; : ! ?`` for the mark to be French punctuation rather than a time,
# an address or code: the end, a space, or closing punctuation and emphasis markers.
_CLOSING = frozenset("*_»”\"'’)]}.,…")
_TRIGGERS = frozenset(";:!?«»'")


def french_typography(text: str) -> str:
    if not _TRIGGERS.intersection(text):
        return text
    if "://" not in text and "www." not in text:  # the common case, three times faster
        text = _PUNCTUATION.sub(_punctuation, text.replace("'", "’"))
        return _GUILLEMETS.sub(_guillemets, text)
    text = _outside_urls(text, lambda part: part.replace("'", "’"))
    text = _sub_outside_urls(_PUNCTUATION, _punctuation, text)
    return _sub_outside_urls(_GUILLEMETS, _guillemets, text)


def _outside_urls(text: str, fix: Callable[[str], str]) -> str:
    pieces: list[str] = []
    position = 0
    for url in _URL.finditer(text):
        pieces.append(fix(text[position : url.start()]))
        pieces.append(url.group())
        position = url.end()
    pieces.append(fix(text[position:]))
    return "".join(pieces)


def _sub_outside_urls(
    pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str], text: str
) -> str:
    urls = [url.span() for url in _URL.finditer(text)]
    if not urls:
        return pattern.sub(replace, text)

    def guarded(match: re.Match[str]) -> str:
        # Only the marks themselves can sit inside an address (addresses contain no spaces).
        mark = match.end() - 1
        if any(start <= mark < end for start, end in urls):
            return match.group()
        return replace(match)

    return pattern.sub(guarded, text)


def _at_line_start(text: str, index: int) -> bool:
    return index == 0 or text[index - 1] in _LINE_BREAKS


def _punctuation(match: re.Match[str]) -> str:
    text = match.string
    marks = match.group("marks")
    if len(marks) > 1 and set(marks) == {":"}:
        return match.group()  # "::", ":::"
    end = match.end()
    if end < len(text) and not (text[end].isspace() or text[end] in _CLOSING):
        return match.group()  # 10:30, https:, a:b, ?id=3
    if _at_line_start(text, match.start()):
        return match.group()
    if not match.group("space") and text[match.start() - 1] in _SPACES:
        return match.group()
    return NNBSP + marks


def _guillemets(match: re.Match[str]) -> str:
    text = match.string
    if match.group("empty") is not None:
        return f"«{NNBSP}»"
    if match.group("after_open") is not None:
        end = match.end()
        if end == len(text) or text[end] in _LINE_BREAKS:
            return match.group()
        return "«" + NNBSP
    if _at_line_start(text, match.start()):
        return match.group()
    return NNBSP + "»"
