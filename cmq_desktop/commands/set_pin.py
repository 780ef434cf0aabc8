"""``cmq-desktop set-pin``: choose the stand's staff PIN from the command line.

The PIN is read twice from standard input (without echo on a terminal), for a laptop
prepared before the forum; only its salted hash is stored.
"""

from __future__ import annotations

import argparse
import sys

PROMPT = "Nouveau code du personnel (4 à 8 chiffres)\u202f: "
PROMPT_AGAIN = "Retapez le code\u202f: "


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "set-pin",
        help="choisir le code du personnel du mode Stand",
        description=(
            "Choisit le code (4 à 8 chiffres) qui ouvre le panneau du personnel du mode "
            "Stand. Le code est lu deux fois sur l’entrée standard ; seule son empreinte "
            "salée est enregistrée, jamais le code lui-même."
        ),
    )
    parser.set_defaults(run=run)


def _read_twice() -> tuple[str, str] | None:
    if sys.stdin.isatty():
        import getpass

        try:
            return getpass.getpass(PROMPT), getpass.getpass(PROMPT_AGAIN)
        except (EOFError, KeyboardInterrupt):
            return None
    # A pipe or a file: two lines, the prompts on stderr so that stdout stays clean.
    print(PROMPT, end="", file=sys.stderr, flush=True)
    first = sys.stdin.readline()
    print(PROMPT_AGAIN, end="", file=sys.stderr, flush=True)
    second = sys.stdin.readline()
    print(file=sys.stderr)
    if not first or not second:
        return None
    return first.strip(), second.strip()


def run(args: argparse.Namespace) -> int:
    from cmq_desktop.commands.console import french_console
    from cmq_desktop.stand.pin import load_pin, new_pin_problem, pin_path, save_pin

    french_console()
    entered = _read_twice()
    if entered is None:
        print("Code non modifié\u202f: il faut le taper deux fois.", file=sys.stderr)
        return 1
    problem = new_pin_problem(*entered)
    if problem is not None:
        print(f"{problem} Code non modifié.", file=sys.stderr)
        return 1
    path = pin_path()
    replaced = load_pin(path).pin is not None
    error = save_pin(entered[0], path)
    if error is not None:
        print(error, file=sys.stderr)
        return 1
    print(("Code remplacé" if replaced else "Code enregistré") + f" dans {path}.")
    return 0
