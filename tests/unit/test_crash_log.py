"""The crash handler without Qt: rotating log, crash files, the dialog hook.

The French dialog itself is tested in tests/ui/test_crash_dialog.py.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest

from cmq_desktop import __version__, crash_log, paths

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(directory))
    return directory


@pytest.fixture
def installed(data_dir: Path) -> Iterator[Path]:
    log = crash_log.install(fatal_errors=False)
    try:
        yield log
    finally:
        crash_log.uninstall()


def raised(
    message: str = "boom",
) -> tuple[type[BaseException], BaseException, TracebackType | None]:
    try:
        raise RuntimeError(message)
    except RuntimeError as error:
        return type(error), error, error.__traceback__


def crash_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "logs").glob("crash-*.log"))


# --- where ----------------------------------------------------------------------------


def test_logs_go_to_the_data_dir(data_dir: Path) -> None:
    assert crash_log.log_dir() == data_dir / "logs"
    assert (data_dir / "logs").is_dir()


def test_unwritable_data_dir_falls_back_to_a_temporary_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(blocker / "data"))
    directory = crash_log.log_dir()
    assert directory.is_dir() and os.access(directory, os.W_OK)


# --- the rotating log -----------------------------------------------------------------


def test_install_starts_a_rotating_log_with_version_and_platform(
    installed: Path, data_dir: Path
) -> None:
    assert installed == data_dir / "logs" / crash_log.LOG_FILE_NAME
    handlers = [h for h in logging.getLogger().handlers if h is crash_log._state.handler]
    assert len(handlers) == 1
    assert isinstance(handlers[0], crash_log.RotatingFileHandler)
    assert handlers[0].max_bytes == crash_log.LOG_MAX_BYTES
    text = installed.read_text(encoding="utf-8")
    assert f"CMQ Desktop {__version__}" in text
    assert "Python " in text and "platform " in text
    # Unit tests run with Qt hidden (tests/unit/conftest.py); tests/ui checks its version.
    assert "Qt not loaded yet" in text


def test_the_log_rotates_by_size(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    handler = crash_log.RotatingFileHandler(path, max_bytes=2000, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("cmq_desktop.test_rotation")
    log.propagate = False
    log.addHandler(handler)
    try:
        for number in range(400):
            log.warning("ligne %03d du journal", number)
    finally:
        log.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["app.log", "app.log.1", "app.log.2", "app.log.3"]
    assert all((tmp_path / name).stat().st_size <= 2100 for name in files)
    assert path.read_text(encoding="utf-8").splitlines()[-1] == "ligne 399 du journal"


def test_install_is_idempotent_and_uninstall_restores_the_hooks(data_dir: Path) -> None:
    before = sys.excepthook, threading.excepthook, len(logging.getLogger().handlers)
    crash_log.install(fatal_errors=False)
    crash_log.install(fatal_errors=False)
    assert sys.excepthook is crash_log._excepthook
    assert len(logging.getLogger().handlers) == before[2] + 1
    crash_log.uninstall()
    assert (sys.excepthook, threading.excepthook, len(logging.getLogger().handlers)) == before


def test_environment_summary_names_version_python_qt_platform() -> None:
    summary = crash_log.environment_summary()
    assert __version__ in summary and "Python" in summary and "platform" in summary


# --- crash files ----------------------------------------------------------------------


def test_uncaught_exception_writes_a_crash_file_and_the_log(
    installed: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sys.excepthook(*raised("le projecteur a pris feu"))
    [crash] = crash_files(data_dir)
    text = crash.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: le projecteur a pris feu" in text
    assert __version__ in text
    log = installed.read_text(encoding="utf-8")
    assert "CRITICAL" in log and str(crash) in log
    assert "RuntimeError: le projecteur a pris feu" in capsys.readouterr().err


def test_exception_in_a_thread_is_logged_with_its_name(installed: Path, data_dir: Path) -> None:
    def fail() -> None:
        raise ValueError("dans le fil")

    thread = threading.Thread(target=fail, name="chargeur")
    thread.start()
    thread.join()
    [crash] = crash_files(data_dir)
    text = crash.read_text(encoding="utf-8")
    assert "Thread: chargeur" in text and "ValueError: dans le fil" in text


def test_old_crash_files_are_pruned(installed: Path, data_dir: Path) -> None:
    logs = data_dir / "logs"
    for number in range(crash_log.CRASH_FILES_KEPT + 5):
        old = logs / f"crash-20000101-0000{number:02d}.log"
        old.write_text("old", encoding="utf-8")
        os.utime(old, (number, number))
    crash_log.write_crash_log(*raised())
    assert len(crash_files(data_dir)) == crash_log.CRASH_FILES_KEPT


def test_keyboard_interrupt_writes_no_crash_file(
    installed: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert crash_files(data_dir) == []
    capsys.readouterr()


def test_real_uncaught_exception_without_qt(tmp_path: Path) -> None:
    """A program that dies: exit 1, a crash file, and Qt never imported by the handler."""
    script = (
        "import sys, atexit\n"
        "from cmq_desktop import crash_log\n"
        "crash_log.install()\n"
        "atexit.register(lambda: print('qt loaded:', 'PySide6' in sys.modules))\n"
        "raise RuntimeError('au démarrage')\n"
    )
    env = {**os.environ, paths.ENV_DATA_DIR: str(tmp_path), "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 1
    assert "qt loaded: False" in result.stdout
    assert "RuntimeError: au démarrage" in result.stderr
    [crash] = sorted((tmp_path / "logs").glob("crash-*.log"))
    assert "au démarrage" in crash.read_text(encoding="utf-8")
    log = (tmp_path / "logs" / crash_log.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "Qt not loaded yet" in log


# --- the dialog hook ------------------------------------------------------------------


def test_without_a_dialog_handler_a_crash_is_only_logged(installed: Path, data_dir: Path) -> None:
    sys.excepthook(*raised("sans écran"))  # the default: headless commands register none
    [crash] = crash_files(data_dir)
    assert "sans écran" in crash.read_text(encoding="utf-8")
    assert "Could not show the crash dialog" not in installed.read_text(encoding="utf-8")


def test_the_registered_handler_gets_the_crash_file_once_per_crash(
    installed: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[tuple[Path, str, bool]] = []

    def handler(crash_path: Path, signature: str, *, wait: bool) -> None:
        calls.append((crash_path, signature, wait))

    crash_log.set_dialog_handler(handler)
    error = raised("le projecteur a pris feu")
    sys.excepthook(*error)
    sys.excepthook(*error)
    assert len(calls) == 2
    assert sorted(call[0] for call in calls) == crash_files(data_dir)
    # Same fault, same signature: the handler can skip repeating itself.
    assert calls[0][1] == calls[1][1] and calls[0][1].startswith("RuntimeError|")
    assert calls[0][2] is False  # not top level: the program goes on, nothing waits
    capsys.readouterr()


def test_a_failing_handler_is_logged_not_raised(
    installed: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(crash_path: Path, signature: str, *, wait: bool) -> None:
        raise RuntimeError("no screen")

    crash_log.set_dialog_handler(broken)
    sys.excepthook(*raised("first"))
    assert len(crash_files(data_dir)) == 1
    assert "Could not show the crash dialog" in installed.read_text(encoding="utf-8")
    assert capsys.readouterr().err.count("RuntimeError: first") == 1


def test_uninstall_forgets_the_handler(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[Path] = []
    crash_log.install(fatal_errors=False)
    crash_log.set_dialog_handler(lambda crash_path, signature, *, wait: calls.append(crash_path))
    crash_log.uninstall()
    crash_log.install(fatal_errors=False)
    try:
        sys.excepthook(*raised())
    finally:
        crash_log.uninstall()
    assert calls == []
    capsys.readouterr()


def test_crash_log_does_not_import_the_ui() -> None:
    """The GUI registers its dialog; the crash log never reaches into cmq_desktop.ui."""
    script = (
        "import sys\n"
        "from cmq_desktop import crash_log\n"
        "print(sorted(m for m in sys.modules if m.startswith(('cmq_desktop.ui', 'PySide6'))))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert (result.returncode, result.stdout.strip()) == (0, "[]"), result.stderr
