"""A deck shared as one zip file: checked member by member, then unpacked into a temporary
folder that nothing in the archive can leave, and removed when the program ends.

Refused: a file that is not a zip, a damaged or encrypted one, member paths that are
absolute or climb out with ``..``, symbolic links, and archives far bigger than any deck
(by uncompressed size or file count; the real size is counted while unpacking, since a zip
may lie about it).
"""

from __future__ import annotations

import atexit
import os
import posixpath
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path, PureWindowsPath

from cmq_desktop.content import messages
from cmq_desktop.content.model import ContentError, LoadResult

PRESENTATION_FILE = "presentation.md"
MAX_FILES = 2000
MAX_MEGABYTES = 300
_MAX_BYTES = MAX_MEGABYTES * 1024 * 1024
_CHUNK = 1024 * 1024
_IGNORED_FOLDERS = frozenset({"__MACOSX"})  # what macOS's Finder adds to every zip


class ArchiveError(Exception):
    """A refused archive; ``message`` is the French reason."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def load_archive(archive: Path, load: Callable[[Path], LoadResult]) -> LoadResult:
    """Unpacks ``archive`` and loads the deck inside; problems name the archive's files."""
    try:
        folder = extract_deck(archive)
    except ArchiveError as error:
        return LoadResult(None, (ContentError(str(archive), 0, error.message),))  # no line
    result = load(folder)
    return replace(result, problems=tuple(_renamed(p, folder, archive) for p in result.problems))


def _renamed(problem: ContentError, folder: Path, archive: Path) -> ContentError:
    """``cours.zip/quiz.txt:3: …`` rather than the temporary folder's path."""
    path = Path(problem.path)
    if path == folder:
        return replace(problem, path=str(archive))
    if path.is_relative_to(folder):
        return replace(problem, path=str(archive / path.relative_to(folder)))
    return problem


def extract_deck(archive: Path) -> Path:
    """The deck folder unpacked from ``archive`` into a new temporary folder."""
    temporary = Path(tempfile.mkdtemp(prefix="cmq-deck-"))
    try:
        _extract(archive, temporary)
        deck = _deck_folder(temporary)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    atexit.register(shutil.rmtree, temporary, ignore_errors=True)
    return deck


def _extract(archive: Path, target: Path) -> None:
    try:
        with zipfile.ZipFile(archive) as zipped:
            members = zipped.infolist()
            _check_members(members)
            budget = _MAX_BYTES
            for member, relative in _safe_members(members):
                budget -= _write_member(zipped, member, target / relative, budget)
    except zipfile.BadZipFile:
        raise ArchiveError(
            messages.ZIP_DAMAGED if _looks_like_zip(archive) else messages.NOT_A_ZIP
        ) from None
    except (zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError):
        raise ArchiveError(messages.ZIP_DAMAGED) from None
    except OSError as error:
        raise ArchiveError(messages.zip_unreadable(error)) from None


def _looks_like_zip(archive: Path) -> bool:
    try:
        with archive.open("rb") as file:
            return file.read(2) == b"PK"
    except OSError:
        return False


def _check_members(members: list[zipfile.ZipInfo]) -> None:
    """Refuses the whole archive before anything is written."""
    if len(members) > MAX_FILES:
        raise ArchiveError(messages.zip_too_many_files(MAX_FILES))
    if sum(member.file_size for member in members) > _MAX_BYTES:
        raise ArchiveError(messages.zip_too_big(MAX_MEGABYTES))
    for member in members:
        if _member_path(member.filename) is None:
            raise ArchiveError(messages.zip_unsafe_path(member.filename))
        if stat.S_ISLNK(member.external_attr >> 16):
            raise ArchiveError(messages.zip_link(member.filename))
        if member.flag_bits & 0x1:
            raise ArchiveError(messages.zip_encrypted(member.filename))


def _member_path(name: str) -> str | None:
    """The member's path inside the archive folder, or None when it would leave it."""
    slashed = name.replace("\\", "/")
    if "\0" in slashed or slashed.startswith("/") or PureWindowsPath(slashed).drive:
        return None
    parts = slashed.split("/")
    if ".." in parts:
        return None
    normal = posixpath.normpath(slashed)
    return "" if normal == "." else normal


def _safe_members(members: list[zipfile.ZipInfo]) -> Iterator[tuple[zipfile.ZipInfo, str]]:
    for member in members:
        relative = _member_path(member.filename)
        if not relative or relative.split("/")[0] in _IGNORED_FOLDERS or member.is_dir():
            continue
        yield member, relative


def _write_member(zipped: zipfile.ZipFile, member: zipfile.ZipInfo, path: Path, budget: int) -> int:
    """Copies one member, counting its real size against ``budget``; the bytes written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with zipped.open(member) as source, path.open("xb") as target:
        while chunk := source.read(_CHUNK):
            written += len(chunk)
            if written > budget:
                raise ArchiveError(messages.zip_too_big(MAX_MEGABYTES))
            target.write(chunk)
    return written


def _deck_folder(root: Path) -> Path:
    """``presentation.md`` at the top of the archive, or inside its one folder."""
    if (root / PRESENTATION_FILE).is_file():
        return root
    inside = [
        entry
        for entry in sorted(root.iterdir())
        if entry.is_dir() and (entry / PRESENTATION_FILE).is_file()
    ]
    if len(inside) != 1:
        raise ArchiveError(messages.ZIP_WITHOUT_DECK)
    return inside[0]


def pack_deck(folder: Path, out: Path) -> int:
    """Writes the deck at ``folder`` as ``out`` (one top folder named after the deck); the
    number of files packed. Hidden files and links to outside the deck are left out; a link
    inside it is stored as the file it points to, so the archive opens anywhere."""
    root = folder.resolve()
    top = root.name or "presentation"
    out_resolved = out.resolve()
    count = 0
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        for path in sorted(_deck_files(folder, root)):
            if path.resolve() == out_resolved:
                continue
            relative = path.relative_to(folder).as_posix()
            zipped.write(path, f"{top}/{relative}")
            count += 1
    return count


def _deck_files(folder: Path, root: Path) -> Iterator[Path]:
    for directory, subfolders, files in os.walk(folder):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in files:
            path = Path(directory) / name
            if not name.startswith(".") and _regular_inside(path, root):
                yield path


def _regular_inside(path: Path, root: Path) -> bool:
    try:
        target = path.resolve()
        return target.is_relative_to(root) and stat.S_ISREG(target.stat().st_mode)
    except (OSError, RuntimeError):
        return False
