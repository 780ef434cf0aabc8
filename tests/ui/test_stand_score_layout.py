"""The stand's score screen, as painted: centred when there is no QR code to show, the
code beside the score (landscape) or under it (portrait) when there is one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from cmq_desktop.quiz.visitor_run import StandScoreScreen
from cmq_desktop.ui.app import create_application
from cmq_desktop.ui.stand.score_view import ScoreView
from tests.ui.ocr import ocr_available, read_widget, shows


@pytest.fixture(autouse=True)
def _app_fonts() -> None:
    create_application()  # the bundled font, as the program has it


def _view(qtbot: QtBot, width: int, height: int, screen: StandScoreScreen) -> ScoreView:
    view = ScoreView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show_screen(screen)
    view.show()
    qtbot.waitExposed(view)
    return view


def _has_dark_modules(view: ScoreView) -> bool:
    image = view.grab(view.code_rect()).toImage()
    seen = {
        QColor(image.pixel(x, y)).lightness() < 60
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    return seen == {True, False}


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080), (1080, 1920)])
def test_without_an_address_the_buttons_are_centred(qtbot: QtBot, width: int, height: int) -> None:
    view = _view(qtbot, width, height, StandScoreScreen(4, 5, "Très bien joué !"))
    middle = (view.replay_button.geometry().left() + view.done_button.geometry().right()) // 2
    assert abs(middle - width // 2) <= width // 50
    assert view.code_rect().isEmpty()


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1080, 1920)])
def test_with_an_address_the_code_is_drawn_beside_or_under_the_score(
    qtbot: QtBot, width: int, height: int
) -> None:
    screen = StandScoreScreen(5, 5, "Bravo !", web_address="https://exemple.fr")
    view = _view(qtbot, width, height, screen)
    code = view.code_rect()
    assert _has_dark_modules(view)
    if width > height:
        assert code.center().x() > width // 2 > view.replay_button.geometry().center().x()
    else:
        assert code.top() > height // 3 and code.bottom() < view.replay_button.geometry().top()


@pytest.mark.skipif(not ocr_available(), reason="tesseract missing")
def test_the_score_is_painted_readably_on_a_portrait_screen(qtbot: QtBot) -> None:
    message = "Très bien joué ! Encore un peu de curiosité et c’est le sans-faute."
    screen = StandScoreScreen(3, 5, message, web_address="https://exemple.fr")
    read = read_widget(_view(qtbot, 1080, 1920, screen))
    for text in ("Votre score", "3 bonnes réponses sur 5", message, "Rejouer", "J’ai terminé"):
        assert shows(read, text), (text, read)
