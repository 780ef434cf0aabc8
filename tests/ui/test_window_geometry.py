"""Where the window opens: the pure policy with lists of screens, then the Qt side."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from cmq_desktop.ui.window_geometry import (
    Rect,
    WindowPlacement,
    available_screens,
    enter_fullscreen,
    fit_on_screens,
    leave_fullscreen,
    rect,
    settings_in,
)

SMALL = Rect(0, 0, 1024, 768)
HD = Rect(0, 0, 1920, 1080)
PROJECTOR = Rect(1920, 0, 1024, 768)  # to the right of the laptop
LEFT = Rect(-1280, 200, 1280, 800)  # to the left of the primary, lower
PANEL = Rect(0, 0, 1024, 728)  # 1024x768 with a 40 px task bar


def _inside(window: Rect, screen: Rect) -> bool:
    return (
        window.x >= screen.x
        and window.y >= screen.y
        and window.x + window.width <= screen.x + screen.width
        and window.y + window.height <= screen.y + screen.height
    )


@pytest.mark.parametrize(
    ("screens", "expected"),
    [
        ([HD], Rect(320, 180, 1280, 720)),  # the default size, centred
        ([SMALL], Rect(16, 32, 992, 704)),  # smaller, room left for the frame
        ([PANEL], Rect(16, 32, 992, 664)),
        ([PROJECTOR, HD], Rect(1920 + 16, 32, 992, 704)),  # on the primary, listed first
        ([Rect(0, 0, 600, 400)], Rect(0, 20, 600, 360)),  # a tiny screen: the minimum
    ],
)
def test_first_start(screens: list[Rect], expected: Rect) -> None:
    placed = fit_on_screens(None, screens)
    assert placed == expected
    assert _inside(placed, screens[0])


@pytest.mark.parametrize(
    ("saved", "screens", "expected"),
    [
        (Rect(100, 50, 800, 600), [HD], Rect(100, 50, 800, 600)),  # kept as it was
        (Rect(1000, 400, 1280, 720), [HD, PROJECTOR], Rect(640, 360, 1280, 720)),  # moved in
        (Rect(400, 300, 800, 600), [SMALL], Rect(224, 168, 800, 600)),  # was on a bigger one
        (Rect(0, 0, 1920, 1080), [SMALL], Rect(0, 0, 1024, 768)),  # shrunk to the screen
        (Rect(2000, 100, 900, 600), [HD, PROJECTOR], Rect(2000, 100, 900, 600)),  # projector
        (Rect(2000, 100, 900, 600), [HD], Rect(510, 240, 900, 600)),  # projector gone
        (Rect(-1000, 300, 800, 600), [HD, LEFT], Rect(-1000, 300, 800, 600)),  # left screen
        (Rect(-900, 100, 800, 600), [HD, LEFT], Rect(-900, 200, 800, 600)),  # below its top
        (Rect(5000, 5000, 800, 600), [SMALL], Rect(112, 84, 800, 600)),  # nowhere: centred
        (Rect(10, 10, 100, 80), [HD], Rect(10, 10, 640, 360)),  # the minimum size
    ],
)
def test_saved_geometry_clamped_to_the_screens_present(
    saved: Rect, screens: list[Rect], expected: Rect
) -> None:
    placed = fit_on_screens(saved, screens)
    assert placed == expected
    assert any(_inside(placed, screen) for screen in screens)


def test_no_screen_keeps_what_it_has() -> None:
    assert fit_on_screens(None, []) == Rect(0, 0, 1280, 720)


def test_placement_round_trip_inside_the_screen(qtbot, tmp_path: Path) -> None:
    screen = available_screens()[0]
    assert screen == rect(QGuiApplication.primaryScreen().availableGeometry())
    first = QWidget()
    qtbot.addWidget(first)
    WindowPlacement(first, settings_in(tmp_path)).restore()
    assert _inside(rect(first.geometry()), screen)  # nothing saved yet: the default, fitted
    wanted = QRect(screen.x + 20, screen.y + 30, 700, 400)
    first.setGeometry(wanted)
    first.show()
    qtbot.waitExposed(first)
    first.close()  # saves
    assert (tmp_path / "fenetre.ini").exists()
    again = QWidget()
    qtbot.addWidget(again)
    WindowPlacement(again, settings_in(tmp_path)).restore()
    assert again.geometry() == wanted
    assert not again.isFullScreen()


def test_closed_fullscreen_comes_back_normal(qtbot, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    screen = window.screen().geometry()
    normal = QRect(screen.x() + 10, screen.y() + 10, 700, 400)
    window.setGeometry(normal)
    window.show()
    qtbot.waitExposed(window)
    WindowPlacement(window, settings_in(tmp_path))
    enter_fullscreen(window)
    qtbot.waitUntil(lambda: window.geometry() == screen)
    assert window.isFullScreen()
    window.close()
    again = QWidget()
    qtbot.addWidget(again)
    WindowPlacement(again, settings_in(tmp_path)).restore()
    assert (again.size(), again.isFullScreen()) == (normal.size(), False)
    # Qt's restoreGeometry of a never-shown window allows for a title bar it guesses.
    assert abs(again.x() - normal.x()) <= 40 and abs(again.y() - normal.y()) <= 40


def test_leaving_fullscreen_restores_the_normal_geometry(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    normal = QRect(40, 50, 600, 380)
    window.setGeometry(normal)
    window.show()
    qtbot.waitExposed(window)
    enter_fullscreen(window)
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())
    leave_fullscreen(window)
    qtbot.waitUntil(lambda: window.geometry() == normal)
    assert not window.isFullScreen()
