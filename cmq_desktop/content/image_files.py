"""Is an image file usable? A pure check of its bytes, before any image library sees it.

It catches what authors meet (a text file renamed ``.png``, a truncated or damaged PNG, a
picture too large to decode, an SVG declaring XML entities) without decoding pixels, and
without libpng printing its own English lines. The ui layer adds Qt's own readers on top
(ui/image_check.py) for what only decoding shows. The result is a key of
``messages.IMAGE_PROBLEMS``, or None.
"""

from __future__ import annotations

import os
import re
import stat
import struct
import zlib
from pathlib import Path
from xml.parsers import expat  # not ElementTree: 10 ms less on the way to the first frame

# Qt refuses to decode an image needing more than this (QImageReader's allocation limit).
ALLOCATION_LIMIT_MB = 256
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_RASTER_SIGNATURES = (b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_MAX_SVG_BYTES = 50 * 1024 * 1024
_CHUNK = 1 << 20


def image_file_problem(path: Path) -> str | None:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return "unreadable"  # never open a FIFO or a device: reading it could hang
        with open(path, "rb") as file:
            head = file.read(16)
            if head.startswith(_PNG_SIGNATURE):
                return _png_problem(head[len(_PNG_SIGNATURE) :] + file.read())
            if head.startswith(_RASTER_SIGNATURES) or _is_webp(head):
                return None  # decoded by Qt's readers, which say whether it is damaged
            if path.suffix.lower() == ".svg" or head.lstrip().startswith(b"<"):
                return _svg_problem(head + file.read(_MAX_SVG_BYTES))
    except OSError:
        return "unreadable"
    return "not-an-image"


def too_large(width: int, height: int) -> bool:
    return width * height * 4 > ALLOCATION_LIMIT_MB * 1024 * 1024


def _is_webp(head: bytes) -> bool:
    return head.startswith(b"RIFF") and head[8:12] == b"WEBP"


def _png_problem(data: bytes) -> str | None:
    """Walks the chunks (lengths, checksums), then inflates the pixel data to its end."""
    position, pixels, size = 0, zlib.decompressobj(), None
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        crc = data[position + 8 + length : position + 12 + length]
        if len(body) < length or len(crc) < 4:
            return "damaged"
        if zlib.crc32(kind + body) != struct.unpack(">I", crc)[0]:
            return "damaged"
        position += 12 + length
        if kind == b"IHDR" and length >= 8:
            size = struct.unpack(">II", body[:8])
            if too_large(*size):
                return "too-large"
        elif kind == b"IDAT":
            try:
                _inflate(pixels, body)
            except zlib.error:
                return "damaged"
        elif kind == b"IEND":
            return None if size is not None and pixels.eof else "damaged"
    return "damaged"  # no IEND: the file was cut


def _inflate(stream: zlib._Decompress, data: bytes) -> None:
    """Feeds ``data`` to ``stream`` without keeping the pixels (they can be hundreds of MB)."""
    stream.decompress(data, _CHUNK)
    while stream.unconsumed_tail:
        stream.decompress(stream.unconsumed_tail, _CHUNK)


def _svg_problem(data: bytes) -> str | None:
    if _ENTITY.search(data):
        return "unsafe-svg"  # entities nest into gigabytes of text ("billion laughs")
    roots: list[str] = []
    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartElementHandler = lambda name, _attributes: roots.append(name) if not roots else None
    try:
        parser.Parse(data, True)
    except expat.ExpatError:
        return "damaged" if data.lstrip().startswith(b"<") else "not-an-image"
    return None if roots and roots[0].rsplit("}", 1)[-1] == "svg" else "not-an-image"
