"""The kiosk's windows and ``render --mode stand`` draw the Stand's screens with the same
painters: outside the (real) buttons the pixels are the same, landscape and portrait.

As in ``test_one_renderer``, but a pixel may differ by a few levels (``TOLERANCE``): the
Stand's type is big (up to 104 px), and Qt antialiases glyph outlines that big a shade
differently from one paint to the next (seen: 1 to 15 levels, on glyph edges only).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from cmq_desktop.content.model import Deck
from cmq_desktop.quiz.screens import QuestionScreen, Stage
from cmq_desktop.quiz.visitor_run import StandScoreScreen
from cmq_desktop.ui.app import create_application
from cmq_desktop.ui.canvas import CanvasWidget
from cmq_desktop.ui.question_painter import QuestionPicture
from cmq_desktop.ui.results_painter import ScorePicture
from cmq_desktop.ui.stand.question_view import VisitorQuestionView
from cmq_desktop.ui.stand.render_stand import StandExporter
from cmq_desktop.ui.stand.score_view import ScoreView
from cmq_desktop.ui.stand.stand_layouts import canvas_for, stand_layout
from tests.ui.test_one_renderer import _compare


@pytest.fixture(autouse=True)
def _app_fonts() -> None:
    create_application()  # the bundled font, as the program has it


TOLERANCE = 16
SIZES = [QSize(1024, 768), QSize(1920, 1080), QSize(1080, 1920)]


def _exporter(deck: Deck, tmp_path: Path, size: QSize) -> StandExporter:
    return StandExporter(deck, tmp_path, size, deck.quiz_sets[0], "https://exemple.fr/cmq")


def _show(qtbot, view: CanvasWidget, size: QSize) -> None:
    qtbot.addWidget(view)
    view.resize(size)
    view.show()
    qtbot.waitExposed(view)


@pytest.mark.parametrize("size", SIZES, ids=str)
@pytest.mark.parametrize("chosen", [None, "right", "wrong"])
def test_question_window_and_render_agree(
    qtbot, default_deck: Deck, tmp_path: Path, size: QSize, chosen: str | None
) -> None:
    question = default_deck.quiz_sets[0].questions[2]
    index = {None: None, "right": question.answer_index, "wrong": 1 - question.answer_index}
    stage = Stage.ASKING if chosen is None else Stage.ANSWERED
    screen = QuestionScreen(question, 3, 5, "Le quiz", stage, index[chosen])
    view = VisitorQuestionView()
    _show(qtbot, view, size)
    view.show_screen(screen)
    canvas = canvas_for(size.width(), size.height())
    assert view.picture is not None and view.picture.layout == stand_layout(canvas)
    picture = QuestionPicture(screen, stand_layout(canvas))
    _compare(
        view,
        _exporter(default_deck, tmp_path, size).paint_canvas(
            lambda p: picture.paint(p, with_buttons=True)
        ),
        TOLERANCE,
    )


@pytest.mark.parametrize("size", SIZES, ids=str)
@pytest.mark.parametrize("address", ["", "https://exemple.fr/cmq"])
def test_score_window_and_render_agree(
    qtbot, default_deck: Deck, tmp_path: Path, size: QSize, address: str
) -> None:
    screen = StandScoreScreen(3, 5, "Très bien joué\u00a0!", address)
    view = ScoreView()
    _show(qtbot, view, size)
    view.show_screen(screen)
    canvas = canvas_for(size.width(), size.height())
    picture = ScorePicture(screen, canvas.width(), canvas.height())
    _compare(
        view,
        _exporter(default_deck, tmp_path, size).paint_canvas(
            lambda p: picture.paint(p, with_buttons=True)
        ),
        TOLERANCE,
    )
