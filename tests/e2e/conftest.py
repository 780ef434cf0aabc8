"""End-to-end tests: the installed program, run as a user would run it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.x11 import xvfb


def installed_command() -> Path:
    """``cmq-desktop-cli`` from the environment running the tests (the README installs it),
    or the program ``CMQ_DESKTOP_TEST_PROGRAM`` names: a frozen bundle's ``cmq-desktop-cli``,
    to run every end-to-end test against the built program (installer/README.md)."""
    override = os.environ.get("CMQ_DESKTOP_TEST_PROGRAM")
    if override:
        return Path(override)
    bin_dir = Path(sys.executable).parent
    for name in ("cmq-desktop-cli", "cmq-desktop-cli.exe"):
        if (bin_dir / name).exists():
            return bin_dir / name
    found = shutil.which("cmq-desktop-cli")
    if found is None:
        pytest.fail("cmq-desktop-cli is not installed: run the README's set-up command first")
    return Path(found)


def program_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["CMQ_DESKTOP_NO_DIALOGS"] = "1"
    env["CMQ_DESKTOP_DATA_DIR"] = str(tmp_path / "data")
    env.pop("PYTHONPATH", None)
    return env


def run(tmp_path: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    # Run from an empty directory so the installed package is used, not the source tree.
    workdir = tmp_path / "cwd"
    workdir.mkdir(exist_ok=True)
    return subprocess.run(
        [str(installed_command()), *args],
        cwd=workdir,
        env=program_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh Xvfb server (tests/e2e/x11.py): its ``DISPLAY``."""
    with xvfb() as name:
        yield name
