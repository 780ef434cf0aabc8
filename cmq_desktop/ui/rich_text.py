"""Turn the deck model's text into the small HTML subset QTextDocument understands."""

from __future__ import annotations

import re

from PySide6.QtGui import QFontMetricsF

from cmq_desktop.content.model import BulletList, ListItem, Paragraph, Spans
from cmq_desktop.ui import theme

# html.escape's five replacements: the html module (and its entity tables) costs the first
# frame more than the table below.
_HTML_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
)

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"

_narrow_space_supported: bool | None = None
# "Auvergne-Rhône-Alpes" must not be cut at a hyphen and the font has no U+2011: a word
# joiner (zero width, never drawn) after each hyphen forbids the break.
WORD_JOINER = "\u2060"
_HYPHENATED_WORD = re.compile(r"\w+(?:-\w+)+")


def _display_text(text: str) -> str:
    """Use a plain no-break space where the bundled font has no narrow one.

    Atkinson Hyperlegible lacks U+202F, and offscreen or frozen runs may have no fallback
    font, which would draw a box. ``inFont(str)`` is wrong for non-ASCII in PySide6 6.12, so
    ask with the code point.
    """
    global _narrow_space_supported
    if _narrow_space_supported is None:
        metrics = QFontMetricsF(theme.font(20))
        _narrow_space_supported = metrics.inFontUcs4(ord(NARROW_NBSP))
    return text if _narrow_space_supported else text.replace(NARROW_NBSP, NBSP)


def plain_html(text: str) -> str:
    text = _HYPHENATED_WORD.sub(lambda m: m.group(0).replace("-", "-" + WORD_JOINER), text)
    return _display_text(text).translate(_HTML_ESCAPES).replace("\n", "<br/>")


def spans_html(spans: Spans) -> str:
    parts = []
    for span in spans:
        html = plain_html(span.text)
        if span.bold:
            html = f"<b>{html}</b>"
        if span.italic:
            html = f"<i>{html}</i>"
        parts.append(html)
    return "".join(parts)


def paragraph_html(paragraph: Paragraph, gap: float) -> str:
    return f'<p style="margin-top:0px; margin-bottom:{gap:.0f}px">{spans_html(paragraph.spans)}</p>'


def list_html(bullets: BulletList, gap: float) -> str:
    """Nested lists from the flat items with their levels (0 or 1)."""
    tag = "ol" if bullets.ordered else "ul"
    item_style = f'style="margin-bottom:{gap * 0.6:.0f}px"'
    out = [f'<{tag} style="margin-top:0px; margin-bottom:{gap:.0f}px">']
    open_nested = False
    open_item = False
    for item in bullets.items:
        if item.level > 0 and open_item:
            if not open_nested:
                out.append(f'<ul type="circle" style="margin-top:{gap * 0.4:.0f}px">')
                open_nested = True
            out.append(f"<li {item_style}>{spans_html(item.spans)}</li>")
            continue
        if open_nested:
            out.append("</ul>")
            open_nested = False
        if open_item:
            out.append("</li>")
        out.append(f"<li {item_style}>{spans_html(item.spans)}")
        open_item = True
    if open_nested:
        out.append("</ul>")
    if open_item:
        out.append("</li>")
    out.append(f"</{tag}>")
    return "".join(out)


def item_parts(item: ListItem) -> tuple[str, str]:
    """Split a key-figure item into its bold lead (the figure) and the rest (the caption)."""
    lead = []
    rest_start = 0
    for index, span in enumerate(item.spans):
        if span.bold:
            lead.append(span.text)
            rest_start = index + 1
        elif span.text.strip() or lead:
            break
    figure = "".join(lead).strip()
    caption = "".join(span.text for span in item.spans[rest_start:]).strip()
    return figure, caption
