"""The region map's labels are readable from the back of a classroom: 18 px or more at
1024x768, on the projector (Classe, laid out 4:3) and in Entraînement (16:9 letterboxed).

The size is measured where the program really draws the map: the image box the slide
renderer gives the map slide, the map fitted in it, the canvas scaled to the screen.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSize, Qt

from cmq_desktop.content.model import Deck, Layout, Slide
from cmq_desktop.ui import theme
from cmq_desktop.ui.canvas import letterbox
from cmq_desktop.ui.classe.class_canvas import canvas_height
from cmq_desktop.ui.slide_renderer import SlideRenderer

READABLE_PX = 18.0
SIZES = [(1024, 768), (1920, 1080), (3840, 2160)]


def _map_slide(deck: Deck) -> Slide:
    slide = next(s for s in deck.slides if s.id == "carte")
    assert slide.layout is Layout.BIG_IMAGE
    return slide


def _label_sizes(slide: Slide) -> tuple[float, list[float]]:
    """The map's viewBox width and the font size of every label, in map units."""
    root = ET.parse(slide.images[0].path).getroot()
    view_width = float(root.get("viewBox", "").split()[2])
    sizes = [float(t.get("font-size", "0")) for t in root.iter("{http://www.w3.org/2000/svg}text")]
    return view_width, sizes


def _pixels_per_map_unit(slide: Slide, height: int, screen_scale: float) -> float:
    renderer = SlideRenderer()
    (image, box) = renderer.layout(slide, height).image_boxes[0]
    natural = renderer.images.natural_size(image.path)
    assert natural is not None
    fitted = natural.scaled(box.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
    view_width, _ = _label_sizes(slide)
    return fitted.width() / view_width * screen_scale


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_map_labels_are_18_px_or_more(qapp, default_deck: Deck, size: tuple[int, int]) -> None:
    slide = _map_slide(default_deck)
    _, sizes = _label_sizes(slide)
    assert len(sizes) == 12 * 2 + 3  # a name (two lines for three) and a number each
    width, height = size
    # Classe: the canvas takes the projector's shape, scaled to its width.
    classe_height = canvas_height(width, height)
    classe_scale = min(width / theme.CANVAS_WIDTH, height / classe_height)
    # Entraînement: the 16:9 canvas letterboxed in the window.
    training_scale = letterbox(QSize(width, height))[1]
    for canvas, scale in ((classe_height, classe_scale), (theme.CANVAS_HEIGHT, training_scale)):
        smallest = min(sizes) * _pixels_per_map_unit(slide, canvas, scale)
        assert smallest >= READABLE_PX * width / 1024, (size, canvas, smallest)


@pytest.mark.parametrize("canvas", [1440, theme.CANVAS_HEIGHT], ids=["4:3", "16:9"])
def test_every_slide_text_is_18_px_or_more_at_1024_wide(
    qapp, default_deck: Deck, canvas: int
) -> None:
    """The rest of the slides too: no text shrunk to fit goes under 18 px at 1024x768."""
    renderer = SlideRenderer()
    scale = 1024 / theme.CANVAS_WIDTH
    for slide in default_deck.slides:
        for placed in renderer.layout(slide, canvas).texts:
            assert placed.text.size * scale >= READABLE_PX, (slide.id, placed.text.size)


def test_no_slide_background_shows_through_the_map(qapp) -> None:
    """In a dark theme the gap of Lake Geneva showed the black slide under the dark « H » of
    « Haute-Savoie »: the map now sits on its own light card, whatever the slide's colour."""
    from pathlib import Path

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    svg = Path(__file__).resolve().parents[2] / "slides/images/carte-auvergne-rhone-alpes.svg"
    renderer = QSvgRenderer(str(svg))
    size = renderer.defaultSize()
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("black"))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    inset = 30  # the card's rounded corners
    dark = [
        (x, y)
        for y in range(inset, size.height() - inset, 3)
        for x in range(inset, size.width() - inset, 3)
        if image.pixelColor(x, y).lightness() < 20  # black; the navy text is about 49
    ]
    assert dark == [], dark[:5]
