"""Logging and crash reports: a rotating log, a crash file and a friendly dialog.

``install()`` (once, at the start of the GUI):

- writes a rotating log ``logs/cmq-desktop.log`` in the user's data directory, opened
  with the version, Python, Qt and platform;
- replaces ``sys.excepthook`` and ``threading.excepthook``: an uncaught exception is
  written with its traceback to ``logs/crash-YYYYmmdd-HHMMSS.log`` and to the log and,
  when a Qt application is running on a real screen, a dialog in French says that
  something went wrong and where the file is (never the traceback itself);
- sends fatal native errors (segmentation faults in Qt) to ``logs/fatal-errors.log``.

This module never imports Qt nor ``cmq_desktop.ui``: it is safe for the headless commands
and the pure layers. The GUI registers its dialog with ``set_dialog_handler()``
(``cmq_desktop.ui.crash_dialog.show_crash_dialog``); with none registered, a crash is
only logged.

Environment, for tests and end-to-end runs:
``CMQ_DESKTOP_DATA_DIR`` replaces the data directory (``cmq_desktop.paths``);
``CMQ_DESKTOP_NO_DIALOGS=1`` logs crashes without ever opening a dialog.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Protocol

from cmq_desktop import APP_ID, APP_NAME, __version__
from cmq_desktop.paths import user_data_dir

ENV_NO_DIALOGS = "CMQ_DESKTOP_NO_DIALOGS"
LOG_FILE_NAME = "cmq-desktop.log"
FATAL_FILE_NAME = "fatal-errors.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
CRASH_FILES_KEPT = 20

logger = logging.getLogger("cmq_desktop")


class DialogHandler(Protocol):
    """Tells the user about a crash: ``(crash file, signature of the fault, wait=...)``.

    ``wait``: the program is about to end, so block until the user has read it. The
    signature (exception type and last frames) lets the handler skip a fault it already
    showed. Called from any thread; the handler moves to its GUI thread itself.
    """

    def __call__(self, crash_path: Path, signature: str, *, wait: bool) -> object: ...


class _State:
    handler: logging.FileHandler | None = None
    dialog_handler: DialogHandler | None = None
    previous_excepthook: Callable[..., Any] | None = None
    previous_threading_excepthook: Callable[[threading.ExceptHookArgs], Any] | None = None
    fatal_file: IO[str] | None = None
    faulthandler_was_enabled = False
    previous_root_level = logging.NOTSET


_state = _State()


# --- where ----------------------------------------------------------------------------


def log_dir() -> Path:
    """The ``logs`` folder, created if needed; a temporary one if the data dir is read-only."""
    candidate = user_data_dir() / "logs"
    with contextlib.suppress(OSError):
        candidate.mkdir(parents=True, exist_ok=True)
    if candidate.is_dir() and os.access(candidate, os.W_OK):
        return candidate
    import tempfile  # only now: it costs start-up time

    fallback = Path(tempfile.gettempdir()) / f"{APP_ID}-logs"
    with contextlib.suppress(OSError):
        fallback.mkdir(parents=True, exist_ok=True)
        return fallback
    return Path(tempfile.gettempdir())


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


class RotatingFileHandler(logging.FileHandler):
    """Size-based rotation (``cmq-desktop.log``, ``.1``, ``.2``...), like the standard
    library's, without importing ``logging.handlers`` (socket, pickle, queue: about ten
    milliseconds of every start)."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        self.max_bytes = max_bytes
        self.backups = backups
        super().__init__(path, mode="a", encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rollover()
        except (OSError, ValueError):
            pass  # another instance holds the file (Windows): keep writing to it
        super().emit(record)

    def _rollover(self) -> None:
        if self.stream is not None:
            self.stream.close()
        self.stream = None  # reopened by FileHandler.emit
        base = self.baseFilename
        for index in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{index}"):
                os.replace(f"{base}.{index}", f"{base}.{index + 1}")
        os.replace(base, f"{base}.1")


# --- start-up -------------------------------------------------------------------------


def _platform_name() -> str:
    if not sys.platform.startswith("linux"):
        import platform  # Windows and macOS: its answer is right and cheap there

        return platform.platform()
    # On Linux, platform.platform() would scan the executable for its libc version at
    # every start; the distribution and glibc say more, for less.
    distribution = "Linux"
    with contextlib.suppress(OSError), open("/etc/os-release", encoding="utf-8") as file:
        for line in file:
            if line.startswith("PRETTY_NAME="):
                distribution = line.split("=", 1)[1].strip().strip('"')
    uname = os.uname()
    libc = os.confstr("CS_GNU_LIBC_VERSION") if "CS_GNU_LIBC_VERSION" in os.confstr_names else ""
    return ", ".join(
        part for part in (distribution, f"kernel {uname.release}", uname.machine, libc) if part
    )


def environment_summary() -> str:
    """Version, Python, Qt and platform, one line (Qt only if already loaded)."""
    parts = [
        f"{APP_NAME} {__version__}",
        f"Python {sys.version.split()[0]} ({sys.executable})",
        f"platform {_platform_name()}",
        "frozen" if getattr(sys, "frozen", False) else "from source",
    ]
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None:
        pyside = sys.modules.get("PySide6")
        parts.insert(2, f"Qt {qt_core.qVersion()} (PySide6 {getattr(pyside, '__version__', '?')})")
    else:
        parts.insert(2, "Qt not loaded yet")
    return "; ".join(parts)


def install(*, fatal_errors: bool = True) -> Path:
    """Set up the rotating log and the crash hooks; returns the log file. Idempotent."""
    if _state.handler is None:
        path = log_file()
        handler = RotatingFileHandler(path, LOG_MAX_BYTES, LOG_BACKUPS)
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
        )
        handler.setLevel(logging.INFO)
        root = logging.getLogger()
        root.addHandler(handler)
        _state.previous_root_level = root.level
        if root.level > logging.INFO or root.level == logging.NOTSET:
            root.setLevel(logging.INFO)
        _state.handler = handler
        _state.previous_excepthook = sys.excepthook
        _state.previous_threading_excepthook = threading.excepthook
        sys.excepthook = _excepthook
        threading.excepthook = _threading_excepthook
        if fatal_errors:
            _state.faulthandler_was_enabled = faulthandler.is_enabled()
            try:
                _state.fatal_file = open(log_dir() / FATAL_FILE_NAME, "a", encoding="utf-8")  # noqa: SIM115
                faulthandler.enable(file=_state.fatal_file, all_threads=True)
            except (OSError, ValueError, RuntimeError):
                _state.fatal_file = None
        logger.info("Start: %s", environment_summary())
        logger.info("Data directory: %s", user_data_dir())
    return Path(_state.handler.baseFilename)


def set_dialog_handler(handler: DialogHandler | None) -> None:
    """Register how to tell the user about a crash (the GUI does, at start); None: log only."""
    _state.dialog_handler = handler


def uninstall() -> None:
    """Undo ``install()`` and forget the dialog handler (for tests)."""
    _state.dialog_handler = None
    if _state.handler is None:
        return
    logging.getLogger().removeHandler(_state.handler)
    logging.getLogger().setLevel(_state.previous_root_level)
    _state.handler.close()
    _state.handler = None
    if sys.excepthook is _excepthook and _state.previous_excepthook is not None:
        sys.excepthook = _state.previous_excepthook
    if (
        threading.excepthook is _threading_excepthook
        and _state.previous_threading_excepthook is not None
    ):
        threading.excepthook = _state.previous_threading_excepthook
    if _state.fatal_file is not None:
        faulthandler.disable()
        _state.fatal_file.close()
        _state.fatal_file = None
        if _state.faulthandler_was_enabled and sys.__stderr__ is not None:
            faulthandler.enable(file=sys.__stderr__)


# --- crash files ----------------------------------------------------------------------


def write_crash_log(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    thread_name: str | None = None,
) -> Path:
    """Write one crash file (header and traceback); prune the oldest ones."""
    directory = log_dir()
    now = time.localtime()
    stamp = time.strftime("%Y%m%d-%H%M%S", now)
    path = directory / f"crash-{stamp}.log"
    counter = 1
    while path.exists():
        counter += 1
        path = directory / f"crash-{stamp}-{counter}.log"
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    header = [
        f"{APP_NAME}: unexpected error on {time.strftime('%Y-%m-%d %H:%M:%S', now)}",
        environment_summary(),
        f"Thread: {thread_name or threading.current_thread().name}",
        "",
    ]
    path.write_text("\n".join(header) + text, encoding="utf-8")
    crashes = sorted(directory.glob("crash-*.log"), key=lambda p: p.stat().st_mtime)
    for old in crashes[:-CRASH_FILES_KEPT]:
        with contextlib.suppress(OSError):
            old.unlink()
    return path


def _report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    thread_name: str | None,
) -> Path | None:
    logger.critical(
        "Unexpected error (thread %s)",
        thread_name or threading.current_thread().name,
        exc_info=(exc_type, exc, tb),
    )
    try:
        path = write_crash_log(exc_type, exc, tb, thread_name=thread_name)
    except OSError:
        logger.exception("Could not write the crash file")
        return None
    logger.critical("Crash file: %s", path)
    return path


def _print_to_stderr(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
    # A windowed Windows program has no stderr; elsewhere keep the usual traceback for
    # whoever started the program from a terminal.
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            traceback.print_exception(exc_type, exc, tb, file=sys.stderr)


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        path = _report(exc_type, exc, tb, None)
        _print_to_stderr(exc_type, exc, tb)
    except Exception:  # never let the crash handler itself crash
        sys.__excepthook__(exc_type, exc, tb)
        return
    fatal = _is_top_level(tb)
    if path is not None:
        _show_dialog_safely(path, _signature(exc_type, tb), wait=fatal)
    if fatal and getattr(sys, "frozen", False) and sys.stderr is None:
        # Windowed frozen program about to end: the PyInstaller bootloader would show
        # its own English message next; ours has said it all.
        logging.shutdown()
        os._exit(1)


def _threading_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    exc = args.exc_value if args.exc_value is not None else args.exc_type()
    thread_name = args.thread.name if args.thread is not None else None
    try:
        path = _report(args.exc_type, exc, args.exc_traceback, thread_name)
        _print_to_stderr(args.exc_type, exc, args.exc_traceback)
    except Exception:
        if _state.previous_threading_excepthook is not None:
            _state.previous_threading_excepthook(args)
        return
    if path is not None:
        _show_dialog_safely(path, _signature(args.exc_type, args.exc_traceback), wait=False)


def _show_dialog_safely(path: Path, signature: str, *, wait: bool) -> None:
    # Only the GUI registers a handler; the headless commands just log.
    handler = _state.dialog_handler
    if handler is None:
        return
    try:
        handler(path, signature, wait=wait)
    except Exception:  # the error is already on record; say why no dialog came
        logger.exception("Could not show the crash dialog")


def _signature(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)[-3:] if tb is not None else []
    return exc_type.__name__ + "|" + "|".join(f"{f.filename}:{f.lineno}" for f in frames)


def _is_top_level(tb: TracebackType | None) -> bool:
    """True when the exception left the main script (the program is about to end)."""
    return (
        tb is not None
        and tb.tb_frame.f_code.co_name == "<module>"
        and tb.tb_frame.f_globals.get("__name__") == "__main__"
    )
