"""The first minute on a school PC: the real program on a bare X server (Xvfb, 1024x768,
no window manager), as a pupil or a kiosk starts it."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import installed_command, program_env

SCREEN = (1024, 768)


@contextlib.contextmanager
def bare_x_server(size: tuple[int, int]) -> Iterator[str]:
    """An Xvfb display of ``size`` with no window manager."""
    if shutil.which("Xvfb") is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing: tests/setup-and-run-tests.sh installs it")
        pytest.skip("Xvfb is missing (apt-get install xvfb)")
    read_fd, write_fd = os.pipe()
    screen = f"{size[0]}x{size[1]}x24"
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


@pytest.fixture
def bare_x() -> Iterator[str]:
    with bare_x_server(SCREEN) as display:
        yield display


def x_env(tmp_path: Path, display: str) -> dict[str, str]:
    return {**program_env(tmp_path), "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}


def test_missing_platform_library_gets_a_french_message(bare_x: str, tmp_path: Path) -> None:
    """Qt's xcb plugin cannot load (an empty libxcb-icccm.so.4 and libxcb-keysyms.so.1
    first on the library path, as a broken or missing package leaves them): the program
    names the Debian packages to install, in French, instead of Qt's abort."""
    broken = tmp_path / "lib"
    broken.mkdir()
    for name in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
        (broken / name).write_bytes(b"")
    env = {**x_env(tmp_path, bare_x), "LD_LIBRARY_PATH": str(broken)}
    result = subprocess.run(
        [str(installed_command())], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2, result.stderr
    assert "(libxcb-icccm.so.4, libxcb-keysyms.so.1)" in result.stderr
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr
    assert "qt.qpa" not in result.stderr and "Traceback" not in result.stderr


def test_missing_opengl_library_gets_a_french_message(bare_x: str, tmp_path: Path) -> None:
    """libGL.so.1 unusable: importing QtGui itself fails; no traceback, the package named."""
    broken = tmp_path / "lib"
    broken.mkdir()
    (broken / "libGL.so.1").write_bytes(b"")
    env = {**x_env(tmp_path, bare_x), "LD_LIBRARY_PATH": str(broken)}
    for args in ((), ("render", "--out", str(tmp_path / "png"))):
        result = subprocess.run(
            [str(installed_command()), *args], env=env, capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 2, result.stderr
        assert "sudo apt-get install libgl1\n" in result.stderr
        assert "Traceback" not in result.stderr


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


def _wait_for(predicate: Callable[[], bool], timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


_running: list[subprocess.Popen[str]] = []


@pytest.fixture(autouse=True)
def _no_program_left_running() -> Iterator[None]:
    """A failed assertion must not leave its program running, pipes open, into the next
    tests (where its garbage collection turns into an unrelated warning)."""
    yield
    while _running:
        process = _running.pop()
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


class RunningProgram:
    """The installed program on ``display``, its window found with xdotool."""

    def __init__(self, display: str, tmp_path: Path, *args: str) -> None:
        if shutil.which("xdotool") is None:
            pytest.skip("xdotool is missing (apt-get install xdotool)")
        self.display = display
        self.log = tmp_path / "data" / "logs" / "cmq-desktop.log"
        self.process = subprocess.Popen(
            [str(installed_command()), *args],
            env=x_env(tmp_path, display),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        _running.append(self.process)
        assert _wait_for(lambda: self._window_id() != ""), "no window appeared"
        self.window = self._window_id()
        focused = lambda: _xdotool(display, "getwindowfocus") == self.window  # noqa: E731
        assert _wait_for(focused), "the window did not take the focus"

    def _window_id(self) -> str:
        found = _xdotool(self.display, "search", "--onlyvisible", "--name", "CMQ Desktop")
        return found.split()[0] if found else ""

    def geometry(self) -> tuple[int, int, int, int]:
        out = _xdotool(self.display, "getwindowgeometry", "--shell", self.window)
        values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])

    def wait_geometry(self, expected: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
        _wait_for(lambda: self.geometry() == expected, timeout=10)
        return self.geometry()

    def key(self, name: str) -> None:
        _xdotool(self.display, "key", "--clearmodifiers", name)

    def quit(self) -> str:
        self.key("ctrl+q")
        try:
            assert self.process.wait(timeout=30) == 0
        finally:
            if self.process.poll() is None:
                self.process.kill()
        _, stderr = self.process.communicate(timeout=30)
        _running.remove(self.process)
        assert "Traceback" not in stderr, stderr
        return stderr


def _inside(geometry: tuple[int, int, int, int], screen: tuple[int, int]) -> bool:
    x, y, width, height = geometry
    return x >= 0 and y >= 0 and x + width <= screen[0] and y + height <= screen[1]


def test_window_opens_inside_a_small_screen(bare_x: str, tmp_path: Path) -> None:
    program = RunningProgram(bare_x, tmp_path)
    geometry = program.geometry()
    assert _inside(geometry, SCREEN), geometry
    assert geometry[2] >= 900 and geometry[3] >= 650  # not a postage stamp either
    program.quit()


def test_fullscreen_and_f11_cover_a_screen_with_no_window_manager(
    bare_x: str, tmp_path: Path
) -> None:
    program = RunningProgram(bare_x, tmp_path, "--fullscreen")
    whole = (0, 0, *SCREEN)
    assert program.wait_geometry(whole) == whole
    program.key("F11")  # leaves fullscreen: back inside the screen, not stuck at its size
    assert _wait_for(lambda: program.geometry() != whole, timeout=10)
    normal = program.geometry()
    assert _inside(normal, SCREEN) and normal[2] < SCREEN[0]
    program.key("F11")
    assert program.wait_geometry(whole) == whole
    program.key("Escape")
    assert program.wait_geometry(normal) == normal
    program.quit()


def test_size_and_place_come_back_clamped_to_the_screen(tmp_path: Path) -> None:
    """Closed at 800x600 at (400, 300) on a 1280x1024 screen, opened again on 1024x768:
    same size, moved inside. Then closed after a move: comes back exactly there."""
    with bare_x_server((1280, 1024)) as big:
        program = RunningProgram(big, tmp_path)
        _xdotool(big, "windowmove", program.window, "400", "300")
        _xdotool(big, "windowsize", program.window, "800", "600")
        assert program.wait_geometry((400, 300, 800, 600)) == (400, 300, 800, 600)
        program.quit()
    with bare_x_server(SCREEN) as small:
        program = RunningProgram(small, tmp_path)
        x, y, width, height = program.geometry()
        assert _inside((x, y, width, height), SCREEN) and (width, height) == (800, 600)
        # Against the right and bottom edges (Qt's restoreGeometry leaves one pixel free).
        assert (x, y) in {(224, 168), (223, 167)}
        _xdotool(small, "windowmove", program.window, "30", "40")
        assert program.wait_geometry((30, 40, 800, 600)) == (30, 40, 800, 600)
        program.quit()
        program = RunningProgram(small, tmp_path)
        assert program.geometry() == (30, 40, 800, 600)
        program.quit()


def test_closed_in_fullscreen_opens_normal_where_it_was(bare_x: str, tmp_path: Path) -> None:
    program = RunningProgram(bare_x, tmp_path)
    _xdotool(bare_x, "windowmove", program.window, "30", "40")
    _xdotool(bare_x, "windowsize", program.window, "800", "600")
    assert program.wait_geometry((30, 40, 800, 600)) == (30, 40, 800, 600)
    program.key("F11")
    assert program.wait_geometry((0, 0, *SCREEN)) == (0, 0, *SCREEN)
    program.quit()
    program = RunningProgram(bare_x, tmp_path)
    assert program.geometry() == (30, 40, 800, 600)
    program.quit()


def test_escape_and_home_lead_back_to_the_start_screen(bare_x: str, tmp_path: Path) -> None:
    program = RunningProgram(bare_x, tmp_path)

    def starts() -> int:
        return program.log.read_text(encoding="utf-8").count("screen START")

    assert _wait_for(lambda: starts() == 1)
    program.key("Next")
    assert _wait_for(lambda: "screen SLIDE 1/" in program.log.read_text(encoding="utf-8"))
    program.key("Escape")
    assert _wait_for(lambda: starts() == 2), "Escape in a window did not go home"
    program.key("Next")
    program.key("End")  # the last slide, then into the quiz
    program.key("Next")
    assert _wait_for(lambda: "screen QUESTION 1/" in program.log.read_text(encoding="utf-8"))
    program.key("Home")  # on a question it asks first: the answers would be lost

    def asking() -> bool:
        found = _xdotool(bare_x, "search", "--onlyvisible", "--name", "Quitter le quiz")
        return found != ""

    assert _wait_for(asking), "Home on the quiz did not ask before leaving it"
    program.key("Tab")  # from « Continuer le quiz », the default, to « Revenir à l'accueil »
    program.key("space")
    assert _wait_for(lambda: starts() == 3), "Home on the quiz did not go home"
    program.quit()
