"""Long headless work shows its progress: a bar in a terminal, tenths in a log."""

from __future__ import annotations

import io

from cmq_desktop.progress import Progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_log_gets_a_line_every_tenth_of_long_work() -> None:
    stream = io.StringIO()
    progress = Progress(2000, "Écrans exportés", stream)
    for _ in range(2000):
        progress.step()
    lines = stream.getvalue().splitlines()
    assert lines[0] == "Écrans exportés : 1/2000"
    assert lines[-1] == "Écrans exportés : 2000/2000"
    assert len(lines) == 11


def test_short_work_prints_nothing_in_a_log() -> None:
    stream = io.StringIO()
    progress = Progress(12, "Écrans exportés", stream)
    for _ in range(12):
        progress.step()
    assert stream.getvalue() == ""


def test_a_terminal_gets_a_bar_redrawn_in_place() -> None:
    stream = _Terminal()
    progress = Progress(4, "Pages", stream)
    for _ in range(4):
        progress.step()
    text = stream.getvalue()
    assert text.count("\r") == 4
    assert text.endswith("\rPages [" + "#" * 30 + "] 4/4\n")
    assert "\rPages [" + "#" * 7 + "-" * 23 + "] 1/4" in text
