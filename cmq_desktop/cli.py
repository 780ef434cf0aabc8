"""Command line: the GUI by default, and the headless commands of ``cmq_desktop.commands``.

Everything argparse prints is French (``FrenchArgumentParser``). This module is imported
before the first frame: no Qt here nor in the command modules' top level.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cmq_desktop import __version__
from cmq_desktop.process_clock import mark_process_start

mark_process_start()

if TYPE_CHECKING:
    import argparse
    from types import ModuleType

    from cmq_desktop.ui.launch import WindowOptions

MODES = ("entrainement", "classe", "stand")
# The window's options taking a value: a command line made only of the window's options
# needs no argparse (window_options).
_GUI_OPTIONS = {"--deck", "--mode", "--lang"}
LANGUAGES = ("fr", "en")  # cmq_desktop/i18n.py LANGUAGES, not imported on the fast path


def commands() -> tuple[ModuleType, ...]:
    """One module per headless command (see cmq_desktop/commands/__init__.py), in help order."""
    from cmq_desktop.commands import check, gift, new, pack, pdf, render, set_pin, stand_stats

    return (check, render, new, pack, gift, pdf, stand_stats, set_pin)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    # Imported here: the window's own command line is read without argparse.
    from cmq_desktop.french_argparse import FrenchArgumentParser

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


def window_options(argv: Sequence[str]) -> WindowOptions | None:
    """The window's options when ``argv`` holds only those, with valid values; None for
    anything else (a command, --help, an abbreviation, a mistake), which argparse reads.
    The window's way to its first frame then imports no argparse nor any command parser."""
    from cmq_desktop.ui.launch import WindowOptions

    options = WindowOptions()
    tokens = list(argv)
    while tokens:
        token = tokens.pop(0)
        name, has_value, value = token.partition("=")
        if name == "--fullscreen" and not has_value:
            options.fullscreen = True
            continue
        if name == "--exit-after-first-frame" and not has_value:
            options.exit_after_first_frame = True
            continue
        if name not in _GUI_OPTIONS:
            return None
        if not has_value:
            if not tokens or tokens[0].startswith("-"):  # argparse: a missing value
                return None
            value = tokens.pop(0)
        if name == "--deck":
            options.deck = Path(value)
        elif name == "--mode" and value in MODES:
            options.mode = value
        elif name == "--lang" and value in LANGUAGES:
            options.lang = value
        else:
            return None
    return options


def opens_the_window(argv: Sequence[str]) -> bool:
    """Whether ``argv`` only holds the window's options (read without argparse)."""
    return window_options(argv) is not None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    options = window_options(arguments)
    if options is None:
        args = build_parser().parse_args(arguments)
        if args.run is not None:
            code: int = args.run(args)
            return code
        from cmq_desktop.ui.launch import WindowOptions

        options = WindowOptions.of(args)
    # The window's start in two steps: first what needs no Qt (ui/launch.py), then Qt.
    from cmq_desktop.ui.launch import prepare

    launch = prepare(options)
    if isinstance(launch, int):
        return launch
    try:
        from cmq_desktop.ui.app import run_gui
    except ImportError as error:  # Qt itself cannot load: a system library is missing
        from cmq_desktop.system_libraries import explain_import_error

        return explain_import_error(error)
    return run_gui(options, launch)


if __name__ == "__main__":
    sys.exit(main())
