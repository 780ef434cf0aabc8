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
    if args.json:
        sys.stdout.write(report_to_json(report))
        return 0
    if args.csv is not None:
        try:
            write_csv(report, args.csv)
        except OSError as error:
            print(
                f"Impossible d’écrire {args.csv} ({reason_in_french(error)}).",
                file=sys.stderr,
            )
            return 1
        print(f"Statistiques exportées dans {args.csv}.")
        return 0
    print(summary_text(report, path))
    return 0
