"""Decks that a new user met: each must load, and ``check`` must name file, line and cause."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cmq_desktop.content import messages
from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import LoadResult
from tests.unit import image_bytes

NOTES = "::: notes\nDes notes.\n:::\n"
TWO_SLIDES = f"# Première\n![Une image](images/x.png)\n{NOTES}---\n@id: seconde\n# Seconde\n{NOTES}"


def problems(result: LoadResult) -> list[tuple[str, int, str]]:
    return [(Path(p.path).name, p.line, str(p).split(": ", 1)[1]) for p in result.problems]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (image_bytes.TEXT_AS_IMAGE, "not-an-image"),
        (b"", "not-an-image"),
        (image_bytes.truncated_png(), "damaged"),
        (image_bytes.png(4, 4)[:-12] + b"XXXXXXXXXXXX", "damaged"),
        (image_bytes.huge_png(), "too-large"),
    ],
)
def test_an_image_file_that_is_not_usable_is_named_with_its_line(
    write_deck, data: bytes, kind: str
) -> None:
    deck = write_deck(TWO_SLIDES)
    (deck / "images").mkdir()
    (deck / "images" / "x.png").write_bytes(data)
    result = load_deck(deck)
    assert problems(result) == [("presentation.md", 2, messages.bad_image(kind, "images/x.png"))]
    assert result.deck is not None and len(result.deck.slides) == 2


def test_an_svg_declaring_entities_is_refused(write_deck) -> None:
    deck = write_deck(TWO_SLIDES.replace("x.png", "x.svg"))
    (deck / "images").mkdir()
    (deck / "images" / "x.svg").write_bytes(image_bytes.ENTITY_SVG)
    assert problems(load_deck(deck)) == [
        ("presentation.md", 2, messages.bad_image("unsafe-svg", "images/x.svg"))
    ]


def test_valid_images_pass(write_deck) -> None:
    deck = write_deck(TWO_SLIDES + f"---\n# Trois\n![Carte](images/c.svg)\n{NOTES}")
    (deck / "images").mkdir()
    (deck / "images" / "x.png").write_bytes(image_bytes.png(30, 20))
    (deck / "images" / "c.svg").write_bytes(image_bytes.SVG)
    assert problems(load_deck(deck)) == []


def test_a_fifo_named_like_an_image_is_not_opened(write_deck) -> None:
    deck = write_deck(TWO_SLIDES)
    (deck / "images").mkdir()
    os.mkfifo(deck / "images" / "x.png")  # opening it for reading would block forever
    assert problems(load_deck(deck)) == [
        ("presentation.md", 2, messages.missing_image("images/x.png", messages.NOT_A_FILE))
    ]


def test_an_image_link_looping_on_itself_keeps_the_other_slides(write_deck) -> None:
    deck = write_deck(TWO_SLIDES)
    (deck / "images").mkdir()
    os.symlink("x.png", deck / "images" / "x.png")
    result = load_deck(deck)
    assert problems(result) == [
        ("presentation.md", 2, messages.missing_image("images/x.png", messages.LINK_LOOP))
    ]
    assert result.deck is not None
    assert [slide.id for slide in result.deck.slides] == ["premiere", "seconde"]


OUTSIDE = ["../../etc/passwd.png", "images/../../x.png", "/etc/x.png", "C:/x.png", "%2E%2E/x.png"]


@pytest.mark.parametrize("target", OUTSIDE)
def test_an_image_outside_the_deck_is_refused(write_deck, tmp_path: Path, target: str) -> None:
    deck = write_deck(TWO_SLIDES.replace("images/x.png", target))
    (tmp_path / "x.png").write_bytes(image_bytes.png(2, 2))  # it exists, just outside
    assert problems(load_deck(deck)) == [
        ("presentation.md", 2, messages.image_outside_deck(target))
    ]


def test_a_link_inside_the_deck_to_a_file_outside_is_refused(write_deck, tmp_path: Path) -> None:
    deck = write_deck(TWO_SLIDES)
    (tmp_path / "dehors.png").write_bytes(image_bytes.png(2, 2))
    (deck / "images").mkdir()
    os.symlink(tmp_path / "dehors.png", deck / "images" / "x.png")
    assert problems(load_deck(deck)) == [
        ("presentation.md", 2, messages.image_outside_deck("images/x.png"))
    ]


QUIZ = "titre : Q\n[a]\nénoncé : x\nréponse : Vrai\ndiapositive : seconde\nexplication : y\n"


def test_a_looping_quiz_link_is_reported_alone_and_the_other_quizzes_kept(write_deck) -> None:
    deck = write_deck(TWO_SLIDES.replace("![Une image](images/x.png)\n", ""))
    (deck / "quiz-b.txt").write_text(QUIZ, encoding="utf-8")
    os.symlink("quiz.txt", deck / "quiz.txt")
    result = load_deck(deck)
    assert problems(result) == [
        ("quiz.txt", 1, f"impossible de lire le fichier : {messages.LINK_LOOP}")
    ]
    assert result.deck is not None
    assert [s.id for s in result.deck.quiz_sets] == ["quiz-b"]


def test_an_empty_presentation_reports_its_cause_once(write_deck) -> None:
    quiz = "titre : Q\n" + "".join(
        f"[q{n}]\nénoncé : x\nréponse : Vrai\ndiapositive : s{n}\nexplication : y\n"
        for n in range(12)
    )
    deck = write_deck("", quizzes={"quiz.txt": quiz})
    result = load_deck(deck)
    assert problems(result) == [("presentation.md", 1, messages.EMPTY_DECK)]
    assert result.deck is None


def test_a_looping_presentation_is_unreadable_not_missing(write_deck) -> None:
    deck = write_deck(None)
    os.symlink("presentation.md", deck / "presentation.md")
    assert problems(load_deck(deck)) == [
        ("presentation.md", 1, f"impossible de lire le fichier : {messages.LINK_LOOP}")
    ]


def test_control_characters_are_warned_with_their_line_and_not_shown(write_deck) -> None:
    deck = write_deck(f"# Titre\x00 nul\nTexte\x0c saut\x07\n{NOTES}")
    result = load_deck(deck)
    assert problems(result) == [
        ("presentation.md", 1, "attention : " + messages.control_characters("\x00")),
        ("presentation.md", 2, "attention : " + messages.control_characters("\x0c\x07")),
    ]
    assert "\\u0000" in str(result.problems[0])
    assert result.deck is not None
    assert result.deck.slides[0].title_text == "Titre nul"


def test_an_invisible_character_in_an_identifier_is_shown_escaped(write_deck) -> None:
    deck = write_deck(f"@id: carte\u200bregion\n# T\n{NOTES}")
    (message,) = [p.message for p in load_deck(deck).problems]
    assert message.startswith("identifiant invalide « carte\\u200bregion » :")
    assert "\u200b" not in message


def test_a_fifo_as_quiz_or_presentation_is_reported_without_hanging(write_deck) -> None:
    deck = write_deck(None, quizzes={"quiz-b.txt": QUIZ.replace("diapositive : seconde\n", "")})
    os.mkfifo(deck / "presentation.md")
    os.mkfifo(deck / "quiz.txt")
    result = load_deck(deck)  # opening a FIFO for reading would wait for a writer forever
    assert problems(result) == [
        ("presentation.md", 1, messages.NOT_A_REGULAR_FILE),
        ("quiz.txt", 1, messages.NOT_A_REGULAR_FILE),
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_image_is_named(write_deck) -> None:
    deck = write_deck(TWO_SLIDES)
    (deck / "images").mkdir()
    image = deck / "images" / "x.png"
    image.write_bytes(image_bytes.png(2, 2))
    image.chmod(0)
    assert problems(load_deck(deck)) == [
        ("presentation.md", 2, messages.bad_image("unreadable", "images/x.png"))
    ]
