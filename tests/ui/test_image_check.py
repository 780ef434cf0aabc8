"""Images opened as the program draws them: ``check`` and the slide's placeholder agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from cmq_desktop.content import messages
from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import Slide
from cmq_desktop.ui.app import create_application
from cmq_desktop.ui.image_check import image_problem
from cmq_desktop.ui.slide_renderer import SlideRenderer
from tests.unit import image_bytes

NOTES = "::: notes\nn\n:::\n"


def _deck(tmp_path: Path, name: str, data: bytes) -> Path:
    deck = tmp_path / "deck"
    (deck / "images").mkdir(parents=True)
    (deck / "images" / name).write_bytes(data)
    text = f"@mise-en-page: image-texte\n# Titre\n![Photo](images/{name})\n- texte\n{NOTES}"
    (deck / "presentation.md").write_text(text, encoding="utf-8")
    return deck


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("photo.jpg", image_bytes.BROKEN_JPEG, "damaged"),  # only Qt's decoder sees it
        ("photo.png", image_bytes.truncated_png(), "damaged"),
        ("photo.png", image_bytes.huge_png(), "too-large"),
        ("photo.png", image_bytes.TEXT_AS_IMAGE, "not-an-image"),
        ("photo.svg", image_bytes.ENTITY_SVG, "unsafe-svg"),
        ("photo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><rect', "damaged"),
    ],
)
def test_check_opens_images_with_qt_without_qt_printing(
    qtbot, tmp_path: Path, name: str, data: bytes, kind: str
) -> None:
    create_application()
    result = load_deck(_deck(tmp_path, name, data), check_image=image_problem)
    assert [(p.line, p.message) for p in result.problems] == [
        (3, messages.bad_image(kind, f"images/{name}"))
    ]


def test_good_images_pass_the_qt_check(qtbot, tmp_path: Path) -> None:
    create_application()
    assert image_problem(_deck(tmp_path, "a.png", image_bytes.png(8, 8)) / "images/a.png") is None
    svg = _deck(tmp_path / "b", "b.svg", image_bytes.SVG) / "images/b.svg"
    assert image_problem(svg) is None


def _paint(slide: Slide) -> QImage:
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    renderer = SlideRenderer()
    renderer.paint(painter, slide, 1, 1)
    painter.end()
    return image


def test_the_placeholder_says_what_check_says(qtbot, tmp_path: Path) -> None:
    create_application()
    damaged = load_deck(_deck(tmp_path / "a", "p.jpg", image_bytes.BROKEN_JPEG)).deck
    not_image = load_deck(_deck(tmp_path / "b", "p.jpg", image_bytes.TEXT_AS_IMAGE)).deck
    assert damaged is not None and not_image is not None
    renderer = SlideRenderer()
    image = damaged.slides[0].images[0]
    assert renderer.images.problem(image.path) == messages.IMAGE_PROBLEMS["damaged"]
    assert (
        renderer.images.problem(not_image.slides[0].images[0].path)
        == (messages.IMAGE_PROBLEMS["not-an-image"])
    )
    box = renderer.layout(damaged.slides[0]).image_boxes[0][1]
    first, second = _paint(damaged.slides[0]), _paint(not_image.slides[0])
    assert first.copy(box.toRect()) != second.copy(box.toRect())  # not one "Image absente"
    outside = QRectF(box.right() + 100, box.top(), 400, 200).toRect()
    assert first.copy(outside) == second.copy(outside)


def test_check_command_names_a_jpeg_only_qt_finds_damaged(qtbot, tmp_path: Path, capsys) -> None:
    from cmq_desktop.cli import main

    create_application()
    deck = _deck(tmp_path, "photo.jpg", image_bytes.BROKEN_JPEG)
    assert main(["check", str(deck)]) == 1
    out = capsys.readouterr().out.splitlines()
    expected = messages.bad_image("damaged", "images/photo.jpg")
    assert out == [f"{deck / 'presentation.md'}:3: {expected}"]
