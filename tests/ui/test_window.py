"""Window-level behaviour: bad decks, sizes from projector to 4K, fullscreen, help."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

from cmq_desktop.ui import theme
from cmq_desktop.ui.canvas import letterbox
from cmq_desktop.ui.main_window import MainWindow
from cmq_desktop.ui.start_view import MODE_ROW, START_BOX
from tests.ui.helpers import grab_image, ink

K = Qt.Key


def _write_broken_deck(root: Path) -> Path:
    root.mkdir()
    (root / "presentation.md").write_text(
        "@id: a\n# Première\n\nTexte.\n\n---\n\n"
        "@id: a\n@couleur: rouge\n# Seconde\n\n![x](manque.png)\n",
        encoding="utf-8",
    )
    (root / "quiz.txt").write_text(
        "titre : Q\n\n[q1]\nénoncé : Sans réponse ?\nexplication : Rien.\n\n"
        "[q2]\nénoncé : Une vraie question ?\nréponse : Vrai\n"
        "diapositive : nulle-part\nexplication : Oui.\n",
        encoding="utf-8",
    )
    return root


def _cover(window: MainWindow) -> QImage:
    """The start screen's cover as painted: between the mode row and the start button."""
    view = window.start_view
    assert window.stack.currentWidget() is view
    top, bottom = MODE_ROW.bottom() + 10, START_BOX.top() - 10
    area = QRectF(0, top, theme.CANVAS_WIDTH, bottom - top)
    return grab_image(view).copy(view.to_widget(area))


def test_bad_deck_shows_messages_and_keeps_the_app_usable(
    qtbot, app_window, tmp_path: Path
) -> None:
    deck_before = app_window.lesson.deck
    before_cover = _cover(app_window.window)
    broken = _write_broken_deck(tmp_path / "cassé")
    app_window.open_deck(broken)
    box = app_window.problems_box
    assert box is not None and box.isVisible()
    text = box.text()
    assert f"{broken / 'presentation.md'}:8:" in text  # the duplicate id
    assert "manque.png" in text
    assert f"{broken / 'quiz.txt'}:" in text
    # What is usable is shown: the cover painted is the one of a clean deck made of the
    # valid first slide, not the previous deck's; and the window still answers the keyboard.
    window = app_window.window
    broken_cover = _cover(window)
    box.close()
    clean = tmp_path / "propre"
    clean.mkdir()
    (clean / "presentation.md").write_text("@id: a\n# Première\n\nTexte.\n", encoding="utf-8")
    assert app_window.open_deck(clean)
    assert ink(_cover(window), broken_cover).pixels == 0
    assert ink(before_cover, broken_cover).pixels > 1000
    assert app_window.lesson.deck is not deck_before
    qtbot.keyClick(window, K.Key_Right)
    assert window.stack.currentWidget() is window.slide_view


def test_unusable_deck_keeps_the_current_one(app_window, tmp_path: Path) -> None:
    deck_before = app_window.lesson.deck
    before_cover = _cover(app_window.window)
    empty = tmp_path / "vide"
    empty.mkdir()
    assert app_window.open_deck(empty) is False
    assert (
        app_window.problems_box is not None
        and "La présentation actuelle reste affichée" in app_window.problems_box.text()
    )
    assert app_window.lesson.deck is deck_before
    assert ink(_cover(app_window.window), before_cover).pixels == 0


def _inside(child: QPushButton, parent_size: QSize) -> bool:
    return QRect(0, 0, parent_size.width(), parent_size.height()).contains(child.geometry())


def _text_fits(button: QPushButton) -> bool:
    return button.fontMetrics().horizontalAdvance(button.text()) <= button.width()


@pytest.mark.parametrize("size", [QSize(1024, 768), QSize(1920, 1080), QSize(3840, 2160)], ids=str)
def test_every_screen_scales_with_the_window(qtbot, app_window, size: QSize) -> None:
    window = app_window.window
    window.resize(size)
    qtbot.waitUntil(
        lambda: window.start_view.size() == size or window.start_view.width() >= size.width() - 2
    )
    view_size = window.start_view.size()
    canvas, _scale = letterbox(view_size)
    assert canvas.width() <= view_size.width() + 0.5 and canvas.height() <= view_size.height() + 0.5
    assert abs(canvas.width() / canvas.height() - 16 / 9) < 0.01
    for button in [window.start_view.start_button, *window.start_view.quiz_buttons]:
        assert _inside(button, view_size) and _text_fits(button)
    qtbot.mouseClick(window.start_view.quiz_buttons[0], Qt.MouseButton.LeftButton)
    question = window.question_view
    for button in question.answer_buttons:
        assert _inside(button, view_size) and _text_fits(button)
        # Big enough for a finger: at least 1 cm at 96 dpi on the smallest projector.
        assert button.height() >= 38
    assert question.fitted
    qtbot.keyClick(window, K.Key_1)
    for button in (question.review_button, question.next_button, *question.answer_buttons):
        assert _inside(button, view_size) and _text_fits(button)


def test_fullscreen_toggle_and_escape(qtbot, app_window) -> None:
    window = app_window.window
    qtbot.keyClick(window, K.Key_F11)
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert window.fullscreen_action.isChecked()
    qtbot.keyClick(window, K.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.fullscreen_action.isChecked()


def test_help_lists_the_keys(qtbot, app_window) -> None:
    qtbot.keyClick(app_window.window, K.Key_F1)
    box = app_window.help_box
    assert box is not None and box.isVisible()
    assert "V/F" in box.text() and "F11" in box.text()
    box.close()


def test_window_has_the_app_icon_and_desktop_name(app_window) -> None:
    from PySide6.QtWidgets import QApplication

    from cmq_desktop import APP_ID

    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} >= {16, 32, 48, 256}
    assert QApplication.desktopFileName() == APP_ID


def test_buttons_drive_the_newly_opened_deck(qtbot, app_window, tmp_path: Path) -> None:
    deck_dir = tmp_path / "autre"
    deck_dir.mkdir()
    (deck_dir / "presentation.md").write_text(
        "# Autre présentation\n\n::: notes\nN.\n:::\n\n---\n\n# Deuxième\n\n::: notes\nN.\n:::\n",
        encoding="utf-8",
    )
    assert app_window.open_deck(deck_dir) is True
    window = app_window.window
    qtbot.mouseClick(window.start_view.start_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.slide_view
    assert window.slide_view.slide.title_text == "Autre présentation"
    assert window.start_view.quiz_buttons == []  # that deck has no quiz
