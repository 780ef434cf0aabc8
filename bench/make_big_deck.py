"""Write a big but valid deck: N slides with notes and 2N questions in two quiz files.

Layouts cycle through ``liste``, ``texte``, ``chiffres`` and ``titre`` (one cover every
ten slides); every slide has speaker notes, every question points to a slide. Standard
library only, so the smoke test can import it without Qt.

    python bench/make_big_deck.py OUT_DIR --slides 500    # 1,000 questions
"""

from __future__ import annotations

import argparse
from pathlib import Path

SECTORS = (
    "aéronautique",
    "tourisme",
    "hôtellerie",
    "design",
    "chimie",
    "construction",
    "énergie",
    "soin et bien-être",
    "agroalimentaire",
    "numérique",
    "mobilité",
    "textile",
)
PHRASES = (
    "des **besoins croissants** de main-d'œuvre qualifiée",
    "le *manque d'attractivité* de certains métiers",
    "l'évolution des compétences pour les métiers de demain",
    "des stages et des visites d'entreprises pour les collégiens",
    "des formations du CAP au doctorat, initiales ou continues",
    "un réseau de lycées, de CFA, d'universités et de laboratoires",
)


def _sector(index: int) -> str:
    return SECTORS[index % len(SECTORS)]


def _notes(index: int) -> list[str]:
    return [
        "::: notes",
        f"Diapositive {index} : présentez le secteur {_sector(index)} ; demandez aux élèves "
        "s'ils connaissent quelqu'un qui y travaille. Rappelez qu'un quiz attend la classe.",
        ":::",
    ]


def slide_lines(index: int) -> list[str]:
    """One slide (1-based ``index``), its layout chosen by position."""
    sector = _sector(index)
    header = [f"@id: s-{index:04d}"]
    if index % 10 == 1:
        return [
            *header,
            "@mise-en-page: titre",
            "",
            f"# Le secteur {sector} : partie {index}",
            "",
            f"## Les campus du secteur {sector}",
            "",
            *_notes(index),
        ]
    kind = index % 3
    if kind == 0:
        body = [
            "@mise-en-page: chiffres",
            "",
            f"# Le secteur {sector} en chiffres",
            "",
            f"- **{index}** campus dans ce secteur",
            f"- **{index % 12 + 1}** départements concernés",
            f"- **{index % 5 + 1} ans** durée du label",
        ]
    elif kind == 1:
        body = [
            "@mise-en-page: texte",
            "",
            f"# Pourquoi le secteur {sector} ?",
            "",
            f"Un **campus** du secteur {sector} relie la formation et les entreprises "
            f"pour répondre à {PHRASES[index % len(PHRASES)]}.",
            "",
            f"Ses partenaires proposent {PHRASES[(index + 1) % len(PHRASES)]}.",
        ]
    else:
        body = [
            "@mise-en-page: liste",
            "",
            f"# Les actions du campus {sector} n°{index}",
            "",
            *(f"- {PHRASES[(index + k) % len(PHRASES)]}" for k in range(4)),
            "  - avec les familles et les professeurs",
        ]
    return [*header, *body, "", *_notes(index)]


def quiz_lines(title: str, first: int, count: int, slides: int) -> list[str]:
    lines = [f"# Quiz généré pour les benchmarks : {count} questions.", f"titre : {title}", ""]
    for number in range(first, first + count):
        slide = (number - 1) % slides + 1
        answer = ("Vrai", "Faux")[number % 2]
        choices = "Vrai / Faux" if number % 3 else "Oui / Non"
        if choices == "Oui / Non":
            answer = ("Oui", "Non")[number % 2]
        lines += [
            f"[q-{number:05d}]",
            f"énoncé : Le secteur {_sector(slide)} compte-t-il {number} campus ?",
            f"choix : {choices}",
            f"réponse : {answer}",
            f"diapositive : s-{slide:04d}",
            f"explication : La diapositive {slide} présente le secteur {_sector(slide)}.",
            "  Les chiffres sont inventés pour mesurer l'application.",
            "",
        ]
    return lines


def make_deck(
    out_dir: Path, slides: int, questions: int | None = None, quiz_files: int = 2
) -> Path:
    """Write the deck into ``out_dir`` (created); ``questions`` defaults to 2 per slide."""
    questions = 2 * slides if questions is None else questions
    out_dir.mkdir(parents=True, exist_ok=True)
    chunks = ["\n".join(slide_lines(index)) for index in range(1, slides + 1)]
    (out_dir / "presentation.md").write_text("\n\n---\n\n".join(chunks) + "\n", encoding="utf-8")
    per_file, extra = divmod(questions, quiz_files)
    first = 1
    for file_index in range(quiz_files):
        count = per_file + (1 if file_index < extra else 0)
        name = "quiz.txt" if file_index == 0 else f"quiz-{file_index + 1}.txt"
        lines = quiz_lines(f"Quiz {file_index + 1}", first, count, slides)
        (out_dir / name).write_text("\n".join(lines), encoding="utf-8")
        first += count
    return out_dir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--slides", type=int, default=500)
    parser.add_argument("--questions", type=int, help="default: two per slide")
    args = parser.parse_args()
    make_deck(args.out_dir, args.slides, args.questions)
    print(f"{args.out_dir}: {args.slides} slides")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
