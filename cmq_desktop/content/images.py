"""Image lines of a slide: ``![description](images/fichier.png)``, checked against the disk."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from cmq_desktop.content import messages
from cmq_desktop.content.model import Image
from cmq_desktop.content.problems import Reporter
from cmq_desktop.content.typography import french_typography

IMAGE_LINE = re.compile(r"^\s*!\[(?P<alt>.*?)\]\((?P<target>.*)\)\s*$")
SUPPORTED_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".svg"})
_TITLE = re.compile(r"^(?P<path>.+?)\s+(?:\"[^\"]*\"|'[^']*')$")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://|^www\.", re.IGNORECASE)


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
    path = _existing_file(root, target)
    if path is None:
        report.error(line, messages.missing_image(target))
        return None
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        report.warning(line, messages.unsupported_image_format(path.suffix.lower()))
    if not alt:
        report.warning(line, messages.image_without_alt(target))
    return Image(path=path, alt=french_typography(alt), line=line)


def _clean_target(raw: str) -> str:
    target = raw.strip()
    if target.startswith("<") and target.endswith(">"):
        target = target[1:-1].strip()
    titled = _TITLE.match(target)
    if titled:
        target = titled.group("path")
    return target.replace("\\", "/")  # paths typed on Windows work everywhere


def _existing_file(root: Path, target: str) -> Path | None:
    candidates = [target]
    if "%" in target:
        candidates.append(unquote(target))
    for candidate in candidates:
        try:
            path = (root / candidate).resolve()
            if path.is_file():
                return path
        except (OSError, ValueError):  # a name the system refuses, e.g. with a NUL byte
            continue
    return None
