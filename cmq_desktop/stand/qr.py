"""The QR code of the campus's web address, as a plain grid of modules (segno, offline).

Pure Python: the Qt painter (``ui/stand/qr_code.py``) draws this grid and tests compare it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

QUIET_ZONE = 4  # light modules around the code, as the QR standard requires


@dataclass(frozen=True)
class QrModules:
    rows: tuple[tuple[bool, ...], ...]  # True = dark module; without the quiet zone
    version: int

    @property
    def size(self) -> int:
        return len(self.rows)


@functools.lru_cache(maxsize=8)
def qr_modules(text: str) -> QrModules:
    """Error correction M (raised by segno when it fits in the same size); never a
    Micro QR, which many phone cameras do not read."""
    import segno  # imported when a code is first drawn: it costs start-up time otherwise

    code = segno.make(text, error="m", micro=False)
    rows = tuple(tuple(bool(cell) for cell in row) for row in code.matrix)
    return QrModules(rows, int(code.version))
