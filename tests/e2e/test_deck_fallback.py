"""A bad ``--deck`` in a real window (Xvfb): the problems are listed in a dialog, then the
screen shows the default deck, or the valid part of the deck, pixel for pixel as if that deck
had been opened directly. Screenshots come from the X server (tests/e2e/x11.py)."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.e2e.conftest import installed_command, program_env
from tests.e2e.x11 import screenshot, visible_windows, wait_for, xdotool

PROBLEMS_DIALOG = "Problèmes dans la présentation"  # its window title (ui/deck_problems.py)
MAIN_WINDOW = "CMQ Desktop"


@contextmanager
def program(display: str, run_dir: Path, *args: str) -> Iterator[subprocess.Popen[str]]:
    """The installed program on ``display``; asked to quit with Ctrl+Q when the test is done."""
    run_dir.mkdir()
    env = {**program_env(run_dir), "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    log = run_dir / "data" / "logs" / "cmq-desktop.log"
    process = subprocess.Popen(
        [str(installed_command()), *args],
        cwd=run_dir,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        assert wait_for(lambda: log.exists() and "screen START" in log.read_text("utf-8"))
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        _, stderr = process.communicate(timeout=30)
    assert "Traceback" not in stderr, stderr


def quit_with_ctrl_q(display: str, process: subprocess.Popen[str]) -> None:
    # Give the window the focus as a window manager would: with none, who holds the focus
    # after the problems dialog depends on a race (see close_problems_dialog).
    [window] = visible_windows(display, MAIN_WINDOW)
    xdotool(display, "windowfocus", "--sync", window)
    xdotool(display, "key", "--clearmodifiers", "ctrl+q")
    assert process.wait(timeout=30) == 0


def settled_screen(display: str, path: Path) -> bytes:
    """The screen once the program's window is up and two screenshots in a row agree."""
    assert wait_for(lambda: visible_windows(display, MAIN_WINDOW) != [])
    shots = [screenshot(display, path)]

    def settled() -> bool:
        shots.append(screenshot(display, path))
        return shots[-1] == shots[-2]

    assert wait_for(settled)
    return shots[-1]


def close_problems_dialog(display: str) -> None:
    assert wait_for(lambda: visible_windows(display, PROBLEMS_DIALOG) != [])
    [dialog] = visible_windows(display, PROBLEMS_DIALOG)
    # As a user clicking on it. Without a window manager the dialog sometimes opens without
    # the focus: the window takes it after its first paint, which may come after the dialog.
    xdotool(display, "windowfocus", "--sync", dialog)
    xdotool(display, "key", "Escape")
    assert wait_for(lambda: visible_windows(display, PROBLEMS_DIALOG) == [])


def assert_screen_becomes(display: str, expected: bytes, path: Path) -> None:
    shown: list[bytes] = []
    wait_for(lambda: shown.append(screenshot(display, path)) or shown[-1] == expected, 20)
    assert shown[-1] == expected, f"the screen differs from the reference: see {path}"


def test_unusable_deck_falls_back_to_the_default_deck(display: str, tmp_path: Path) -> None:
    with program(display, tmp_path / "default") as default:
        reference = settled_screen(display, tmp_path / "default.png")
        quit_with_ctrl_q(display, default)
    empty = tmp_path / "vide"
    empty.mkdir()  # no presentation.md: nothing of it can be shown
    with program(display, tmp_path / "fallback", "--deck", str(empty)) as fallback:
        close_problems_dialog(display)
        assert_screen_becomes(display, reference, tmp_path / "fallback.png")
        quit_with_ctrl_q(display, fallback)


def test_partly_broken_deck_shows_its_valid_part(display: str, tmp_path: Path) -> None:
    clean = tmp_path / "propre"
    clean.mkdir()
    (clean / "presentation.md").write_text("# Titre\n", encoding="utf-8")
    broken = tmp_path / "cassé"
    broken.mkdir()
    (broken / "presentation.md").write_bytes(b"# Titre\n\xff\xfe pas de l'UTF-8\n")
    with program(display, tmp_path / "clean", "--deck", str(clean)) as clean_run:
        reference = settled_screen(display, tmp_path / "clean.png")
        quit_with_ctrl_q(display, clean_run)
    with program(display, tmp_path / "broken", "--deck", str(broken)) as broken_run:
        close_problems_dialog(display)
        assert_screen_becomes(display, reference, tmp_path / "broken.png")
        quit_with_ctrl_q(display, broken_run)
