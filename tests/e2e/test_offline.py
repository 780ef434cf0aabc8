"""The program never opens a network connection: every socket call of a session, traced."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import installed_command, program_env

# Any socket that is not a local (Unix) one: IPv4, IPv6, or anything else but AF_UNIX/NETLINK.
NETWORK_SOCKET = re.compile(r"socket\((?!AF_UNIX|AF_LOCAL|AF_NETLINK)AF_\w+")


def _strace() -> str:
    path = shutil.which("strace")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("strace is missing: .ci/run installs it with apt-get")
        pytest.skip("strace not installed (apt-get install strace)")
    return path


@pytest.mark.parametrize(
    "args",
    [
        # render walks every slide and every quiz screen through the real views.
        ("render", "--out", "{tmp}/png", "--size", "1280x720"),
        ("--exit-after-first-frame",),
    ],
    ids=["render-every-screen", "gui-start"],
)
def test_no_network_socket(tmp_path: Path, args: tuple[str, ...]) -> None:
    trace = tmp_path / "trace.txt"
    argv = [a.format(tmp=tmp_path) for a in args]
    result = subprocess.run(
        [
            _strace(),
            "-f",
            "-e",
            "trace=socket,connect",
            "-o",
            str(trace),
            str(installed_command()),
            *argv,
        ],
        env=program_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    calls = trace.read_text(encoding="utf-8", errors="replace")
    assert "+++ exited with 0 +++" in calls
    network = [line for line in calls.splitlines() if NETWORK_SOCKET.search(line)]
    assert network == []
