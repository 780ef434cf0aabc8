"""``cmq-desktop render --mode stand``: the kiosk's screens as PNG from the installed
program, portrait for a portrait size, the stand's own settings (QR code) applied."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from cmq_desktop.stand.settings import StandSettings, save_settings
from tests.e2e.conftest import run
from tests.ui.ocr import ocr_available


def test_render_stand_portrait(tmp_path: Path) -> None:
    stand = tmp_path / "data" / "stand"
    stand.mkdir(parents=True)
    settings = StandSettings(questions_per_visitor=4, campus_url="https://exemple.fr/cmq")
    assert save_settings(settings, stand / "settings.json") is None
    out = tmp_path / "out"
    done = run(tmp_path, "render", "--mode", "stand", "--out", str(out), "--size", "1080x1920")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    kinds = [s["kind"] for s in report["screens"]]
    assert kinds.count("stand_attract") >= 1 and kinds.count("stand_score") == 1
    assert kinds.count("question") == kinds.count("feedback-right") == kinds.count("feedback-wrong")
    assert report["all_fitted"]
    score = next(s for s in report["screens"] if s["kind"] == "stand_score")
    image = QImage(str(out / score["file"]))
    assert (image.width(), image.height()) == (1080, 1920)  # the portrait canvas, not letterboxed
    assert QColor(image.pixel(540, 5)) != QColor("#000000")
    # The QR code of the stand's address is drawn under the score: dark modules on white.
    dark = sum(
        QColor(image.pixel(x, y)).lightness() < 60
        for x in range(300, 780, 6)
        for y in range(900, 1360, 6)
    )
    assert dark > 500


@pytest.mark.skipif(not ocr_available(), reason="tesseract missing")
def test_render_stand_congratulates_a_right_answer(tmp_path: Path) -> None:
    import subprocess

    from tests.ui.ocr import shows, words

    out = tmp_path / "out"
    done = run(tmp_path, "render", "--mode", "stand", "--out", str(out), "--size", "1920x1080")
    assert done.returncode == 0, done.stderr
    right = next(out.glob("*-01-*-juste.png"))
    text = subprocess.run(
        ["tesseract", str(right), "-", "-l", "fra"], capture_output=True, text=True, check=True
    ).stdout
    assert shows(words(text), "Bravo, c’est bien", ratio=1.0), text
    assert "la bonne reponse est" not in words(text)
