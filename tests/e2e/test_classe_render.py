"""``cmq-desktop render --mode classe``: every step of a Classe lesson as the class and
the teacher see it, with the usual report.json."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QImage

from tests.e2e.conftest import run


def test_render_classe_writes_audience_and_console_of_every_step(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(
        tmp_path,
        "render", "--mode", "classe", "--out", str(out),
        "--size", "1024x768", "--console-size", "800x600", "--reponses", "equipes",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["mode"] == "classe" and report["all_fitted"]
    assert report["size"] == [1024, 768] and report["console_size"] == [800, 600]
    kinds = [screen["kind"] for screen in report["screens"]]
    assert kinds[0] == "start" and kinds[1] == "slide"
    for kind in ("question-shown", "question-locked", "question-revealed", "scoreboard"):
        assert kind in kinds
    assert kinds.index("podium") == kinds.index("class_results") - 1
    for screen in report["screens"]:
        audience, console = (
            QImage(str(out / screen["file"])),
            QImage(str(out / screen["console_file"])),
        )
        assert (audience.width(), audience.height()) == (1024, 768)
        assert (console.width(), console.height()) == (800, 600)
        assert all(c.isalnum() or c in "-." for c in screen["file"])  # valid on Windows too
