"""The committed map of Auvergne-Rhône-Alpes is exactly what the generator produces."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("pygal_maps_fr")

REPO_ROOT = Path(__file__).resolve().parents[2]
SCRIPT = REPO_ROOT / "docs" / "maps" / "make_region_map.py"
COMMITTED = REPO_ROOT / "slides" / "images" / "carte-auvergne-rhone-alpes.svg"
SVG = "{http://www.w3.org/2000/svg}"
REGION = {"01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"}


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_region_map", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_regenerated_map_equals_committed_file(tmp_path: Path) -> None:
    output = tmp_path / "carte.svg"
    assert _load_script().main(["--output", str(output)]) == 0
    assert output.read_bytes() == COMMITTED.read_bytes()


def test_map_has_exactly_the_twelve_departements() -> None:
    data = COMMITTED.read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    data.decode("ascii")  # ASCII-safe: accents are character references
    root = ET.fromstring(data)
    paths = root.findall(f".//{SVG}path")
    numbers = [re.fullmatch(r"dep-(\w+)", p.get("id", "")).group(1) for p in paths]
    assert sorted(numbers) == sorted(REGION)
    labels = {g.get("id") for g in root.iter(f"{SVG}g") if g.get("id", "").startswith("etiquette-")}
    assert labels == {f"etiquette-{n}" for n in REGION}


def test_path_parser_handles_relative_and_absolute_commands() -> None:
    module = _load_script()
    segments = module.parse_path("m 10,10 h 5 v 5 l -5,0 z M 0,0 L 1e1,0 c 0,1 1,1 1,0 Z")
    ends = [s.end for s in segments]
    assert ends == [
        (10, 10),
        (15, 10),
        (15, 15),
        (10, 15),
        (10, 10),
        (0, 0),
        (10, 0),
        (11, 0),
        (0, 0),
    ]
