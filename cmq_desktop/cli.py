"""Command line: the GUI by default, and the headless commands of ``cmq_desktop.commands``.

Everything argparse prints is French (``FrenchArgumentParser``). This module is imported
before the first frame: no Qt here nor in the command modules' top level.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from cmq_desktop import __version__
from cmq_desktop.process_clock import mark_process_start

mark_process_start()

# Imported after the clock starts, on purpose.
from cmq_desktop.commands import (  # noqa: E402
    check,
    gift,
    new,
    pack,
    pdf,
    render,
    set_pin,
    stand_stats,
)
from cmq_desktop.french_argparse import FrenchArgumentParser  # noqa: E402

# One line per headless command (see cmq_desktop/commands/__init__.py); in help order.
COMMANDS = (check, render, new, pack, gift, pdf, stand_stats, set_pin)

MODES = ("entrainement", "classe", "stand")


def build_parser() -> argparse.ArgumentParser:
    parser = FrenchArgumentParser(
        prog="cmq-desktop",
        description=(
            "Présentation des Campus des métiers et des qualifications (CMQ) "
            "d’Auvergne-Rhône-Alpes et quiz vrai/faux, hors ligne. Sans commande : "
            "ouvre la fenêtre."
        ),
        epilog="« cmq-desktop COMMANDE --help » décrit chaque commande.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help="afficher la version et quitter",
    )
    parser.add_argument(
        "--deck", type=Path, metavar="DOSSIER", help="dossier de la présentation à ouvrir"
    )
    parser.add_argument("--fullscreen", action="store_true", help="démarrer en plein écran")
    parser.add_argument(
        "--mode",
        choices=MODES,
        default=None,
        help=(
            "entrainement (un élève seul), classe (vidéoprojecteur et console de "
            "l’intervenant) ou stand (borne sans surveillance) ; par défaut : le dernier "
            "mode utilisé, sinon entrainement"
        ),
    )
    parser.add_argument(
        "--exit-after-first-frame",
        action="store_true",
        help="quitter dès le premier écran affiché et imprimer le temps écoulé (ms)",
    )
    parser.set_defaults(run=None)
    subparsers = parser.add_subparsers(title="commandes sans affichage", dest="commande")
    for command in COMMANDS:
        command.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else list(argv))
    if args.run is not None:
        code: int = args.run(args)
        return code
    try:
        from cmq_desktop.ui.app import run_gui
    except ImportError as error:  # Qt itself cannot load: a system library is missing
        from cmq_desktop.system_libraries import explain_import_error

        return explain_import_error(error)
    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
