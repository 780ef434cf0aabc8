"""The installed program with a deck shared as a zip, a GIFT file, a PDF, a long render."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import run

QT_TROUBLE = ("QPainter", "QFont", "qt.", "Traceback")


def test_a_zipped_starter_deck_works_everywhere_a_deck_is_taken(tmp_path: Path) -> None:
    deck, archive = tmp_path / "campus", tmp_path / "campus.zip"
    assert run(tmp_path, "new", str(deck)).returncode == 0
    packed = run(tmp_path, "pack", str(deck), "--out", str(archive))
    assert packed.returncode == 0, packed.stderr
    checked = run(tmp_path, "check", str(archive))
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.startswith("Présentation valide : 6 diapositives, 2 questions")
    rendered = run(tmp_path, "render", "--deck", str(archive), "--out", str(tmp_path / "png"))
    assert rendered.returncode == 0, rendered.stderr
    assert (tmp_path / "png" / "01-diapo-accueil.png").exists()
    first_frame = run(tmp_path, "--deck", str(archive), "--exit-after-first-frame")
    assert first_frame.returncode == 0, first_frame.stderr
    gift = run(tmp_path, "export-gift", "--deck", str(archive), "--out", str(tmp_path / "q.gift"))
    assert gift.returncode == 0, gift.stderr
    back = run(tmp_path, "import-gift", str(tmp_path / "q.gift"))
    assert back.returncode == 0 and "[apprentissage]" in back.stdout
    for result in (packed, checked, rendered, first_frame, gift, back):
        assert not any(trouble in result.stderr for trouble in QT_TROUBLE), result.stderr


def test_a_bad_archive_is_named_in_french_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "courrier.zip"
    bad.write_text("pas une archive", encoding="utf-8")
    for args in (("check", str(bad)), ("render", "--deck", str(bad), "--out", str(tmp_path))):
        result = run(tmp_path, *args)
        assert result.returncode == 1
        assert f"{bad}: ce fichier n’est pas une archive zip" in result.stdout + result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_export_pdf_answer_key(tmp_path: Path) -> None:
    out = tmp_path / "corrige.pdf"
    result = run(tmp_path, "export-pdf", "--out", str(out), "--what", "key")
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Corrigé" in text and "Réponse" in text


def test_a_long_render_shows_its_progress(tmp_path: Path) -> None:
    deck = tmp_path / "long"
    deck.mkdir()
    slides = "\n---\n".join(f"# Diapositive {n}\n::: notes\nn\n:::" for n in range(150))
    (deck / "presentation.md").write_text(slides, encoding="utf-8")
    result = run(tmp_path, "render", "--deck", str(deck), "--out", str(tmp_path / "png"),
                 "--size", "64x64", timeout=600)  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("Écrans exportés")]
    assert lines[0] == "Écrans exportés : 1/151"
    assert lines[-1] == "Écrans exportés : 151/151"
    assert len(lines) == 11
