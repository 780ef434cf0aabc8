"""The pixel helpers themselves: they find the text that is drawn, and only that."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import grab_image, ink

NAVY = QColor("#14325a")


class Banner(QWidget):
    """A navy band with one text painted in a given rectangle, as the views paint."""

    def __init__(self, text: str, where: QRect, pixel_size: int) -> None:
        super().__init__()
        self.text, self.where, self.pixel_size = text, where, pixel_size
        self.resize(800, 400)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), NAVY)
        font = QFont()
        font.setPixelSize(self.pixel_size)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(self.where, Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()


def test_the_text_added_is_found_where_it_is_drawn(qtbot: QtBot) -> None:
    where = QRect(100, 50, 600, 150)
    banner = Banner("Vrai ou faux ?", where, 72)
    qtbot.addWidget(banner)
    drawn = grab_image(banner)
    banner.text = ""
    blank = grab_image(banner)
    found = ink(drawn, blank)
    assert found.pixels > 1000
    assert found.inside(where)
    assert found.box.width() > 300  # the whole line, not a stray pixel
    assert not found.inside(QRect(100, 50, 300, 150))  # and not only its first half


def test_nothing_drawn_is_no_ink(qtbot: QtBot) -> None:
    banner = Banner("", QRect(0, 0, 800, 400), 72)
    qtbot.addWidget(banner)
    image = grab_image(banner)
    assert ink(image, image).pixels == 0
    assert ink(image, NAVY).pixels == 0
    assert not ink(image, NAVY).inside(banner.rect())


def test_ink_against_the_background_colour_in_an_area(qtbot: QtBot) -> None:
    banner = Banner("Faux", QRect(0, 250, 800, 150), 200)  # big glyphs, as on a 4K screen
    qtbot.addWidget(banner)
    image = grab_image(banner)
    assert ink(image, NAVY, QRect(0, 0, 800, 250)).pixels == 0
    below = ink(image, NAVY, QRect(0, 250, 800, 150))
    assert below.pixels > 2000 and below.inside(QRect(0, 250, 800, 150))
