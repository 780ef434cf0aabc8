"""``cmq-desktop new`` writes a starter deck that ``check`` passes clean; ``pack`` zips it."""

from __future__ import annotations

import zipfile
from pathlib import Path

from cmq_desktop.cli import main
from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import Layout


def test_new_writes_every_layout_and_both_question_kinds(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "mon-campus"
    assert main(["new", str(folder)]) == 0
    assert "cmq-desktop check" in capsys.readouterr().out
    result = load_deck(folder)
    assert result.problems == ()
    assert result.deck is not None
    assert {slide.layout for slide in result.deck.slides} == set(Layout)
    questions = [q for s in result.deck.quiz_sets for q in s.questions]
    assert {q.labels for q in questions} == {("Vrai", "Faux"), ("Oui", "Non")}
    assert all(q.explanation and q.slide_id for q in questions)
    assert main(["check", str(folder)]) == 0
    assert capsys.readouterr().out.startswith("Présentation valide : 6 diapositives, 2 questions")


def test_new_refuses_a_folder_that_is_not_empty(tmp_path: Path, capsys) -> None:
    (tmp_path / "x.txt").write_text("garder", encoding="utf-8")
    assert main(["new", str(tmp_path)]) == 1
    assert "n’est pas un dossier vide" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["x.txt"]


def test_pack_makes_an_archive_that_check_reads(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "mon-campus"
    main(["new", str(folder)])
    out = tmp_path / "mon-campus.zip"
    assert main(["pack", str(folder), "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as zipped:
        assert sorted(zipped.namelist()) == [
            "mon-campus/images/exemple.svg",
            "mon-campus/presentation.md",
            "mon-campus/quiz.txt",
        ]
    capsys.readouterr()
    assert main(["check", str(out)]) == 0
    assert capsys.readouterr().out.startswith("Présentation valide")


def test_pack_refuses_a_deck_with_errors(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "presentation.md").write_text("pas de titre\n", encoding="utf-8")
    assert main(["pack", str(folder), "--out", str(tmp_path / "d.zip")]) == 1
    assert "corrigez d’abord" in capsys.readouterr().err
    assert not (tmp_path / "d.zip").exists()
