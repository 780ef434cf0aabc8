"""The presenter console's own tools, clicked and keyed as a teacher would: the elapsed
time (starts with the lesson, T or its button pauses it, "Remettre à zéro" resets it) and
the notes' size (A- / A+, kept in the settings)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from cmq_desktop.ui.classe.settings_store import load_settings
from cmq_desktop.ui.classe.shell import ClasseShell
from tests.ui.test_classe import keys

K = Qt.Key


def _button(shell: ClasseShell, text: str) -> QPushButton:
    found = [b for b in shell.console.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, text
    return found[0]


def test_elapsed_time_starts_with_the_lesson_pauses_and_resets(qtbot, shell) -> None:
    console = shell.console
    assert not console.timer.running and console.timer_label.text() == "00:00"
    keys(qtbot, shell.audience, K.Key_PageDown)  # the first slide: the lesson began
    assert console.timer.running and console.timer_button.text() == "Pause"
    keys(qtbot, shell.audience, K.Key_T)  # T, from the projector's window too
    assert not console.timer.running and console.timer_button.text() == "Démarrer"
    paused = console.timer.elapsed_ms()
    keys(qtbot, shell.audience, K.Key_PageDown)  # a paused clock stays paused
    assert not console.timer.running and console.timer.elapsed_ms() == paused
    qtbot.mouseClick(_button(shell, "Remettre à zéro"), Qt.MouseButton.LeftButton)
    assert console.timer.elapsed_ms() == 0 and console.timer_label.text() == "00:00"
    qtbot.mouseClick(console.timer_button, Qt.MouseButton.LeftButton)
    assert console.timer.running and console.timer_button.text() == "Pause"


def test_notes_size_buttons_change_the_notes_and_are_remembered(qtbot, shell, tmp_path) -> None:
    keys(qtbot, shell.audience, K.Key_PageDown)
    notes = shell.console.notes
    before = notes.font().pixelSize()
    for _ in range(3):
        qtbot.mouseClick(_button(shell, "Notes A+"), Qt.MouseButton.LeftButton)
    assert notes.font().pixelSize() > before
    assert shell.console.notes_size == 26
    assert load_settings(tmp_path / "r.ini").notes_size == 26
    qtbot.mouseClick(_button(shell, "Notes A\u2212"), Qt.MouseButton.LeftButton)
    assert load_settings(tmp_path / "r.ini").notes_size == 24
