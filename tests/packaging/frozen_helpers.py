"""Helpers for the packaging tests: the clean-tree copy, the frozen program's environment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "installer"))

import bundle  # noqa: E402  (installer/bundle.py)

# Any of these on the frozen program's stderr means a broken bundle.
FORBIDDEN_STDERR = (
    "Could not load the Qt platform plugin",
    "Could not find the Qt platform plugin",
    "ModuleNotFoundError",
    "ImportError",
    "Traceback",
    "Failed to execute script",
    "cannot open shared object file",
    "Fatal Python error",
)


@dataclass(frozen=True)
class FrozenBuild:
    app_dir: Path
    archive: Path | None
    work_dir: Path
    log: str

    @property
    def gui_exe(self) -> Path:
        suffix = ".exe" if sys.platform == "win32" else ""
        return self.app_dir / f"{bundle.GUI_EXE_NAME}{suffix}"

    @property
    def cli_exe(self) -> Path:
        suffix = ".exe" if sys.platform == "win32" else ""
        return self.app_dir / f"{bundle.CLI_EXE_NAME}{suffix}"


def tracked_files(repo: Path) -> list[str]:
    """Files git knows or would add: committed or not, never ignored ones."""
    output = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=repo,
        capture_output=True,
        check=True,
    ).stdout
    return [name for name in output.decode("utf-8").split("\0") if name]


def copy_clean_tree(repo: Path, target: Path) -> Path:
    for name in tracked_files(repo):
        source = repo / name
        if not source.is_file():  # deleted in the work tree, or a submodule
            continue
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination)
    return target


def frozen_env(data_dir: Path) -> dict[str, str]:
    """Environment for the frozen program: offscreen, private data dir, no dialogs."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "QT_", "LD_LIBRARY_PATH", "PYTEST"))
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CMQ_DESKTOP_DATA_DIR=str(data_dir),
        CMQ_DESKTOP_NO_DIALOGS="1",
    )
    return env
