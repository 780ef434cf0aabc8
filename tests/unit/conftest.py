"""Unit tests run without Qt; helpers for the content tests (small decks on disk).

pytest-qt loads PySide6 when pytest starts, so "not in sys.modules" proves nothing here:
while a unit test module is imported and while a unit test runs, Qt's modules are hidden
from ``sys.modules`` and any import of them fails, pointing at tests/ui/.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import contextmanager
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

import pytest

QT_PACKAGES = ("PySide6", "shiboken6")


class _QtBlocker(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname.partition(".")[0] in QT_PACKAGES:
            raise ImportError(
                f"{fullname}: unit tests run without Qt; a test that needs Qt goes in tests/ui/"
            )
        return None


@contextmanager
def qt_blocked() -> Iterator[None]:
    hidden = {
        name: module
        for name, module in sys.modules.items()
        if name.partition(".")[0] in QT_PACKAGES
    }
    for name in hidden:
        del sys.modules[name]
    blocker = _QtBlocker()
    sys.meta_path.insert(0, blocker)
    try:
        yield
    finally:
        sys.meta_path.remove(blocker)
        sys.modules.update(hidden)


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None, object, object]:
    # Importing a test module happens while its collector collects.
    if not isinstance(collector, pytest.Module):
        return (yield)
    with qt_blocked():
        return (yield)


# trylast: innermost, so pytest-qt's own wrappers around the fixtures and the test run with
# Qt; the fixtures and the test itself do not.
@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, object, object]:
    with qt_blocked():
        return (yield)


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    with qt_blocked():
        return (yield)


# The smallest valid PNG: a 1x1 transparent pixel.
PNG_BYTES = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082"
)

DEFAULT_SLIDE = """\
@id: accueil
@mise-en-page: titre

# Les CMQ

::: notes
Bonjour.
:::
"""

DeckWriter = Callable[..., Path]


@pytest.fixture
def write_deck(tmp_path: Path) -> DeckWriter:
    """Writes a deck: ``write_deck(presentation, quizzes={"quiz.txt": ...}, images=(...))``.

    Text is written as UTF-8; bytes are written as given. ``images`` names PNG files to create.
    """

    def write(
        presentation: str | bytes | None = DEFAULT_SLIDE,
        quizzes: dict[str, str | bytes] | None = None,
        images: tuple[str, ...] = (),
        name: str = "deck",
    ) -> Path:
        deck = tmp_path / name
        deck.mkdir()
        if presentation is not None:
            _write(deck / "presentation.md", presentation)
        for file_name, content in (quizzes or {}).items():
            _write(deck / file_name, content)
        for image in images:
            image_path = deck / image
            image_path.parent.mkdir(parents=True, exist_ok=True)
            image_path.write_bytes(PNG_BYTES)
        return deck

    return write


def _write(path: Path, content: str | bytes) -> None:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
