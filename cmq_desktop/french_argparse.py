"""argparse in French: its own words ("usage:", "error:", "invalid choice"...) included.

argparse looks its messages up through the module globals ``_`` and ``ngettext`` (gettext)
at the moment it needs them. ``FrenchArgumentParser`` points them at the catalogue below
for the duration of each of its own calls, then puts them back: no process-wide gettext
domain, no locale needed, nothing changed for other argparse users. A message missing
from the catalogue stays in English; tests/unit/test_cli_french.py reads the running
Python's argparse source and fails on any message the catalogue lacks.
"""

from __future__ import annotations

import argparse
import functools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# argparse's msgids (Python 3.11 to 3.13) and their French. Same %-placeholders as the English.
CATALOGUE: dict[str, str] = {
    "usage: ": "utilisation : ",
    "options": "options",
    "positional arguments": "arguments",
    "subcommands": "commandes",
    "show this help message and exit": "afficher cette aide et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s : attention : %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "one of the arguments %s is required": "il faut l’un de ces arguments : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix invalide : %(value)r (choix possibles : %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "valeur invalide (%(type)s) : %(value)r",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s peut désigner %(matches)s"
    ),
    "not allowed with argument %s": "impossible avec l’argument %s",
    "ignored explicit argument %r": "valeur ignorée : %r",
    "unexpected option string: %s": "option inattendue : %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "commande inconnue %(parser_name)r (choix possibles : %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "impossible d’ouvrir « %(filename)s » : %(error)s",
    'argument "-" with mode %r': "argument « - » en mode %r",
    # Programming errors (never shown to a user of a correct program), French all the same.
    ".__call__() not defined": ".__call__() non défini",
    "'required' is an invalid argument for positionals": (
        "« required » n’est pas permis pour un argument positionnel"
    ),
    "mutually exclusive arguments must be optional": (
        "des arguments mutuellement exclusifs doivent être facultatifs"
    ),
    "%r is not callable": "%r n’est pas appelable",
    "cannot merge actions - two groups are named %r": (
        "fusion impossible : deux groupes s’appellent %r"
    ),
    "invalid option string %(option)r: must start with a character %(prefix_chars)r": (
        "option invalide %(option)r : elle doit commencer par l’un de %(prefix_chars)r"
    ),
    "dest= is required for options like %r": "dest= est obligatoire pour une option comme %r",
    "invalid conflict_resolution value: %r": "valeur de conflict_resolution invalide : %r",
    "cannot have multiple subparser arguments": "un seul groupe de commandes est permis",
    "conflicting subparser: %s": "commande en double : %s",
    "conflicting subparser alias: %s": "alias de commande en double : %s",
}

PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("expected %s argument", "expected %s arguments"): (
        "%s valeur est attendue",
        "%s valeurs sont attendues",
    ),
    ("conflicting option string: %s", "conflicting option strings: %s"): (
        "option en double : %s",
        "options en double : %s",
    ),
}


def gettext_fr(message: str) -> str:
    return CATALOGUE.get(message, message)


def ngettext_fr(singular: str, plural: str, count: int) -> str:
    one, many = PLURALS.get((singular, plural), (singular, plural))
    # French: 0 and 1 take the singular.
    return one if count <= 1 else many


@contextmanager
def french_messages() -> Iterator[None]:
    """argparse answers in French inside this block; nests, and always restores."""
    module = vars(argparse)
    saved = module["_"], module["ngettext"]
    module["_"], module["ngettext"] = gettext_fr, ngettext_fr
    try:
        yield
    finally:
        module["_"], module["ngettext"] = saved


def _in_french(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with french_messages():
            return method(*args, **kwargs)

    return wrapper


_BEFORE_PUNCTUATION = re.compile(r" +([;:!?»])")
_AFTER_GUILLEMET = re.compile(r"« +")


def no_break_typography(text: str) -> str:
    """French spaces before ; : ! ? » and after « made no-break (U+00A0): textwrap breaks
    lines at ASCII spaces only, so a « ; » never starts a line of ``--help``."""
    return _AFTER_GUILLEMET.sub("«\u00a0", _BEFORE_PUNCTUATION.sub("\u00a0\\1", text))


class FrenchHelpFormatter(argparse.HelpFormatter):
    """Section headings as French writes them: « options : »; help texts wrapped without
    separating a French punctuation mark from its word."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return super()._split_lines(no_break_typography(text), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return super()._fill_text(no_break_typography(text), width, indent)

    def start_section(self, heading: str | None) -> None:
        # argparse appends ":" itself; French puts a space before it.
        super().start_section(f"{heading} " if heading else heading)


class FrenchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose every text (help, usage, errors) is French.

    Its sub-parsers (``add_subparsers().add_parser``) are of this class too.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", FrenchHelpFormatter)
        with french_messages():
            super().__init__(*args, **kwargs)


# Every entry point through which argparse builds or shows text (errors exit from inside).
for _name in (
    "add_argument",
    "add_argument_group",
    "add_mutually_exclusive_group",
    "add_subparsers",
    "parse_args",
    "parse_known_args",
    "parse_intermixed_args",
    "parse_known_intermixed_args",
    "format_usage",
    "format_help",
    "print_usage",
    "print_help",
    "error",
):
    setattr(FrenchArgumentParser, _name, _in_french(getattr(argparse.ArgumentParser, _name)))
del _name
