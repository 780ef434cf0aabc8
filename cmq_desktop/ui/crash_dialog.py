"""The crash dialog: French, names the crash file, never shows a traceback.

The GUI start-up registers ``show_crash_dialog`` with ``crash_log.set_dialog_handler``;
``crash_log`` calls it when an uncaught error happens (it never imports this module).
``CMQ_DESKTOP_NO_DIALOGS=1`` turns it off (tests, end-to-end
runs); on the offscreen and minimal platforms it never opens.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from cmq_desktop.crash_log import ENV_NO_DIALOGS
from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate

MAX_DIALOGS = 3


class _Dialogs:
    shown = 0
    current: Any = None  # the crash dialog on screen
    signatures: set[str] = set()  # noqa: RUF012  (one process-wide state)


_dialogs = _Dialogs()


def reset() -> None:
    """Forget the dialogs shown so far (for tests)."""
    _dialogs.shown = 0
    _dialogs.current = None
    _dialogs.signatures.clear()


DIALOG_TITLE = QT_TRANSLATE_NOOP("crash", "CMQ Desktop – problème inattendu")
DIALOG_TEXT = QT_TRANSLATE_NOOP("crash", "Désolé, CMQ Desktop a rencontré un problème inattendu.")


def dialog_informative_text(crash_path: Path) -> str:
    return translate(
        "crash",
        "Le détail a été enregistré dans le fichier :\n"
        "{path}\n\n"
        "Vous pouvez transmettre ce fichier à la personne qui s’occupe des ordinateurs. "
        "Si le programme ne répond plus correctement, fermez-le puis relancez-le.",
    ).format(path=crash_path)


def dialogs_enabled() -> bool:
    return os.environ.get(ENV_NO_DIALOGS, "").strip().lower() not in {"1", "true", "yes", "oui"}


def _headless_platform() -> bool:
    # A modal dialog on the offscreen or minimal platform would wait forever.
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() in {"offscreen", "minimal"}


def _dialog_parent() -> Any:
    """The active window, if it is still a live, visible widget (else no parent)."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    window = QApplication.activeWindow()
    if window is None or not shiboken6.isValid(window) or not window.isVisible():
        return None
    return window


def make_crash_dialog(crash_path: Path, parent: Any = None) -> Any:
    """The QMessageBox (not shown): French text, the file's path, never a traceback."""
    from PySide6.QtCore import Qt, QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("crash", DIALOG_TITLE))
    box.setText(translate("crash", DIALOG_TEXT))
    box.setInformativeText(dialog_informative_text(crash_path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy the path
    open_button = box.addButton(
        translate("crash", "Ouvrir le dossier"), QMessageBox.ButtonRole.ActionRole
    )
    close_button = box.addButton(translate("crash", "Fermer"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(close_button)
    box.setEscapeButton(close_button)
    open_button.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(crash_path.parent)))
    )
    return box


def current_dialog() -> Any:
    """The crash dialog on screen, if any (for tests)."""
    return _dialogs.current


def show_crash_dialog(crash_path: Path, signature: str = "", *, wait: bool = False) -> bool:
    """Show the dialog if a Qt application runs on a screen; returns True if shown.

    ``wait``: run it modally until closed (the program is about to end); otherwise it is
    opened window-modal and the event loop goes on, so a clicker still reaches the app.
    """
    if not dialogs_enabled():
        return False
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication) or _headless_platform():
        return False
    if _dialogs.current is not None or _dialogs.shown >= MAX_DIALOGS:
        return False
    if signature and signature in _dialogs.signatures:
        return False  # the same fault again (say, in every repaint): logged, not repeated
    _dialogs.signatures.add(signature)
    _dialogs.shown += 1

    def run() -> None:
        box = make_crash_dialog(crash_path, _dialog_parent())
        _dialogs.current = box

        def closed() -> None:
            _dialogs.current = None
            box.deleteLater()

        box.finished.connect(closed)
        if wait:
            box.exec()
        else:
            box.open()

    if threading.current_thread() is threading.main_thread():
        run()
    else:
        QTimer.singleShot(0, app, run)  # widgets live in the main thread only
    return True
