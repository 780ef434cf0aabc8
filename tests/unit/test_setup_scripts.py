"""The set-up scripts install every missing Qt system package, waiting for apt's lock.

installer/setup-and-run.sh runs for real in a copy of the installer folder, with fake
``dpkg``, ``apt-get``, ``sudo`` and ``python3`` first on PATH: the fake dpkg says which
packages are installed, the others record what they were asked.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from cmq_desktop.system_libraries import LIBRARY_PACKAGES

ROOT = Path(__file__).resolve().parents[2]
PACKAGES_FILE = ROOT / "installer" / "qt-system-packages.txt"
LOCK_WAIT = "-o DPkg::Lock::Timeout=300"

FAKES = {
    # dpkg -s PACKAGE: installed when named in $FAKE_INSTALLED (or when it is "all").
    "dpkg": """#!/bin/bash
[ "$1" = "-s" ] || exit 2
case " $FAKE_INSTALLED " in
  *" $2 "*|" all ") printf 'Package: %s\\nStatus: install ok installed\\n' "$2"; exit 0;;
esac
echo "dpkg-query: package '$2' is not installed" >&2; exit 1
""",
    "apt-get": """#!/bin/bash
echo "apt-get $*" >> "$FAKE_LOG"
exit "${FAKE_APT_EXIT:-0}"
""",
    "sudo": """#!/bin/bash
exec "$@"
""",
    # python3 -m venv .venv: a venv whose python does nothing and whose program logs its args.
    "python3": """#!/bin/bash
if [ "$1 $2" = "-m venv" ]; then
  mkdir -p "$3/bin"
  printf '#!/bin/bash\\nexit 0\\n' > "$3/bin/python"
  printf '#!/bin/bash\\necho "cmq-desktop $*" >> "$FAKE_LOG"\\n' > "$3/bin/cmq-desktop"
  chmod +x "$3/bin/python" "$3/bin/cmq-desktop"
fi
""",
}


def listed_packages() -> list[str]:
    lines = (line.split("#")[0].strip() for line in PACKAGES_FILE.read_text().splitlines())
    return [line for line in lines if line]


@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    if shutil.which("bash") is None:
        pytest.skip("bash is needed to run the set-up script")
    (tmp_path / "repo").mkdir()
    shutil.copytree(ROOT / "installer", tmp_path / "repo" / "installer")
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    for name, text in FAKES.items():
        (fake_bin / name).write_text(text)
        (fake_bin / name).chmod(stat.S_IRWXU)
    return tmp_path


def run_setup(sandbox: Path, installed: str, apt_exit: int = 0) -> tuple[int, str, list[str]]:
    log = sandbox / "log.txt"
    log.touch()
    env = {
        "PATH": f"{sandbox / 'bin'}{os.pathsep}/usr/bin{os.pathsep}/bin",
        "HOME": str(sandbox),
        "FAKE_INSTALLED": installed,
        "FAKE_LOG": str(log),
        "FAKE_APT_EXIT": str(apt_exit),
    }
    result = subprocess.run(
        ["bash", str(sandbox / "repo" / "installer" / "setup-and-run.sh"), "--fullscreen"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return result.returncode, result.stderr, log.read_text().splitlines()


def test_every_missing_package_is_installed_waiting_for_the_lock(sandbox: Path) -> None:
    """libxcb-cursor0 present but three others missing: the three are installed."""
    absent = {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-xinerama0"}
    installed = " ".join(p for p in listed_packages() if p not in absent)
    code, _, log = run_setup(sandbox, installed)
    assert code == 0
    assert log == [
        f"apt-get {LOCK_WAIT} update -qq",
        f"apt-get {LOCK_WAIT} install -y -qq libxcb-icccm4 libxcb-keysyms1 libxcb-xinerama0",
        "cmq-desktop --fullscreen",
    ]


def test_nothing_to_install_when_everything_is_there(sandbox: Path) -> None:
    assert run_setup(sandbox, "all") == (0, "", ["cmq-desktop --fullscreen"])


def test_failed_install_names_the_packages_in_french_and_still_starts(sandbox: Path) -> None:
    installed = " ".join(p for p in listed_packages() if p != "libxcb-cursor0")
    code, stderr, log = run_setup(sandbox, installed, apt_exit=100)
    assert code == 0
    assert "sudo apt-get install libxcb-cursor0" in stderr
    assert "n’ont pas pu être installés" in stderr
    # The program starts anyway: its own pre-flight says what is missing, in French.
    assert log[-1] == "cmq-desktop --fullscreen"


def test_both_scripts_use_the_shared_list() -> None:
    for script in ("installer/setup-and-run.sh", "tests/setup-and-run-tests.sh"):
        text = (ROOT / script).read_text()
        assert ". installer/debian-packages.sh" in text, script
        assert "install_debian_packages" in text and "$(qt_system_packages)" in text, script
        assert "libxcb" not in text, f"{script} lists Qt packages itself"


def test_the_list_holds_every_package_the_program_may_ask_for() -> None:
    assert sorted(set(LIBRARY_PACKAGES.values()) - set(listed_packages())) == []
    assert len(listed_packages()) == len(set(listed_packages()))
