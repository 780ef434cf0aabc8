"""The stand's QR code: segno's matrix, drawn module by module in black and white."""

from __future__ import annotations

import pytest
import segno
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from cmq_desktop.stand.qr import QUIET_ZONE, qr_modules
from cmq_desktop.ui.stand.qr_code import paint_qr, qr_geometry

ADDRESS = "https://www.exemple.fr/campus-des-metiers?source=stand"
BACKGROUND = QColor(40, 90, 160)  # the theme's colour around the code must not matter


def test_the_modules_are_segnos_with_error_correction_m_and_no_micro_qr() -> None:
    modules = qr_modules(ADDRESS)
    reference = segno.make(ADDRESS, error="m", micro=False)
    assert modules.rows == tuple(tuple(bool(c) for c in row) for row in reference.matrix)
    assert modules.size == reference.symbol_size(border=0)[0] == 21 + 4 * (modules.version - 1)
    assert not segno.make(ADDRESS, error="m", micro=False).is_micro
    # The three finder patterns: a dark 7x7 ring at three corners.
    for top, left in ((0, 0), (0, modules.size - 7), (modules.size - 7, 0)):
        ring = [modules.rows[top + i][left + j] for i in range(7) for j in range(7)
                if i in (0, 6) or j in (0, 6)]  # fmt: skip
        assert all(ring)


def draw(width: int, height: int, text: str = ADDRESS) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    paint_qr(painter, QRectF(0, 0, width, height), text)
    painter.end()
    return image


@pytest.mark.parametrize(("width", "height"), [(400, 400), (203, 260), (1000, 500)])
def test_each_module_is_drawn_black_or_white_at_its_place(
    qapp: object, width: int, height: int
) -> None:
    modules = qr_modules(ADDRESS)
    image = draw(width, height)
    left, top, module = qr_geometry(QRectF(0, 0, width, height), modules)
    full = module * (modules.size + 2 * QUIET_ZONE)
    assert full <= min(width, height) and module == int(module) >= 3
    assert (left, top) == (int(left), int(top))

    def colour(column: int, row: int) -> QColor:
        """The pixel at the centre of module (column, row); negative = quiet zone."""
        x, y = left + (column + 0.5) * module, top + (row + 0.5) * module
        return image.pixelColor(int(x), int(y))

    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    for row in range(modules.size):
        for column in range(modules.size):
            expected = black if modules.rows[row][column] else white
            assert colour(column, row) == expected, (row, column)
    for step in range(-QUIET_ZONE, modules.size + QUIET_ZONE):
        for edge in (-QUIET_ZONE, -1, modules.size, modules.size + QUIET_ZONE - 1):
            assert colour(step, edge) == white and colour(edge, step) == white
    # Around the code's square, the caller's background is untouched.
    if width > full + 1:
        assert image.pixelColor(0, height // 2) == BACKGROUND
    if height > full + 1:
        assert image.pixelColor(width // 2, 0) == BACKGROUND


def test_a_box_smaller_than_the_code_still_fits_it(qapp: object) -> None:
    modules = qr_modules(ADDRESS)
    left, top, module = qr_geometry(QRectF(10, 20, 30, 40), modules)
    assert module * (modules.size + 2 * QUIET_ZONE) == pytest.approx(30)
    assert (left - QUIET_ZONE * module, top - QUIET_ZONE * module) == pytest.approx((10, 25))
    draw(30, 40)  # paints without error


def test_modules_are_whole_pixels_with_crisp_edges(qapp: object) -> None:
    image = draw(400, 400)
    colours = {image.pixel(x, y) for x in range(400) for y in range(0, 400, 7)}
    assert colours <= {QColor(0, 0, 0).rgb(), QColor(255, 255, 255).rgb(), BACKGROUND.rgb()}


def test_another_address_gives_another_picture(qapp: object) -> None:
    assert draw(300, 300) != draw(300, 300, "https://www.exemple.fr/autre")
    assert draw(300, 300) == draw(300, 300)
