"""Inline Markdown: bold, italic, escapes, and typography on the way."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cmq_desktop.content.inline import parse_inline, plain_text, styled
from cmq_desktop.content.model import Span
from cmq_desktop.content.typography import NNBSP


def test_plain() -> None:
    assert parse_inline("du texte") == (Span("du texte"),)


def test_bold_and_italic() -> None:
    assert parse_inline("**1re** région *française*") == (
        Span("1re", bold=True),
        Span(" région "),
        Span("française", italic=True),
    )


def test_italic_inside_bold() -> None:
    assert parse_inline("**a *b* c**") == (
        Span("a ", bold=True),
        Span("b", bold=True, italic=True),
        Span(" c", bold=True),
    )


def test_escaped_star() -> None:
    assert parse_inline(r"5 \* 3 et \*pas italique\*") == (Span("5 * 3 et *pas italique*"),)


def test_unpaired_or_spaced_markers_stay_literal() -> None:
    assert parse_inline("5 * 3 * 2") == (Span("5 * 3 * 2"),)
    assert parse_inline("**pas fermé") == (Span("**pas fermé"),)


def test_styled_applies_typography() -> None:
    assert styled("**C'est** quoi?") == (Span("C’est", bold=True), Span(f" quoi{NNBSP}?"))


@given(st.text(alphabet="ab *\\_", max_size=30))
def test_never_fails_and_keeps_the_letters(text: str) -> None:
    spans = parse_inline(text)
    assert all(span.text for span in spans)
    assert plain_text(spans).count("a") == text.count("a")
