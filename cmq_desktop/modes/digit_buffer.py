"""Digits typed before Enter: "1", "2", Enter jumps to slide 12 (as in presentation
programs). Pure, so the key handling of every window shares one buffer and tests need
no display."""

from __future__ import annotations

MAX_DIGITS = 4


class DigitBuffer:
    def __init__(self) -> None:
        self._digits = ""

    @property
    def text(self) -> str:
        """What the console shows while the teacher types ("" when empty)."""
        return self._digits

    def push(self, key: str) -> bool:
        """Take ``key`` if it is a digit (True); another key leaves the buffer as it is."""
        if len(key) == 1 and key.isdigit() and key.isascii():
            self._digits = (self._digits + key)[-MAX_DIGITS:]
            return True
        return False

    def take(self) -> int | None:
        """The number typed (then empty), or None when nothing was typed."""
        digits, self._digits = self._digits, ""
        return int(digits) if digits else None

    def clear(self) -> None:
        self._digits = ""
