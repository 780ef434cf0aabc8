"""``cmq-desktop check [DOSSIER]``: validate a deck, one ``path:line: message`` per problem."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cmq_desktop.content.images import ImageCheck


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check",
        help="vérifier une présentation",
        description=(
            "Vérifie une présentation : un problème par ligne (fichier:ligne: message), "
            "puis un résumé si elle est valide. Code de sortie 1 s’il y a des erreurs."
        ),
    )
    parser.add_argument(
        "folder",
        nargs="?",
        type=Path,
        metavar="DOSSIER",
        help="dossier de la présentation (par défaut : la présentation fournie)",
    )
    parser.set_defaults(run=run)


def _count(number: int, singular: str, plural: str) -> str:
    if number == 0:
        return f"aucune {singular}"
    return f"{number} {singular if number == 1 else plural}"


def summary(slides: int, questions: int) -> str:
    """The line printed for a valid deck."""
    return (
        f"Présentation valide : {_count(slides, 'diapositive', 'diapositives')}, "
        f"{_count(questions, 'question', 'questions')}"
    )


def _image_check() -> ImageCheck:
    """Images opened as the app will (Qt's readers) on top of the pure byte check; the
    pure check alone where Qt is hidden (tests/unit)."""
    try:
        import PySide6.QtCore  # noqa: F401  (first: the ui module may be cached without Qt)
    except ImportError:
        from cmq_desktop.content.image_files import image_file_problem

        return image_file_problem
    from cmq_desktop.ui.image_check import qt_image_check

    return qt_image_check()


def run(args: argparse.Namespace) -> int:
    from cmq_desktop.content.loader import load_deck
    from cmq_desktop.paths import default_deck_dir

    # ``cmq-desktop --deck DOSSIER check`` works too.
    folder: Path | None = args.folder or getattr(args, "deck", None)
    result = load_deck(folder or default_deck_dir(), _image_check())
    for problem in result.problems:
        print(problem)
    if not result.ok or result.deck is None:
        return 1
    deck = result.deck
    print(summary(len(deck.slides), sum(len(q.questions) for q in deck.quiz_sets)))
    return 0
