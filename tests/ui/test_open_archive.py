"""Ctrl+O opens a deck folder (through its presentation.md) or a zip archive alike."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from cmq_desktop.content.archive import pack_deck
from cmq_desktop.content.starter import write_starter
from cmq_desktop.ui.deck_dialog import FILTERS


def _choose(qtbot, app_window, file: Path) -> None:
    qtbot.keyClick(app_window.window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = app_window.deck_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.nameFilters() == list(FILTERS)
    dialog.selectFile(str(file))
    dialog.accept()


def test_ctrl_o_opens_a_zip(qtbot, app_window, tmp_path: Path) -> None:
    write_starter(tmp_path / "campus")
    pack_deck(tmp_path / "campus", tmp_path / "campus.zip")
    _choose(qtbot, app_window, tmp_path / "campus.zip")
    assert app_window.lesson.deck.title == "Le campus des métiers de …"
    assert app_window.problems_box is None


def test_ctrl_o_opens_a_folder_through_its_presentation(qtbot, app_window, tmp_path: Path) -> None:
    write_starter(tmp_path / "campus")
    _choose(qtbot, app_window, tmp_path / "campus" / "presentation.md")
    assert app_window.lesson.deck.root == (tmp_path / "campus").resolve()


def test_a_bad_zip_is_named_in_the_dialog(qtbot, app_window, tmp_path: Path) -> None:
    bad = tmp_path / "courrier.zip"
    bad.write_text("pas une archive", encoding="utf-8")
    before = app_window.lesson.deck
    _choose(qtbot, app_window, bad)
    box = app_window.problems_box
    assert box is not None and box.isVisible()
    assert f"{bad}: ce fichier n’est pas une archive zip" in box.text()
    assert app_window.lesson.deck is before
    box.close()


def test_opened_decks_are_listed_on_the_start_screen_vanished_ones_muted(
    qtbot, app_window, tmp_path: Path
) -> None:
    from cmq_desktop.ui.app import Application

    write_starter(tmp_path / "campus")
    pack_deck(tmp_path / "campus", tmp_path / "campus.zip")
    write_starter(tmp_path / "autre")
    assert app_window.open_deck(tmp_path / "campus.zip")
    assert app_window.open_deck(tmp_path / "autre")
    texts = [b.text() for b in app_window.recent_row.buttons]
    assert len(texts) == 2
    assert texts[0].startswith("Le campus des métiers de … · ")
    assert all(b.isVisible() and b.isEnabled() for b in app_window.recent_row.buttons)
    (tmp_path / "campus.zip").unlink()
    later = Application(app_window.lesson.deck)  # the next start reads the settings again
    qtbot.addWidget(later.window)
    first, second = later.recent_row.buttons
    assert second.text().endswith(" · introuvable")
    assert not second.isEnabled() and first.isEnabled()
    first.click()
    assert later.lesson.deck.root == (tmp_path / "autre").resolve()
    later.window.grab().save(str(tmp_path / "start.png"))
