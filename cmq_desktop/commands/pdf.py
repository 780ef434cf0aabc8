"""``cmq-desktop export-pdf --out FICHIER.pdf --what slides|handout|quiz|key``: print on A4."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

WHAT = {
    "slides": "les diapositives, une par page A4 paysage",
    "handout": "un document à distribuer : trois diapositives par page, avec des lignes de notes",
    "quiz": "la feuille de quiz des élèves : cases à cocher, nom, classe, date, sans réponses",
    "key": "le corrigé : chaque affirmation, la bonne réponse et l’explication",
}


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export-pdf",
        help="imprimer : diapositives, document, feuille de quiz ou corrigé en PDF",
        description="Écrit un PDF A4 lisible en noir et blanc. "
        + " ; ".join(f"{name} : {text}" for name, text in WHAT.items())
        + ".",
    )
    parser.add_argument(
        "--deck",
        type=Path,
        metavar="DOSSIER",
        default=argparse.SUPPRESS,  # keeps ``cmq-desktop --deck DOSSIER export-pdf``'s value
        help="dossier ou archive .zip de la présentation (par défaut : la présentation fournie)",
    )
    parser.add_argument(
        "--out", type=Path, required=True, metavar="FICHIER.pdf", help="PDF à écrire"
    )
    parser.add_argument(
        "--what",
        choices=tuple(WHAT),
        default="slides",
        help="ce qu’il faut imprimer (par défaut : slides)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from cmq_desktop.content.loader import load_deck
    from cmq_desktop.paths import default_deck_dir
    from cmq_desktop.progress import Progress
    from cmq_desktop.ui.app import create_application
    from cmq_desktop.ui.image_check import image_problem
    from cmq_desktop.ui.pdf_export import export_pdf

    create_application()
    result = load_deck(getattr(args, "deck", None) or default_deck_dir(), image_problem)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.deck is None:
        print("Rien à imprimer : la présentation est inutilisable.", file=sys.stderr)
        return 1
    out: Path = args.out
    try:
        pages = export_pdf(result.deck, out, args.what, lambda total: Progress(total, "Pages"))
    except OSError as error:
        print(f"cmq-desktop export-pdf : {error}", file=sys.stderr)
        return 1
    print(f"{out} : {pages} pages ({WHAT[args.what]}).")
    return 0
