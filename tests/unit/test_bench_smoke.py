"""The big-deck generator used by the benchmarks must keep writing a clean, valid deck."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from types import ModuleType

from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import Layout

BENCH_DIR = Path(__file__).resolve().parents[2] / "bench"


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_big_deck", BENCH_DIR / "make_big_deck.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_deck_loads_clean_with_expected_counts(tmp_path: Path) -> None:
    generator = _load_generator()
    deck_dir = generator.make_deck(tmp_path / "deck", slides=24)

    result = load_deck(deck_dir)

    assert result.problems == ()
    deck = result.deck
    assert deck is not None
    assert len(deck.slides) == 24
    assert [len(quiz_set.questions) for quiz_set in deck.quiz_sets] == [24, 24]
    assert all(slide.notes for slide in deck.slides)
    layouts = Counter(slide.layout for slide in deck.slides)
    assert set(layouts) == {Layout.TITLE, Layout.BULLETS, Layout.TEXT, Layout.FIGURES}
    slide_ids = {slide.id for slide in deck.slides}
    questions = [q for quiz_set in deck.quiz_sets for q in quiz_set.questions]
    assert all(question.slide_id in slide_ids for question in questions)
    assert len({question.id for question in questions}) == 48
