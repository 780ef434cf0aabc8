"""Where the class results' file chooser opens: a folder that exists, never the program's
working directory (a missing Documents folder made the chooser fall back to it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmq_desktop.ui.classe.results_export import ResultsExport


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.delenv("CMQ_DESKTOP_NO_DIALOGS")  # the teacher's case: a real chooser
    return tmp_path


def test_without_a_documents_folder_the_chooser_opens_at_home(qapp: object, home: Path) -> None:
    path = ResultsExport.default_path()
    assert path.parent == home and path.parent.is_dir()
    assert path.name.startswith("resultats-classe-") and path.suffix == ".csv"


def test_an_existing_documents_folder_is_used(qapp: object, home: Path) -> None:
    (home / "Documents").mkdir()
    assert ResultsExport.default_path().parent == home / "Documents"
