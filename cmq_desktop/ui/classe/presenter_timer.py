"""The presenter's stopwatch: elapsed time with start, pause and reset."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer


class PresenterTimer:
    """Elapsed time with start, pause and reset."""

    def __init__(self) -> None:
        self._clock = QElapsedTimer()
        self._banked_ms = 0

    @property
    def running(self) -> bool:
        return self._clock.isValid()

    def elapsed_ms(self) -> int:
        return self._banked_ms + (self._clock.elapsed() if self.running else 0)

    def toggle(self) -> None:
        if self.running:
            self._banked_ms += self._clock.elapsed()
            self._clock.invalidate()
        else:
            self._clock.start()

    def reset(self) -> None:
        running = self.running
        self._banked_ms = 0
        self._clock.invalidate()
        if running:
            self._clock.start()

    def text(self) -> str:
        seconds = self.elapsed_ms() // 1000
        hours, rest = divmod(seconds, 3600)
        return (f"{hours}:" if hours else "") + f"{rest // 60:02d}:{rest % 60:02d}"
