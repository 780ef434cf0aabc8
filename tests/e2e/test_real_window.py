"""A whole session in a real X11 window (Xvfb), driven by real key presses (xdotool), as a
clicker or a keyboard would send them; the program's log says which screen it showed."""

from __future__ import annotations

import os
import re
import signal
import subprocess
from pathlib import Path

from cmq_desktop.content.loader import load_deck
from cmq_desktop.paths import default_deck_dir
from cmq_desktop.quiz.shortcuts import answer_letters
from tests.e2e.conftest import installed_command, program_env
from tests.e2e.x11 import require_tools, wait_for, xdotool

NETWORK_SOCKET = re.compile(r"socket\((?!AF_UNIX|AF_LOCAL|AF_NETLINK)AF_\w+")


def test_whole_session_in_a_real_window_offline(display: str, tmp_path: Path) -> None:
    require_tools("strace")
    deck = load_deck(default_deck_dir()).deck
    assert deck is not None
    questions = deck.quiz_sets[0].questions
    env = {**program_env(tmp_path), "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    trace = tmp_path / "trace.txt"
    log = tmp_path / "data" / "logs" / "cmq-desktop.log"
    program = subprocess.Popen(
        ["strace", "-f", "-e", "trace=socket,connect", "-o", str(trace), str(installed_command())],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # so a failure can end strace and the program together
    )
    try:
        assert wait_for(
            lambda: xdotool(display, "search", "--onlyvisible", "--name", "CMQ Desktop") != ""
        )
        window_ids = set(
            xdotool(display, "search", "--onlyvisible", "--name", "CMQ Desktop").split()
        )
        # Keys go to the focused window: wait until the program has taken the focus.
        assert wait_for(lambda: xdotool(display, "getwindowfocus") in window_ids)
        assert wait_for(lambda: log.exists() and "screen START" in log.read_text(encoding="utf-8"))

        def logged(text: str) -> bool:
            return wait_for(lambda: text in log.read_text(encoding="utf-8"), timeout=10)

        def key(name: str) -> None:
            # XTEST into the focused window, like a real keyboard (not XSendEvent).
            xdotool(display, "key", "--clearmodifiers", name)

        for number, slide in enumerate(deck.slides, start=1):
            key("Next")  # PageDown: what a clicker sends
            assert logged(f"screen SLIDE {number}/{len(deck.slides)} {slide.id}")
        key("Right")
        for number, question in enumerate(questions, start=1):
            assert logged(f"screen QUESTION {number}/{len(questions)} {question.id} asking")
            # All right except the first one, answered with the letter keys (V/F, O/N);
            # the first with the arrows, which only choose (→ used to answer at once).
            right = number > 1
            index = question.answer_index if right else 1 - question.answer_index
            if number == 1:
                for arrow in ("Right", "Left", "Right", "Left")[: 4 - index]:
                    key(arrow)
                key("Return")
            else:
                key(answer_letters(question.labels)[index].lower())
            assert logged(f"screen QUESTION {number}/{len(questions)} {question.id} answered")
            key("space")
        assert logged(f"screen RESULTS {len(questions) - 1}/{len(questions)}")
        key("e")  # redo the mistakes: only the first question
        assert logged(f"screen QUESTION 1/1 {questions[0].id} asking")
        key("ctrl+q")
        assert program.wait(timeout=30) == 0
    finally:
        if program.poll() is None:
            os.killpg(program.pid, signal.SIGKILL)
        _, stderr = program.communicate(timeout=30)
    assert "Traceback" not in stderr and "Could not load the Qt platform plugin" not in stderr
    calls = trace.read_text(encoding="utf-8", errors="replace")
    assert [line for line in calls.splitlines() if NETWORK_SOCKET.search(line)] == []
