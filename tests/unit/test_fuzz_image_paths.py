"""Whatever an image path holds (``..``, ``%2E``, NUL, backslashes, drive letters, link loops,
dangling links, FIFOs), loading never fails, never hangs, and only keeps files of the deck."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmq_desktop.content import messages
from cmq_desktop.content.loader import load_deck
from tests.unit import image_bytes

_PARTS = st.sampled_from(
    [
        "..",
        ".",
        "%2E%2E",
        "%2e",
        "%2F",
        "%00",
        "images",
        "x.png",
        "boucle.png",
        "pendant.png",
        "fifo.png",
        "dossier.png",
        "dehors.png",
        "\x00",
        "C:",
        "d:\\",
        "",
        "~",
        "é",
        " ",
        "%",
        "\\\\serveur",
        "//",
        "file:",
        "x.PNG",
    ]
)
_PATHS = st.lists(_PARTS, max_size=6).flatmap(
    lambda parts: st.sampled_from(["/", "\\"]).map(lambda sep: sep.join(parts))
)


@contextmanager
def deck_with_traps(target: str) -> Iterator[Path]:
    top = Path(tempfile.mkdtemp(prefix="cmq-fuzz-img-"))
    try:
        (top / "dehors.png").write_bytes(image_bytes.png(2, 2))
        deck = top / "deck"
        images = deck / "images"
        images.mkdir(parents=True)
        (images / "x.png").write_bytes(image_bytes.png(2, 2))
        os.symlink("boucle.png", images / "boucle.png")
        os.symlink("absente.png", images / "pendant.png")
        os.symlink(top / "dehors.png", images / "dehors.png")
        os.mkfifo(images / "fifo.png")
        (images / "dossier.png").mkdir()
        text = f"# Un\n![Image]({target})\n::: notes\nn\n:::\n---\n# Deux\n::: notes\nn\n:::\n"
        (deck / "presentation.md").write_text(text, encoding="utf-8", errors="surrogatepass")
        yield deck
    finally:
        shutil.rmtree(top, ignore_errors=True)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PATHS)
def test_image_paths_never_break_loading(target: str) -> None:
    with deck_with_traps(target) as deck:
        result = load_deck(deck)
        assert result.deck is not None
        assert [slide.title_text for slide in result.deck.slides] == ["Un", "Deux"]
        root = deck.resolve()
        for problem in result.problems:
            assert problem.message != messages.INTERNAL_ERROR
            assert Path(problem.path).name == "presentation.md"
            assert problem.line in (1, 2), problem  # the title line for a NUL, else the image
        for image in result.deck.slides[0].images:
            assert image.path.is_relative_to(root)
            assert stat.S_ISREG(image.path.stat().st_mode)
