"""The start screen offers the modes that exist, and only those."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cmq_desktop.ui.slide_renderer import SlideRenderer
from cmq_desktop.ui.start_view import StartView


def test_the_start_screen_offers_the_modes_that_exist(app_window) -> None:
    # Every mode has its shell now; the current one stands out.
    buttons = app_window.window.start_view.mode_buttons
    assert [b.text() for b in buttons] == ["Classe", "Stand", "Entraînement"]
    assert [b.isChecked() for b in buttons] == [False, False, True]


def test_one_mode_shows_no_choice(qtbot) -> None:
    # A row with one button would pretend there is a choice.
    view = StartView(SlideRenderer())
    qtbot.addWidget(view)
    view.set_modes([("entrainement", "Entraînement")], "entrainement")
    assert view.mode_buttons == []


def test_modes_row_emits_the_chosen_mode(qtbot) -> None:
    view = StartView(SlideRenderer())
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.set_modes([("classe", "Classe"), ("entrainement", "Entraînement")], "entrainement")
    view.show()
    qtbot.waitExposed(view)
    assert [b.text() for b in view.mode_buttons] == ["Classe", "Entraînement"]
    assert [b.isChecked() for b in view.mode_buttons] == [False, True]
    with qtbot.waitSignal(view.mode_requested) as signal:
        qtbot.mouseClick(view.mode_buttons[0], Qt.MouseButton.LeftButton)
    assert signal.args == ["classe"]
    for button in view.mode_buttons:
        assert view.rect().contains(button.geometry())
