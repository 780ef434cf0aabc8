"""A real Classe window under Xvfb for end-to-end tests: started, focused, driven with
xdotool keys, and read through the program's log (the interface support reads too)."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.e2e.conftest import installed_command, program_env
from tests.e2e.x11 import wait_for, xdotool

AUDIENCE_TITLE = "CMQ Desktop — projection"


class ClasseWindow:
    def __init__(self, display: str, program: subprocess.Popen[str], log: Path) -> None:
        self.display = display
        self.program = program
        self.log = log
        self._seen = 0  # log lines are awaited in order: each search starts after the last

    def key(self, *names: str) -> None:
        for name in names:
            xdotool(self.display, "key", "--clearmodifiers", name)

    def logged(self, text: str) -> bool:
        """Whether ``text`` appears in the log after the last line found, within 10 s."""

        def found() -> bool:
            content = self.log.read_text(encoding="utf-8")
            at = content.find(text, self._seen)
            if at >= 0:
                self._seen = at + len(text)
            return at >= 0

        return wait_for(found, timeout=10)


@contextmanager
def classe_window(display: str, tmp_path: Path) -> Iterator[ClasseWindow]:
    """``cmq-desktop --mode classe`` on ``display``, its audience window focused and its
    start screen logged; stopped afterwards, and its stderr checked for a traceback."""
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
        search = ("search", "--onlyvisible", "--name", AUDIENCE_TITLE)
        assert wait_for(lambda: xdotool(display, *search) != "")
        window_ids = set(xdotool(display, *search).split())
        assert wait_for(lambda: xdotool(display, "getwindowfocus") in window_ids)
        assert wait_for(lambda: log.exists() and "screen START" in log.read_text(encoding="utf-8"))
        yield ClasseWindow(display, program, log)
        assert program.poll() is None  # still running: nothing quits by itself
    finally:
        if program.poll() is None:
            os.killpg(program.pid, signal.SIGTERM)
        _, stderr = program.communicate(timeout=30)
    assert "Traceback" not in stderr and "Could not load the Qt platform plugin" not in stderr
