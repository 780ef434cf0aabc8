"""installer/icu_data.py: reading, cutting and writing ICU's common data package.

A small package built here stands for ICU's 32 MB one; tests/packaging checks the real
cut library inside the frozen bundle (ICU answering collation, time-zone and encoding
calls from it).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

import icu_data  # noqa: E402  (installer/icu_data.py)

HEADER_SIZE = 32


def header() -> bytes:
    # MappedData (size, magic) + UDataInfo ("CmnD" format 1), padded to HEADER_SIZE.
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", b"\1\0\0\0", b"\0" * 4)
    return (struct.pack("<HBB", HEADER_SIZE, 0xDA, 0x27) + info).ljust(HEADER_SIZE, b"\0")


def package(names: list[str]) -> icu_data.Package:
    items = tuple(
        (f"icudt73l/{name}", name.encode("ascii").ljust(32 + 16 * i, b"\1"))
        for i, name in enumerate(sorted(names))
    )
    return icu_data.Package(header(), items)


NAMES = [
    "coll/de.res",
    "coll/fr.res",
    "coll/root.res",
    "coll/ucadata.icu",
    "de.res",
    "fr.res",
    "fr_CA.res",
    "ibm-943_P15A-2003.cnv",
    "root.res",
    "zoneinfo64.res",
]


def test_a_written_package_reads_back_with_every_item_aligned() -> None:
    original = package(NAMES)
    data = icu_data.write_package(original)
    assert icu_data.read_package(data) == original
    toc = data[HEADER_SIZE:]
    (count,) = struct.unpack_from("<I", toc, 0)
    assert count == len(NAMES)
    for i in range(count):
        name_offset, data_offset = struct.unpack_from("<II", toc, 4 + 8 * i)
        assert (HEADER_SIZE + data_offset) % 16 == 0
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        assert toc[data_offset:].startswith(name.removeprefix("icudt73l/").encode("ascii"))


def test_cutting_keeps_root_french_and_collation_only() -> None:
    cut = icu_data.kept(package(NAMES))
    kept_names = [name.removeprefix("icudt73l/") for name, _ in cut.items]
    assert kept_names == [
        "coll/fr.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "fr.res",
        "fr_CA.res",
        "root.res",
        "zoneinfo64.res",
    ]
    assert icu_data.read_package(icu_data.write_package(cut)) == cut


def test_something_else_than_icu_data_is_refused() -> None:
    with pytest.raises(icu_data.IcuDataError):
        icu_data.read_package(b"\x7fELF" + b"\0" * 60)


@pytest.mark.skipif(
    sys.platform != "linux" or not all(shutil.which(tool) for tool in ("as", "ld", "readelf")),
    reason="binutils (Linux builds)",
)
def test_the_linked_library_exports_the_package_under_icus_symbol(tmp_path: Path) -> None:
    data = icu_data.write_package(package(NAMES))
    library = icu_data.link_library(
        data, "icudt73_dat", "libicudata.so.73", tmp_path / "libicudata.so.73"
    )
    dynamic = subprocess.run(
        ["readelf", "-d", str(library)], capture_output=True, text=True, check=True
    ).stdout
    assert "Library soname: [libicudata.so.73]" in dynamic
    symbol, offset, size = icu_data._data_symbol(library)
    assert symbol == "icudt73_dat" and size == len(data) and offset % 16 == 0
    assert library.read_bytes()[offset : offset + size] == data
