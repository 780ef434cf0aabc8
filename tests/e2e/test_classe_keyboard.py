"""Classe in a real X11 window (Xvfb) with the teacher's keyboard keys, as xdotool types
them: digits then Enter, the overview, white screen, F5, +, Esc, Ctrl+Q. Esc never quits,
and Ctrl+Q only asks; the log says what the class saw."""

from __future__ import annotations

from pathlib import Path

from cmq_desktop.content.loader import load_deck
from cmq_desktop.paths import default_deck_dir
from tests.e2e.classe_window import classe_window
from tests.e2e.x11 import wait_for, xdotool  # the Xvfb fixture, display, is in conftest.py


def test_teacher_keys_jump_overview_whiteout_restart_and_never_quit_alone(
    display: str, tmp_path: Path
) -> None:
    deck = load_deck(default_deck_dir()).deck
    assert deck is not None
    slides = deck.slides
    with classe_window(display, tmp_path) as window:
        key, logged = window.key, window.logged

        def slide(number: int) -> str:
            return f"screen SLIDE {number}/{len(slides)} {slides[number - 1].id}"

        key("Next")
        assert logged(slide(1))
        key("1", "1", "Return")  # digits then Enter: slide 11
        assert logged(slide(11))
        key("g", "Left", "Return")  # the overview opens on 11; one to the left, chosen
        assert logged(slide(10))
        key("w")
        assert logged("blackout on")
        key("comma")
        assert logged("blackout off")
        key("F5")  # from the beginning
        assert logged(slide(1))
        key("Next", "Next", "plus", "minus")
        assert logged(slide(3))
        key("Escape", "Escape", "Escape")  # leaves fullscreen, closes nothing else
        key("ctrl+q")  # only asks; Esc answers "Continuer la présentation"

        def asking() -> bool:
            return xdotool(display, "search", "--onlyvisible", "--name", "^Quitter$") != ""

        assert wait_for(asking)
        key("Escape")
        assert wait_for(lambda: not asking())
        key("Next")
        assert logged(slide(4))
