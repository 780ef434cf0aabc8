"""``cmq-desktop import-gift FICHIER`` and ``export-gift --out FICHIER``: questions from and
to Moodle (Éléa) in its GIFT format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importer = subparsers.add_parser(
        "import-gift",
        help="importer les questions vrai/faux d’un fichier GIFT (Moodle)",
        description=(
            "Convertit les questions vrai/faux d’un fichier GIFT exporté de Moodle en un "
            "fichier de quiz (quiz-….txt) : nom, énoncé, réponse, feedbacks et feedback "
            "général (l’explication). Les questions d’un autre type sont signalées avec "
            "leur ligne et laissées de côté."
        ),
    )
    importer.add_argument("file", type=Path, metavar="FICHIER", help="fichier GIFT (.txt, .gift)")
    importer.add_argument(
        "--out",
        type=Path,
        metavar="FICHIER",
        help="fichier de quiz à écrire, par exemple quiz-moodle.txt (par défaut : la sortie)",
    )
    importer.set_defaults(run=run_import)
    exporter = subparsers.add_parser(
        "export-gift",
        help="exporter les questions au format GIFT (Moodle)",
        description=(
            "Écrit les questions de la présentation au format GIFT, à importer dans Moodle "
            "(une catégorie par série de questions)."
        ),
    )
    exporter.add_argument(
        "--deck",
        type=Path,
        metavar="DOSSIER",
        default=argparse.SUPPRESS,  # keeps ``cmq-desktop --deck DOSSIER export-gift``'s value
        help="dossier ou archive .zip de la présentation (par défaut : la présentation fournie)",
    )
    exporter.add_argument(
        "--out", type=Path, required=True, metavar="FICHIER", help="fichier GIFT à écrire"
    )
    exporter.set_defaults(run=run_export)


def run_import(args: argparse.Namespace) -> int:
    from cmq_desktop.content import messages
    from cmq_desktop.content.gift import parse_gift
    from cmq_desktop.content.gift_export import question_id_of, quiz_file_text
    from cmq_desktop.content.problems import Reporter
    from cmq_desktop.content.source import read_lines

    source: Path = args.file
    report = Reporter(str(source))
    lines = read_lines(source, report)
    gift = parse_gift("\n".join(lines or []))
    for problem in gift.problems:
        report.warning(problem.line, problem.message)
    text, unexplained = quiz_file_text(gift, source.name)
    for number, question in enumerate(unexplained, start=1):
        report.warning(
            question.line, messages.gift_without_explanation(question_id_of(question, number))
        )
    for reported in report.sorted_problems():
        print(reported, file=sys.stderr)
    if lines is None:
        return 1
    if not gift.questions:
        print(f"{source}: {messages.GIFT_NOTHING}", file=sys.stderr)
        return 1
    out: Path | None = args.out
    if out is None:
        sys.stdout.write(text)
        return 0
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as error:
        print(
            f"cmq-desktop import-gift : impossible d’écrire {out} : {error.strerror}",
            file=sys.stderr,
        )
        return 1
    print(
        f"{len(gift.questions)} questions vrai/faux écrites dans {out} ; "
        f"{len(gift.problems)} questions d’autres types laissées de côté."
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from cmq_desktop.content.gift_export import deck_gift
    from cmq_desktop.content.loader import load_deck
    from cmq_desktop.paths import default_deck_dir

    result = load_deck(getattr(args, "deck", None) or default_deck_dir())
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.deck is None:
        print("Rien à exporter : la présentation est inutilisable.", file=sys.stderr)
        return 1
    quiz_sets = [quiz_set for quiz_set in result.deck.quiz_sets if quiz_set.questions]
    out: Path = args.out
    try:
        out.write_text(deck_gift(quiz_sets), encoding="utf-8")
    except OSError as error:
        print(
            f"cmq-desktop export-gift : impossible d’écrire {out} : {error.strerror}",
            file=sys.stderr,
        )
        return 1
    count = sum(len(quiz_set.questions) for quiz_set in quiz_sets)
    print(f"{count} questions écrites dans {out} ({len(quiz_sets)} catégories).")
    return 0
