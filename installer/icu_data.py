"""ICU's data cut down to what Qt can ask of it in this program (Linux bundle only).

The PySide6 wheel's ``libQt6Core.so.6`` links to ICU 73 (``DT_NEEDED`` on
``libicui18n``, ``libicuuc`` and ``libicudata``, bound at load time): the three libraries
must be there or QtCore does not load. ``libicudata.so.73`` is nothing but one symbol,
``icudt73_dat``: ICU's whole data package (32 MB, 3,900 items: every language's locale
data, break-iterator dictionaries, 190 legacy converter tables, units, currencies,
transliterators).

QtCore calls ICU for four things only (its undefined ``*_73`` symbols): collation
(``QCollator``), locale-aware case mapping (``QLocale::toUpper``, whose tables are
compiled into ``libicuuc``), time-zone display names, and legacy text encodings
(``QStringDecoder`` with a name Qt does not handle itself; Python decodes the decks).
This module rewrites the data package with the items those calls need for the root
locale, French and English (the interface languages), and links it into a
``libicudata.so.73`` exporting the same symbol. A lookup of anything else fails inside
ICU the way a missing locale does (falling back to the root locale, or Qt's non-ICU
path), never with a crash.

Needs binutils' ``as`` and ``ld`` (PyInstaller already needs binutils' ``objdump``).
The format is ICU's common data package (``CmnD``, ``ucmndata.h``): a header, a table of
contents (count, then name and data offsets from the table's start), names, and items
aligned on 16 bytes.
"""

from __future__ import annotations

import fnmatch
import re
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

# Items kept, as paths inside the package (without the "icudt73l/" prefix).
KEPT_ITEMS = (
    # Locale data: the root, French and English, and what resolves locale names.
    "root.res",
    "pool.res",
    "res_index.res",
    "fr.res",
    "fr_*.res",
    "en.res",
    "en_*.res",
    "supplementalData.res",
    "likelySubtags.res",
    "keyTypeData.res",
    "metadata.res",
    "icuver.res",
    "icustd.res",
    # Collation (QCollator: sorting, file dialogs).
    "coll/ucadata.icu",
    "coll/root.res",
    "coll/res_index.res",
    "coll/fr*.res",
    "coll/en*.res",
    # Time zones and their names (QTimeZone::displayName).
    "zoneinfo64.res",
    "timezoneTypes.res",
    "metaZones.res",
    "windowsZones.res",
    "zone/root.res",
    "zone/pool.res",
    "zone/res_index.res",
    "zone/tzdbNames.res",
    "zone/fr*.res",
    "zone/en*.res",
    # Legacy encodings a French file may declare (an SVG's encoding="windows-1252"):
    # the alias table, Windows-1252 and ISO-8859-15. UTF-*, Latin-1 and ASCII are built
    # into libicuuc; the 185 other tables (Asian, EBCDIC, DOS, Mac) go.
    "cnvalias.icu",
    "ibm-5348_P100-1997.cnv",
    "ibm-923_P100-1998.cnv",
)

LIBRARY_RE = re.compile(r"^libicudata\.so\.(\d+)$")
_HEADER_MAGIC = (0xDA, 0x27)
_ALIGN = 16


class IcuDataError(Exception):
    """The library is not the ICU data package this module knows how to cut."""


@dataclass(frozen=True)
class Package:
    header: bytes  # ICU's data header, "CmnD" format 1, copied as is
    items: tuple[tuple[str, bytes], ...]  # (name with its "icudt73l/" prefix, bytes), sorted


def read_package(data: bytes) -> Package:
    if len(data) < 32 or tuple(data[2:4]) != _HEADER_MAGIC or data[12:16] != b"CmnD":
        raise IcuDataError("not an ICU common data package (CmnD)")
    (header_size,) = struct.unpack_from("<H", data, 0)
    toc = data[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return Package(data[:header_size], tuple(items))


def _pad(size: int) -> int:
    return -size % _ALIGN


def write_package(package: Package) -> bytes:
    """The package's bytes: same header, table of contents, names, then 16-byte-aligned
    items (ICU maps them in place, so alignment matters)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in package.items)
    count = len(package.items)
    names_start = 4 + 8 * count
    first_item = names_start + len(names)
    first_item += _pad(len(package.header) + first_item)
    name_offsets, data_offsets = [], []
    name_pos, data_pos = names_start, first_item
    for name, item in package.items:
        name_offsets.append(name_pos)
        data_offsets.append(data_pos)
        name_pos += len(name) + 1
        data_pos += len(item) + _pad(len(item))
    out = bytearray(package.header)
    out += struct.pack("<I", count)
    for name_offset, data_offset in zip(name_offsets, data_offsets, strict=True):
        out += struct.pack("<II", name_offset, data_offset)
    out += names
    out += b"\xaa" * (len(package.header) + first_item - len(out))  # icupkg's filler
    for _name, item in package.items:
        out += item + b"\0" * _pad(len(item))
    return bytes(out)


def kept(package: Package, patterns: tuple[str, ...] = KEPT_ITEMS) -> Package:
    def wanted(name: str) -> bool:
        inner = name.split("/", 1)[1] if "/" in name else name
        return any(fnmatch.fnmatchcase(inner, pattern) for pattern in patterns)

    return Package(package.header, tuple(item for item in package.items if wanted(item[0])))


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol, file offset, size) of the package inside ``libicudataXX.so``."""
    symbols = subprocess.run(
        ["readelf", "--dyn-syms", "--wide", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.search(
        r"([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL.*\s(icudt\d+_dat)$",
        symbols,
        flags=re.MULTILINE,
    )
    if found is None:
        raise IcuDataError(f"{library.name}: no icudtNN_dat symbol")
    address, size, symbol = int(found.group(1), 16), int(found.group(2), 0), found.group(3)
    sections = subprocess.run(
        ["readelf", "--section-headers", "--wide", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for match in re.finditer(r"\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", sections):
        start, offset, length = (int(group, 16) for group in match.groups())
        if start <= address and address + size <= start + length:
            return symbol, offset + address - start, size
    raise IcuDataError(f"{library.name}: {symbol} lies in no section")


def link_library(package: bytes, symbol: str, soname: str, out: Path) -> Path:
    """A shared library exporting ``symbol`` = the package bytes (binutils' as and ld)."""
    blob = out.parent / f"{symbol}.dat"
    blob.write_bytes(package)
    source = out.parent / f"{symbol}.s"
    source.write_text(
        "\n".join(
            [
                '    .section .rodata,"a"',
                f"    .globl {symbol}",
                f"    .type {symbol}, @object",
                f"    .balign {_ALIGN}",
                f"{symbol}:",
                f'    .incbin "{blob.name}"',
                f"    .size {symbol}, . - {symbol}",
                '    .section .note.GNU-stack,"",@progbits',
                "",
            ]
        ),
        encoding="ascii",
    )
    obj = out.parent / f"{symbol}.o"
    subprocess.run(["as", "-o", obj.name, source.name], cwd=out.parent, check=True)
    subprocess.run(
        ["ld", "-shared", "-soname", soname, "-z", "noexecstack", "-o", out.name, obj.name],
        cwd=out.parent,
        check=True,
    )
    return out


def cut_library(library: Path, work: Path) -> tuple[Path, int, int]:
    """Write the cut ``libicudataXX.so`` into ``work``: (path, items before, items after)."""
    symbol, offset, size = _data_symbol(library)
    with open(library, "rb") as file:
        file.seek(offset)
        package = read_package(file.read(size))
    smaller = kept(package)
    names = {name.split("/", 1)[-1] for name, _ in smaller.items}
    for needed in ("root.res", "coll/ucadata.icu", "coll/root.res", "zoneinfo64.res"):
        if needed not in names:
            raise IcuDataError(f"{library.name}: {needed} not found in the package")
    work.mkdir(parents=True, exist_ok=True)
    out = link_library(write_package(smaller), symbol, library.name, work / library.name)
    return out, len(package.items), len(smaller.items)


def replace_in(binaries: list[tuple], work: Path) -> tuple[list[tuple], str]:
    """Analysis ``binaries`` with ICU's data library swapped for the cut one; a line
    for the trim report."""
    result, note = [], "ICU data: no libicudata in the bundle"
    for entry in binaries:
        dest, source, typecode = entry[0], entry[1], entry[2]
        if typecode != "SYMLINK" and LIBRARY_RE.match(Path(dest).name):
            before = Path(source).stat().st_size
            out, items_before, items_after = cut_library(Path(source), work / "icu-data")
            note = (
                f"ICU data: {Path(dest).name} cut from {items_before} items "
                f"({before / 1e6:.1f} MB) to {items_after} ({out.stat().st_size / 1e6:.1f} MB)"
            )
            entry = (dest, str(out), typecode)
        result.append(entry)
    return result, note
