"""Progress of long headless work (``render``, ``export-pdf`` of a big deck), on stderr.

In a terminal, a bar redrawn in place; otherwise (a log, a pipe) one line every tenth of
the way, and only for long work, so that short runs print nothing extra.
"""

from __future__ import annotations

import sys
from typing import TextIO

from cmq_desktop.content.model import Deck

LONG_WORK = 100  # items; below this, a pipe gets no progress lines
_BAR_WIDTH = 30


class Progress:
    def __init__(self, total: int, label: str, stream: TextIO | None = None) -> None:
        self.total = max(total, 1)
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.done = 0
        self._terminal = _is_terminal(self.stream)
        self._shown = -1  # the last percentage (terminal) or tenth (pipe) printed

    def step(self) -> None:
        self.done = min(self.done + 1, self.total)
        if self._terminal:
            self._draw_bar()
        elif self.total >= LONG_WORK:
            tenth = self.done * 10 // self.total
            if tenth != self._shown:
                self._shown = tenth
                print(f"{self.label} : {self.done}/{self.total}", file=self.stream, flush=True)

    def _draw_bar(self) -> None:
        percent = self.done * 100 // self.total
        if percent == self._shown and self.done != self.total:
            return
        self._shown = percent
        filled = _BAR_WIDTH * self.done // self.total
        bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
        end = "\n" if self.done == self.total else ""
        line = f"\r{self.label} [{bar}] {self.done}/{self.total}{end}"
        self.stream.write(line)
        self.stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def screen_count(deck: Deck) -> int:
    """The screens ``render`` writes: start, slides, three per question, results per set."""
    sets = [quiz_set for quiz_set in deck.quiz_sets if quiz_set.questions]
    return 1 + len(deck.slides) + sum(3 * len(s.questions) + 1 for s in sets)
