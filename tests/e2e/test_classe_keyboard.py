"""Classe in a real X11 window (Xvfb) with the teacher's keyboard keys, as xdotool types
them: digits then Enter, the overview, white screen, F5, +, Esc, Ctrl+Q. Esc never quits,
and Ctrl+Q only asks; the log says what the class saw."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

from cmq_desktop.content.loader import load_deck
from cmq_desktop.paths import default_deck_dir
from tests.e2e.conftest import installed_command, program_env
from tests.e2e.x11 import wait_for, xdotool  # the Xvfb fixture, display, is in conftest.py


def test_teacher_keys_jump_overview_whiteout_restart_and_never_quit_alone(
    display: str, tmp_path: Path
) -> None:
    deck = load_deck(default_deck_dir()).deck
    assert deck is not None
    slides = deck.slides
    env = {**program_env(tmp_path), "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    log = tmp_path / "data" / "logs" / "cmq-desktop.log"
    program = subprocess.Popen(
        [str(installed_command()), "--mode", "classe"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        title = "CMQ Desktop — projection"
        assert wait_for(lambda: xdotool(display, "search", "--onlyvisible", "--name", title) != "")
        window_ids = set(xdotool(display, "search", "--onlyvisible", "--name", title).split())
        assert wait_for(lambda: xdotool(display, "getwindowfocus") in window_ids)
        assert wait_for(lambda: log.exists() and "screen START" in log.read_text(encoding="utf-8"))
        seen = 0

        def logged(text: str) -> bool:
            nonlocal seen

            def found() -> bool:
                nonlocal seen
                content = log.read_text(encoding="utf-8")
                at = content.find(text, seen)
                if at >= 0:
                    seen = at + len(text)
                return at >= 0

            return wait_for(found, timeout=10)

        def key(*names: str) -> None:
            for name in names:
                xdotool(display, "key", "--clearmodifiers", name)

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
        assert program.poll() is None  # still running: nothing quit by itself
    finally:
        if program.poll() is None:
            os.killpg(program.pid, signal.SIGTERM)
        _, stderr = program.communicate(timeout=30)
    assert "Traceback" not in stderr and "Could not load the Qt platform plugin" not in stderr
