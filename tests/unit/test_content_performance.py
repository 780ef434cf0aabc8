"""A large deck loads clean: 500 slides and 1,000 questions.

How fast is measured in bench/bench_big_deck.py (linear time, against the bundled deck):
a time limit here failed under coverage's tracer on the shared CI machine.
"""

from __future__ import annotations

from pathlib import Path

from cmq_desktop.content.loader import load_deck
from tests.unit.conftest import PNG_BYTES

SLIDES = 500
QUESTIONS = 1000


def write_big_deck(deck: Path) -> None:
    (deck / "images").mkdir(parents=True)
    (deck / "images" / "carte.png").write_bytes(PNG_BYTES)
    slides = []
    for n in range(SLIDES):
        slides.append(
            f"@id: diapo-{n}\n@mise-en-page: image-texte\n\n"
            f"# Diapositive {n} : c'est quoi un « CMQ » ?\n## Sous-titre {n}\n\n"
            "![La carte de la région](images/carte.png)\n\n"
            "Un **outil** qui relie la formation et le monde économique ;\n"
            "un *label* accordé pour cinq ans : https://www.exemple.fr/cmq?id=3\n\n"
            "- des **besoins** croissants de main-d'œuvre\n  - sous-point à 10:30\n"
            "- le manque d'attractivité de certains métiers !\n1. un\n2. deux\n\n"
            "::: notes\nCe que l'enseignant dit : plusieurs phrases.\nEt encore une ligne ?\n:::\n"
        )
    (deck / "presentation.md").write_text("---\n".join(slides), encoding="utf-8")
    for name, start in (("quiz.txt", 0), ("quiz-approfondi.txt", QUESTIONS // 2)):
        questions = [
            f"[question-{n}]\nénoncé : Il n'y a des CMQ que dans l'industrie ?\n"
            f"choix : Vrai / Faux\nréponse : {'Faux' if n % 2 else 'vrai'}\n"
            f"diapositive : diapo-{n % SLIDES}\n"
            "explication : Il existe des campus dans le tourisme, l'hôtellerie,\n"
            "  le soin, le design, le numérique ou l'agroalimentaire.\n"
            for n in range(start, start + QUESTIONS // 2)
        ]
        (deck / name).write_text("titre : Le quiz\n\n" + "\n".join(questions), encoding="utf-8")


def test_big_deck_loads_clean(tmp_path: Path) -> None:
    write_big_deck(tmp_path)
    result = load_deck(tmp_path)
    assert result.problems == ()
    assert result.deck is not None
    assert len(result.deck.slides) == SLIDES
    assert sum(len(s.questions) for s in result.deck.quiz_sets) == QUESTIONS
