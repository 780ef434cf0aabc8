"""Without a window manager the window takes the keyboard back when a dialog closes."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from cmq_desktop.modes.display import DisplaySettings
from cmq_desktop.ui import display


@pytest.fixture(autouse=True)
def _designed_look_after() -> Iterator[None]:
    yield
    display.apply(DisplaySettings())


def _focus_lost() -> None:
    """What X does without a window manager when a dialog goes: the focus on the root."""
    with warnings.catch_warnings():  # deprecated, but the one way to drop the activation
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(None)  # type: ignore[arg-type]
    assert QApplication.activeWindow() is None


def _arrow_moves_the_slide(qtbot, app_window) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    before = app_window.model.state.screen.log_line
    target = QApplication.focusWidget()
    assert target is not None and target.window() is app_window.window
    qtbot.keyClick(target, Qt.Key.Key_Right)
    assert app_window.model.state.screen.log_line != before


def _open(qtbot, app_window, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QDialog:
    qtbot.keyClick(app_window.window, key, modifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog)
    return dialog


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_after_a_dialog_closes_an_arrow_key_works_again(qtbot, app_window, key, modifier) -> None:
    window = app_window.window
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert app_window.model.state.screen.log_line.startswith("SLIDE 2/")
    dialog = _open(qtbot, app_window, key, modifier)
    dialog.accept() if key == Qt.Key.Key_F2 else dialog.reject()
    _focus_lost()
    _arrow_moves_the_slide(qtbot, app_window)
    assert QApplication.activeWindow() is window
