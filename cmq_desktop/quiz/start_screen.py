"""The start screen's model, apart from the other screens: it is all the first frame needs.

``start_screen(deck)`` is what ``Lesson`` shows at home; the window's first stage
(``ui/app.py``) draws it before the engine itself is imported (issue 11, start-up).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from cmq_desktop.content.model import Deck, Slide


@dataclass(frozen=True)
class QuizChoice:
    """A quiz set offered on the start screen."""

    id: str
    title: str
    count: int


@dataclass(frozen=True)
class StartScreen:
    kind: ClassVar[str] = "start"
    deck_title: str
    has_slides: bool
    quiz_sets: tuple[QuizChoice, ...]
    first_slide: Slide | None = None

    @property
    def log_line(self) -> str:
        return "START"


def start_screen(deck: Deck) -> StartScreen:
    """The deck's cover (its first slide) and the quiz sets that have questions."""
    slides = deck.slides
    return StartScreen(
        deck_title=deck.title,
        has_slides=bool(slides),
        quiz_sets=tuple(
            QuizChoice(s.id, s.title, len(s.questions)) for s in deck.quiz_sets if s.questions
        ),
        first_slide=slides[0] if slides else None,
    )
