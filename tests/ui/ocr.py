"""Read back what a widget really shows, with Tesseract OCR (Debian's tesseract-ocr-fra).

State-based assertions pass even when nothing reaches the pixels (this project once drew
blank titles for days with every test green). Reading the grabbed image back proves the
words are on screen, at the size the user has.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

from PySide6.QtWidgets import QWidget


def ocr_available() -> bool:
    return shutil.which("tesseract") is not None


def read_widget(widget: QWidget) -> str:
    """The text Tesseract reads in ``widget``'s current picture, normalised by ``words``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "screen.png"
        assert widget.grab().save(str(path), "PNG")
        result = subprocess.run(
            ["tesseract", str(path), "-", "-l", "fra", "--psm", "3"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    return words(result.stdout)


def words(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces: OCR and source compare equal."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def shows(read: str, expected: str, ratio: float = 0.85) -> bool:
    """Whether most of ``expected``'s words appear, in order, in what was ``read``:
    OCR misreads a letter now and then, a missing sentence fails."""
    wanted = words(expected).split()
    seen = read.split()
    position, found = 0, 0
    for word in wanted:
        try:
            position = seen.index(word, position) + 1
            found += 1
        except ValueError:
            continue
    return found >= ratio * len(wanted)
