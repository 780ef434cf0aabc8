"""The "Affichage" settings: themes, text size, persisted; the keyboard focus ring."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from cmq_desktop.modes.display import CONTRASTE, DisplaySettings, Motion, ThemeChoice
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.ui import display, theme
from cmq_desktop.ui.buttons import CanvasButton
from cmq_desktop.ui.display_dialog import DisplayDialog
from cmq_desktop.ui.question_painter import QuestionPicture
from tests.ui.helpers import close_to


@pytest.fixture(autouse=True)
def _designed_look_after() -> Iterator[None]:
    yield
    display.apply(DisplaySettings())  # the next tests see the default theme at 100 %
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, DisplayDialog):
            widget.close()  # window-modal: it would stay the active modal widget
            widget.deleteLater()
    QApplication.processEvents()


def _dialog(app_window) -> DisplayDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, DisplayDialog)]
    visible = [d for d in dialogs if d.isVisible()]
    assert len(visible) == 1
    return visible[0]


def test_f2_opens_affichage_and_a_high_contrast_choice_applies_and_persists(
    qtbot, app_window
) -> None:
    window = app_window.window
    qtbot.keyClick(window, Qt.Key.Key_F2)
    dialog = _dialog(app_window)
    assert dialog.windowTitle() == "Affichage"
    labels = [b.text() for b in dialog.themes.buttons()]
    assert labels == ["Automatique (selon le système)", "Clair", "Sombre", "Contraste élevé"]
    dialog.themes.buttons()[3].click()
    dialog.text_size.setCurrentIndex(dialog.text_size.findText("150\u00a0%"))
    dialog.accept_values()
    assert not dialog.isVisible()
    # The start screen is drawn in the new theme: its cover turned black.
    image = window.start_view.grab().toImage()
    cover = QColor(image.pixel(QPoint(20, image.height() // 3)))
    assert close_to(cover, QColor(CONTRASTE["COVER"]))
    assert theme.NAVY.name() == CONTRASTE["NAVY"]
    stored = display.load()
    assert stored.theme is ThemeChoice.CONTRASTE
    assert stored.text_scale == 1.5


def test_the_start_screen_button_opens_the_same_dialog(qtbot, app_window) -> None:
    start = app_window.window.start_view
    button = next(b for b in start.findChildren(CanvasButton) if b.text() == "Affichage (F2)")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _dialog(app_window).text_size.currentText() == "100\u00a0%"


def test_tab_shows_a_focus_ring_that_enter_follows(qtbot, app_window) -> None:
    window = app_window.window
    start = window.start_view.start_button
    before = start.grab().toImage()
    assert not any(close_to(QColor(before.pixel(x, 2)), theme.FOCUS) for x in range(before.width()))
    qtbot.keyClick(window, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert isinstance(focused, CanvasButton)
    if focused is not start:  # Tab order starts at the first button created
        start.setFocus(Qt.FocusReason.TabFocusReason)
    after = start.grab().toImage()
    ring = [x for x in range(after.width()) if close_to(QColor(after.pixel(x, 10)), theme.FOCUS)]
    assert len(ring) > after.width() // 2  # the ring runs along the top edge
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert app_window.model.state.screen.log_line.startswith("SLIDE 1/")


def test_text_size_200_percent_makes_the_quiz_bigger_without_cutting(qtbot, app_window) -> None:
    lesson = app_window.model
    lesson.dispatch(Action(Intent.START_QUIZ, lesson.lesson.deck.quiz_sets[0].id))
    screen = lesson.state.screen
    normal = QuestionPicture(screen)  # type: ignore[arg-type]
    display.apply(DisplaySettings(ThemeChoice.CLAIR, 2.0, Motion.AUTO))
    big = QuestionPicture(screen)  # type: ignore[arg-type]
    assert big.statement.size > normal.statement.size * 1.2
    # It grew as far as the box allows: never below the usual floor, so never cut.
    assert big.statement.fitted
    view = app_window.window.question_view
    assert view.answer_buttons[0].font().pixelSize() > 0


def test_reduced_motion_keeps_the_slide_arrows_and_holds_the_stand_loop(
    qtbot, app_window
) -> None:
    from cmq_desktop.modes.display import Motion
    from cmq_desktop.stand.settings import StandSettings
    from cmq_desktop.ui.stand.backends import kiosk_settings

    assert kiosk_settings(StandSettings()).loop_slides
    display.apply(DisplaySettings(ThemeChoice.CLAIR, 1.0, Motion.REDUCED))
    assert not kiosk_settings(StandSettings()).loop_slides
    window = app_window.window
    qtbot.keyClick(window, Qt.Key.Key_Space)
    view = window.slide_view
    for point in (QPoint(60, 60), QPoint(80, 70)):  # twice: the cursor may be at one
        qtbot.mouseMove(view, point)
    qtbot.waitUntil(view.next_button.isVisible)
    assert not view._hide_timer.isActive()  # nothing will make them vanish by itself


def test_console_at_200_percent_on_1024_keeps_every_button_whole(qtbot, default_deck) -> None:
    from PySide6.QtCore import QSize

    from cmq_desktop.modes.classe_settings import ClasseSettings
    from cmq_desktop.quiz.class_round import ClassRound
    from cmq_desktop.quiz.lesson import Lesson
    from cmq_desktop.ui.classe.audience_painter import AudiencePainter
    from cmq_desktop.ui.classe.console import ConsoleWindow
    from cmq_desktop.ui.slide_renderer import SlideRenderer

    display.apply(DisplaySettings(ThemeChoice.CLAIR, 2.0, Motion.AUTO))
    console = ConsoleWindow(AudiencePainter(SlideRenderer()), 18)
    qtbot.addWidget(console)
    console.resize(QSize(1024, 768))
    lesson = Lesson(default_deck, ClassRound.factory(ClasseSettings().round_settings()))
    console.show_state(lesson.state)
    console.show()
    qtbot.waitExposed(console)
    buttons = [b for b in (*console.bar_buttons, console.training_button) if b.isVisible()]
    assert console.training_button in buttons
    for button in buttons:
        assert button.font().pixelSize() >= 2 * display.APP_FONT_SIZE - 1, button.text()
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.x() >= 0 and button.geometry().right() < 1024, button.text()
    assert len({b.y() for b in buttons}) >= 3  # the bar reflowed on more rows


def test_f2_opens_affichage_in_classe_too(qtbot, default_deck, tmp_path) -> None:
    from cmq_desktop.quiz.class_screens import AnswerEntry
    from tests.ui.conftest import make_shell

    shell = make_shell(default_deck, tmp_path, AnswerEntry.HANDS)
    try:
        qtbot.waitExposed(shell.audience)
        qtbot.keyClick(shell.audience, Qt.Key.Key_F2)
        assert shell.display_dialog is not None and shell.display_dialog.isVisible()
        assert shell.display_dialog.windowTitle() == "Affichage"
    finally:
        shell.quit()
        QApplication.processEvents()
