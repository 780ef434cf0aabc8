"""Classe's + and - keys scale the slides' text too, as far as it fits."""

from __future__ import annotations

from PySide6.QtCore import QSize

from cmq_desktop.quiz.navigator import Blackout
from cmq_desktop.quiz.screens import SlideScreen
from cmq_desktop.ui.classe.audience_painter import AudiencePainter
from cmq_desktop.ui.slide_renderer import SlideRenderer


def _sizes(renderer: SlideRenderer, slide, scale: float) -> list[float]:
    return [placed.text.size for placed in renderer.layout(slide, 1440, scale).texts]


def _floors(renderer: SlideRenderer, slide) -> list[float]:
    return [placed.text.style.min_size for placed in renderer.layout(slide, 1440).texts]


def test_bigger_text_where_it_fits_never_below_the_floor(qtbot, default_deck) -> None:
    renderer = SlideRenderer()
    for slide in default_deck.slides:
        bigger, floors = _sizes(renderer, slide, 1.4), _floors(renderer, slide)
        # Text that cannot grow shrinks back, in steps, never below the usual floor.
        assert all(b >= f for b, f in zip(bigger, floors, strict=True)), slide.id
        assert renderer.layout(slide, 1440, 1.4).fitted, slide.id
    # Slides with room to spare really grow: their last text (the body) by a fifth or more.
    grown = [
        slide.id
        for slide in default_deck.slides
        if _sizes(renderer, slide, 1.4)[-1] >= 1.2 * _sizes(renderer, slide, 1.0)[-1]
    ]
    assert len(grown) >= 3, grown


def test_audience_frame_changes_with_the_text_scale(qtbot, default_deck) -> None:
    renderer = SlideRenderer()
    screen = SlideScreen(default_deck.slides[3], 4, len(default_deck.slides))
    size = QSize(1024, 768)
    usual = AudiencePainter(renderer, 1.0).frame(size, 1.0, screen, Blackout.NONE)
    bigger = AudiencePainter(renderer, 1.4).frame(size, 1.0, screen, Blackout.NONE)
    assert usual.toImage() != bigger.toImage()
