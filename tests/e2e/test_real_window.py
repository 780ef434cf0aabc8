"""A whole session in a real X11 window (Xvfb), driven by real key presses (xdotool), as a
clicker or a keyboard would send them; the program's log says which screen it showed."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cmq_desktop.content.loader import load_deck
from cmq_desktop.paths import default_deck_dir
from cmq_desktop.quiz.shortcuts import answer_letters
from tests.e2e.conftest import installed_command, program_env

TOOLS = ("Xvfb", "xdotool", "strace")
NETWORK_SOCKET = re.compile(r"socket\((?!AF_UNIX|AF_LOCAL|AF_NETLINK)AF_\w+")


def _require_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"missing {missing}: tests/setup-and-run-tests.sh installs them")
        pytest.skip(f"missing {missing} (apt-get install xvfb xdotool strace)")


@pytest.fixture
def display() -> Iterator[str]:
    _require_tools()
    read_fd, write_fd = os.pipe()
    # -displayfd: Xvfb picks a free display number and writes it to us.
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _xdotool(display: str, *args: str) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return result.stdout.strip()


def _wait_for(predicate, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_whole_session_in_a_real_window_offline(display: str, tmp_path: Path) -> None:
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
        assert _wait_for(
            lambda: _xdotool(display, "search", "--onlyvisible", "--name", "CMQ Desktop") != ""
        )
        window_ids = set(
            _xdotool(display, "search", "--onlyvisible", "--name", "CMQ Desktop").split()
        )
        # Keys go to the focused window: wait until the program has taken the focus.
        assert _wait_for(lambda: _xdotool(display, "getwindowfocus") in window_ids)
        assert _wait_for(lambda: log.exists() and "screen START" in log.read_text(encoding="utf-8"))

        def logged(text: str) -> bool:
            return _wait_for(lambda: text in log.read_text(encoding="utf-8"), timeout=10)

        def key(name: str) -> None:
            # XTEST into the focused window, like a real keyboard (not XSendEvent).
            _xdotool(display, "key", "--clearmodifiers", name)

        for number, slide in enumerate(deck.slides, start=1):
            key("Next")  # PageDown: what a clicker sends
            assert logged(f"screen SLIDE {number}/{len(deck.slides)} {slide.id}")
        key("Right")
        for number, question in enumerate(questions, start=1):
            assert logged(f"screen QUESTION {number}/{len(questions)} {question.id} asking")
            # All right except the first one, answered with the letter keys (V/F, O/N).
            right = number > 1
            index = question.answer_index if right else 1 - question.answer_index
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
