"""Opening the statistics file, and what happens when it cannot be used.

``open_database`` never raises: it returns a connection (to the file, or to memory when the
file cannot be used) with the French warnings the staff panel shows. A corrupt file is
renamed aside (never overwritten, never deleted) and a new one is started.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cmq_desktop.stats.schema import NewerSchemaError, migrate

logger = logging.getLogger("cmq_desktop.stats")

_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_NOTADB = 26
_SIDE_FILES = ("-wal", "-shm", "-journal")

MEMORY_ONLY = (
    "Les statistiques de cette séance sont gardées en mémoire seulement : "
    "elles seront perdues à la fermeture du programme."
)


@dataclass(frozen=True)
class Opened:
    connection: sqlite3.Connection
    path: Path | None  # None: in memory only
    warnings: tuple[str, ...]


def is_corruption(error: BaseException) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


_ERRNO_REASONS = {
    errno.ENOENT: "dossier introuvable",
    errno.EACCES: "accès refusé",
    errno.EPERM: "accès refusé",
    errno.ENOSPC: "disque plein",
    errno.EROFS: "dossier ou fichier en lecture seule",
    errno.ENOTDIR: "un fichier occupe la place d’un dossier",
    errno.EISDIR: "c’est un dossier",
}


def reason_in_french(error: BaseException) -> str:
    """A short French reason for a staff member, not a developer."""
    if isinstance(error, OSError) and error.errno in _ERRNO_REASONS:
        return _ERRNO_REASONS[error.errno]
    code = getattr(error, "sqlite_errorcode", None)
    text = str(error).lower()
    if (isinstance(code, int) and code & 0xFF == _SQLITE_FULL) or "disk is full" in text:
        return "disque plein"
    if "readonly" in text or "read-only" in text:
        return "dossier ou fichier en lecture seule"
    if "unable to open" in text:
        return "impossible d’ouvrir le fichier"
    if is_corruption(error):
        return "fichier endommagé"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection with the durability settings, the file checked and migrated.

    Raises ``sqlite3.Error``/``OSError`` when the file cannot be used, ``NewerSchemaError``
    when it comes from a newer program.
    """
    connection = sqlite3.connect(str(path), isolation_level=None, timeout=5.0)
    try:
        # WAL: a kill leaves the last commits in the -wal file, replayed at the next open;
        # FULL: each commit is on the disk before it returns (NORMAL can drop the last
        # ones on a power cut).
        connection.execute("PRAGMA journal_mode = WAL").fetchone()
        connection.execute("PRAGMA synchronous = FULL")
        check = connection.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(f"database disk image is malformed: {check}")
        migrate(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def set_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged file (and its WAL) to a free ``*.corrupt-DATE.sqlite3`` name."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    for attempt in range(1000):
        suffix = "" if attempt == 0 else f"-{attempt}"
        target = path.with_name(f"{path.stem}.corrupt-{stamp}{suffix}{path.suffix}")
        if not any(Path(f"{target}{side}").exists() for side in ("", *_SIDE_FILES)):
            break
    else:
        raise FileExistsError(target)
    for side in _SIDE_FILES:
        source = Path(f"{path}{side}")
        if source.exists():
            os.rename(source, f"{target}{side}")
    os.rename(path, target)
    return target


def open_database(path: Path, now: datetime) -> Opened:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return Opened(connect(path), path, ())
    except NewerSchemaError as error:
        logger.warning("stats: %s is from a newer version (%s)", path, error)
        return _in_memory(
            f"Le fichier de statistiques {path} vient d’une version plus récente de "
            f"CMQ Desktop : il n’est pas modifié. {MEMORY_ONLY}"
        )
    except (sqlite3.Error, OSError) as error:
        if isinstance(error, sqlite3.Error) and is_corruption(error):
            return _replace_corrupt(path, now, error)
        logger.warning("stats: cannot use %s: %s", path, error)
        return _in_memory(
            f"Impossible d’enregistrer les statistiques dans {path.parent} "
            f"({reason_in_french(error)}). {MEMORY_ONLY}"
        )


def _replace_corrupt(path: Path, now: datetime, error: BaseException) -> Opened:
    logger.warning("stats: %s is corrupt (%s): setting it aside", path, error)
    try:
        kept = set_aside(path, now)
        connection = connect(path)
    except (sqlite3.Error, OSError) as second:
        logger.warning("stats: cannot replace %s: %s", path, second)
        return _in_memory(
            f"Le fichier de statistiques {path} est endommagé et n’a pas pu être mis de "
            f"côté ({reason_in_french(second)}) : il n’est pas modifié. {MEMORY_ONLY}"
        )
    return Opened(
        connection,
        path,
        (
            f"Le fichier de statistiques était endommagé : il est gardé sous le nom "
            f"{kept.name} et un nouveau fichier a été commencé.",
        ),
    )


def _in_memory(warning: str) -> Opened:
    connection = connect(":memory:")
    return Opened(connection, None, (warning,))


def close_quietly(connection: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):
        connection.close()
