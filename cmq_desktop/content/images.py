"""Image lines of a slide: ``![description](images/fichier.png)``, checked against the disk.

Whether the file really is an image is decided by the program's own image readers (Qt, in
the ui layer): ``check_images`` takes them as an ``ImageCheck`` so that ``check``, the
slide placeholder and the drawing agree, while this layer stays free of Qt.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import Path, PureWindowsPath
from urllib.parse import unquote

from cmq_desktop.content import messages
from cmq_desktop.content.model import Image
from cmq_desktop.content.problems import Reporter
from cmq_desktop.content.typography import french_typography

IMAGE_LINE = re.compile(r"^\s*!\[(?P<alt>.*?)\]\((?P<target>.*)\)\s*$")
SUPPORTED_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".svg"})
_TITLE = re.compile(r"^(?P<path>.+?)\s+(?:\"[^\"]*\"|'[^']*')$")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://|^www\.", re.IGNORECASE)

# The kind of problem (a key of messages.IMAGE_PROBLEMS) of an image file, None when usable.
ImageCheck = Callable[[Path], str | None]


def image_from_line(match: re.Match[str], line: int, root: Path, report: Reporter) -> Image | None:
    """The image of a matched image line, or None (reported) when it cannot be shown."""
    target = _clean_target(match.group("target"))
    alt = match.group("alt").strip()
    if not target:
        report.error(line, messages.EMPTY_IMAGE_PATH)
        return None
    if _URL.match(target):
        report.error(line, messages.online_image(target))
        return None
    candidates = [target, unquote(target)] if "%" in target else [target]
    if any(_leaves_folder(candidate) for candidate in candidates):
        report.error(line, messages.image_outside_deck(target))
        return None
    deck_root = _resolved(root) or root
    path, reason = _existing_file(deck_root, candidates)
    if path is None:
        report.error(line, messages.missing_image(target, reason))
        return None
    if not path.is_relative_to(deck_root):  # a link inside the deck to a file outside it
        report.error(line, messages.image_outside_deck(target))
        return None
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        report.warning(line, messages.unsupported_image_format(path.suffix.lower()))
    if not alt:
        report.warning(line, messages.image_without_alt(target))
    return Image(path=path, alt=french_typography(alt), line=line)


def check_images(images: Iterable[Image], root: Path, check: ImageCheck, report: Reporter) -> None:
    """Opens each image file once with ``check`` and reports every one that is not usable."""
    kinds: dict[Path, str | None] = {}
    for image in images:
        if image.path not in kinds:
            kinds[image.path] = check(image.path)
        kind = kinds[image.path]
        if kind is not None:
            report.error(image.line, messages.bad_image(kind, shown_path(image.path, root)))


def shown_path(path: Path, root: Path) -> str:
    """``images/carte.png`` for an image of the deck at ``root``."""
    try:
        return path.relative_to(_resolved(root) or root).as_posix()
    except ValueError:
        return path.name


def _clean_target(raw: str) -> str:
    target = raw.strip()
    if target.startswith("<") and target.endswith(">"):
        target = target[1:-1].strip()
    titled = _TITLE.match(target)
    if titled:
        target = titled.group("path")
    return target.replace("\\", "/")  # paths typed on Windows work everywhere


def _leaves_folder(target: str) -> bool:
    """An absolute path, a drive letter, or ``..`` climbing above the deck folder."""
    if target.startswith("/") or PureWindowsPath(target).drive:
        return True
    normal = posixpath.normpath(target)
    return normal == ".." or normal.startswith("../")


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):  # RuntimeError: a link loop on Python 3.11
        return None


def _existing_file(root: Path, candidates: list[str]) -> tuple[Path | None, str]:
    """The resolved file, or None with why it cannot be used ("" when it is just absent)."""
    reason = ""
    for candidate in candidates:
        if "\0" in candidate:
            continue
        path = _resolved(root / candidate)
        if path is None:
            reason = messages.LINK_LOOP
            continue
        try:
            if path.is_file():
                return path, ""
            if path.exists():
                reason = messages.NOT_A_FILE  # a folder, a FIFO, a device: never opened
        except (OSError, ValueError):  # a name the system refuses
            continue
    return None, reason
