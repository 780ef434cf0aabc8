"""Small decks and questions built in code, for the quiz layer's tests."""

from __future__ import annotations

from pathlib import Path

from cmq_desktop.content.model import Deck, Layout, Question, QuizSet, Slide, Span


def question(
    qid: str,
    answer: str = "Vrai",
    labels: tuple[str, str] = ("Vrai", "Faux"),
    slide: str | None = "s1",
) -> Question:
    return Question(
        qid, f"Énoncé {qid}", labels, answer, f"Explication {qid}.", slide, "quiz.txt", 1
    )


def slide(sid: str) -> Slide:
    return Slide(
        sid, (Span(f"Titre {sid}"),), (), Layout.BULLETS, (), "notes", "presentation.md", 1
    )


def deck(slide_count: int = 3, questions: tuple[Question, ...] | None = None) -> Deck:
    questions = questions or (
        question("q1"),
        question("q2", "Faux"),
        question("q3", "Oui", ("Oui", "Non"), "s3"),
    )
    slides = tuple(slide(f"s{n}") for n in range(1, slide_count + 1))
    main = QuizSet("quiz", "Le quiz", questions, "quiz.txt")
    extra = QuizSet("quiz-plus", "Plus", (question("x1", slide=None),), "quiz-plus.txt")
    return Deck(Path("."), slides, (main, extra))
