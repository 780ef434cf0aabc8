"""Classe in a real X11 window (Xvfb), driven only by what a two-button clicker sends
(Page Down, Page Up) plus B, through every slide and the whole class quiz to the class
results; the program's log says what the class saw."""

from __future__ import annotations

from pathlib import Path

from cmq_desktop.content.loader import load_deck
from cmq_desktop.paths import default_deck_dir
from tests.e2e.classe_window import classe_window


def test_a_clicker_runs_the_whole_lesson_and_the_class_quiz(display: str, tmp_path: Path) -> None:
    deck = load_deck(default_deck_dir()).deck
    assert deck is not None
    questions = deck.quiz_sets[0].questions
    total = len(questions)
    with classe_window(display, tmp_path) as window:
        key, logged = window.key, window.logged
        slides = deck.slides
        for number, slide in enumerate(slides, start=1):
            key("Next")  # Page Down
            assert logged(f"screen SLIDE {number}/{len(slides)} {slide.id}")
            if number == 2:
                key("b")
                assert logged("blackout on")
                key("b")
                assert logged("blackout off")
                key("Prior")  # Page Up, then forward again
                assert logged(f"screen SLIDE 1/{len(slides)} {slides[0].id}")
                key("Next")
                assert logged(f"screen SLIDE 2/{len(slides)} {slide.id}")
        for number, question in enumerate(questions, start=1):
            for stage in ("shown", "locked", "revealed"):
                key("Next")
                assert logged(f"screen QUESTION {number}/{total} {question.id} {stage}")
        key("Next")
        assert logged("screen CLASS_RESULTS")
