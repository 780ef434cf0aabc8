"""``cmq-desktop render --out DOSSIER``: every slide and quiz screen as PNG, no display."""

from __future__ import annotations

import argparse
from pathlib import Path


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


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "render",
        help="exporter chaque écran en PNG",
        description=(
            "Exporte en PNG chaque diapositive et chaque écran du quiz, sans affichage, "
            "avec report.json (fichier, type d’écran, texte tenu ou non)."
        ),
    )
    parser.add_argument(
        "--deck",
        type=Path,
        metavar="DOSSIER",
        default=argparse.SUPPRESS,  # keeps ``cmq-desktop --deck DOSSIER render``'s value
        help="dossier de la présentation (par défaut : la présentation fournie)",
    )
    parser.add_argument(
        "--out", type=Path, required=True, metavar="DOSSIER", help="dossier où écrire les images"
    )
    parser.add_argument(
        "--size",
        type=parse_size,
        default="1920x1080",
        metavar="LARGEURxHAUTEUR",
        help="taille des images (par défaut : 1920x1080)",
    )
    # Classe (ui/classe/render_classe.py): the projector's and the console's pictures;
    # Stand (ui/stand/render_stand.py): the kiosk's screens, portrait for a taller --size.
    parser.add_argument(
        "--mode",
        choices=("entrainement", "classe", "stand"),
        default=argparse.SUPPRESS,  # keeps ``cmq-desktop --mode classe render``'s value
        help=(
            "classe : chaque étape de la leçon, projection et console ; stand : les écrans "
            "de la borne (1080x1920 : écran portrait) (par défaut : entrainement)"
        ),
    )
    parser.add_argument(
        "--console-size",
        type=parse_size,
        default="1366x768",
        metavar="LARGEURxHAUTEUR",
        help="mode classe : taille des images de la console (par défaut : 1366x768)",
    )
    parser.add_argument(
        "--reponses",
        choices=("aucune", "mains", "equipes"),
        default=None,
        help="mode classe : réponses de la classe montrées (par défaut : celles des réglages)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        from cmq_desktop.ui.render_export import render_all
    except ImportError as error:  # Qt itself cannot load: a system library is missing
        from cmq_desktop.system_libraries import explain_import_error

        return explain_import_error(error)

    deck: Path | None = getattr(args, "deck", None)
    size: tuple[int, int] = args.size
    if getattr(args, "mode", None) == "classe":
        from cmq_desktop.ui.classe.render_classe import render_classe

        return render_classe(deck, args.out, size, args.console_size, args.reponses)
    if getattr(args, "mode", None) == "stand":
        from cmq_desktop.ui.stand.render_stand import render_stand

        return render_stand(deck, args.out, size)
    return render_all(deck, args.out, size)
