"""Command line: the GUI by default, and the headless commands of ``cmq_desktop.commands``.

Everything argparse prints is French (``FrenchArgumentParser``). This module is imported
before the first frame: no Qt here nor in the command modules' top level.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from cmq_desktop import __version__
from cmq_desktop.process_clock import mark_process_start

mark_process_start()

# Imported after the clock starts, on purpose.
from cmq_desktop.french_argparse import FrenchArgumentParser  # noqa: E402

MODES = ("entrainement", "classe", "stand")
# The window's own options: a command line made only of these needs no subcommand parser.
_GUI_FLAGS = {"--fullscreen", "--exit-after-first-frame"}
_GUI_OPTIONS = {"--deck", "--mode", "--lang"}
LANGUAGES = ("fr", "en")  # cmq_desktop/i18n.py LANGUAGES, not imported on the fast path


def commands() -> tuple[ModuleType, ...]:
    """One module per headless command (see cmq_desktop/commands/__init__.py), in help order."""
    from cmq_desktop.commands import check, gift, new, pack, pdf, render, set_pin, stand_stats

    return (check, render, new, pack, gift, pdf, stand_stats, set_pin)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
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
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=(
            "langue de l’interface : fr (français) ou en (anglais) ; par défaut : celle "
            "que déclare la présentation (@langue), sinon fr"
        ),
    )
    parser.add_argument(
        "--exit-after-first-frame",
        action="store_true",
        help="quitter dès le premier écran affiché et imprimer le temps écoulé (ms)",
    )
    parser.set_defaults(run=None)
    if with_commands:
        subparsers = parser.add_subparsers(title="commandes sans affichage", dest="commande")
        for command in commands():
            command.add_parser(subparsers)
    return parser


def opens_the_window(argv: Sequence[str]) -> bool:
    """Whether ``argv`` only holds the window's options, with valid values: then the
    eight command parsers need not be built on the way to the first frame."""
    tokens = list(argv)
    while tokens:
        token = tokens.pop(0)
        name, has_value, value = token.partition("=")
        if name in _GUI_FLAGS and not has_value:
            continue
        if name not in _GUI_OPTIONS:
            return False
        if not has_value:
            if not tokens:
                return False
            value = tokens.pop(0)
        if name == "--mode" and value not in MODES:
            return False
        if name == "--lang" and value not in LANGUAGES:
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(with_commands=not opens_the_window(arguments)).parse_args(arguments)
    if args.run is not None:
        code: int = args.run(args)
        return code
    # The window's start in two steps: first what needs no Qt (ui/launch.py), then Qt.
    from cmq_desktop.ui.launch import prepare

    launch = prepare(args)
    if isinstance(launch, int):
        return launch
    try:
        from cmq_desktop.ui.app import run_gui
    except ImportError as error:  # Qt itself cannot load: a system library is missing
        from cmq_desktop.system_libraries import explain_import_error

        return explain_import_error(error)
    return run_gui(args, launch)


if __name__ == "__main__":
    sys.exit(main())
