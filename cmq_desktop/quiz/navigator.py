"""Slide navigation apart from any quiz: index, jumps, blackout and the overview grid."""

from __future__ import annotations

from enum import Enum


class Blackout(Enum):
    NONE = "off"
    BLACK = "black"
    WHITE = "white"


class SlideNavigator:
    """Where the presentation stands among ``count`` slides (0-based ``index``)."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.index = 0
        self.blackout = Blackout.NONE
        self.overview = False

    @property
    def at_first(self) -> bool:
        return self.index == 0

    @property
    def at_last(self) -> bool:
        return self.index >= self.count - 1

    def next(self) -> bool:
        """Move forward; False at the last slide (the caller decides what comes next)."""
        if self.at_last:
            return False
        self.index += 1
        return True

    def previous(self) -> bool:
        if self.at_first:
            return False
        self.index -= 1
        return True

    def go_to(self, index: int) -> bool:
        if not 0 <= index < self.count:
            return False
        self.index = index
        return True

    def first(self) -> None:
        self.index = 0

    def last(self) -> None:
        self.index = max(0, self.count - 1)

    def toggle_blackout(self, kind: Blackout) -> None:
        """B blacks out and back; W whites out and back; the other key switches over."""
        self.blackout = Blackout.NONE if self.blackout is kind else kind
