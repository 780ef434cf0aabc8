"""Classe on two screens: the offscreen platform given a laptop and a projector (its
screen configuration file, read at start, hence a child process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
PROJECTOR = {"name": "projector", "x": 1366, "y": 0, "width": 1024, "height": 768}


def run_child(tmp_path: Path, screens: list[dict[str, object]]) -> dict[str, dict]:
    config = tmp_path / "screens.json"
    full = [
        {**s, "logicalDpi": 96, "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1} for s in screens
    ]
    config.write_text(json.dumps({"screens": full}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "CMQ_DESKTOP_NO_DIALOGS": "1",
        "CMQ_DESKTOP_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.classe_two_screens_child", str(tmp_path / "r.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_each_window_lands_on_its_screen_swaps_and_survives_an_unplug(tmp_path: Path) -> None:
    facts = run_child(tmp_path, [LAPTOP, PROJECTOR])
    start = facts["start"]
    # The projector is the screen that is not the primary one (the first listed).
    assert start["audience_screen"] == "projector" and start["audience_fullscreen"]
    assert start["audience"] == [1366, 0, 1024, 768]
    assert start["console_visible"] and start["console_screen"] == "laptop"
    swapped = facts["swapped"]
    assert swapped["audience_screen"] == "laptop" and swapped["audience"] == [0, 0, 1366, 768]
    assert swapped["console_screen"] == "projector"
    # Unplugged: the audience falls back to the laptop, the console hides (its notes
    # become the N overlay); plugged again: the audience goes back to the projector.
    unplugged = facts["unplugged"]
    assert unplugged["audience_screen"] == "laptop" and not unplugged["console_visible"]
    plugged = facts["plugged"]
    assert plugged["audience_screen"] == "projector" and plugged["console_visible"]
    assert facts["identify"] == [
        [1, "laptop", 0, 0, 1366, 768],
        [2, "projector", 1366, 0, 1024, 768],
    ]
    chosen = facts["chosen"]
    assert chosen["audience_screen"] == "laptop" and chosen["console_screen"] == "projector"


def test_one_screen_gets_the_audience_only(tmp_path: Path) -> None:
    facts = run_child(tmp_path, [LAPTOP])
    assert facts["start"]["audience"] == [0, 0, 1366, 768]
    assert not facts["start"]["console_visible"]
