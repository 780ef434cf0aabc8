"""Before Qt starts, a missing system library is named in French with its Debian package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cmq_desktop.system_libraries import (
    import_problem,
    missing_libraries_message,
    packages_for,
    uses_xcb,
)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"DISPLAY": ":0"}, True),
        ({}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:nograb", "DISPLAY": ":0"}, True),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, False),
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, True),
    ],
)
def test_uses_xcb(environ: dict[str, str], expected: bool) -> None:
    assert uses_xcb(environ) is (expected and sys.platform.startswith("linux"))


def test_message_names_the_packages_once() -> None:
    assert packages_for(["libglib-2.0.so.0", "libgthread-2.0.so.0", "libxcb-icccm.so.4"]) == [
        "libglib2.0-0",
        "libxcb-icccm4",
    ]
    message = missing_libraries_message(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "(libxcb-icccm.so.4, libxcb-keysyms.so.1)" in message
    assert "    sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in message
    assert "installer/setup-and-run.sh" in message


def test_import_error_of_a_system_library_is_explained() -> None:
    error = ImportError("libGL.so.1: cannot open shared object file: No such file or directory")
    message = import_problem(error)
    assert message is not None
    assert "libGL.so.1" in message  # loadable here, so the one the error names is shown
    assert import_problem(ImportError("No module named 'PySide6.QtFoo'")) is None


def test_a_damaged_library_is_found_before_qt_aborts(tmp_path: Path) -> None:
    """An empty libxcb-icccm.so.4 first on the library path: what Qt would fail to load."""
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    (tmp_path / "libxcb-icccm.so.4").write_bytes(b"")
    code = (
        "from cmq_desktop.system_libraries import xcb_problem; "
        "print(xcb_problem({'QT_QPA_PLATFORM': 'xcb'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"LD_LIBRARY_PATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "manquent ou sont abîmées (libxcb-icccm.so.4)" in result.stdout
    assert "sudo apt-get install libxcb-icccm4\n" in result.stdout
    healthy = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert healthy.stdout == "None\n"
