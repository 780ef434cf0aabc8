"""A theme chosen while the app runs reaches the slides at once, not after a restart."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from cmq_desktop.modes.display import CLAIR, CONTRASTE, SOMBRE, DisplaySettings
from cmq_desktop.ui import display, theme
from cmq_desktop.ui.canvas import canvas_transform
from cmq_desktop.ui.display_dialog import DisplayDialog
from cmq_desktop.ui.slide_renderer import MARGIN_X, TITLE_HEIGHT, TITLE_TOP
from tests.ui.helpers import close_to, grab_image


@pytest.fixture(autouse=True)
def _designed_look_after() -> Iterator[None]:
    yield
    display.apply(DisplaySettings())


def _title_pixels(view, colour: str) -> int:
    """Pixels of ``colour`` in the slide's title band (the left bar and buttons left out)."""
    image = grab_image(view)
    transform = canvas_transform(QSize(image.width(), image.height()))
    top_left = transform.map(QPointF(MARGIN_X, TITLE_TOP))
    bottom_right = transform.map(QPointF(1200, TITLE_TOP + TITLE_HEIGHT))
    band = QRect(top_left.toPoint(), bottom_right.toPoint())
    wanted = QColor(colour)
    return sum(
        close_to(QColor(image.pixel(x, y)), wanted, 30)
        for y in range(band.top(), band.bottom(), 2)
        for x in range(band.left(), band.right(), 2)
    )


@pytest.mark.parametrize(("index", "palette"), [(2, SOMBRE), (3, CONTRASTE)])
def test_a_theme_chosen_on_slide_3_repaints_its_text_in_the_new_colours(
    qtbot, app_window, index: int, palette: dict[str, str]
) -> None:
    window = app_window.window
    window.resize(1024, 768)
    qtbot.keyClick(window, Qt.Key.Key_Return)  # the start screen's first button: the slides
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert app_window.model.state.screen.log_line.startswith("SLIDE 3/")
    view = window.slide_view
    before = _title_pixels(view, CLAIR["NAVY"])
    assert before > 200  # the light theme's title, drawn
    qtbot.keyClick(window, Qt.Key.Key_F2)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, DisplayDialog) and w.isVisible()
    )
    dialog.themes.buttons()[index].click()
    dialog.accept_values()
    assert theme.NAVY.name() == palette["NAVY"]
    # The title is now in the new theme's title colour, no longer in the old navy.
    assert _title_pixels(view, palette["NAVY"]) > before // 2
    # (a few antialiased edges of the new colour come close to the old navy)
    assert _title_pixels(view, CLAIR["NAVY"]) < before // 5
    # And the next slide, drawn ahead in the old theme, too.
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert _title_pixels(view, palette["NAVY"]) > 50
