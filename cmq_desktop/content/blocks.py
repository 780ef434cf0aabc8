"""The body of a slide: paragraphs, bulleted and numbered lists, images."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from cmq_desktop.content.images import IMAGE_LINE, image_from_line
from cmq_desktop.content.inline import styled
from cmq_desktop.content.model import Block, BulletList, ListItem, Paragraph
from cmq_desktop.content.problems import Reporter

_ITEM = re.compile(r"^(?P<indent> *)(?P<marker>[-*+]|\d{1,9}[.)])[ \t]+(?P<text>\S.*)$")
_MINOR_HEADING = re.compile(r"^\s*#{3,}\s*(?P<text>.*)$")
NESTED_INDENT = 2

NumberedLine = tuple[int, str]


@dataclass
class _OpenItem:
    line: int
    level: int
    words: list[str]


@dataclass
class _OpenList:
    line: int
    ordered: bool
    items: list[_OpenItem] = field(default_factory=list)


class _BlockBuilder:
    def __init__(self, root: Path, report: Reporter) -> None:
        self.root = root
        self.report = report
        self.blocks: list[Block] = []
        self.paragraph: list[str] = []
        self.paragraph_line = 0
        self.list: _OpenList | None = None
        self.after_blank = False

    def feed(self, line_number: int, raw: str) -> None:
        line = raw.expandtabs(4).rstrip()
        if not line.strip():
            self.close_paragraph()
            self.after_blank = True
            return
        indent = len(line) - len(line.lstrip(" "))
        image = IMAGE_LINE.match(line)
        item = _ITEM.match(line)
        if image:
            self.close_all()
            block = image_from_line(image, line_number, self.root, self.report)
            if block is not None:
                self.blocks.append(block)
        elif item:
            self.add_item(line_number, item)
        elif self.list and indent >= NESTED_INDENT and not self.after_blank:
            self.list.items[-1].words.append(line.strip())
        elif heading := _MINOR_HEADING.match(line):
            # ### and deeper are not part of the format: shown as a bold paragraph.
            self.close_all()
            self.blocks.append(Paragraph(styled(f"**{heading.group('text')}**"), line_number))
        else:
            self.close_list()
            if not self.paragraph:
                self.paragraph_line = line_number
            self.paragraph.append(line.strip())
        self.after_blank = False

    def add_item(self, line_number: int, match: re.Match[str]) -> None:
        self.close_paragraph()
        ordered = match.group("marker")[0].isdigit()
        level = 1 if len(match.group("indent")) >= NESTED_INDENT else 0
        current = self.list
        if current is None or (level == 0 and current.ordered != ordered):
            self.close_list()
            current = self.list = _OpenList(line_number, ordered)
            level = 0  # a list cannot start with a nested item
        current.items.append(_OpenItem(line_number, level, [match.group("text").strip()]))

    def close_paragraph(self) -> None:
        if self.paragraph:
            self.blocks.append(Paragraph(styled(" ".join(self.paragraph)), self.paragraph_line))
            self.paragraph = []

    def close_list(self) -> None:
        if self.list is not None:
            items = tuple(
                ListItem(styled(" ".join(item.words)), item.level, item.line)
                for item in self.list.items
            )
            self.blocks.append(BulletList(items, self.list.ordered, self.list.line))
            self.list = None

    def close_all(self) -> None:
        self.close_paragraph()
        self.close_list()


def parse_blocks(lines: list[NumberedLine], root: Path, report: Reporter) -> tuple[Block, ...]:
    builder = _BlockBuilder(root, report)
    for line_number, raw in lines:
        builder.feed(line_number, raw)
    builder.close_all()
    return tuple(builder.blocks)
