"""Draw the map of the Auvergne-Rhône-Alpes region from real département outlines.

The outlines come from the map of French départements shipped by the PyPI package
``pygal-maps-fr`` (LGPL v3 or later). This script keeps the region's twelve départements,
computes a tight viewBox from the real extent of their paths, paints them with a calm
palette and writes a label (name and number) inside each one.

Usage (from the root of the repository)::

    pip install .[maps]
    python docs/maps/make_region_map.py    # writes slides/images/carte-auvergne-rhone-alpes.svg
    python docs/maps/make_region_map.py --output other.svg

The output is deterministic: running the script twice gives the same bytes.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUTPUT = REPO_ROOT / "slides" / "images" / "carte-auvergne-rhone-alpes.svg"

SVG_NS = "http://www.w3.org/2000/svg"

# The twelve départements of Auvergne-Rhône-Alpes: number -> name.
DEPARTEMENTS: dict[str, str] = {
    "01": "Ain",
    "03": "Allier",
    "07": "Ardèche",
    "15": "Cantal",
    "26": "Drôme",
    "38": "Isère",
    "42": "Loire",
    "43": "Haute-Loire",
    "63": "Puy-de-Dôme",
    "69": "Rhône",
    "73": "Savoie",
    "74": "Haute-Savoie",
}

# Calm fills; neighbouring départements never share a colour (checked by hand against the
# map: e.g. Isère touches Ain, Rhône, Loire, Ardèche, Drôme and Savoie).
PALETTE: dict[str, str] = {
    "blue": "#cfe2f3",
    "green": "#d5ebd0",
    "sand": "#f5e2c0",
    "lavender": "#e0d9f0",
    "rose": "#f4d3d7",
    "aqua": "#c9e8e3",
}
FILL: dict[str, str] = {
    "38": "blue",
    "43": "blue",
    "01": "green",
    "42": "green",
    "07": "sand",
    "69": "sand",
    "73": "sand",
    "26": "lavender",
    "63": "lavender",
    "74": "lavender",
    "15": "rose",
    "03": "aqua",
}

# Label lines per département: long names are split at a hyphen so they fit inside.
LABEL_LINES: dict[str, tuple[str, ...]] = {
    "43": ("Haute-", "Loire"),
    "63": ("Puy-de-", "Dôme"),
    "74": ("Haute-", "Savoie"),
}

# Hand nudges of the label anchor, in map units, applied after the centroid is computed.
# Each one was checked on a rendering of the map (see README.md).
LABEL_NUDGE: dict[str, tuple[float, float]] = {
    "07": (-8.0, 0.0),  # away from the border with Drôme
    "42": (-8.0, 14.0),  # into the wider southern part of Loire, away from Rhône
    "69": (8.0, 25.0),  # into the wider part of Rhône, around Lyon
    "74": (-3.0, -6.0),  # keep the number off the border with Savoie
}

FONT_FAMILY = "Atkinson Hyperlegible"
# Map units; the region is about 650 units wide. Sized for the back of a classroom: on the
# "grande-image" slide at 1024x768 a map unit is about 0.8 px, so 23 units are 18 px or more
# (tests/ui/test_map_labels.py measures it).
NAME_SIZE = 24.0
NUMBER_SIZE = 23.0
LINE_GAP = 1.1
TEXT_COLOUR = "#1d2b45"
CARD_COLOUR = "#ffffff"
BORDER_COLOUR = "#ffffff"
BORDER_WIDTH = 2.5
MARGIN = 6.0  # around the outlines, in map units
CURVE_SAMPLES = 8  # points sampled on each Bézier segment for extent and centroid

_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGS_PER_COMMAND = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}

Point = tuple[float, float]


@dataclass(frozen=True)
class Segment:
    """One absolute path command, with its start point: command letter and its numbers."""

    command: str  # upper case: M L C S Q T A Z (H and V are turned into L)
    start: Point
    args: tuple[float, ...]  # absolute coordinates

    @property
    def end(self) -> Point:
        return (self.args[-2], self.args[-1]) if self.args else self.start


@dataclass(frozen=True)
class Departement:
    number: str
    name: str
    segments: tuple[Segment, ...]


def parse_path(data: str) -> list[Segment]:
    """Turn SVG path data into absolute segments; all commands of SVG 1.1 are understood."""
    segments: list[Segment] = []
    tokens: list[str] = _TOKEN.findall(data)
    index = 0
    current: Point = (0.0, 0.0)
    subpath_start: Point = (0.0, 0.0)
    last_control: Point | None = None  # for S and T
    command = ""
    while index < len(tokens):
        token = tokens[index]
        if token.isalpha():
            command = token
            index += 1
        elif not command:
            raise ValueError(f"path data starts with a number: {data[:40]!r}")
        upper = command.upper()
        relative = command.islower()
        count = _ARGS_PER_COMMAND[upper]
        if upper == "Z":
            segments.append(Segment("Z", current, (subpath_start[0], subpath_start[1])))
            current = subpath_start
            last_control = None
            continue
        numbers = [float(t) for t in tokens[index : index + count]]
        if len(numbers) < count or any(t.isalpha() for t in tokens[index : index + count]):
            raise ValueError(f"missing numbers after {command!r} in path data")
        index += count
        x0, y0 = current
        if upper == "H":
            upper, numbers = "L", [numbers[0] + (x0 if relative else 0.0), y0]
        elif upper == "V":
            upper, numbers = "L", [x0, numbers[0] + (y0 if relative else 0.0)]
        elif upper == "A":
            if relative:
                numbers[5] += x0
                numbers[6] += y0
        elif relative:
            numbers = [n + (x0 if i % 2 == 0 else y0) for i, n in enumerate(numbers)]
        if upper == "S":
            control = _reflect(last_control, current)
            numbers = [control[0], control[1], *numbers]
            upper = "C"
        elif upper == "T":
            control = _reflect(last_control, current)
            numbers = [control[0], control[1], *numbers]
            upper = "Q"
        segments.append(Segment(upper, current, tuple(numbers)))
        current = (numbers[-2], numbers[-1])
        if upper == "M":
            subpath_start = current
            # Further pairs after a moveto are implicit linetos.
            command = "l" if relative else "L"
        last_control = (numbers[-4], numbers[-3]) if upper in ("C", "Q") else None
    return segments


def _reflect(control: Point | None, around: Point) -> Point:
    if control is None:
        return around
    return (2 * around[0] - control[0], 2 * around[1] - control[1])


def sample_rings(segments: Sequence[Segment]) -> list[list[Point]]:
    """Points along each closed ring of the outline (curves sampled, arcs as chords)."""
    rings: list[list[Point]] = []
    ring: list[Point] = []
    for segment in segments:
        if segment.command == "M":
            if len(ring) > 2:
                rings.append(ring)
            ring = [segment.end]
            continue
        if segment.command == "C":
            x0, y0 = segment.start
            x1, y1, x2, y2, x3, y3 = segment.args
            for step in range(1, CURVE_SAMPLES + 1):
                t = step / CURVE_SAMPLES
                u = 1 - t
                ring.append(
                    (
                        u**3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t**3 * x3,
                        u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3,
                    )
                )
        elif segment.command == "Q":
            x0, y0 = segment.start
            x1, y1, x2, y2 = segment.args
            for step in range(1, CURVE_SAMPLES + 1):
                t = step / CURVE_SAMPLES
                u = 1 - t
                x = u * u * x0 + 2 * u * t * x1 + t * t * x2
                y = u * u * y0 + 2 * u * t * y1 + t * t * y2
                ring.append((x, y))
        else:
            ring.append(segment.end)
    if len(ring) > 2:
        rings.append(ring)
    return rings


def ring_area_centroid(ring: Sequence[Point]) -> tuple[float, Point]:
    """Signed area and area centroid of a closed polygon (shoelace formula)."""
    area = cx = cy = 0.0
    for (xa, ya), (xb, yb) in zip(ring, [*ring[1:], ring[0]], strict=True):
        cross = xa * yb - xb * ya
        area += cross
        cx += (xa + xb) * cross
        cy += (ya + yb) * cross
    area /= 2
    if area == 0:
        return 0.0, ring[0]
    return area, (cx / (6 * area), cy / (6 * area))


def contains(ring: Sequence[Point], point: Point) -> bool:
    """Even-odd point-in-polygon test."""
    x, y = point
    inside = False
    for (xa, ya), (xb, yb) in zip(ring, [*ring[1:], ring[0]], strict=True):
        if (ya > y) != (yb > y) and x < xa + (y - ya) * (xb - xa) / (yb - ya):
            inside = not inside
    return inside


def label_anchor(dep: Departement) -> Point:
    """Centroid of the largest ring, plus the hand nudge; it must fall inside the outline."""
    rings = sample_rings(dep.segments)
    ring = max(rings, key=lambda r: abs(ring_area_centroid(r)[0]))
    _, (x, y) = ring_area_centroid(ring)
    dx, dy = LABEL_NUDGE.get(dep.number, (0.0, 0.0))
    point = (x + dx, y + dy)
    if not contains(ring, point):
        raise ValueError(f"the label of {dep.name} ({dep.number}) falls outside its outline")
    return point


def read_source(source: Path) -> tuple[str, list[Departement]]:
    """The transform of the départements layer and the region's départements, in map order."""
    root = ET.parse(source).getroot()
    layer = root.find(f".//{{{SVG_NS}}}g[@id='departements']")
    if layer is None:
        raise ValueError(f"{source}: no <g id='departements'> layer")
    transform = layer.get("transform", "")
    found: dict[str, Departement] = {}
    for group in layer.iter(f"{{{SVG_NS}}}g"):
        classes = (group.get("class") or "").split()
        numbers = [c[1:] for c in classes if c.startswith("z")]
        if "departement" not in classes or not numbers or numbers[0] not in DEPARTEMENTS:
            continue
        number = numbers[0]
        segments: list[Segment] = []
        for path in group.iter(f"{{{SVG_NS}}}path"):
            segments.extend(parse_path(path.get("d", "")))
        found[number] = Departement(number, DEPARTEMENTS[number], tuple(segments))
    missing = sorted(set(DEPARTEMENTS) - set(found))
    if missing:
        raise ValueError(f"{source}: départements not found: {', '.join(missing)}")
    return transform, [found[n] for n in sorted(found)]


def parse_translate(transform: str) -> Point:
    """The offset of a ``translate(x[,y])`` transform; anything else is refused."""
    if not transform:
        return (0.0, 0.0)
    match = re.fullmatch(r"\s*translate\(\s*([^,\s)]+)(?:[\s,]+([^\s)]+))?\s*\)\s*", transform)
    if not match:
        raise ValueError(f"unsupported transform {transform!r}: only translate() is handled")
    return float(match.group(1)), float(match.group(2) or 0.0)


def _fmt(value: float) -> str:
    """A number rounded to one decimal, written as short as possible."""
    text = f"{round(value, 1) + 0.0:.1f}"  # + 0.0 turns -0.0 into 0.0
    if text.endswith(".0"):
        text = text[:-2]
    if text == "-0":
        text = "0"
    return text


def _r(value: float) -> float:
    return round(value * 10) / 10


def path_data(segments: Sequence[Segment]) -> str:
    """Relative path data computed from coordinates rounded to 0.1 (so no drift builds up)."""
    parts: list[str] = []
    cx, cy = 0.0, 0.0  # current point, already rounded
    start = (0.0, 0.0)
    for segment in segments:
        if segment.command == "Z":
            parts.append("z")
            cx, cy = start
            continue
        if segment.command == "A":
            rx, ry, rotation, large, sweep, x, y = segment.args
            nx, ny = _r(x), _r(y)
            flags = f"{int(large)} {int(sweep)}"
            parts.append(
                f"a{_fmt(rx)} {_fmt(ry)} {_fmt(rotation)} {flags} {_fmt(nx - cx)} {_fmt(ny - cy)}"
            )
            cx, cy = nx, ny
            continue
        coords = [_r(v) for v in segment.args]
        rel = [_fmt(v - (cx if i % 2 == 0 else cy)) for i, v in enumerate(coords)]
        pairs = " ".join(f"{rel[i]},{rel[i + 1]}" for i in range(0, len(rel), 2))
        parts.append(segment.command.lower() + pairs)
        cx, cy = coords[-2], coords[-1]
        if segment.command == "M":
            start = (cx, cy)
    return "".join(parts)


def _xml_text(text: str) -> str:
    """Escaped and ASCII-only (non-ASCII characters become character references)."""
    return escape(text).encode("ascii", "xmlcharrefreplace").decode("ascii")


def _xml_attr(text: str) -> str:
    return quoteattr(text).encode("ascii", "xmlcharrefreplace").decode("ascii")


def build_svg(source: Path) -> str:
    """The whole map as SVG text."""
    transform, departements = read_source(source)
    tx, ty = parse_translate(transform)
    xs: list[float] = []
    ys: list[float] = []
    for dep in departements:
        for ring in sample_rings(dep.segments):
            xs.extend(x for x, _ in ring)
            ys.extend(y for _, y in ring)
    left = math.floor(min(xs) + tx - MARGIN)
    top = math.floor(min(ys) + ty - MARGIN)
    width = math.ceil(max(xs) + tx + MARGIN) - left
    height = math.ceil(max(ys) + ty + MARGIN) - top

    title = "Carte de la région Auvergne-Rhône-Alpes et de ses douze départements"
    desc = (
        "Les départements : "
        + ", ".join(f"{dep.name} ({dep.number})" for dep in departements)
        + ". Contours : pygal-maps-fr (LGPL v3 ou ultérieure)."
    )
    out: list[str] = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="{SVG_NS}" viewBox="{left} {top} {width} {height}" '
        f'width="{width * 2}" height="{height * 2}" role="img" aria-labelledby="title desc">',
        f'  <title id="title">{_xml_text(title)}</title>',
        f'  <desc id="desc">{_xml_text(desc)}</desc>',
        "  <!-- Generated by docs/maps/make_region_map.py from pygal-maps-fr; do not edit. -->",
        # A light card under the map: in a dark theme, the gap of Lake Geneva between Ain
        # and Haute-Savoie showed the dark slide under the dark « H » of « Haute-Savoie ».
        f'  <rect id="fond" x="{left}" y="{top}" width="{width}" height="{height}" '
        f'rx="{_fmt(MARGIN * 2)}" fill="{CARD_COLOUR}"/>',
        f'  <g id="departements" transform={_xml_attr(transform)} stroke="{BORDER_COLOUR}" '
        f'stroke-width="{_fmt(BORDER_WIDTH)}" stroke-linejoin="round">',
    ]
    for dep in departements:
        fill = PALETTE[FILL[dep.number]]
        out.append(
            f'    <path id="dep-{dep.number}" class="departement z{dep.number}" fill="{fill}" '
            f'd="{path_data(dep.segments)}">'
            f"<title>{_xml_text(f'{dep.name} ({dep.number})')}</title></path>"
        )
    out.append("  </g>")
    out.append(
        f'  <g id="etiquettes" transform={_xml_attr(transform)} '
        f'font-family={_xml_attr(FONT_FAMILY)} fill="{TEXT_COLOUR}" text-anchor="middle">'
    )
    for dep in departements:
        x, y = label_anchor(dep)
        lines = LABEL_LINES.get(dep.number, (dep.name,))
        heights = [NAME_SIZE] * len(lines) + [NUMBER_SIZE]
        total = sum(h * LINE_GAP for h in heights)
        # Baselines so that the block of lines is centred on the anchor.
        baseline = y - total / 2
        out.append(f'    <g id="etiquette-{dep.number}">')
        for text, size in zip([*lines, dep.number], heights, strict=True):
            baseline += size * LINE_GAP
            weight = ' font-weight="bold"' if text != dep.number else ""
            out.append(
                f'      <text x="{_fmt(x)}" y="{_fmt(baseline - size * 0.25)}" '
                f'font-size="{_fmt(size)}"{weight}>{_xml_text(text)}</text>'
            )
        out.append("    </g>")
    out.append("  </g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def default_source() -> Path:
    import pygal_maps_fr  # only needed to regenerate the map

    return Path(pygal_maps_fr.__file__).resolve().parent / "fr.departments.svg"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source", type=Path, help="fr.departments.svg (default: the one of pygal_maps_fr)"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="the SVG file to write")
    args = parser.parse_args(argv)
    svg = build_svg(args.source or default_source())
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(svg.encode("ascii"))
    print(f"wrote {args.output} ({len(svg)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
