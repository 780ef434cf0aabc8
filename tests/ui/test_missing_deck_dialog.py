"""Opening a folder that is missing or lacks presentation.md: no fake line, and what to do."""

from __future__ import annotations

from pathlib import Path


def test_missing_folder_has_no_line_and_says_what_to_do(app_window, tmp_path: Path) -> None:
    assert app_window.open_deck(tmp_path / "absent") is False
    box = app_window.problems_box
    assert box is not None and box.isVisible()
    assert f"{tmp_path / 'absent'}: dossier de présentation introuvable" in box.text()
    assert f"{tmp_path / 'absent'}:1:" not in box.text()
    advice = box.informativeText()
    assert "Corrigez ces lignes" not in advice
    assert "ouvrez le dossier qui contient presentation.md (Ctrl+O)" in advice
    box.close()


def test_folder_without_presentation_says_what_to_do(app_window, tmp_path: Path) -> None:
    folder = tmp_path / "sans-presentation"
    folder.mkdir()
    (folder / "quiz.txt").write_text("titre : T\n", encoding="utf-8")
    assert app_window.open_deck(folder) is False
    box = app_window.problems_box
    assert box is not None
    assert f"{folder / 'presentation.md'}: fichier introuvable" in box.text()
    assert "Corrigez ces lignes" not in box.informativeText()
    box.close()


def test_line_errors_still_ask_to_correct_the_lines(app_window, tmp_path: Path) -> None:
    folder = tmp_path / "erreur"
    folder.mkdir()
    (folder / "presentation.md").write_text("# A\n::: notes\nx\n:::\n# B\n:::\n", encoding="utf-8")
    app_window.open_deck(folder)
    box = app_window.problems_box
    assert box is not None
    assert box.informativeText().startswith("Corrigez ces lignes, puis vérifiez avec")
    box.close()
