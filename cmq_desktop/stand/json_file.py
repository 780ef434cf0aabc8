"""Small JSON files written so that a crash or a power cut leaves the old or the new one,
never half of each."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path


class JsonFileError(Exception):
    """A file that exists but cannot be used; ``str()`` is a French sentence."""


def read_json(path: Path) -> object | None:
    """The parsed content, None when the file does not exist; ``JsonFileError`` else."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise JsonFileError(f"{path} ne peut pas être lu ({error})") from error
    try:
        content: object = json.loads(text)
    except json.JSONDecodeError as error:
        raise JsonFileError(
            f"{path}, ligne {error.lineno} : ce n’est pas du JSON valide ({error.msg})"
        ) from error
    return content


def write_json(path: Path, data: object) -> None:
    """Write through a temporary file, flushed to the disk, then renamed over ``path``.

    Raises ``OSError`` (the caller turns it into a French message)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    if os.name == "posix":  # the rename itself must reach the disk
        with contextlib.suppress(OSError):
            directory = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)
