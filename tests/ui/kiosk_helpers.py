"""A stand shell on a manual clock, its files in a temporary folder, for the kiosk's UI
tests; and a finger for the touch screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from cmq_desktop.content.model import Deck
from cmq_desktop.stand.pin import save_pin
from cmq_desktop.stand.settings import StandSettings, save_settings
from cmq_desktop.stats.store import StatsStore
from cmq_desktop.ui.app import create_application
from cmq_desktop.ui.stand.backends import StandPin, StandSettingsFile
from cmq_desktop.ui.stand.shell import StandShell
from cmq_desktop.ui.stand.staff_access import StaffAccess


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


SETTINGS = StandSettings(
    idle_timeout_s=30, questions_per_visitor=3, campus_url="https://example.org/cmq"
)


def make_shell(
    qtbot,
    deck: Deck,
    tmp_path: Path,
    pin: str | None = "2468",
    size: tuple[int, int] = (1280, 720),
    language: str = "fr",
) -> Iterator[tuple[StandShell, Clock]]:
    create_application(language)
    clock = Clock()
    store = StatsStore.open(tmp_path / "stats.sqlite3")
    if pin is not None:
        assert save_pin(pin, tmp_path / "pin.json") is None
    assert save_settings(SETTINGS, tmp_path / "settings.json") is None
    access = StaffAccess(StandPin(tmp_path / "pin.json", clock))
    settings = StandSettingsFile(tmp_path / "settings.json")
    shell = StandShell(deck, store, access, settings, clock)
    shell.window.locked = False  # a test window keeps its size; fullscreen is the e2e test's
    qtbot.addWidget(shell.window)
    shell.window.resize(*size)
    shell.start()
    qtbot.waitExposed(shell.window)
    yield shell, clock
    shell.timer.stop()
    shell.window.allow_close = True
    shell.window.close()
    store.close()
    QApplication.processEvents()


def tap(widget: QWidget, point: QPoint | None = None) -> None:
    """A finger on a touch screen: press and release (Qt makes the click from it)."""
    device = tap.device  # type: ignore[attr-defined]
    window = widget.window()
    where = widget.mapTo(window, point if point is not None else widget.rect().center())
    QTest.touchEvent(window.windowHandle(), device).press(0, where).commit()
    QTest.touchEvent(window.windowHandle(), device).release(0, where).commit()
    QApplication.processEvents()


@pytest.fixture(scope="session", autouse=False)
def touch_device():
    create_application()
    tap.device = QTest.createTouchDevice()  # type: ignore[attr-defined]
    return tap.device  # type: ignore[attr-defined]


def key(qtbot, shell: StandShell, name: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(shell.window, name, modifiers)
