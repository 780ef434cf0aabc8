"""Speaker notes: ``::: notes`` … ``:::`` blocks, taken out of a slide's lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cmq_desktop.content import messages
from cmq_desktop.content.blocks import NumberedLine
from cmq_desktop.content.problems import Reporter
from cmq_desktop.content.typography import french_typography

_OPEN = re.compile(r"^\s*:::+\s*(?P<kind>\S.*?)?\s*$")
_NOTES_KINDS = frozenset({"notes", "note"})
_LIST_MARKER = re.compile(r"^(?:[-*+]|\d{1,9}[.)])\s")


@dataclass(frozen=True)
class NotesSplit:
    body: list[NumberedLine]  # the slide's lines outside any block
    text: str  # the notes, typography applied; "" when there are none


def split_notes(lines: list[NumberedLine], report: Reporter) -> NotesSplit:
    body: list[NumberedLine] = []
    notes: list[str] = []
    open_line: int | None = None  # where the current block started
    keep = False  # whether the current block is a notes block
    for number, text in lines:
        marker = _OPEN.match(text)
        if open_line is None and marker is None:
            body.append((number, text))
            continue
        body.append((number, ""))  # a block ends the paragraph or list before it
        if open_line is None and marker is not None:
            if marker.group("kind") is None:
                report.error(number, messages.STRAY_BLOCK_END)
            else:
                open_line, keep = number, marker.group("kind").lower() in _NOTES_KINDS
                if not keep:
                    report.error(number, messages.unknown_block(text.strip()))
                elif notes:
                    notes.append("")  # a second notes block starts a new paragraph
        elif marker is not None and marker.group("kind") is None:
            open_line = None
        elif keep:
            notes.append(text)
    if open_line is not None:
        report.error(open_line, messages.UNCLOSED_NOTES)
    return NotesSplit(body, french_typography(_reflow(notes)))


def _reflow(lines: list[str]) -> str:
    """Lines that follow each other form a paragraph; list items keep their own line."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            if current:
                paragraphs.append(current)
                current = []
        elif current and not _LIST_MARKER.match(line):
            current[-1] = f"{current[-1]} {line}"
        else:
            current.append(line)
    if current:
        paragraphs.append(current)
    return "\n\n".join("\n".join(paragraph) for paragraph in paragraphs)
