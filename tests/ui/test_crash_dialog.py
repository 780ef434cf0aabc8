"""The French crash dialog, registered by the GUI with the crash log (never a traceback)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cmq_desktop import crash_log, paths
from cmq_desktop.ui import crash_dialog


def raised(
    message: str = "boom",
) -> tuple[type[BaseException], BaseException, TracebackType | None]:
    try:
        raise RuntimeError(message)
    except RuntimeError as error:
        return type(error), error, error.__traceback__


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(directory))
    return directory


@pytest.fixture
def installed(data_dir: Path) -> Iterator[Path]:
    """The crash log with the dialog registered, as the GUI start-up (ui/app.py) does."""
    log = crash_log.install(fatal_errors=False)
    crash_log.set_dialog_handler(crash_dialog.show_crash_dialog)
    crash_dialog.reset()
    try:
        yield log
    finally:
        crash_log.uninstall()
        crash_dialog.reset()


@pytest.fixture
def dialogs_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """Allow dialogs although the test run is offscreen (see tests/conftest.py)."""
    monkeypatch.delenv(crash_log.ENV_NO_DIALOGS, raising=False)
    monkeypatch.setattr(crash_dialog, "_headless_platform", lambda: False)


def crash_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "logs").glob("crash-*.log"))


def dialog_text(box: QMessageBox) -> str:
    return "\n".join((box.windowTitle(), box.text(), box.informativeText()))


def shown_dialog(qtbot: QtBot) -> QMessageBox:
    def visible() -> bool:
        box = crash_dialog.current_dialog()
        return box is not None and box.isVisible()

    qtbot.waitUntil(visible, timeout=5000)
    box = crash_dialog.current_dialog()
    assert isinstance(box, QMessageBox)
    return box


def close_dialog(qtbot: QtBot, box: QMessageBox) -> None:
    box.done(0)
    qtbot.waitUntil(lambda: crash_dialog.current_dialog() is None, timeout=5000)


def test_the_log_names_the_qt_version(qapp: QApplication, installed: Path) -> None:
    from PySide6 import QtCore

    assert f"Qt {QtCore.qVersion()}" in installed.read_text(encoding="utf-8")


def test_dialog_is_french_names_the_file_and_shows_no_traceback(
    qapp: QApplication, tmp_path: Path
) -> None:
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


def test_uncaught_exception_shows_the_dialog_once(
    qapp: QApplication,
    qtbot: QtBot,
    installed: Path,
    data_dir: Path,
    dialogs_on: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    error = raised("secret interne")
    sys.excepthook(*error)
    box = shown_dialog(qtbot)
    text = dialog_text(box)
    [crash] = crash_files(data_dir)
    assert str(crash) in text
    assert "Traceback" not in text and "secret interne" not in text
    close_dialog(qtbot, box)
    # The same fault again (say, on every repaint) is logged, not shown again.
    sys.excepthook(*error)
    qapp.processEvents()
    assert crash_dialog.current_dialog() is None
    assert len(crash_files(data_dir)) == 2
    capsys.readouterr()


def test_exception_in_a_thread_shows_the_dialog_in_the_main_thread(
    qapp: QApplication, qtbot: QtBot, installed: Path, data_dir: Path, dialogs_on: None
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


def test_fatal_error_waits_for_the_dialog_to_be_closed(
    qapp: QApplication, qtbot: QtBot, installed: Path, data_dir: Path, dialogs_on: None
) -> None:
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
    qapp: QApplication,
    installed: Path,
    data_dir: Path,
    dialogs_on: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(*_args: object) -> QMessageBox:
        raise RuntimeError("no screen")

    monkeypatch.setattr(crash_dialog, "make_crash_dialog", broken)
    sys.excepthook(*raised("first"))
    assert len(crash_files(data_dir)) == 1
    assert "Could not show the crash dialog" in installed.read_text(encoding="utf-8")
    assert capsys.readouterr().err.count("RuntimeError: first") == 1


def test_no_dialog_when_disabled_or_headless(
    qapp: QApplication, installed: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crash = data_dir / "logs" / "crash.log"
    monkeypatch.setenv(crash_log.ENV_NO_DIALOGS, "1")
    assert crash_dialog.show_crash_dialog(crash, "a") is False
    monkeypatch.delenv(crash_log.ENV_NO_DIALOGS)
    # The test run is offscreen: a modal dialog would wait for ever.
    assert crash_dialog.show_crash_dialog(crash, "b") is False
