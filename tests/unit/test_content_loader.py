"""load_deck: the deck directory, its files, encodings, and keeping what is usable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cmq_desktop.content import loader, messages
from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import LoadResult

NOTES = "::: notes\nNotes.\n:::\n"
QUIZ = "titre : T\n[q]\nénoncé : e\nréponse : Vrai\nexplication : x\n"


def problems(result: LoadResult) -> list[tuple[str, int, str]]:
    return [(Path(p.path).name, p.line, p.message) for p in result.problems]


def test_missing_directory(tmp_path: Path) -> None:
    result = load_deck(tmp_path / "absent")
    assert result.deck is None
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'absent'}: {messages.DECK_MISSING}"
    ]


def test_not_a_directory(tmp_path: Path) -> None:
    file = tmp_path / "presentation.md"
    file.write_text("# T\n", encoding="utf-8")
    result = load_deck(file)
    assert result.deck is None
    assert problems(result) == [("presentation.md", 0, messages.NOT_A_ZIP)]
    assert messages.DECK_NOT_A_DIR.startswith("ce n’est pas un dossier")


def test_missing_presentation(write_deck) -> None:
    result = load_deck(write_deck(None, quizzes={"quiz.txt": QUIZ}))
    assert result.deck is None
    assert problems(result) == [
        (
            "presentation.md",
            0,
            "fichier introuvable : le dossier de la présentation doit contenir presentation.md",
        )
    ]


def test_paths_are_shown_as_the_user_gave_them(write_deck, monkeypatch, tmp_path: Path) -> None:
    write_deck("# Sans notes\n", quizzes={"quiz.txt": "titre : T\n"})
    monkeypatch.chdir(tmp_path)
    result = load_deck(Path("deck"))
    assert [p.path for p in result.problems] == [
        os.path.join("deck", "presentation.md"),
        os.path.join("deck", "quiz.txt"),
    ]
    assert result.deck is not None
    assert result.deck.root == tmp_path / "deck"
    assert result.deck.root.is_absolute()


def test_not_utf8_reports_the_line_of_the_first_bad_byte(write_deck) -> None:
    text = f"# Titre\n\nUne ligne\nl'été\n{NOTES}".encode("cp1252")
    result = load_deck(write_deck(text))
    assert problems(result) == [
        (
            "presentation.md",
            4,
            "le fichier n’est pas en UTF-8 : réenregistrez-le en choisissant l’encodage UTF-8",
        )
    ]
    # Still shown, decoded as Windows-1252, so that a class can go on.
    assert result.deck is not None
    assert result.deck.slides[0].blocks[0].spans[0].text == "Une ligne l’été"


def test_not_utf8_in_a_quiz_file_with_crlf(write_deck) -> None:
    text = "titre : T\r\n\r\n[q]\r\nénoncé : e\r\n".encode("latin-1")
    result = load_deck(write_deck(quizzes={"quiz.txt": text}))
    assert ("quiz.txt", 4, messages.NOT_UTF8) in problems(result)


def test_utf16_is_reported(write_deck) -> None:
    result = load_deck(write_deck(f"# T\n{NOTES}".encode("utf-16")))
    assert problems(result) == [("presentation.md", 1, messages.NOT_UTF8)]
    assert result.deck is not None
    assert result.deck.slides[0].title_text == "T"


def test_old_mac_line_endings(write_deck) -> None:
    result = load_deck(write_deck(f"# T\r\rTexte\r{NOTES}".replace("\n", "\r").encode()))
    assert result.problems == ()
    assert result.deck is not None
    assert result.deck.slides[0].blocks[0].line == 3


def test_unreadable_file(write_deck, monkeypatch) -> None:
    deck = write_deck(quizzes={"quiz.txt": QUIZ})
    real_read_bytes = Path.read_bytes

    def refuse_quiz(self: Path) -> bytes:
        if self.name == "quiz.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse_quiz)
    result = load_deck(deck)
    assert problems(result) == [("quiz.txt", 1, "impossible de lire le fichier : accès refusé")]
    assert result.deck is not None
    assert result.deck.quiz_sets == ()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_for_real(write_deck) -> None:
    deck = write_deck()
    (deck / "presentation.md").chmod(0)
    result = load_deck(deck)
    assert problems(result) == [
        ("presentation.md", 1, "impossible de lire le fichier : accès refusé")
    ]


def test_presentation_that_is_a_directory(write_deck) -> None:
    deck = write_deck(None)
    (deck / "presentation.md").mkdir()
    result = load_deck(deck)
    assert result.deck is None
    assert len(result.problems) == 1
    assert result.problems[0].message.startswith("impossible de lire le fichier : ")


def test_empty_quiz_file(write_deck) -> None:
    result = load_deck(write_deck(quizzes={"quiz.txt": b""}))
    assert problems(result) == [
        ("quiz.txt", 1, messages.MISSING_QUIZ_TITLE),
        ("quiz.txt", 1, messages.NO_QUESTIONS),
    ]
    assert result.ok


def test_quiz_file_names_any_case_and_directories_ignored(write_deck) -> None:
    deck = write_deck(quizzes={"Quiz-Extra.TXT": QUIZ})
    (deck / "quiz-dossier.txt").mkdir()
    result = load_deck(deck)
    assert result.problems == ()
    assert result.deck is not None
    assert [s.id for s in result.deck.quiz_sets] == ["Quiz-Extra"]


def test_problems_are_grouped_by_file_in_line_order(write_deck) -> None:
    presentation = f"# A\n{NOTES}---\n@x: y\n# B\n![i](absente.png)\n{NOTES}---\n# A\n"
    result = load_deck(
        write_deck(presentation, quizzes={"quiz.txt": "titre : T\n[q]\nréponse : Vrai\n"})
    )
    assert [(name, line) for name, line, _ in problems(result)] == [
        ("presentation.md", 6),
        ("presentation.md", 8),
        ("presentation.md", 13),
        ("presentation.md", 13),
        ("quiz.txt", 2),
        ("quiz.txt", 2),
    ]


def test_a_broken_parser_is_reported_not_raised(write_deck, monkeypatch) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(loader, "parse_quiz", broken)
    result = load_deck(write_deck(quizzes={"quiz.txt": QUIZ}))
    assert problems(result) == [("quiz.txt", 1, messages.INTERNAL_ERROR)]
    assert result.deck is not None


def test_content_error_format() -> None:
    from cmq_desktop.content.model import ContentError

    assert str(ContentError("slides/quiz.txt", 12, "question « x » sans réponse")) == (
        "slides/quiz.txt:12: question « x » sans réponse"
    )
    warning = ContentError("slides/presentation.md", 3, "image sans description", is_warning=True)
    assert str(warning) == "slides/presentation.md:3: attention : image sans description"
