from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cmq_desktop import paths
from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import Deck
from cmq_desktop.paths import default_deck_dir
from cmq_desktop.ui.app import Application, create_application


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
