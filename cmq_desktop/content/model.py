"""The deck model: immutable values that the loaders build and the UI shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


@dataclass(frozen=True)
class ContentError:
    """One problem in a content file, reported as ``path:line: message``.

    Messages are in French: CMQ staff read them in the ``check`` command and in the
    app's dialog.
    """

    path: str
    line: int
    message: str
    is_warning: bool = False

    def __str__(self) -> str:
        # A warning does not fail ``check``; say so, so that authors know what must be fixed.
        prefix = "attention : " if self.is_warning else ""
        # Line 0: the problem is a whole file or folder (missing, unreadable), not a line.
        where = f"{self.path}:{self.line}:" if self.line else f"{self.path}:"
        return f"{where} {prefix}{self.message}"


class Layout(Enum):
    """How a slide is arranged; the values are the names authors write after ``@mise-en-page``."""

    TITLE = "titre"
    BULLETS = "liste"
    FIGURES = "chiffres"
    IMAGE_TEXT = "image-texte"
    BIG_IMAGE = "grande-image"  # a map or diagram the back of the room must read
    TEXT = "texte"


@dataclass(frozen=True)
class Span:
    """A run of text with one style."""

    text: str
    bold: bool = False
    italic: bool = False


Spans = tuple[Span, ...]


@dataclass(frozen=True)
class Paragraph:
    spans: Spans
    line: int


@dataclass(frozen=True)
class ListItem:
    spans: Spans
    level: int  # 0 for a top-level item, 1 for a nested one
    line: int


@dataclass(frozen=True)
class BulletList:
    items: tuple[ListItem, ...]
    ordered: bool
    line: int


@dataclass(frozen=True)
class Image:
    path: Path  # absolute, resolved against the deck directory
    alt: str
    line: int


Block = Paragraph | BulletList | Image


@dataclass(frozen=True)
class Slide:
    id: str
    title: Spans
    subtitle: Spans
    layout: Layout
    blocks: tuple[Block, ...]
    notes: str
    path: str  # the file it comes from, as shown in messages
    line: int  # the line where the slide starts
    # The deck's language, declared on its first slide (@langue): the interface's default.
    language: str | None = None

    @property
    def title_text(self) -> str:
        return "".join(span.text for span in self.title)

    @property
    def images(self) -> tuple[Image, ...]:
        return tuple(block for block in self.blocks if isinstance(block, Image))


@dataclass(frozen=True)
class Question:
    id: str
    statement: str
    labels: tuple[str, str]  # the two answer buttons, e.g. ("Vrai", "Faux") or ("Oui", "Non")
    answer: str  # one of labels
    explanation: str
    slide_id: str | None
    path: str
    line: int
    # Optional, mostly from Moodle (GIFT): its name there, and what to say after a right
    # or a wrong answer, besides the explanation.
    name: str = ""
    feedback_right: str = ""
    feedback_wrong: str = ""

    @property
    def answer_index(self) -> int:
        return self.labels.index(self.answer)


@dataclass(frozen=True)
class QuizSet:
    id: str  # the file's stem, e.g. "quiz" or "quiz-approfondi"
    title: str
    questions: tuple[Question, ...]
    path: str


@dataclass(frozen=True)
class Deck:
    root: Path
    slides: tuple[Slide, ...]
    quiz_sets: tuple[QuizSet, ...]

    @property
    def title(self) -> str:
        return self.slides[0].title_text if self.slides else ""

    @property
    def language(self) -> str | None:
        """The language the deck declares on its first slide (``@langue: en``), if any."""
        return self.slides[0].language if self.slides else None

    def slide_index(self, slide_id: str) -> int | None:
        for index, slide in enumerate(self.slides):
            if slide.id == slide_id:
                return index
        return None


@dataclass(frozen=True)
class LoadResult:
    """What loading a deck gives: a deck when it is usable, and every problem found.

    A deck with errors may still be returned (with the faulty parts left out) so that the
    app stays usable; ``deck`` is None only when nothing could be shown.
    """

    deck: Deck | None
    problems: tuple[ContentError, ...] = field(default_factory=tuple)

    @property
    def errors(self) -> tuple[ContentError, ...]:
        return tuple(p for p in self.problems if not p.is_warning)

    @property
    def ok(self) -> bool:
        return not self.errors
