"""The crash handler: rotating log, crash files, and the French dialog (never a traceback)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from cmq_desktop import APP_ID, __version__, crash_log
from cmq_desktop.ui import crash_dialog

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "data"
    monkeypatch.setenv(crash_log.ENV_DATA_DIR, str(directory))
    return directory


@pytest.fixture
def installed(data_dir: Path) -> Iterator[Path]:
    log = crash_log.install(fatal_errors=False)
    try:
        yield log
    finally:
        crash_log.uninstall()


def raised(message: str = "boom") -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError(message)
    except RuntimeError as error:
        return type(error), error, error.__traceback__


def crash_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "logs").glob("crash-*.log"))


# --- where ----------------------------------------------------------------------------


def test_data_dir_can_be_overridden(data_dir: Path) -> None:
    assert crash_log.user_data_dir() == data_dir
    assert crash_log.log_dir() == data_dir / "logs"
    assert (data_dir / "logs").is_dir()


@pytest.mark.skipif(sys.platform != "linux", reason="XDG layout")
def test_default_data_dir_is_named_after_the_app_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(crash_log.ENV_DATA_DIR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", "/nonexistent/share")
    assert crash_log.user_data_dir() == Path("/nonexistent/share") / APP_ID


def test_unwritable_data_dir_falls_back_to_a_temporary_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv(crash_log.ENV_DATA_DIR, str(blocker / "data"))
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
    assert "Qt " in text  # the test run has Qt loaded: its version is logged


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
    crash_log.write_crash_log(*raised())  # type: ignore[arg-type]
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
    env = {**os.environ, crash_log.ENV_DATA_DIR: str(tmp_path), "PYTHONPATH": str(REPO)}
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


# --- the dialog -----------------------------------------------------------------------


# The offscreen platform warns when a dialog is shown; harmless here.
OFFSCREEN_DIALOG_WARNING = "This plugin does not support propagateSizeHints"


@pytest.fixture
def dialogs_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """Allow dialogs although the test run is offscreen (see tests/conftest.py)."""
    monkeypatch.delenv(crash_log.ENV_NO_DIALOGS, raising=False)
    monkeypatch.setattr(crash_dialog, "_headless_platform", lambda: False)


def dialog_text(box) -> str:
    return "\n".join((box.windowTitle(), box.text(), box.informativeText()))


def shown_dialog(qtbot):
    qtbot.waitUntil(
        lambda: (
            crash_dialog.current_dialog() is not None and crash_dialog.current_dialog().isVisible()
        ),
        timeout=5000,
    )
    return crash_dialog.current_dialog()


def close_dialog(qtbot, box) -> None:
    box.done(0)
    qtbot.waitUntil(lambda: crash_dialog.current_dialog() is None, timeout=5000)


def test_dialog_is_french_names_the_file_and_shows_no_traceback(qapp, tmp_path: Path) -> None:
    crash = tmp_path / "logs" / "crash-20261124-101500.log"
    box = crash_dialog.make_crash_dialog(crash)
    try:
        assert "problème inattendu" in box.text()
        assert str(crash) in box.informativeText()
        assert "Traceback" not in box.text() + box.informativeText()
        assert sorted(button.text() for button in box.buttons()) == [
            "Fermer",
            "Ouvrir le dossier",
        ]
    finally:
        box.deleteLater()


@pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
def test_uncaught_exception_shows_the_dialog_once(
    qapp, qtbot, installed: Path, data_dir: Path, dialogs_on: None, capsys
) -> None:
    error = raised("secret interne")
    crash_log._excepthook(*error)  # type: ignore[arg-type]
    box = shown_dialog(qtbot)
    text = dialog_text(box)
    [crash] = crash_files(data_dir)
    assert str(crash) in text
    assert "Traceback" not in text and "secret interne" not in text
    close_dialog(qtbot, box)
    # The same fault again (say, on every repaint) is logged, not shown again.
    crash_log._excepthook(*error)  # type: ignore[arg-type]
    qapp.processEvents()
    assert crash_dialog.current_dialog() is None
    assert len(crash_files(data_dir)) == 2
    capsys.readouterr()


@pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
def test_exception_in_a_thread_shows_the_dialog_in_the_main_thread(
    qapp, qtbot, installed: Path, data_dir: Path, dialogs_on: None
) -> None:
    def fail() -> None:
        raise OSError("disque plein")

    thread = threading.Thread(target=fail)
    thread.start()
    thread.join()
    box = shown_dialog(qtbot)
    text = dialog_text(box)
    assert "Traceback" not in text and "disque plein" not in text
    close_dialog(qtbot, box)


@pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
def test_fatal_error_waits_for_the_dialog_to_be_closed(
    qapp, qtbot, installed: Path, data_dir: Path, dialogs_on: None
) -> None:
    from PySide6.QtCore import QTimer

    seen: list[str] = []

    def close_when_shown() -> None:
        box = crash_dialog.current_dialog()
        if box is None or not box.isVisible():
            QTimer.singleShot(10, close_when_shown)
            return
        seen.append(dialog_text(box))
        box.done(0)

    QTimer.singleShot(0, close_when_shown)
    crash = data_dir / "logs" / "crash-fatal.log"
    assert crash_dialog.show_crash_dialog(crash, "fatal", wait=True) is True
    assert len(seen) == 1 and str(crash) in seen[0]
    assert crash_dialog.current_dialog() is None


def test_a_failing_dialog_is_logged_not_raised(
    qapp, installed: Path, data_dir: Path, dialogs_on: None, monkeypatch, capsys
) -> None:
    def broken(*_args):
        raise RuntimeError("no screen")

    monkeypatch.setattr(crash_dialog, "make_crash_dialog", broken)
    crash_log._excepthook(*raised("first"))  # type: ignore[arg-type]
    assert len(crash_files(data_dir)) == 1
    assert "Could not show the crash dialog" in installed.read_text(encoding="utf-8")
    assert capsys.readouterr().err.count("RuntimeError: first") == 1


def test_no_dialog_when_disabled_or_headless(
    qapp, installed: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crash = data_dir / "logs" / "crash.log"
    monkeypatch.setenv(crash_log.ENV_NO_DIALOGS, "1")
    assert crash_dialog.show_crash_dialog(crash, "a") is False
    monkeypatch.delenv(crash_log.ENV_NO_DIALOGS)
    # The test run is offscreen: a modal dialog would wait for ever.
    assert crash_dialog.show_crash_dialog(crash, "b") is False
