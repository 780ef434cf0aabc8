"""The staff's side of the stand: first-start PIN, the keypad and its delay, the panel's
chart, settings, export, confirmed reset and quit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from cmq_desktop.content.model import Deck
from cmq_desktop.stand.pin import load_pin
from cmq_desktop.stand.settings import load_settings
from cmq_desktop.ui.stand.pin_keypad import ERASE, VALIDATE
from cmq_desktop.ui.stand.shell import StandShell
from cmq_desktop.ui.stand.staff_panel import RESET_CONFIRM
from tests.ui.kiosk_helpers import Clock, make_shell, tap, touch_device  # noqa: F401

NO = Qt.KeyboardModifier.NoModifier
STAFF = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def stand(qtbot, default_deck: Deck, tmp_path: Path) -> Iterator[tuple[StandShell, Clock]]:
    yield from make_shell(qtbot, default_deck, tmp_path)


def _enter(shell: StandShell, digits: str) -> None:
    for digit in digits:
        shell.keypad.keys[digit].click()
    shell.keypad.keys[VALIDATE].click()


def _score(shell: StandShell) -> int:
    return shell.store.summary().score_distribution[0].score


def _play_one(shell: StandShell, qtbot) -> None:
    qtbot.keyClick(shell.window, Qt.Key.Key_Space, NO)
    for _ in range(3):
        qtbot.keyClick(shell.window, Qt.Key.Key_1, NO)
        qtbot.keyClick(shell.window, Qt.Key.Key_Space, NO)


def test_wrong_pin_waits_then_the_right_one_opens_the_panel(stand, qtbot) -> None:
    shell, clock = stand
    _play_one(shell, qtbot)
    qtbot.keyClick(shell.window, Qt.Key.Key_S, STAFF)
    assert shell.window.stack.currentWidget() is shell.keypad
    _enter(shell, "1111")
    assert shell.keypad.message.text() == "Code incorrect."
    _enter(shell, "1112")
    _enter(shell, "1113")  # the third wrong PIN in a row: a delay
    assert shell.keypad.locked
    assert shell.keypad.message.text().startswith("Code incorrect")
    assert "réessayez dans 5\u00a0s." in shell.keypad.message.text()
    _enter(shell, "2468")  # refused while locked, even the right PIN
    assert shell.window.stack.currentWidget() is shell.keypad
    clock.now += 3
    shell.timer.timeout.emit()
    assert "réessayez dans 2\u00a0s." in shell.keypad.message.text()
    clock.now += 2
    shell.timer.timeout.emit()
    assert not shell.keypad.locked
    # Digits typed on a keyboard count too.
    for key in (Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_6, Qt.Key.Key_8, Qt.Key.Key_Return):
        qtbot.keyClick(shell.window, key, NO)
    assert shell.window.stack.currentWidget() is shell.panel
    assert "1 a commencé, 1 a terminé" in shell.panel.summary.text()
    assert [(b.label, b.text) for b in shell.panel.chart.scores] == [(f"{_score(shell)}/3", "1")]


def test_cancel_and_the_corner_press(stand, touch_device, qtbot) -> None:  # noqa: F811
    shell, _ = stand
    qtbot.keyClick(shell.window, Qt.Key.Key_S, STAFF)
    shell.keypad.cancel_button.click()
    assert shell.window.stack.currentWidget() is shell.attract
    shell.window._corner_timer.setInterval(30)  # 3 s in the product
    with qtbot.waitSignal(shell.window.corner_held, timeout=2000):
        qtbot.mousePress(shell.attract, Qt.MouseButton.LeftButton, NO, QPoint(5, 5))
    assert shell.window.stack.currentWidget() is shell.keypad
    qtbot.mouseRelease(shell.attract, Qt.MouseButton.LeftButton, NO, QPoint(5, 5))


def test_settings_reset_export_and_quit(stand, qtbot, tmp_path, monkeypatch) -> None:
    shell, _ = stand
    monkeypatch.setenv("CMQ_DESKTOP_NO_DIALOGS", "1")
    monkeypatch.setenv("CMQ_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    _play_one(shell, qtbot)
    shell.open_staff_access()
    _enter(shell, "2468")
    panel = shell.panel
    panel.question_count.setValue(2)
    panel.save_button.click()
    assert load_settings(tmp_path / "settings.json")[0].questions_per_visitor == 2
    panel.web_address.setText("pas une adresse")
    panel.save_button.click()
    assert "n’est pas une adresse web" in panel.status.text()
    assert load_settings(tmp_path / "settings.json")[0].campus_url == "https://example.org/cmq"
    panel.export_button.click()
    exported = list((tmp_path / "data" / "stand").glob("statistiques-stand-*.csv"))
    assert len(exported) == 1 and exported[0].read_bytes().startswith(b"\xef\xbb\xbf")
    # Each question's statement fills the "Énoncé" column, as ``stand-stats --csv`` does.
    rows = [line.split(";") for line in exported[0].read_text("utf-8-sig").splitlines()]
    header = next(row for row in rows if "Énoncé" in row)
    column = header.index("Énoncé")
    question_rows = [row for row in rows[rows.index(header) + 1 :] if len(row) == len(header)]
    statements = {q.id: q.statement for s in shell.deck.quiz_sets for q in s.questions}
    assert question_rows and all(
        row[column] == statements[row[column - 1]] for row in question_rows
    ), question_rows
    panel.reset_button.click()
    assert panel.reset_button.text() == RESET_CONFIRM
    assert shell.store.summary().started == 1  # one press asks, it does not erase
    panel.reset_button.click()
    assert shell.store.summary().started == 0
    panel.back_button.click()
    assert shell.window.stack.currentWidget() is shell.attract
    _play_one(shell, qtbot)
    assert shell.kiosk.state.screen.total == 2  # type: ignore[attr-defined]
    shell.open_staff_access()
    _enter(shell, "2468")
    with qtbot.waitSignal(shell.quit_requested):
        panel.quit_button.click()
    assert not shell.window.isVisible()


def test_first_start_asks_for_the_pin_twice(qtbot, default_deck, tmp_path, touch_device) -> None:  # noqa: F811
    for shell, _ in make_shell(qtbot, default_deck, tmp_path, pin=None):
        assert shell.window.stack.currentWidget() is shell.keypad
        assert not shell.keypad.cancel_button.isVisible()
        qtbot.keyClick(shell.window, Qt.Key.Key_Escape, NO)  # no way around it
        assert shell.window.stack.currentWidget() is shell.keypad
        _enter(shell, "12")
        assert "de 4 à 8 chiffres" in shell.keypad.message.text()
        _enter(shell, "1234")
        assert "trop facile" in shell.keypad.message.text()
        shell.keypad.keys["1"].click()  # the next key clears the red message
        assert shell.keypad.message.text() == ""
        shell.keypad.keys[ERASE].click()
        _enter(shell, "13579")
        _enter(shell, "13570")
        assert "pas identiques" in shell.keypad.message.text()
        _enter(shell, "13579")
        # Seen on the offscreen platform: the very first touch of a window that starts on
        # the keypad presses a button without clicking it; a tap on the title first.
        tap(shell.keypad.title)
        tap(shell.keypad.keys["1"])  # touch works on the keypad too
        for digit in "3579":
            tap(shell.keypad.keys[digit])
        assert shell.keypad.digits == "13579", shell.keypad.message.text()
        tap(shell.keypad.keys[VALIDATE])
        assert shell.window.stack.currentWidget() is shell.attract
        assert load_pin(tmp_path / "pin.json").pin is not None
        shell.open_staff_access()
        _enter(shell, "13579")
        assert shell.window.stack.currentWidget() is shell.panel


@pytest.mark.parametrize("size", [(1080, 1920), (1366, 768), (1024, 768)])
def test_every_screen_fits_the_screen(qtbot, default_deck, tmp_path, size) -> None:
    """A portrait touch screen too: no screen asks for more room than the window has."""
    for shell, _ in make_shell(qtbot, default_deck, tmp_path, size=size):
        views = (shell.attract, shell.question, shell.score, shell.keypad, shell.panel)
        _play_one(shell, qtbot)
        shell.open_staff_access()
        _enter(shell, "2468")
        for view in views:
            hint = view.minimumSizeHint()
            assert hint.width() <= size[0] and hint.height() <= size[1], (view, hint)
        assert (shell.window.width(), shell.window.height()) == size


def test_choosing_stand_on_the_start_screen_starts_the_kiosk(
    qtbot, app_window, tmp_path, monkeypatch
) -> None:
    from cmq_desktop.ui import app as app_module
    from cmq_desktop.ui.mode_memory import last_mode
    from cmq_desktop.ui.stand import stand_app

    monkeypatch.setenv("CMQ_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    before = last_mode()
    app_module._switch_mode(app_window, "stand")
    shell = stand_app._shells.pop()
    try:
        shell.window.locked = False
        qtbot.waitExposed(shell.window)
        assert not app_window.window.isVisible()
        # A first start: staff choose the PIN before any visitor plays.
        assert shell.window.stack.currentWidget() is shell.keypad
        assert last_mode() == before  # a kiosk is started on purpose, never by default
    finally:
        shell.timer.stop()
        shell.store.close()
        shell.window.allow_close = True
        shell.window.close()


def test_settings_file_to_kiosk_and_the_test_timeout(monkeypatch) -> None:
    from cmq_desktop.stand.settings import StandSettings
    from cmq_desktop.ui.stand.backends import ENV_IDLE_SECONDS, kiosk_settings

    settings = StandSettings(attract_interval_s=5, idle_timeout_s=90, questions_per_visitor=4)
    kiosk = kiosk_settings(settings)
    assert (kiosk.slide_seconds, kiosk.idle_seconds, kiosk.question_count) == (5, 90, 4)
    assert kiosk.quiz_set_id is None  # "": the deck's first playable set
    monkeypatch.setenv(ENV_IDLE_SECONDS, "4")
    assert kiosk_settings(settings).idle_seconds == 4
    monkeypatch.setenv(ENV_IDLE_SECONDS, "quatre")
    assert kiosk_settings(settings).idle_seconds == 90


def test_the_log_names_each_screen_through_the_lesson_model(stand, qtbot, caplog) -> None:
    shell, clock = stand
    caplog.set_level("INFO", logger="cmq_desktop")
    for _ in range(3):  # the loop goes by: named once, not once per slide
        clock.now += shell.kiosk.settings.slide_seconds
        shell.timer.timeout.emit()
    assert shell.kiosk.lesson.navigator.index == 3 % len(shell.deck.slides)
    staff = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(shell.window, Qt.Key.Key_S, staff)
    _enter(shell, "2468")
    shell.panel.back_requested.emit()
    records = [r for r in caplog.records if r.getMessage().startswith("screen ")]
    assert [r.getMessage() for r in records] == [
        "screen STAND_PIN",
        "screen STAND_STAFF",
        "screen STAND_ATTRACT",
    ]
    assert {r.name for r in records} == {"cmq_desktop.ui.controller"}  # LessonModel's log


def test_the_chart_names_questions_by_their_statement_shortened(stand, qtbot) -> None:
    shell, _ = stand
    _play_one(shell, qtbot)
    qtbot.keyClick(shell.window, Qt.Key.Key_S, STAFF)
    _enter(shell, "2468")
    chart = shell.panel.chart
    statements = {q.statement for s in shell.deck.quiz_sets for q in s.questions}
    labels = [bar.label for bar in chart.questions]
    assert len(labels) == 3 and set(labels) <= statements  # statements, not ids
    assert labels[0] in chart.accessibleDescription()
    from tests.ui.ocr import ocr_available, read_widget, words

    if ocr_available():
        chart.resize(1400, 420)
        read = read_widget(chart)
        # Each statement's first words are painted, the rest shortened with "…" if long.
        for label in labels:
            # The statement's first long words (OCR reads "CMQ" as "CM" now and then).
            first = [w for w in words(label).split()[:8] if len(w) >= 4 and w != "cmqs"][:1]
            assert first and all(w in read.split() for w in first), (first, read)


def test_the_panel_buttons_words_fit_on_a_1024_screen(qtbot, default_deck, tmp_path) -> None:
    from tests.ui.kiosk_helpers import make_shell

    for shell, _ in make_shell(qtbot, default_deck, tmp_path, size=(1024, 768)):
        qtbot.keyClick(shell.window, Qt.Key.Key_S, STAFF)
        _enter(shell, "2468")
        assert shell.window.stack.currentWidget() is shell.panel
        for button in shell.panel.buttons:
            # The whole label shows: the six buttons go on two rows rather than cut words.
            assert button.width() >= button.sizeHint().width(), button.text()


def test_on_a_portrait_screen_the_two_charts_stack_full_width(stand, qtbot) -> None:
    """1080x1920: side by side, each chart had half a narrow screen and tiny text; stacked,
    the questions' chart sits under the scores' and its figures read at full width."""
    from PySide6.QtGui import QColor

    from cmq_desktop.ui import theme
    from tests.ui.ocr import ocr_available, read_widget, words

    shell, _ = stand
    _play_one(shell, qtbot)
    from cmq_desktop.ui.stand.stats_chart import StatsChart

    chart = StatsChart()
    qtbot.addWidget(chart)
    chart.set_summary(shell.store.summary())
    chart.resize(1000, 1100)
    image = chart.grab().toImage()
    track = QColor(theme.TEAL_LIGHT)

    def is_track(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return abs(c.red() - track.red()) + abs(c.green() - track.green()) < 12 and abs(
            c.blue() - track.blue()
        ) < 6

    rows = [
        y
        for y in range(image.height())
        if sum(is_track(x, y) for x in range(0, image.width(), 8)) > image.width() // 8 // 3
    ]
    # The questions' tracks, a third of the width or more, lie under the scores' chart.
    assert rows and min(rows) > image.height() // 2, rows[:3]
    if ocr_available():
        lower = chart.grab(chart.rect().adjusted(0, chart.height() // 2, 0, 0))
        from PySide6.QtWidgets import QLabel

        label = QLabel()
        label.setPixmap(lower)
        label.resize(lower.size())
        read = read_widget(label)
        assert "bonnes reponses par question" in read, read
        # Questions' names read at full width (OCR takes the slashed 0 for a 9).
        assert any(words(bar.label).split()[0] in read for bar in chart.questions), read


def test_export_asks_where_and_opens_there_next_time(stand, qtbot, tmp_path, monkeypatch) -> None:
    """Staff take the CSV away on a USB stick: a save dialog, then the panel says where;
    the next export opens in the same folder (the first, in Documents or home)."""
    from PySide6.QtWidgets import QFileDialog

    from cmq_desktop.ui.stand.export import default_folder

    monkeypatch.delenv("CMQ_DESKTOP_NO_DIALOGS", raising=False)
    monkeypatch.setenv("CMQ_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    shell, _ = stand
    _play_one(shell, qtbot)
    shell.open_staff_access()
    _enter(shell, "2468")
    first = default_folder()
    assert first != tmp_path / "data" / "stand"  # never the data folder by default
    shell.panel.export_button.click()
    dialog = shell.export_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert Path(dialog.directory().absolutePath()) == first
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.selectFile(str(usb / "forum.csv"))
    dialog.accept()
    assert (usb / "forum.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert shell.panel.status.text() == f"Statistiques exportées dans {usb / 'forum.csv'}"
    shell.panel.export_button.click()
    again = shell.export_dialog
    assert again is not None and Path(again.directory().absolutePath()) == usb
    again.reject()
    assert shell.panel.status.text() == "Export annulé."
