"""The command line answers in French, argparse's own words included, with real subcommands."""

from __future__ import annotations

import argparse
import ast
import gettext
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cmq_desktop.cli import MODES, build_parser, main
from cmq_desktop.commands import check
from cmq_desktop.french_argparse import CATALOGUE, PLURALS

ENGLISH = (
    "usage:",
    "options:",
    "show this help",
    "positional arguments",
    "error:",
    "unrecognized arguments",
    "the following arguments are required",
    "invalid choice",
    "choose from",
    "subcommands",
    "expected one argument",
)

CLEAN_DECK = "@id: accueil\n# Les CMQ\n::: notes\nBonjour.\n:::\n---\n# Deux\n::: notes\nx\n:::\n"
QUIZ = "titre : Le quiz\n[q]\nénoncé : e\nréponse : Vrai\nexplication : x\n"


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    # argparse wraps help at the terminal width; a fixed width makes the output stable.
    monkeypatch.setenv("COLUMNS", "200")


def run_main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def assert_french(text: str) -> None:
    for english in ENGLISH:
        assert english not in text, (english, text)


def test_help_is_french_and_lists_the_subcommands(capsys) -> None:
    code, out, err = run_main(capsys, "--help")
    assert (code, err) == (0, "")
    assert_french(out)
    usage = out.split("\n\n")[0]
    assert usage.startswith("utilisation : cmq-desktop [-h] [--version]")
    assert "{" + ",".join(_command_names()) + "}" in usage
    for option in ("--deck DOSSIER", "--fullscreen", "--exit-after-first-frame", "--mode"):
        assert option in usage
    assert "options :" in out
    assert "afficher cette aide et quitter" in out
    assert "commandes sans affichage :" in out
    assert re.search(r"^ +check +vérifier une présentation$", out, re.MULTILINE)
    assert re.search(r"^ +render +exporter chaque écran en PNG$", out, re.MULTILINE)


def _command_names() -> list[str]:
    """Every subcommand, in help order (a module may add several: import-gift, export-gift)."""
    parser = build_parser()
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return list(action.choices)


@pytest.mark.parametrize("command", _command_names())
def test_each_command_help_is_french(capsys, command: str) -> None:
    code, out, err = run_main(capsys, command, "--help")
    assert (code, err) == (0, "")
    assert out.startswith(f"utilisation : cmq-desktop {command} [-h]")
    assert_french(out)


def test_unrecognized_argument(capsys) -> None:
    code, out, err = run_main(capsys, "--bogus")
    assert (code, out) == (2, "")
    assert err.startswith("utilisation : cmq-desktop ")
    assert err.endswith("cmq-desktop : erreur : arguments non reconnus : --bogus\n")
    assert_french(err)


def test_missing_required_argument(capsys) -> None:
    code, _, err = run_main(capsys, "render")
    assert code == 2
    assert err.endswith("cmq-desktop render : erreur : arguments obligatoires manquants : --out\n")
    assert_french(err)


def test_unknown_command_and_invalid_mode(capsys) -> None:
    code, _, err = run_main(capsys, "diaporama")
    assert code == 2
    assert "erreur : argument commande : choix invalide : 'diaporama'" in err
    names = ", ".join(f"'{name}'" for name in _command_names())
    assert f"(choix possibles : {names})" in err
    code, _, err = run_main(capsys, "--mode", "kiosque")
    assert code == 2
    assert "erreur : argument --mode : choix invalide : 'kiosque'" in err
    assert_french(err)


def test_option_without_its_value(capsys) -> None:
    code, _, err = run_main(capsys, "--deck")
    assert code == 2
    assert err.endswith("erreur : argument --deck : une valeur est attendue\n")


def test_bad_size_is_reported_by_the_parser(capsys) -> None:
    code, _, err = run_main(capsys, "render", "--out", "x", "--size", "grand")
    assert code == 2
    assert "cmq-desktop render : erreur : argument --size : taille invalide « grand »" in err


def test_gui_options_and_mode() -> None:
    args = build_parser().parse_args([])
    assert (args.run, args.mode, args.deck, args.fullscreen) == (None, None, None, False)
    assert args.exit_after_first_frame is False
    for mode in MODES:
        args = build_parser().parse_args(["--mode", mode, "--fullscreen", "--deck", "d"])
        assert (args.mode, args.fullscreen, args.deck) == (mode, True, Path("d"))
    assert MODES == ("entrainement", "classe", "stand")


def test_render_arguments() -> None:
    args = build_parser().parse_args(["render", "--out", "o", "--size", "1024x768"])
    assert (args.out, args.size, args.deck) == (Path("o"), (1024, 768), None)
    assert build_parser().parse_args(["render", "--out", "o"]).size == (1920, 1080)
    args = build_parser().parse_args(["--deck", "a", "render", "--out", "o"])
    assert args.deck == Path("a")  # the top-level --deck is not reset by render's default
    assert build_parser().parse_args(["render", "--deck", "b", "--out", "o"]).deck == Path("b")


def test_version(capsys) -> None:
    code, out, _ = run_main(capsys, "--version")
    assert code == 0
    assert re.fullmatch(r"cmq-desktop \d+\.\d+\.\d+\S*\n", out)


def test_valid_deck_says_so_with_its_numbers(write_deck, capsys) -> None:
    quizzes = {"quiz.txt": QUIZ, "quiz-bis.txt": QUIZ.replace("[q]", "[r]")}
    deck = write_deck(CLEAN_DECK, quizzes=quizzes)
    assert run_main(capsys, "check", str(deck)) == (
        0,
        "Présentation valide : 2 diapositives, 2 questions\n",
        "",
    )


def test_default_deck_is_valid(capsys) -> None:
    code, out, _ = run_main(capsys, "check")
    assert code == 0
    assert re.fullmatch(r"Présentation valide : \d+ diapositives, \d+ questions\n", out)


def test_top_level_deck_is_checked(write_deck, capsys, tmp_path: Path) -> None:
    deck = write_deck(CLEAN_DECK)
    code, out, _ = run_main(capsys, "--deck", str(tmp_path / "absent"), "check")
    assert code == 1
    assert out.startswith(f"{tmp_path / 'absent'}: dossier de présentation introuvable : ")
    assert run_main(capsys, "--deck", str(deck), "check")[0] == 0


def test_missing_folder_and_file_have_no_line_and_say_what_to_do(
    write_deck, capsys, tmp_path: Path
) -> None:
    code, out, _ = run_main(capsys, "check", str(tmp_path / "absent"))
    assert (code, out) == (
        1,
        f"{tmp_path / 'absent'}: dossier de présentation introuvable : vérifiez le chemin, "
        "ou indiquez le dossier qui contient presentation.md\n",
    )
    deck = write_deck(None, quizzes={"quiz.txt": QUIZ})
    code, out, _ = run_main(capsys, "check", str(deck))
    assert (code, out) == (
        1,
        f"{deck / 'presentation.md'}: fichier introuvable : le dossier de la présentation "
        "doit contenir presentation.md\n",
    )


@pytest.mark.parametrize(
    ("slides", "questions", "expected"),
    [
        (1, 0, "1 diapositive, aucune question"),
        (12, 12, "12 diapositives, 12 questions"),
        (2, 1, "2 diapositives, 1 question"),
    ],
)
def test_summary_grammar(slides: int, questions: int, expected: str) -> None:
    assert check.summary(slides, questions) == f"Présentation valide : {expected}"


def _argparse_msgids() -> tuple[set[str], set[tuple[str, str]]]:
    """Every message the running Python's argparse passes to gettext."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    singles: set[str] = set()
    plurals: set[tuple[str, str]] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
        if node.func.id == "_" and texts and isinstance(texts[0], str):
            singles.add(texts[0])
        elif node.func.id == "ngettext":
            plurals.add((texts[0], texts[1]))
    singles.add("subcommands")  # the default title, passed to _() through a variable
    return singles, plurals


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%(?:\(\w+\))?[rsd]", text))


def test_catalogue_covers_every_argparse_message() -> None:
    singles, plurals = _argparse_msgids()
    assert len(singles) > 20  # the scan found argparse's messages
    assert sorted(singles - CATALOGUE.keys()) == []
    assert sorted(plurals - PLURALS.keys()) == []
    for english, french in CATALOGUE.items():
        assert _placeholders(english) == _placeholders(french), english
    for (one, many), (un, plusieurs) in PLURALS.items():
        assert _placeholders(one) == _placeholders(un) == _placeholders(many)
        assert _placeholders(many) == _placeholders(plusieurs)


def test_argparse_is_left_english_for_everyone_else(capsys) -> None:
    run_main(capsys, "--bogus")
    run_main(capsys, "--help")
    assert vars(argparse)["_"] is gettext.gettext
    plain = argparse.ArgumentParser(prog="autre")
    assert plain.format_usage() == "usage: autre [-h]\n"


def test_gui_path_imports_no_qt() -> None:
    """Parsing the command line must not pay for Qt: it is imported after, by the GUI."""
    code = (
        "import sys; from cmq_desktop.cli import build_parser; build_parser().parse_args([]); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout == "[]\n"


def test_mode_choices_are_the_modes_the_program_offers() -> None:
    """cli.py lists the ids itself (importing the modes would slow the GUI's start)."""
    from cmq_desktop.modes.registry import MODES as OFFERED

    assert sorted(MODES) == sorted(mode.id for mode in OFFERED)


def test_the_window_is_parsed_without_argparse() -> None:
    from cmq_desktop.cli import opens_the_window, window_options
    from cmq_desktop.ui.launch import WindowOptions

    for argv in ([], ["--fullscreen"], ["--deck", "d", "--mode", "classe"], ["--mode=stand"]):
        assert opens_the_window(argv), argv
    for argv in (
        ["check"],
        ["--help"],
        ["--mode", "x"],
        ["--deck"],
        ["--deck", "--fullscreen"],  # argparse: --deck expects a value
        ["--bogus"],
        ["-h"],
        ["--full"],  # an abbreviation: argparse's to read
        ["--fullscreen=yes"],
        ["--lang", "de"],
    ):
        assert not opens_the_window(argv), argv
    # The same answer either way for what the window takes.
    for argv in (
        [],
        ["--deck", "d", "--mode", "classe", "--fullscreen"],
        ["--exit-after-first-frame", "--lang=en", "--deck=x/y", "--deck", "z"],
    ):
        fast = window_options(argv)
        assert fast is not None
        assert fast.values() == WindowOptions.of(build_parser().parse_args(argv)).values()


def test_the_window_path_imports_no_argparse() -> None:
    code = (
        "import sys; from cmq_desktop.cli import window_options; "
        "assert window_options(['--deck', 'd', '--fullscreen']) is not None; "
        "print(sorted(m for m in sys.modules if m.startswith(('argparse', 'gettext'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout == "[]\n"


@pytest.mark.parametrize("columns", [60, 80, 100, 120])
def test_no_help_line_starts_with_a_french_punctuation_mark(monkeypatch, columns) -> None:
    """argparse wraps at ASCII spaces: « (anglais) ; par défaut » once put « ; » first on a
    line. The formatter makes the space before ; : ! ? » (and after «) a no-break one."""
    monkeypatch.setenv("COLUMNS", str(columns))
    parser = build_parser()
    texts = [parser.format_help()]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            texts += [sub.format_help() for sub in action.choices.values()]
    assert len(texts) > 8  # the main help and every command's
    bad = [
        line for text in texts for line in text.splitlines() if line.lstrip()[:1] in set(";:!?»")
    ]
    assert bad == []
