"""Collecting the problems found in one content file."""

from __future__ import annotations

from cmq_desktop.content.model import ContentError


class Reporter:
    """Gathers the errors and warnings of one file, shown under ``path`` as the user gave it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[ContentError] = []

    def error(self, line: int, message: str) -> None:
        self.problems.append(ContentError(self.path, max(line, 1), message))

    def file_error(self, message: str) -> None:
        """A problem with the whole file or folder (missing, unreadable): no line number."""
        self.problems.append(ContentError(self.path, 0, message))

    def warning(self, line: int, message: str) -> None:
        self.problems.append(ContentError(self.path, max(line, 1), message, is_warning=True))

    @property
    def has_errors(self) -> bool:
        return any(not problem.is_warning for problem in self.problems)

    def sorted_problems(self) -> list[ContentError]:
        """The problems in file order (stable, so one line's messages keep their order)."""
        return sorted(self.problems, key=lambda problem: problem.line)
