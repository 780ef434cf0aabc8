"""``cmq-desktop pack DOSSIER --out FICHIER.zip``: the archive of a deck, to share."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "pack",
        help="faire l’archive .zip d’une présentation",
        description=(
            "Vérifie une présentation puis en fait une archive .zip à partager ; "
            "l’archive s’ouvre telle quelle dans l’application (Ctrl+O ou --deck)."
        ),
    )
    parser.add_argument("folder", type=Path, metavar="DOSSIER", help="dossier de la présentation")
    parser.add_argument(
        "--out", type=Path, required=True, metavar="FICHIER.zip", help="archive à écrire"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from cmq_desktop.content.archive import pack_deck
    from cmq_desktop.content.loader import load_deck

    folder: Path = args.folder
    out: Path = args.out
    if not folder.is_dir():
        print(f"cmq-desktop pack : {folder} n’est pas un dossier de présentation", file=sys.stderr)
        return 1
    result = load_deck(folder)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if not result.ok:
        print("Archive non créée : corrigez d’abord les erreurs ci-dessus.", file=sys.stderr)
        return 1
    try:
        count = pack_deck(folder, out)
    except OSError as error:
        print(f"cmq-desktop pack : impossible d’écrire {out} : {error.strerror}", file=sys.stderr)
        return 1
    print(f"Archive écrite : {out} ({count} fichiers).")
    return 0
