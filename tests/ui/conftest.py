from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cmq_desktop import paths
from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import Deck
from cmq_desktop.modes.classe_settings import ClasseSettings
from cmq_desktop.paths import default_deck_dir
from cmq_desktop.quiz.class_screens import AnswerEntry
from cmq_desktop.ui.app import Application, create_application
from cmq_desktop.ui.classe.shell import ClasseShell


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Settings written by the app (recent decks, last mode) go to a temporary folder,
    never to the data directory of the person running the tests."""
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path_factory.mktemp("data")))


@pytest.fixture(scope="session")
def default_deck() -> Deck:
    result = load_deck(default_deck_dir())
    assert result.ok, [str(p) for p in result.errors]
    assert result.deck is not None
    return result.deck


@pytest.fixture
def app_window(qtbot, default_deck: Deck) -> Iterator[Application]:
    create_application()
    application = Application(default_deck)
    # A fixed seed makes "start again shuffled" reproducible in tests.
    application.lesson.rng = random.Random(4)
    window = application.window
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield application
    window.close()
    QApplication.processEvents()


@pytest.fixture
def deck_dir(tmp_path: Path) -> Path:
    return tmp_path


def make_shell(deck: Deck, tmp_path: Path, entry: AnswerEntry) -> ClasseShell:
    """A Classe lesson on the test platform's one screen, its screen chooser skipped."""
    create_application()
    settings = ClasseSettings(entry=entry, team_names=("Rouges", "Bleus", "Verts"))
    shell = ClasseShell(deck, settings, settings_file=tmp_path / "r.ini", rng=random.Random(1))
    shell.start(choose_screen=False)
    return shell


@pytest.fixture
def shell(qtbot, default_deck: Deck, tmp_path: Path, request) -> Iterator[ClasseShell]:
    """A Classe lesson with hands, or the ``AnswerEntry`` given as the fixture's param."""
    entry = getattr(request, "param", AnswerEntry.HANDS)
    made = make_shell(default_deck, tmp_path, entry)
    qtbot.waitExposed(made.audience)
    yield made
    made.quit()
    QApplication.processEvents()
