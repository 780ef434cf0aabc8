"""Inline Markdown: ``**bold**``, ``*italic*`` and the ``\\*`` escape, into styled spans.

A marker only counts when it has a partner: ``5 * 3`` or a lone ``**`` stay as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from cmq_desktop.content.model import Span, Spans
from cmq_desktop.content.typography import french_typography

_ESCAPABLE = frozenset("*\\_#[]!`")


@dataclass
class _Token:
    text: str
    marker: bool  # "*" or "**" that may open or close a style
    paired: bool = False


def styled(text: str) -> Spans:
    """Spans of a displayed text, with French typography applied."""
    return parse_inline(french_typography(text))


def parse_inline(text: str) -> Spans:
    tokens = _tokenize(text)
    _pair_markers(tokens)
    return _to_spans(tokens)


def plain_text(spans: Spans) -> str:
    return "".join(span.text for span in spans)


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    literal: list[str] = []
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char == "\\" and index + 1 < length and text[index + 1] in _ESCAPABLE:
            literal.append(text[index + 1])
            index += 2
            continue
        if char == "*":
            if literal:
                tokens.append(_Token("".join(literal), marker=False))
                literal = []
            width = 2 if text.startswith("**", index) else 1
            tokens.append(_Token("*" * width, marker=True))
            index += width
            continue
        # Copy the run up to the next special character in one step.
        next_special = _next_special(text, index + 1)
        literal.append(text[index:next_special])
        index = next_special
    if literal:
        tokens.append(_Token("".join(literal), marker=False))
    return tokens


def _next_special(text: str, start: int) -> int:
    positions = [p for p in (text.find("*", start), text.find("\\", start)) if p != -1]
    return min(positions) if positions else len(text)


def _pair_markers(tokens: list[_Token]) -> None:
    """Pair each closing marker with the last open one of the same width (left-flanking rule)."""
    pending: dict[str, int] = {}
    for index, token in enumerate(tokens):
        if not token.marker:
            continue
        before = tokens[index - 1].text[-1] if index > 0 else " "
        after = tokens[index + 1].text[0] if index + 1 < len(tokens) else " "
        can_open = not after.isspace()
        can_close = not before.isspace()
        opener = pending.get(token.text)
        if opener is not None and can_close:
            tokens[opener].paired = True
            token.paired = True
            del pending[token.text]
        elif can_open:
            pending[token.text] = index


def _to_spans(tokens: list[_Token]) -> Spans:
    spans: list[Span] = []
    bold = italic = False
    for token in tokens:
        if token.marker and token.paired:
            if token.text == "**":
                bold = not bold
            else:
                italic = not italic
            continue
        if spans and spans[-1].bold == bold and spans[-1].italic == italic:
            spans[-1] = Span(spans[-1].text + token.text, bold, italic)
        else:
            spans.append(Span(token.text, bold, italic))
    return tuple(span for span in spans if span.text)
