"""``cmq-desktop new DOSSIER``: a starter deck to copy and edit."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "new",
        help="créer une présentation de départ",
        description=(
            "Crée une présentation de départ : chaque mise en page de diapositive et une "
            "question de chaque sorte (Vrai/Faux, Oui/Non), à remplacer par votre contenu."
        ),
    )
    parser.add_argument("folder", type=Path, metavar="DOSSIER", help="dossier à créer (vide)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from cmq_desktop.content.starter import StarterError, write_starter

    folder: Path = args.folder
    try:
        written = write_starter(folder)
    except StarterError as error:
        print(f"cmq-desktop new : {error.message}", file=sys.stderr)
        return 1
    print(f"Présentation de départ créée dans {folder} ({len(written)} fichiers).")
    print(f"Modifiez-la, puis vérifiez-la : cmq-desktop check {folder}")
    return 0
