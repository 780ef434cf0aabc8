"""Classe on one screen (the test platform's): the real windows driven by keys and clicks,
checked on what they show. Two screens: ``test_classe_screens.py``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from cmq_desktop.quiz.class_screens import AnswerEntry, ClassQuestionScreen
from cmq_desktop.quiz.screens import Stage
from cmq_desktop.ui import theme
from cmq_desktop.ui.app import create_application
from cmq_desktop.ui.classe.settings_dialog import SettingsDialog
from cmq_desktop.ui.classe.shell import ClasseShell
from tests.ui.helpers import close_to

K = Qt.Key


def keys(qtbot, widget, *names: K) -> None:
    for key in names:
        qtbot.keyClick(widget, key)


def to_first_question(qtbot, shell: ClasseShell) -> None:
    keys(qtbot, shell.audience, K.Key_PageDown, K.Key_End, K.Key_PageDown)
    assert isinstance(shell.model.state.screen, ClassQuestionScreen)


def green_pixels(image: QImage) -> int:
    count = 0
    for x in range(0, image.width(), 6):
        for y in range(0, image.height(), 6):
            if close_to(QColor(image.pixel(x, y)), theme.RIGHT, 20):
                count += 1
    return count


def test_one_screen_shows_the_audience_fullscreen_and_hides_the_console(shell) -> None:
    assert shell.placement is not None and shell.placement.single_screen
    assert shell.audience.isFullScreen()
    assert not shell.console.isVisible()


def test_the_class_never_sees_the_answer_before_the_reveal(qtbot, shell) -> None:
    to_first_question(qtbot, shell)
    question = shell.model.state.screen.question
    keys(qtbot, shell.audience, K.Key_7, K.Key_V, K.Key_3, K.Key_F)
    for stage in (Stage.SHOWN, Stage.LOCKED):
        assert shell.model.state.screen.stage is stage
        text = shell.audience.accessibleDescription()
        assert question.explanation not in text and "bonne réponse" not in text
        assert green_pixels(shell.audience.grab().toImage()) == 0
        keys(qtbot, shell.audience, K.Key_PageDown)
    assert shell.model.state.screen.stage is Stage.REVEALED
    assert question.explanation in shell.audience.accessibleDescription()
    assert green_pixels(shell.audience.grab().toImage()) > 50
    assert shell.model.state.screen.hands == (7, 3)


def test_keys_work_from_the_console_too_and_the_console_has_the_key(qtbot, shell) -> None:
    keys(qtbot, shell.console, K.Key_PageDown, K.Key_PageDown)
    assert shell.model.state.screen.log_line.startswith("SLIDE 2/")
    keys(qtbot, shell.console, K.Key_End, K.Key_PageDown)
    question = shell.model.state.screen.question
    console_text = shell.console.notes.toPlainText()
    # (toPlainText() gives the no-break spaces back as plain spaces)
    assert f"Réponse attendue : « {question.answer} »" in console_text
    assert "attendue\u00a0:" in shell.console.notes.toHtml()
    assert question.explanation in console_text


def test_blackout_then_back_with_b_and_the_console_says_so(qtbot, shell) -> None:
    keys(qtbot, shell.audience, K.Key_PageDown, K.Key_B)
    image = shell.audience.grab().toImage()
    assert {
        image.pixel(x, y) for x in range(0, image.width(), 50) for y in (5, image.height() // 2)
    } == {QColor("#000000").rgb()}
    assert shell.console.blackout_label.text() == "ÉCRAN NOIR"
    keys(qtbot, shell.audience, K.Key_Period)
    assert shell.model.state.blackout.value == "off"


def test_overview_jumps_with_arrows_and_enter(qtbot, shell) -> None:
    keys(qtbot, shell.audience, K.Key_PageDown, K.Key_G)
    assert shell.overview.isVisible()
    keys(qtbot, shell.audience, K.Key_Right, K.Key_Right, K.Key_Return)
    assert shell.model.state.screen.log_line.startswith("SLIDE 3/")
    assert not shell.overview.isVisible()


def test_f5_from_a_clicker_never_wipes_a_class_round(qtbot, shell) -> None:
    to_first_question(qtbot, shell)
    keys(qtbot, shell.audience, K.Key_2, K.Key_V)
    qtbot.keyClick(shell.audience, K.Key_F5)
    qtbot.keyClick(shell.audience, K.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert shell.model.state.screen.log_line.endswith("shown")
    assert shell.model.state.screen.hands == (2, 0)


def test_digits_then_enter_jump_to_that_slide(qtbot, shell) -> None:
    keys(qtbot, shell.audience, K.Key_PageDown, K.Key_1, K.Key_0)
    assert shell.console.buffer_label.text() == "→ 10"
    keys(qtbot, shell.audience, K.Key_Return)
    assert shell.model.state.screen.log_line.startswith("SLIDE 10/")


def test_escape_closes_overlays_then_leaves_fullscreen_and_never_quits(qtbot, shell) -> None:
    keys(qtbot, shell.audience, K.Key_PageDown, K.Key_B, K.Key_Escape)
    assert shell.model.state.blackout.value == "off"
    keys(qtbot, shell.audience, K.Key_N)
    assert shell.notes_overlay.isVisible()
    keys(qtbot, shell.audience, K.Key_Escape)
    assert not shell.notes_overlay.isVisible()
    keys(qtbot, shell.audience, K.Key_Escape, K.Key_Escape)
    assert not shell.audience.isFullScreen()
    assert shell.audience.isVisible()
    shell.audience.close()  # the window manager's close button: a question first
    assert shell.audience.isVisible()
    assert shell.quit_box is not None and shell.quit_box.isVisible()
    shell.quit_box.reject()


def test_hands_entered_with_the_console_buttons(qtbot, shell) -> None:
    to_first_question(qtbot, shell)
    shell.console.show()  # one screen: the console is hidden, its buttons still work
    plus = [b for b in shell.console.tally.findChildren(QPushButton) if b.text() == "+5"]
    qtbot.mouseClick(plus[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(plus[1], Qt.MouseButton.LeftButton)
    assert shell.model.state.screen.hands == (0, 10)
    assert shell.console.tally.count_labels[1].text() == "10"


@pytest.mark.parametrize("shell", [AnswerEntry.TEAMS], indirect=True)
def test_a_whole_team_round_to_the_results_and_the_csv(qtbot, shell, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CMQ_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    to_first_question(qtbot, shell)
    seen = []
    shell.model.state_changed.connect(lambda state: seen.append(state.screen.log_line))
    for _ in range(40):
        screen = shell.model.state.screen
        if isinstance(screen, ClassQuestionScreen) and screen.stage is Stage.LOCKED:
            keys(qtbot, shell.audience, K.Key_1, K.Key_V, K.Key_2, K.Key_F)
        keys(qtbot, shell.audience, K.Key_PageDown)
    assert seen[-1] == "CLASS_RESULTS"
    assert "SCOREBOARD 1/6" in seen and any(line.startswith("PODIUM") for line in seen)
    keys(qtbot, shell.audience, K.Key_E)
    assert shell.last_export is not None
    data = shell.last_export.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "Rang;Équipe;Points" in text
    title = text.split("\r\n", 1)[0]
    assert title.startswith(f"Résultats de la classe\u00a0: {shell.model.lesson.deck.title} – ")
    assert "réponses par équipes" in title


def test_text_scale_keys_persist_in_the_settings(qtbot, shell, tmp_path) -> None:
    keys(qtbot, shell.audience, K.Key_Plus)
    assert shell.audience.painter.text_scale == 1.1
    from cmq_desktop.ui.classe.settings_store import load_settings

    assert load_settings(tmp_path / "r.ini").text_scale == 1.1


def test_a_broken_settings_file_gives_defaults_and_a_message(qtbot, default_deck, tmp_path) -> None:
    (tmp_path / "r.ini").write_text("[classe]\nentry=mimes\ncountdown=beaucoup\n", encoding="utf-8")
    create_application()
    shell = ClasseShell(default_deck, settings_file=tmp_path / "r.ini")
    try:
        assert shell.settings.entry is AnswerEntry.HANDS and shell.settings.countdown == 0
        assert "invalide" in shell.console.message_label.text()
    finally:
        shell.quit()


@pytest.mark.parametrize("size", [QSize(1024, 768), QSize(3840, 2160)], ids=str)
def test_question_text_reaches_the_pixels_at_projector_sizes(qtbot, shell, size) -> None:
    to_first_question(qtbot, shell)
    shell.audience.showNormal()
    shell.audience.resize(size)
    image = shell.audience.grab().toImage()
    # The statement in navy on its white card.
    navy = 0
    for x in range(0, image.width(), 4):
        for y in range(image.height() // 8, image.height() // 2, 4):
            navy += close_to(QColor(image.pixel(x, y)), theme.NAVY, 40)
    assert navy > 100


def test_choosing_classe_on_the_start_screen_opens_the_class_windows(
    qtbot, app_window, tmp_path, monkeypatch
) -> None:
    from cmq_desktop.ui import app as app_module
    from cmq_desktop.ui.classe import run

    monkeypatch.setenv("CMQ_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    app_module._switch_mode(app_window, "classe")
    shell = run._shells.pop()
    try:
        qtbot.waitExposed(shell.audience)
        assert not app_window.window.isVisible()
        assert shell.model.state.screen.log_line == "START"
        from cmq_desktop.ui.mode_memory import last_mode

        assert last_mode() == "classe"  # the default of the next start
    finally:
        shell.quit()


def test_settings_dialog_switches_to_teams_for_the_next_quiz(qtbot, shell, tmp_path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    shell.console.show()
    button = next(b for b in shell.console.findChildren(QPushButton) if b.text() == "Réglages…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = shell.settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.entries.button(2).setChecked(True)
    dialog.teams.setPlainText("Les Lynx")  # one team only: refused, in French
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "de 2 à 6" in dialog.error.text()
    dialog.teams.setPlainText("Les Lynx\nLes Aigles\n")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    from cmq_desktop.ui.classe.settings_store import load_settings

    saved = load_settings(tmp_path / "r.ini")
    assert saved.entry is AnswerEntry.TEAMS and saved.team_names == ("Les Lynx", "Les Aigles")
    to_first_question(qtbot, shell)
    assert [t.name for t in shell.model.state.screen.teams] == ["Les Lynx", "Les Aigles"]


def test_the_countdown_locks_the_answers_when_it_ends(qtbot, shell) -> None:
    from dataclasses import replace

    shell.apply_settings(replace(shell.settings, countdown=1))
    to_first_question(qtbot, shell)
    assert shell.audience.countdown_left() == 1
    qtbot.waitUntil(lambda: shell.model.state.screen.stage is Stage.LOCKED, timeout=5000)
    assert shell.audience.countdown_left() is None


def test_a_4_3_projector_shows_slides_on_its_whole_area(qtbot, shell) -> None:
    keys(qtbot, shell.audience, K.Key_PageDown, K.Key_PageDown)  # a content slide
    shell.audience.showNormal()
    shell.audience.resize(1024, 768)
    image = shell.audience.grab().toImage()
    black = QColor("#000000")
    # No letterbox bars above and below (a 16:9 slide would leave 96 px black at each).
    for y in (3, 90, 680, 764):
        assert not close_to(QColor(image.pixel(512, y)), black), y


def test_the_console_starts_either_quiz_and_goes_back_to_entrainement(
    qtbot, shell, default_deck, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("CMQ_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    shell.console.show()
    sets = [s for s in default_deck.quiz_sets if s.questions]
    assert [b.text() for b in shell.console.quiz_buttons] == [
        f"Quiz\u00a0: {s.title}" for s in sets
    ]
    assert all(b.isVisible() for b in shell.console.quiz_buttons) == (len(sets) > 1)
    qtbot.mouseClick(shell.console.quiz_buttons[-1], Qt.MouseButton.LeftButton)
    screen = shell.model.state.screen
    assert isinstance(screen, ClassQuestionScreen) and screen.set_title == sets[-1].title
    keys(qtbot, shell.audience, K.Key_A)  # nothing: A means "home" on the results only
    assert shell.model.state.screen == screen
    from cmq_desktop.ui import shells
    from cmq_desktop.ui.mode_memory import last_mode

    before = len(shells._running)
    shell.switch_to_training()
    training = shells._running[before:]
    try:
        assert len(training) == 1 and training[0].window.isVisible()
        assert last_mode() == "entrainement"
        assert not shell.audience.isVisible()
    finally:
        for application in training:
            application.window.close()
            shells._running.remove(application)


def test_asking_again_and_again_keeps_one_quit_box_and_one_settings_dialog(qtbot, shell) -> None:
    # A whole day of lessons: each question or dialog must not leave a window behind.
    for _ in range(3):
        shell.audience.close()
        assert shell.quit_box is not None and shell.quit_box.isVisible()
        shell.quit_box.reject()
        shell.open_settings()
        assert shell.settings_dialog is not None and shell.settings_dialog.isVisible()
        shell.settings_dialog.reject()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(shell.audience.findChildren(QMessageBox)) == 1
    assert len(shell.audience.findChildren(SettingsDialog)) == 1


def test_a_resized_audience_leaves_its_dialogs_their_size(qtbot, shell) -> None:
    # One screen: the settings dialog is the audience's child, not one of its overlays.
    shell.open_settings()
    dialog = shell.settings_dialog
    assert dialog is not None and dialog.isVisible()
    before = dialog.geometry()
    shell.audience.showNormal()
    shell.audience.resize(700, 500)
    qtbot.waitUntil(lambda: shell.audience.size() == QSize(700, 500))
    assert dialog.geometry() == before
    dialog.reject()


def test_help_closes_with_its_own_keys_and_lets_the_others_through(qtbot, shell) -> None:
    helper = shell.help_overlays[shell.teacher_window]
    keys(qtbot, shell.audience, K.Key_H)
    assert helper.isVisible()
    keys(qtbot, shell.audience, K.Key_Escape)  # closes the help, not the fullscreen
    assert not helper.isVisible() and shell.audience.isFullScreen()
    keys(qtbot, shell.audience, K.Key_F1, K.Key_F1)  # opens, then closes: no reopening
    assert not helper.isVisible()
    keys(qtbot, shell.audience, K.Key_Question, K.Key_PageDown)  # closes it and goes on
    assert not helper.isVisible()
    assert shell.model.state.screen.log_line.startswith("SLIDE 1/")


def test_one_screen_notes_overlay_is_the_teachers_console(qtbot, shell) -> None:
    """No console with one screen: N shows where the lesson is, the answer key, the class's
    answers entered so far and the number being typed, and never to the class before N."""
    to_first_question(qtbot, shell)
    question = shell.model.state.screen.question
    keys(qtbot, shell.audience, K.Key_N)
    assert shell.notes_overlay.isVisible()
    html = shell.notes_overlay.html
    assert "Question 1 / 6 · affichée" in html and f"«\u00a0{question.answer}\u00a0»" in html
    assert "Mains levées\u00a0: pas encore saisies" in html
    keys(qtbot, shell.audience, K.Key_1, K.Key_5)
    assert "Tapé\u00a0: 15" in shell.notes_overlay.html
    keys(qtbot, shell.audience, K.Key_V, K.Key_9, K.Key_F, K.Key_PageDown)
    html = shell.notes_overlay.html
    assert "Tapé" not in html and "Question 1 / 6 · bloquée" in html
    assert f"Mains levées\u00a0: {question.labels[0]} 15, {question.labels[1]} 9" in html
    # Its words reach the pixels, over the lower part of the class's picture.
    overlay = shell.notes_overlay.grab().toImage()
    assert overlay.height() > 0 and ink_rows(overlay) > overlay.height() // 4
    keys(qtbot, shell.audience, K.Key_N)
    assert not shell.notes_overlay.isVisible()


def ink_rows(image: QImage) -> int:
    """Rows of the overlay where light text is drawn on its dark shade."""
    rows = 0
    for y in range(image.height()):
        if any(QColor(image.pixel(x, y)).lightness() > 200 for x in range(0, image.width(), 3)):
            rows += 1
    return rows


def test_escape_leaves_a_fullscreen_the_size_of_the_screen_and_f11_comes_back(qtbot, shell) -> None:
    """Put fullscreen at start, the window's normal geometry was the screen itself: Esc
    changed nothing to see. It now comes back smaller, centred; F11 goes fullscreen again."""
    window = shell.audience
    screen = window.screen().availableGeometry()
    window.setGeometry(window.screen().geometry())  # as the shell's placement does
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen)
    keys(qtbot, window, K.Key_Escape)
    assert not window.isFullScreen()
    assert window.width() < screen.width() and window.height() < screen.height()
    assert screen.contains(window.geometry())
    keys(qtbot, window, K.Key_F11)
    assert window.isFullScreen()
    assert window.windowHandle().geometry() == window.screen().geometry()


def test_hands_corrected_after_the_reveal_update_the_class_bar(qtbot, shell) -> None:
    """A teacher may correct a count after the reveal (a late hand, a typo): the score and
    the bar the class sees both follow (docs/classe.md says so)."""
    from cmq_desktop.ui.classe.class_canvas import ANSWER_COLORS

    def first_answer_pixels() -> int:
        """The longest run of the first answer's colour on a row: its part of the bar."""
        image = shell.audience.grab().toImage()
        return max(
            sum(
                close_to(QColor(image.pixel(x, y)), ANSWER_COLORS[0], 12)
                for x in range(image.width())
            )
            for y in range(0, image.height(), 2)
        )

    to_first_question(qtbot, shell)
    keys(qtbot, shell.audience, K.Key_3, K.Key_V, K.Key_3, K.Key_F)
    keys(qtbot, shell.audience, K.Key_PageDown, K.Key_PageDown)
    assert shell.model.state.screen.stage is Stage.REVEALED
    before = first_answer_pixels()
    keys(qtbot, shell.audience, K.Key_9, K.Key_V)
    assert shell.model.state.screen.stage is Stage.REVEALED
    assert shell.model.state.screen.hands == (9, 3)
    assert first_answer_pixels() > before * 1.2  # 3 of 6 -> 9 of 12: a longer first part
