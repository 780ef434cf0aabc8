"""Loading a deck directory: ``presentation.md``, the ``quiz*.txt`` files, and their checks.

``load_deck`` never raises for bad content: every problem becomes a ContentError with a
path and a line, and whatever is usable is kept so that the app can still show it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from cmq_desktop.content import messages
from cmq_desktop.content.image_files import image_file_problem
from cmq_desktop.content.images import ImageCheck, check_images
from cmq_desktop.content.model import ContentError, Deck, LoadResult, Slide
from cmq_desktop.content.presentation import parse_presentation
from cmq_desktop.content.problems import Reporter
from cmq_desktop.content.quiz_file import ParsedQuiz, parse_quiz
from cmq_desktop.content.source import read_lines
from cmq_desktop.content.validation import cross_check

PRESENTATION_FILE = "presentation.md"
# A missing or unreadable file or folder has no line to point at (shown as ``path: message``).
NO_LINE = 0
_T = TypeVar("_T")


def load_deck(path: Path, check_image: ImageCheck = image_file_problem) -> LoadResult:
    """Loads a deck folder, or a zip archive of one (see content/archive.py).

    ``check_image`` says what is wrong with an image file: by default a pure check of its
    bytes; ``check`` and ``render`` pass the ui layer's, which also opens it with Qt.
    """
    path = Path(path)
    if _is_file(path):
        # Imported here: zipfile, tempfile and shutil are not on the way to the first frame.
        from cmq_desktop.content.archive import load_archive

        return load_archive(path, lambda folder: load_deck(folder, check_image))
    shown = str(path)
    problem = _deck_dir_problem(path)
    if problem is not None:
        return LoadResult(None, (ContentError(shown, NO_LINE, problem),))
    root = _absolute(path)
    dir_report = Reporter(shown)
    quiz_names = _quiz_file_names(path, dir_report)

    presentation_report = Reporter(str(path / PRESENTATION_FILE))
    slides = _load_slides(path / PRESENTATION_FILE, root, presentation_report)
    if slides:
        images = (image for slide in slides for image in slide.images)
        check_images(images, root, check_image, presentation_report)

    quiz_reports: list[Reporter] = []
    parsed: list[tuple[ParsedQuiz, Reporter]] = []
    for name in quiz_names:
        quiz_report = Reporter(str(path / name))
        quiz_reports.append(quiz_report)
        quiz = _guarded(quiz_report, partial(_load_quiz, path / name))
        if quiz is not None:
            parsed.append((quiz, quiz_report))
    # No slide at all: its cause is reported once, not again for each question's link.
    quiz_sets = cross_check(parsed, slides or None)

    reports = [dir_report, presentation_report, *quiz_reports]
    problems = tuple(problem for report in reports for problem in report.sorted_problems())
    if not slides:
        return LoadResult(None, problems)
    usable_sets = tuple(quiz_set for quiz_set in quiz_sets if quiz_set.questions)
    return LoadResult(Deck(root, tuple(slides), usable_sets), problems)


def _is_file(path: Path) -> bool:
    """A file (not a folder) given as a deck: it must be a zip (content/archive.py)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _deck_dir_problem(path: Path) -> str | None:
    try:
        if not path.exists():
            return messages.DECK_MISSING
        if not path.is_dir():
            return messages.DECK_NOT_A_DIR
    except (OSError, ValueError):
        return messages.DECK_MISSING
    return None


def _absolute(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _quiz_file_names(path: Path, report: Reporter) -> list[str]:
    """The ``quiz*.txt`` files, whatever the case of their names."""
    try:
        with os.scandir(path) as entries:
            names = [
                entry.name
                for entry in entries
                if entry.name.lower().startswith("quiz")
                and entry.name.lower().endswith(".txt")
                and _may_be_file(entry)
            ]
    except OSError as error:
        report.file_error(messages.unreadable_dir(error))
        return []
    # By name without ".txt", so that quiz.txt (the main quiz) comes before quiz-approfondi.txt.
    return sorted(names, key=lambda name: (name[: -len(".txt")].casefold(), name))


def _may_be_file(entry: os.DirEntry[str]) -> bool:
    """Not a folder; a link that cannot be followed is kept so that reading it says why."""
    try:
        return not entry.is_dir()
    except OSError:
        return True


def _load_slides(file: Path, root: Path, report: Reporter) -> list[Slide] | None:
    """The usable slides, or None when presentation.md cannot be read at all."""
    try:
        present = os.path.lexists(file)  # a broken or looping link is there, only unreadable
    except (OSError, ValueError):
        present = True  # let reading say what is wrong
    if not present:
        report.file_error(messages.PRESENTATION_MISSING)
        return None
    slides = _guarded(report, lambda r: _parse_slides_file(file, root, r))
    if slides is not None and not slides and not report.has_errors:
        report.error(1, messages.EMPTY_DECK)
    return slides


def _parse_slides_file(file: Path, root: Path, report: Reporter) -> list[Slide] | None:
    lines = read_lines(file, report)
    return None if lines is None else parse_presentation(lines, root, report)


def _load_quiz(file: Path, report: Reporter) -> ParsedQuiz | None:
    lines = read_lines(file, report)
    return None if lines is None else parse_quiz(lines, file.name[: -len(".txt")], report)


def _guarded(report: Reporter, load: Callable[[Reporter], _T | None]) -> _T | None:
    """Runs a parser; a bug in it becomes a reported problem instead of a crash in class."""
    try:
        return load(report)
    except Exception:  # the app must stay usable whatever the file holds
        report.error(1, messages.INTERNAL_ERROR)
        return None
