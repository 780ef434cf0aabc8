"""The stand's score screen: centred on the screen when there is no QR code to show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from cmq_desktop.quiz.visitor_run import StandScoreScreen
from cmq_desktop.ui.stand.score_view import ScoreView


def centre_x(view: ScoreView, widget: object) -> int:
    assert hasattr(widget, "mapTo") and hasattr(widget, "width")
    return int(widget.mapTo(view, QPoint(widget.width() // 2, 0)).x())  # type: ignore[union-attr]


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080), (1080, 1920)])
def test_without_an_address_the_score_and_buttons_are_centred(
    qtbot: QtBot, width: int, height: int
) -> None:
    view = ScoreView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show_screen(StandScoreScreen(score=4, total=5, message="Très bien joué !"))
    view.show()
    qtbot.waitExposed(view)
    # Before the fix the hidden QR column still took two fifths of a landscape screen.
    for widget in (view.score, view.message):
        assert abs(centre_x(view, widget) - width // 2) <= width // 50
    buttons_middle = (
        view.replay_button.geometry().left() + view.done_button.geometry().right()
    ) // 2
    assert abs(buttons_middle - width // 2) <= width // 50
    assert not view.qr_panel.isVisible()


def test_with_an_address_the_code_sits_beside_the_score(qtbot: QtBot) -> None:
    view = ScoreView()
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show_screen(
        StandScoreScreen(score=5, total=5, message="Bravo !", web_address="https://exemple.fr")
    )
    view.show()
    qtbot.waitExposed(view)
    assert view.qr.isVisible() and view.qr_caption.isVisible()
    assert centre_x(view, view.qr) > 1920 // 2 > centre_x(view, view.score)
    assert view.qr_caption.text() in view.shown_text()
