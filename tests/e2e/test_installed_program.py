"""The installed ``cmq-desktop`` command: check, render, first frame, version and help."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from cmq_desktop import __version__
from cmq_desktop.content.loader import load_deck
from cmq_desktop.paths import default_deck_dir
from tests.e2e.conftest import installed_command, program_env, run

QT_TROUBLE = ("Could not load the Qt platform plugin", "Traceback", "ModuleNotFoundError")


def test_version_and_help(tmp_path: Path) -> None:
    version = run(tmp_path, "--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"cmq-desktop {__version__}"
    help_text = run(tmp_path, "--help")
    assert help_text.returncode == 0
    for option in ("--deck", "--fullscreen", "--exit-after-first-frame", "--version", "--mode"):
        assert option in help_text.stdout
    assert help_text.stdout.startswith("utilisation : cmq-desktop ")
    assert "{check,render" in help_text.stdout.split("\n\n")[0]
    wrong = run(tmp_path, "--bogus")
    assert wrong.returncode == 2
    assert wrong.stderr.endswith("cmq-desktop : erreur : arguments non reconnus : --bogus\n")


def test_check_default_deck_is_clean(tmp_path: Path) -> None:
    result = run(tmp_path, "check")
    deck = load_deck(default_deck_dir()).deck
    assert deck is not None
    questions = sum(len(quiz_set.questions) for quiz_set in deck.quiz_sets)
    summary = f"Présentation valide : {len(deck.slides)} diapositives, {questions} questions\n"
    assert (result.returncode, result.stdout, result.stderr) == (0, summary, "")


def test_check_reports_path_line_message(tmp_path: Path) -> None:
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / "presentation.md").write_text(
        "# Titre\n\n@inconnue: x\n\n![carte](absente.png)\n", encoding="utf-8"
    )
    (deck / "quiz.txt").write_text(
        "[q1]\nénoncé : Une question ?\nexplication : Parce que.\n", encoding="utf-8"
    )
    result = run(tmp_path, "check", str(deck))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines, result.stderr
    for line in lines:
        assert re.match(r"^.+:\d+: .+", line), line
    joined = "\n".join(lines)
    assert "presentation.md:5:" in joined and "absente.png" in joined
    assert "quiz.txt:1:" in joined
    assert "Traceback" not in result.stderr


def test_render_writes_every_screen(tmp_path: Path) -> None:
    out = tmp_path / "png"
    result = run(tmp_path, "render", "--out", str(out), "--size", "1024x768")
    assert result.returncode == 0, result.stderr
    assert not any(trouble in result.stderr for trouble in QT_TROUBLE), result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    deck = load_deck(default_deck_dir()).deck
    assert deck is not None
    kinds = [screen["kind"] for screen in report["screens"]]
    questions = sum(len(s.questions) for s in deck.quiz_sets)
    assert kinds.count("slide") == len(deck.slides)
    assert (
        kinds.count("question")
        == kinds.count("feedback-right")
        == kinds.count("feedback-wrong")
        == questions
    )
    results = [s for s in report["screens"] if s["kind"] == "results"]
    assert {s["id"] for s in results} == {q.id for q in deck.quiz_sets}
    for quiz_set in deck.quiz_sets:  # every page of each set's results, in order
        pages = [s["page"] for s in results if s["id"] == quiz_set.id]
        assert pages == list(range(1, len(pages) + 1))
    assert report["all_fitted"], [s["file"] for s in report["screens"] if not s["fitted"]]
    for screen in report["screens"]:
        png = out / screen["file"]
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert report["size"] == [1024, 768]


def test_exit_after_first_frame(tmp_path: Path) -> None:
    result = run(tmp_path, "--exit-after-first-frame")
    assert result.returncode == 0, result.stderr
    milliseconds = float(result.stdout.strip().splitlines()[-1])
    assert 0 < milliseconds < 60_000
    assert not any(trouble in result.stderr for trouble in QT_TROUBLE), result.stderr


def test_no_display_gets_a_plain_message(tmp_path: Path) -> None:
    env = program_env(tmp_path)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    result = subprocess.run(
        [str(installed_command())], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 2
    assert "aucun écran disponible" in result.stderr
    assert "Traceback" not in result.stderr and "qt.qpa" not in result.stderr


def test_a_mode_not_yet_offered_is_refused_in_french(tmp_path: Path) -> None:
    from cmq_desktop.modes.registry import MODES

    missing = sorted({"classe", "stand"} - {mode.id for mode in MODES})
    if not missing:
        pytest.skip("every mode exists: nothing left to refuse")
    result = run(tmp_path, "--mode", missing[0])
    assert result.returncode == 2
    assert "n’est pas encore disponible" in result.stderr
    assert "Traceback" not in result.stderr
