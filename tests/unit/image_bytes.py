"""Image files for the tests, valid or broken on purpose, built byte by byte (no Qt)."""

from __future__ import annotations

import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, rows: int | None = None) -> bytes:
    """An RGBA PNG; ``rows`` smaller than ``height`` gives pixel data that ends too soon."""
    raw = b"".join(b"\x00" + b"\x80\x40\x20\xff" * width for _ in range(rows or height))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw))
        + _chunk(b"IEND", b"")
    )


def huge_png() -> bytes:
    """20000x20000: 1.6 GB once decoded, above Qt's 256 MB limit; a few bytes on disk."""
    return png(20000, 20000, rows=1)


def truncated_png() -> bytes:
    return png(40, 40)[:-30]


SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    b'<rect width="5" height="5"/></svg>'
)
ENTITY_SVG = (
    b'<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY a "lol">\n<!ENTITY b "&a;&a;&a;&a;">\n'
    b'<!ENTITY c "&b;&b;&b;&b;">\n]>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&c;</text></svg>'
)
TEXT_AS_IMAGE = b"Ceci est un texte, pas une image.\n"
BROKEN_JPEG = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF\x00" + b"garbage" * 10
