"""Classe in a real X11 window (Xvfb), driven only by what a two-button clicker sends
(Page Down, Page Up) plus B, through every slide and the whole class quiz to the class
results; the program's log says what the class saw."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

from cmq_desktop.content.loader import load_deck
from cmq_desktop.paths import default_deck_dir
from tests.e2e.conftest import installed_command, program_env
from tests.e2e.x11 import wait_for, xdotool  # the Xvfb fixture, display, is in conftest.py


def test_a_clicker_runs_the_whole_lesson_and_the_class_quiz(display: str, tmp_path: Path) -> None:
    deck = load_deck(default_deck_dir()).deck
    assert deck is not None
    questions = deck.quiz_sets[0].questions
    total = len(questions)
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

        def key(name: str) -> None:
            xdotool(display, "key", "--clearmodifiers", name)

        slides = deck.slides
        for number, slide in enumerate(slides, start=1):
            key("Next")  # Page Down
            assert logged(f"screen SLIDE {number}/{len(slides)} {slide.id}")
            if number == 2:
                key("b")
                assert logged("blackout on")
                key("b")
                assert logged("blackout off")
                key("Prior")  # Page Up, then forward again
                assert logged(f"screen SLIDE 1/{len(slides)} {slides[0].id}")
                key("Next")
                assert logged(f"screen SLIDE 2/{len(slides)} {slide.id}")
        for number, question in enumerate(questions, start=1):
            for stage in ("shown", "locked", "revealed"):
                key("Next")
                assert logged(f"screen QUESTION {number}/{total} {question.id} {stage}")
        key("Next")
        assert logged("screen CLASS_RESULTS")
        assert program.poll() is None  # still running: nothing quits by itself
    finally:
        if program.poll() is None:
            os.killpg(program.pid, signal.SIGTERM)
        _, stderr = program.communicate(timeout=30)
    assert "Traceback" not in stderr and "Could not load the Qt platform plugin" not in stderr
