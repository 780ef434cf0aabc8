"""Command line: the GUI by default, and the headless commands ``check`` and ``render``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from cmq_desktop import __version__
from cmq_desktop.process_clock import mark_process_start

mark_process_start()


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cmq-desktop",
        description=(
            "Présentation des Campus des métiers et des qualifications (CMQ) "
            "d'Auvergne-Rhône-Alpes et quiz vrai/faux, hors ligne."
        ),
        epilog=(
            "Commandes sans affichage : « cmq-desktop check [DOSSIER] » vérifie une présentation ; "
            "« cmq-desktop render --out DOSSIER » exporte chaque écran en PNG."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--deck", type=Path, help="dossier de la présentation à ouvrir")
    parser.add_argument("--fullscreen", action="store_true", help="démarrer en plein écran")
    parser.add_argument(
        "--exit-after-first-frame",
        action="store_true",
        help="quitter dès la première diapositive affichée et imprimer le temps écoulé (ms)",
    )
    return parser


def _build_check_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cmq-desktop check",
        description="Vérifie une présentation et affiche chaque problème (fichier:ligne: message).",
    )
    parser.add_argument(
        "deck", nargs="?", type=Path, help="dossier (par défaut : la présentation fournie)"
    )
    return parser


def _build_render_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cmq-desktop render",
        description="Exporte en PNG chaque diapositive et chaque écran du quiz, sans affichage.",
    )
    parser.add_argument("--deck", type=Path, help="dossier (par défaut : la présentation fournie)")
    parser.add_argument("--out", type=Path, required=True, help="dossier où écrire les images")
    parser.add_argument("--size", default="1920x1080", help="taille des images, LARGEURxHAUTEUR")
    return parser


def parse_size(text: str) -> tuple[int, int]:
    try:
        width_text, height_text = text.lower().split("x")
        width, height = int(width_text), int(height_text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"taille invalide « {text} » : écrivez LARGEURxHAUTEUR, par exemple 1920x1080"
        ) from None
    if not (64 <= width <= 16384 and 64 <= height <= 16384):
        raise argparse.ArgumentTypeError(f"taille hors limites « {text} » (de 64 à 16384 pixels)")
    return width, height


def _run_check(argv: Sequence[str]) -> int:
    from cmq_desktop.content.loader import load_deck
    from cmq_desktop.paths import default_deck_dir

    args = _build_check_parser().parse_args(argv)
    result = load_deck(args.deck or default_deck_dir())
    for problem in result.problems:
        print(problem)
    return 0 if result.ok else 1


def _run_render(argv: Sequence[str]) -> int:
    parser = _build_render_parser()
    args = parser.parse_args(argv)
    try:
        size = parse_size(args.size)
    except argparse.ArgumentTypeError as error:
        parser.error(str(error))
    from cmq_desktop.ui.render_export import render_all

    return render_all(args.deck, args.out, size)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "check":
        return _run_check(argv[1:])
    if argv and argv[0] == "render":
        return _run_render(argv[1:])
    args = _build_parser().parse_args(argv)
    from cmq_desktop.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
