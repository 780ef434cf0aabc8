"""``cmq-desktop stand-stats [--csv FICHIER | --json]``: the stand's statistics, no window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "stand-stats",
        help="afficher ou exporter les statistiques du stand",
        description=(
            "Affiche les statistiques anonymes du mode Stand (visiteurs, scores, réussite "
            "par question, par jour), ou les exporte, sans ouvrir de fenêtre. Le fichier "
            "n’est jamais modifié."
        ),
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--csv",
        type=Path,
        metavar="FICHIER",
        help="écrire un CSV pour un tableur (UTF-8, séparateur « ; »)",
    )
    output.add_argument("--json", action="store_true", help="imprimer les chiffres en JSON")
    parser.add_argument(
        "--deck",
        type=Path,
        metavar="DOSSIER",
        default=argparse.SUPPRESS,  # keeps ``cmq-desktop --deck DOSSIER stand-stats``'s value
        help="présentation dont les énoncés nomment les questions (par défaut : la fournie)",
    )
    parser.add_argument(
        "--db",
        type=Path,
        metavar="FICHIER",
        help="base de statistiques à lire (par défaut : celle du stand de cet ordinateur)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from cmq_desktop.commands.console import french_console
    from cmq_desktop.stats import (
        UnreadableStats,
        default_database_path,
        read_report,
        report_to_json,
        write_csv,
    )
    from cmq_desktop.stats.opening import reason_in_french
    from cmq_desktop.stats.summary_text import summary_text

    french_console()
    path: Path = args.db or default_database_path()
    try:
        report = read_report(path)
    except UnreadableStats as error:
        print(error, file=sys.stderr)
        return 1
    statements = _statements(getattr(args, "deck", None))
    if args.json:
        sys.stdout.write(report_to_json(report, statements=statements))
        return 0
    if args.csv is not None:
        try:
            write_csv(report, args.csv, statements=statements)
        except OSError as error:
            print(
                f"Impossible d’écrire {args.csv} ({reason_in_french(error)}).",
                file=sys.stderr,
            )
            return 1
        print(f"Statistiques exportées dans {args.csv}.")
        return 0
    print(summary_text(report, path, statements))
    return 0


def _statements(deck_dir: Path | None) -> dict[tuple[str, str], str]:
    """The deck's statements, to name the questions; none when the deck cannot be read
    (the figures do not need it, and `check` is the command that reports deck problems)."""
    from cmq_desktop.content.loader import load_deck
    from cmq_desktop.paths import default_deck_dir
    from cmq_desktop.stats.report import statements_of

    result = load_deck(deck_dir or default_deck_dir())
    return statements_of(result.deck.quiz_sets) if result.deck is not None else {}
