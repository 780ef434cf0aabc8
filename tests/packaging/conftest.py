"""The frozen build, made once per session from a clean copy of the tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from frozen_helpers import REPO, FrozenBuild, bundle, copy_clean_tree

BUILD_TIMEOUT_S = 420

# Qt in this process (icon checks) draws offscreen; the frozen program gets its own env.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def frozen_build(tmp_path_factory: pytest.TempPathFactory) -> FrozenBuild:
    if shutil.which("git") is None:
        pytest.fail("git is needed to copy the clean tree")
    base = tmp_path_factory.mktemp("frozen")
    source = copy_clean_tree(REPO, base / "src")
    dist, work = base / "dist", base / "work"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    try:
        result = subprocess.run(
            [sys.executable, "installer/build.py", "--dist", str(dist), "--work", str(work)],
            cwd=source,
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT_S,
            env=env,
        )
    except subprocess.TimeoutExpired as error:
        pytest.fail(f"build took more than {BUILD_TIMEOUT_S} s: {error}")
    log = result.stdout + result.stderr
    if result.returncode != 0:
        pytest.fail(f"installer/build.py failed ({result.returncode}):\n{log[-6000:]}")
    archives = sorted(dist.glob("cmq-desktop-*.tar.gz")) + sorted(dist.glob("cmq-desktop-*.zip"))
    return FrozenBuild(
        app_dir=dist / bundle.BUNDLE_DIR_NAME,
        archive=archives[0] if archives else None,
        work_dir=work,
        log=log,
    )
