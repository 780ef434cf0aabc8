"""The table of Qt's system libraries matches what PySide6's Qt really links against."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cmq_desktop.system_libraries import LIBRARY_PACKAGES, XCB_QPA_LIBRARY, qt_library_dir

# Provided by the C/C++ runtime, by PySide6's own folder, or by packages every system has.
BASE = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "ld-linux-x86-64.so.2"}
BASE |= {"libz.so.1", "libzstd.so.1", "libdl.so.2", "libpthread.so.0", "librt.so.1"}


def _needed(library: Path) -> set[str]:
    out = subprocess.run(
        ["readelf", "-d", str(library)], capture_output=True, text=True, check=True
    ).stdout
    return {line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux libraries")
def test_table_covers_what_qt_needs_from_the_system() -> None:
    """Every system library of Qt's xcb plugin, QtGui and QtWidgets has its package named."""
    if shutil.which("readelf") is None:
        pytest.skip("readelf (binutils) is needed")
    qt_lib = qt_library_dir()
    assert qt_lib is not None and (qt_lib / XCB_QPA_LIBRARY).exists()
    libraries = [
        qt_lib / XCB_QPA_LIBRARY,
        qt_lib.parent / "plugins" / "platforms" / "libqxcb.so",
        qt_lib / "libQt6Gui.so.6",
        qt_lib / "libQt6Widgets.so.6",
    ]
    needed = set().union(*(_needed(library) for library in libraries))
    system = {name for name in needed - BASE if not name.startswith(("libQt6", "libicu"))}
    assert sorted(system - LIBRARY_PACKAGES.keys()) == []
