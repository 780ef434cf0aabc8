"""What a visitor reads on the painted Stand screens, read back with OCR, driving the real
kiosk: a right answer is congratulated (never "La bonne réponse est…"), a wrong one is
corrected; the portrait touch screen gets its own layout with buttons a finger hits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cmq_desktop.content.model import Deck
from cmq_desktop.quiz.screens import QuestionScreen
from cmq_desktop.ui.stand.shell import StandShell
from cmq_desktop.ui.stand.sizing import TOUCH_MM, pixels_per_mm
from cmq_desktop.ui.stand.stand_layouts import PORTRAIT
from tests.ui.kiosk_helpers import Clock, make_shell
from tests.ui.ocr import ocr_available, read_widget, shows

NO = Qt.KeyboardModifier.NoModifier
needs_ocr = pytest.mark.skipif(not ocr_available(), reason="tesseract missing")


@pytest.fixture
def portrait(qtbot, default_deck: Deck, tmp_path: Path) -> Iterator[tuple[StandShell, Clock]]:
    yield from make_shell(qtbot, default_deck, tmp_path, size=(1080, 1920))


def _question(shell: StandShell) -> QuestionScreen:
    screen = shell.kiosk.state.screen
    assert isinstance(screen, QuestionScreen)
    return screen


def _answer(qtbot, shell: StandShell, right: bool) -> QuestionScreen:
    question = _question(shell).question
    index = question.answer_index if right else 1 - question.answer_index
    qtbot.keyClick(shell.window, (Qt.Key.Key_1, Qt.Key.Key_2)[index], NO)
    screen = _question(shell)
    assert screen.answered and screen.correct is right
    return screen


@needs_ocr
def test_a_right_answer_is_congratulated_and_explained(portrait, qtbot) -> None:
    shell, _ = portrait
    qtbot.keyClick(shell.window, Qt.Key.Key_Space, NO)
    assert shell.question.canvas_size() == PORTRAIT
    screen = _answer(qtbot, shell, right=True)
    read = read_widget(shell.window)
    assert shows(read, "Bonne réponse !"), read
    assert shows(read, f"Bravo, c’est bien « {screen.question.answer} » !"), read
    assert shows(read, screen.question.explanation), read
    assert "la bonne reponse est" not in read


@needs_ocr
def test_a_wrong_answer_is_corrected(portrait, qtbot) -> None:
    shell, _ = portrait
    qtbot.keyClick(shell.window, Qt.Key.Key_Space, NO)
    screen = _answer(qtbot, shell, right=False)
    read = read_widget(shell.window)
    assert shows(read, "Mauvaise réponse"), read
    assert shows(read, f"La bonne réponse est : « {screen.question.answer} »."), read
    assert shows(read, screen.question.explanation), read


def test_portrait_buttons_are_big_and_the_feedback_panel_ends_under_its_text(
    portrait, qtbot
) -> None:
    shell, _ = portrait
    minimum = TOUCH_MM * pixels_per_mm(shell.window)
    qtbot.keyClick(shell.window, Qt.Key.Key_Space, NO)
    for button in shell.question.answer_buttons:
        assert button.height() >= minimum and button.width() >= minimum
        assert button.geometry().top() > shell.window.height() / 2  # low, within reach
    _answer(qtbot, shell, right=True)
    following = shell.question.next_button
    assert following.isVisible() and following.height() >= minimum
    picture = shell.question.picture
    assert picture is not None and picture.explanation is not None
    panel = picture.feedback_panel
    text_bottom = picture.layout.explanation.y() + picture.explanation.document.size().height()
    assert text_bottom < panel.bottom() <= text_bottom + 60  # no tall empty panel
    assert picture.explanation.size >= 52  # big type, not shrunk to fit a narrow box
    qtbot.mouseClick(shell.question, Qt.MouseButton.LeftButton)  # a tap anywhere goes on
    assert _question(shell).number == 2 and not _question(shell).answered


def test_portrait_attract_slide_is_full_width_and_taller_with_no_empty_band(
    qtbot, default_deck, tmp_path
) -> None:
    """1080x1920: the slide was a 16:9 band a fifth of the screen with empty bands around;
    it now takes the renderer's 4:3 canvas at full width, the invitation the rest."""
    from PySide6.QtGui import QColor

    from cmq_desktop.ui import theme
    from tests.ui.kiosk_helpers import make_shell

    for shell, _ in make_shell(qtbot, default_deck, tmp_path, size=(1080, 1920)):
        view = shell.attract
        slide, banner = view.slide_rect(), view.banner_rect()
        assert (slide.x(), slide.y(), slide.width(), slide.height()) == (0, 0, 1080, 810)
        assert (banner.top(), banner.bottom()) == (810, 1920)
        image = view.grab().toImage()
        empty = QColor(theme.COVER_END).rgb()
        rows = [y for y in range(0, 1920, 10) if image.pixel(540, y) == empty]
        assert rows == [], rows[:5]  # no band of the bare background, anywhere
