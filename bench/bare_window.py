"""A bare PySide6 program, the yardstick for the frozen start-up benchmark.

It shows a QLabel window and, on its first real paint, prints the milliseconds since
the process started and quits. It must stay "bare": it imports nothing from the
``cmq_desktop`` package. The clock is shared on purpose: ``process_clock.py`` is a
standalone module (standard library only), loaded here as a top-level module from
``cmq_desktop/`` and bundled the same way by ``installer/bare_window.spec``, so both
programs measure start-up with the very same code.
"""

from __future__ import annotations

import sys
from pathlib import Path

if not getattr(sys, "frozen", False):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "cmq_desktop"))

import process_clock

process_clock.mark_process_start()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402


class _FirstPaintLabel(QLabel):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._painted = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            print(f"{process_clock.ms_since_process_start():.1f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv)
    label = _FirstPaintLabel("Bonjour")
    label.resize(640, 480)
    label.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
