"""A real X11 screen for end-to-end tests: Xvfb, real key presses (xdotool), screenshots.

The screenshot is taken by a separate Python process on Qt's xcb platform (the test process
already runs an offscreen QApplication): it is the X server's own framebuffer, what a user
would see, not a widget's ``grab()``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "xdotool")
SCREEN_SIZE = "1280x800"

_GRAB_SCRIPT = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([sys.argv[0], "-platform", "xcb"])
sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)
"""


def require_tools(*tools: str) -> None:
    missing = [tool for tool in (*TOOLS, *tools) if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"missing {missing}: tests/setup-and-run-tests.sh installs them")
        pytest.skip(f"missing {missing} (apt-get install xvfb xdotool strace)")


@contextmanager
def xvfb() -> Iterator[str]:
    """A fresh Xvfb server, one 1280x800 screen, no window manager: its ``DISPLAY``.

    (The ``display`` fixture of tests/e2e/conftest.py.)
    """
    require_tools()
    read_fd, write_fd = os.pipe()
    # -displayfd: Xvfb picks a free display number and writes it to us.
    screen = f"{SCREEN_SIZE}x24"
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp"],
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


def xdotool(display: str, *args: str) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return result.stdout.strip()


def visible_windows(display: str, name: str) -> list[str]:
    return xdotool(display, "search", "--onlyvisible", "--name", name).split()


def wait_for(predicate: Callable[[], bool], timeout: float = 30.0) -> bool:
    """Poll ``predicate`` until true or ``timeout`` seconds; a deadline, not a measure."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def screenshot(display: str, path: Path) -> bytes:
    """The whole X screen's pixels (RGB bytes, compared with ``==``), saved as a PNG at
    ``path`` too, to look at after a failure."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    subprocess.run([sys.executable, "-c", _GRAB_SCRIPT, str(path)], env=env, timeout=60, check=True)
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    return bytes(image.constBits())
