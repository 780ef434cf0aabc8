"""``export-pdf``: page counts, the text a reader extracts, nothing outside the page, and
black-and-white sheets, read back with poppler-utils as a reader's viewer would."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from cmq_desktop.cli import main
from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import Deck
from cmq_desktop.content.starter import write_starter
from cmq_desktop.paths import default_deck_dir

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)
_WORD_BOX = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def _export(tmp_path: Path, what: str, deck: Path | None = None) -> Path:
    out = tmp_path / f"{what}.pdf"
    args = ["export-pdf", "--out", str(out), "--what", what]
    assert main([*args, "--deck", str(deck or default_deck_dir())]) == 0
    return out


def _info(pdf: Path) -> dict[str, str]:
    text = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return dict(line.split(":", 1) for line in text.stdout.splitlines() if ":" in line)


def _text(pdf: Path) -> str:
    result = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


def _squash(text: str) -> str:
    return " ".join(text.split())


def _words_inside_pages(pdf: Path) -> None:
    """Every word pdftotext finds lies on its page, at least 10 pt from the edges."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for page in html.split("</page>")[:-1]:
        width, height = map(float, _PAGE.search(page).groups())  # type: ignore[union-attr]
        for x0, y0, x1, y1, word in _WORD_BOX.findall(page):
            assert float(x0) >= 10 and float(x1) <= width - 10, word
            assert float(y0) >= 10 and float(y1) <= height - 10, word


@pytest.fixture(scope="module")
def deck() -> Deck:
    result = load_deck(default_deck_dir())
    assert result.deck is not None
    return result.deck


def test_slides_one_per_a4_landscape_page_with_real_text(qtbot, tmp_path: Path, deck: Deck) -> None:
    pdf = _export(tmp_path, "slides")
    info = _info(pdf)
    assert int(info["Pages"]) == len(deck.slides)
    assert info["Page size"].split()[:3] == ["842", "x", "595"]  # A4 landscape, in points
    text = _text(pdf)
    for slide in deck.slides:
        assert _squash(slide.title_text) in text  # vector text, not a picture
    _words_inside_pages(pdf)


def test_handout_three_slides_a_page_with_notes(qtbot, tmp_path: Path, deck: Deck) -> None:
    pdf = _export(tmp_path, "handout")
    pages = math.ceil(len(deck.slides) / 3)
    assert int(_info(pdf)["Pages"]) == pages
    text = _text(pdf)
    assert f"page {pages} / {pages}" in text
    assert text.count("Notes") == len(deck.slides)
    _words_inside_pages(pdf)


def test_quiz_sheet_has_boxes_and_name_lines_but_no_answers(
    qtbot, tmp_path: Path, deck: Deck
) -> None:
    text = _text(pdf := _export(tmp_path, "quiz"))
    for label in ("Nom :", "Prénom :", "Classe :", "Date :"):
        assert label.replace(" ", "\u00a0") in text or label in text
    for quiz_set in deck.quiz_sets:
        for question in quiz_set.questions:
            assert _squash(question.statement) in text
            assert _squash(question.explanation)[:40] not in text
    assert "Réponse" not in text
    _words_inside_pages(pdf)


def test_answer_key_gives_each_answer_and_explanation(qtbot, tmp_path: Path, deck: Deck) -> None:
    text = _text(pdf := _export(tmp_path, "key"))
    for quiz_set in deck.quiz_sets:
        for question in quiz_set.questions:
            block = _squash(f"{question.statement} Réponse\u00a0: {question.answer}")
            assert block in text
            assert _squash(question.explanation) in text
    _words_inside_pages(pdf)


def test_long_quiz_flows_over_pages_without_losing_a_question(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "long"
    write_starter(folder)
    questions = "".join(
        f"\n[q{n}]\nénoncé : Affirmation numéro {n} assez longue pour passer à la ligne "
        "sur une feuille A4 imprimée en classe, avec encore quelques mots.\n"
        f"réponse : Vrai\nexplication : Explication {n}.\n"
        for n in range(40)
    )
    (folder / "quiz-long.txt").write_text("titre : Long\n" + questions, encoding="utf-8")
    for what in ("quiz", "key"):
        pdf = _export(tmp_path, what, folder)
        assert int(_info(pdf)["Pages"]) >= 4
        text = _text(pdf)
        assert all(f"Affirmation numéro {n} " in text for n in range(40))
        _words_inside_pages(pdf)


def test_sheets_are_black_and_white(qtbot, tmp_path: Path) -> None:
    for what in ("quiz", "key"):
        pdf = _export(tmp_path, what)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / what)],
            check=True,
        )
        (png,) = tmp_path.glob(f"{what}-*.png")
        image = QImage(str(png))
        colours = {
            image.pixelColor(x, y).getRgb()[:3]
            for x in range(0, image.width(), 3)
            for y in range(0, image.height(), 3)
        }
        assert all(max(c) - min(c) <= 24 for c in colours), what  # greys only
        assert min(sum(c) for c in colours) < 150  # real ink, not a blank page
