"""At any text size a slide's line breaks fall between words, never inside one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QTextDocument

from cmq_desktop.modes.display import DisplaySettings
from cmq_desktop.ui import display
from cmq_desktop.ui.slide_renderer import SlideRenderer


@pytest.fixture(autouse=True)
def _designed_look_after() -> Iterator[None]:
    yield
    display.apply(DisplaySettings())


def broken_words(document: QTextDocument) -> list[str]:
    """The words a line break cuts: a letter each side of the break."""
    found = []
    block = document.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for index in range(layout.lineCount() - 1):
            end = layout.lineAt(index).textStart() + layout.lineAt(index).textLength()
            if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
                found.append(text[max(0, end - 12) : end] + "|" + text[end : end + 12])
        block = block.next()
    return found


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_no_slide_text_is_broken_inside_a_word(qtbot, default_deck, scale: float) -> None:
    display.apply(DisplaySettings(text_scale=scale))
    renderer = SlideRenderer()
    for slide in default_deck.slides:
        for height in (1080, 1440):
            for placed in renderer.layout(slide, height).texts:
                assert broken_words(placed.text.document) == [], (slide.id, scale, height)


def test_the_departements_caption_at_200_percent_is_whole(qtbot, default_deck) -> None:
    display.apply(DisplaySettings(text_scale=2.0))
    slide = default_deck.slides[4]
    texts = [p.text for p in SlideRenderer().layout(slide).texts]
    caption = next(t for t in texts if "départements" in t.document.toPlainText())
    lines = [
        caption.document.begin().layout().lineAt(i).textLength()
        for i in range(caption.document.begin().layout().lineCount())
    ]
    first = caption.document.toPlainText()[: lines[0]]
    assert "départements" in first  # on one line
