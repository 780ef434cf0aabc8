"""The first minute on a school PC: the real program on a bare X server (Xvfb, 1024x768,
no window manager), as a pupil or a kiosk starts it."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import installed_command, program_env

SCREEN = (1024, 768)


@pytest.fixture
def bare_x() -> Iterator[str]:
    """An Xvfb display at 1024x768 with no window manager."""
    if shutil.which("Xvfb") is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing: tests/setup-and-run-tests.sh installs it")
        pytest.skip("Xvfb is missing (apt-get install xvfb)")
    read_fd, write_fd = os.pipe()
    size = f"{SCREEN[0]}x{SCREEN[1]}x24"
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"],
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
