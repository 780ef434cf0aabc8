"""``cmq-desktop check DECK``: one ``path:line: message`` per problem, exit 1 on errors."""

from __future__ import annotations

import os
from pathlib import Path

from cmq_desktop.cli import main
from cmq_desktop.content.loader import load_deck
from cmq_desktop.paths import default_deck_dir

CLEAN_SLIDES = """\
@id: accueil
@mise-en-page: titre
# Les CMQ
::: notes
Bonjour.
:::
---
# Un CMQ, c'est quoi ?
![Carte](images/carte.png)
- un réseau
::: notes
Expliquer.
:::
"""

CLEAN_QUIZ = """\
titre : Le quiz
[industrie]
énoncé : Il n'y a des CMQ que dans l'industrie.
réponse : Faux
diapositive : un-cmq-c-est-quoi
explication : Il y en a aussi dans le tourisme.
"""


def test_clean_deck_says_so_and_exits_0(write_deck, capsys) -> None:
    deck = write_deck(CLEAN_SLIDES, quizzes={"quiz.txt": CLEAN_QUIZ}, images=("images/carte.png",))
    assert main(["check", str(deck)]) == 0
    assert capsys.readouterr() == ("Présentation valide : 2 diapositives, 1 question\n", "")


def test_errors_print_path_line_message_and_exit_1(
    write_deck, capsys, monkeypatch, tmp_path: Path
) -> None:
    quiz = CLEAN_QUIZ.replace("réponse : Faux\n", "") + "[industrie]\nénoncé : x\n"
    slides = CLEAN_SLIDES.replace("images/carte.png", "images/absente.png")
    write_deck(slides, quizzes={"quiz.txt": quiz})
    monkeypatch.chdir(tmp_path)
    assert main(["check", "deck"]) == 1
    out = capsys.readouterr().out.splitlines()
    presentation = os.path.join("deck", "presentation.md")
    quiz_file = os.path.join("deck", "quiz.txt")
    assert out == [
        f"{presentation}:9: image introuvable : images/absente.png",
        f"{quiz_file}:2: question « industrie » sans réponse",
        f"{quiz_file}:6: question « industrie » sans réponse",
        f"{quiz_file}:6: question « industrie » sans explication",
    ]


def test_warnings_only_exit_0(write_deck, capsys) -> None:
    deck = write_deck("# Sans notes\n")
    assert main(["check", str(deck)]) == 0
    line, summary = capsys.readouterr().out.splitlines()
    assert summary == "Présentation valide : 1 diapositive, aucune question"
    assert line.startswith(f"{deck / 'presentation.md'}:1: attention : diapositive")
    assert "sans notes de l’intervenant" in line


def test_missing_directory_exits_1(tmp_path: Path, capsys) -> None:
    assert main(["check", str(tmp_path / "nulle-part")]) == 1
    assert (
        capsys.readouterr().out
        == f"{tmp_path / 'nulle-part'}: dossier de présentation introuvable : vérifiez le "
        "chemin, ou indiquez le dossier qui contient presentation.md\n"
    )


def test_default_deck_is_checked_without_argument(write_deck, capsys, monkeypatch) -> None:
    """Without DECK, the bundled deck is checked (not the current folder), and it is clean."""
    deck = load_deck(default_deck_dir()).deck
    assert deck is not None
    questions = sum(len(quiz_set.questions) for quiz_set in deck.quiz_sets)
    broken = write_deck("# Sans notes\n![x](absente.png)\n")
    monkeypatch.chdir(broken)  # a broken deck right here must not be what gets checked
    assert main(["check"]) == 0
    assert capsys.readouterr() == (
        f"Présentation valide : {len(deck.slides)} diapositives, {questions} questions\n",
        "",
    )
