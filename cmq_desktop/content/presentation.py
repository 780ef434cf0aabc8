"""``presentation.md``: slides separated by ``---``, each with directives, title, body, notes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from cmq_desktop.content import messages
from cmq_desktop.content.blocks import NumberedLine, parse_blocks
from cmq_desktop.content.ids import fold_key, is_valid_id, slugify
from cmq_desktop.content.inline import plain_text, styled
from cmq_desktop.content.model import Layout, Slide, Spans
from cmq_desktop.content.notes import NotesSplit, split_notes
from cmq_desktop.content.problems import Reporter

_SEPARATOR = re.compile(r"^\s*-{3,}\s*$")
_DIRECTIVE = re.compile(r"^\s*@(?P<name>[^:]*?)\s*:\s*(?P<value>.*?)\s*$")
_TITLE = re.compile(r"^\s*#(?!#)\s*(?P<text>.*?)\s*$")
_SUBTITLE = re.compile(r"^\s*##(?!#)\s*(?P<text>.*?)\s*$")
_DIRECTIVE_NAMES = {
    "id": "@id",
    "miseenpage": "@mise-en-page",
    "langue": "@langue",
    "lang": "@langue",
}
# The languages the interface is translated into (cmq_desktop/i18n.py LANGUAGES).
_LANGUAGES = {"fr": "fr", "francais": "fr", "en": "en", "anglais": "en", "english": "en"}
_LAYOUTS = {fold_key(layout.value).replace("-", ""): layout for layout in Layout}


@dataclass
class _SlideDraft:
    line: int
    explicit_id: str | None = None
    layout: Layout = Layout.BULLETS
    title: Spans | None = None
    subtitle: Spans = ()
    body: list[NumberedLine] = field(default_factory=list)
    seen_directives: set[str] = field(default_factory=set)
    language: str | None = None
    language_line: int = 0


def parse_presentation(lines: list[str], root: Path, report: Reporter) -> list[Slide]:
    """The usable slides, in order; every problem goes to ``report``."""
    slides: list[Slide] = []
    first_line_of_id: dict[str, int] = {}
    for chunk in _split_slides(lines):
        slide = _parse_slide(chunk, root, report, position=len(slides) + 1)
        if slide is None:
            continue
        slide_id = slide.id
        if slide_id in first_line_of_id:
            report.error(slide.line, messages.duplicate_id(slide_id, first_line_of_id[slide_id]))
            slide = _with_unique_id(slide, first_line_of_id)
        first_line_of_id[slide.id] = slide.line
        slides.append(slide)
    return slides


def _split_slides(lines: list[str]) -> list[list[NumberedLine]]:
    chunks: list[list[NumberedLine]] = [[]]
    for number, line in enumerate(lines, start=1):
        if _SEPARATOR.match(line):
            chunks.append([])
        else:
            chunks[-1].append((number, line))
    return [chunk for chunk in chunks if any(text.strip() for _, text in chunk)]


def _parse_slide(
    chunk: list[NumberedLine], root: Path, report: Reporter, position: int
) -> Slide | None:
    notes: NotesSplit = split_notes(chunk, report)
    draft = _SlideDraft(line=next(number for number, text in chunk if text.strip()))
    in_header = True
    for number, text in notes.body:
        stripped = text.strip()
        if not stripped:
            draft.body.append((number, text))  # a blank line ends a paragraph
            continue
        if in_header and stripped.startswith("@"):
            _apply_directive(draft, number, stripped, report)
            continue
        in_header = False
        directive = _DIRECTIVE.match(text)
        known = _known_directive(directive.group("name")) if directive else None
        if known is not None:
            report.error(number, messages.misplaced_directive(known))
        elif title := _TITLE.match(text):
            _set_title(draft, number, title.group("text"), report)
        elif subtitle := _SUBTITLE.match(text):
            _set_subtitle(draft, number, subtitle.group("text"), report)
        else:
            draft.body.append((number, text))
            continue
        draft.body.append((number, ""))  # what comes after starts a new paragraph or list
    if draft.title is None:
        report.error(draft.line, messages.NO_TITLE)
        return None
    slide_id = draft.explicit_id or slugify(plain_text(draft.title)) or f"diapositive-{position}"
    if not notes.text:
        report.warning(draft.line, messages.no_notes(slide_id))
    if draft.language is not None and position != 1:
        report.error(draft.language_line, messages.LANGUAGE_NOT_FIRST)
        draft.language = None
    return Slide(
        id=slide_id,
        title=draft.title,
        subtitle=draft.subtitle,
        layout=draft.layout,
        blocks=parse_blocks(draft.body, root, report),
        notes=notes.text,
        path=report.path,
        line=draft.line,
        language=draft.language,
    )


def _known_directive(name: str) -> str | None:
    return _DIRECTIVE_NAMES.get(fold_key(name).replace("-", ""))


def _apply_directive(draft: _SlideDraft, number: int, line: str, report: Reporter) -> None:
    match = _DIRECTIVE.match(line)
    known = _known_directive(match.group("name")) if match else None
    if match is None or known is None:
        shown = f"@{match.group('name')}" if match else line
        report.error(number, messages.unknown_directive(shown))
        return
    if known in draft.seen_directives:
        report.error(number, messages.repeated_directive(known))
        return
    draft.seen_directives.add(known)
    value = match.group("value")
    if known == "@id":
        if is_valid_id(value):
            draft.explicit_id = value
        else:
            report.error(number, messages.invalid_id(value))
            draft.explicit_id = slugify(value) or None
    elif known == "@langue":
        draft.language = _LANGUAGES.get(fold_key(value))
        draft.language_line = number
        if draft.language is None:
            report.error(number, messages.unknown_language(value))
    else:
        layout = _LAYOUTS.get(fold_key(value).replace("-", ""))
        if layout is None:
            report.error(number, messages.unknown_layout(value))
        else:
            draft.layout = layout


def _set_title(draft: _SlideDraft, number: int, text: str, report: Reporter) -> None:
    if not text:
        return  # a lone "#" gives no title; "diapositive sans titre" says what to do
    if draft.title is not None:
        report.error(number, messages.second_title(text))
        return
    draft.title = styled(text)


def _set_subtitle(draft: _SlideDraft, number: int, text: str, report: Reporter) -> None:
    if not text:
        return
    if draft.subtitle:
        report.error(number, messages.second_subtitle(text))
        return
    draft.subtitle = styled(text)


def _with_unique_id(slide: Slide, taken: dict[str, int]) -> Slide:
    """Keeps a slide whose id is taken in the show, under ``id-2``, ``id-3``…"""
    suffix = 2
    while f"{slide.id}-{suffix}" in taken:
        suffix += 1
    return Slide(
        id=f"{slide.id}-{suffix}",
        title=slide.title,
        subtitle=slide.subtitle,
        layout=slide.layout,
        blocks=slide.blocks,
        notes=slide.notes,
        path=slide.path,
        line=slide.line,
        language=slide.language,
    )
