"""Whatever the files hold, loading ends as a LoadResult whose problems have a path and a line."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmq_desktop.content import messages
from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import LoadResult

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_LINE_BREAKS = re.compile(rb"\r\n|\r|\n")

# --- writing and checking ---------------------------------------------------------------


@contextmanager
def deck_dir(files: dict[str, bytes]) -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="cmq-fuzz-"))
    try:
        deck = root / "deck"
        (deck / "images").mkdir(parents=True)
        (deck / "images" / "carte.png").write_bytes(b"\x89PNG\r\n\x1a\n")
        (deck / "images" / "anim.gif").write_bytes(b"GIF89a")
        for name, data in files.items():
            (deck / name).write_bytes(data)
        yield deck
    finally:
        shutil.rmtree(root, ignore_errors=True)


def check_invariants(result: LoadResult, files: dict[str, bytes], deck: Path) -> None:
    assert isinstance(result, LoadResult)
    for problem in result.problems:
        assert problem.path
        assert problem.message
        assert problem.message != messages.INTERNAL_ERROR, problem
        name = Path(problem.path).name
        data = files.get(name, b"")
        line_count = len(_LINE_BREAKS.split(data)) if data else 1
        assert 1 <= problem.line <= line_count, (problem, line_count)
        assert Path(problem.path).parent == deck or Path(problem.path) == deck
    deck_model = result.deck
    if deck_model is None:
        return
    assert deck_model.slides
    slide_ids = [slide.id for slide in deck_model.slides]
    assert len(set(slide_ids)) == len(slide_ids)
    for slide in deck_model.slides:
        assert slide.title_text
        assert slide.line >= 1
        for image in slide.images:
            assert image.path.is_absolute()
    question_ids = []
    for quiz_set in deck_model.quiz_sets:
        assert quiz_set.questions
        for question in quiz_set.questions:
            question_ids.append(question.id)
            assert question.answer in question.labels
            assert len(question.labels) == 2
            assert question.statement and question.explanation
            assert question.slide_id is None or question.slide_id in slide_ids
    assert len(set(question_ids)) == len(question_ids)


def load_and_check(files: dict[str, bytes]) -> LoadResult:
    with deck_dir(files) as deck:
        result = load_deck(deck)
        check_invariants(result, files, deck)
        return result


# --- arbitrary input ------------------------------------------------------------------------


@FUZZ
@given(presentation=st.text(), quiz=st.text())
def test_arbitrary_text(presentation: str, quiz: str) -> None:
    load_and_check({"presentation.md": presentation.encode(), "quiz.txt": quiz.encode()})


@FUZZ
@given(presentation=st.binary(), quiz=st.binary())
def test_arbitrary_bytes(presentation: bytes, quiz: bytes) -> None:
    load_and_check({"presentation.md": presentation, "quiz.txt": quiz})


# --- near-valid decks -----------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "CMQ",
        "c'est",
        "quoi ?",
        "réseau",
        "**gras**",
        "*italique*",
        "\\*",
        "10:30",
        "« label »",
        "https://x.fr/a?b",
        "::",
        "—",
        "",
        " ",
        "\t",
        "é",
        "#",
        "@",
        "[x]",
        ":",
    ]
)
_TEXT = st.lists(_WORDS, max_size=6).map(" ".join)
_IDS = st.sampled_from(["accueil", "carte", "un-cmq", "Carte", "a b", "", "x--y", "quiz"])

_SLIDE_LINE = st.one_of(
    _IDS.map(lambda i: f"@id: {i}"),
    st.sampled_from(["titre", "liste", "chiffres", "image-texte", "texte", "colonnes", ""]).map(
        lambda layout: f"@mise-en-page: {layout}"
    ),
    st.sampled_from(["@auteur: moi", "@id", "@", "@ : x"]),
    _TEXT.map(lambda t: f"# {t}"),
    _TEXT.map(lambda t: f"## {t}"),
    _TEXT.map(lambda t: f"### {t}"),
    _TEXT,
    _TEXT.map(lambda t: f"- {t}"),
    _TEXT.map(lambda t: f"  * {t}"),
    _TEXT.map(lambda t: f"1. {t}"),
    st.sampled_from(
        [
            "images/carte.png",
            "images/absente.png",
            "images/anim.gif",
            "",
            "https://x.fr/i.png",
            "images",
            "../deck/images/carte.png",
            "<images/carte.png>",
            "a\x00b.png",
            "%zz",
        ]
    ).map(lambda p: f"![{p[:3]}]({p})"),
    st.sampled_from(["::: notes", ":::", "::: autre", "---", "", "   "]),
)
_QUIZ_LINE = st.one_of(
    _TEXT.map(lambda t: f"titre : {t}"),
    _IDS.map(lambda i: f"[{i}]"),
    st.sampled_from(
        [
            "énoncé",
            "enonce",
            "Réponse",
            "reponse ",
            "choix",
            "diapositive",
            "explication",
            "indice",
            "titre",
        ]
    ).flatmap(
        lambda key: st.sampled_from(
            ["Vrai", "faux", "Oui / Non", "Vrai / Faux / Autre", "", "accueil", "carte", "un-cmq"]
        ).map(lambda value: f"{key} : {value}")
    ),
    _TEXT.map(lambda t: f"  {t}"),
    _TEXT.map(lambda t: f"# {t}"),
    _TEXT,
)
_ENDINGS = st.sampled_from(["\n", "\r\n", "\r"])


def _join(lines: list[str], ending: str, bom: bool) -> bytes:
    return (("\ufeff" if bom else "") + ending.join(lines)).encode()


@FUZZ
@given(
    slides=st.lists(_SLIDE_LINE, max_size=40),
    quiz=st.lists(_QUIZ_LINE, max_size=30),
    quiz_extra=st.lists(_QUIZ_LINE, max_size=10),
    ending=_ENDINGS,
    bom=st.booleans(),
)
def test_near_valid_decks(
    slides: list[str], quiz: list[str], quiz_extra: list[str], ending: str, bom: bool
) -> None:
    load_and_check(
        {
            "presentation.md": _join(slides, ending, bom),
            "quiz.txt": _join(quiz, ending, bom),
            "quiz-approfondi.txt": _join(quiz_extra, "\n", bom=False),
        }
    )


@FUZZ
@given(
    count=st.integers(min_value=1, max_value=6),
    notes=st.booleans(),
    answers=st.lists(st.sampled_from(["Vrai", "Faux", "vrai", "Peut-être", ""]), max_size=6),
)
def test_generated_valid_decks_load_cleanly(count: int, notes: bool, answers: list[str]) -> None:
    slides = "---\n".join(
        f"@id: s{n}\n# Diapositive {n}\n- point\n" + ("::: notes\nN.\n:::\n" if notes else "")
        for n in range(count)
    )
    quiz = "titre : T\n" + "".join(
        f"[q{n}]\nénoncé : E\nréponse : {answer}\ndiapositive : s{n % count}\nexplication : X\n"
        for n, answer in enumerate(answers)
    )
    result = load_and_check({"presentation.md": slides.encode(), "quiz.txt": quiz.encode()})
    assert result.deck is not None
    assert len(result.deck.slides) == count
    valid = [a for a in answers if a.lower() in ("vrai", "faux")]
    assert sum(len(s.questions) for s in result.deck.quiz_sets) == len(valid)
    assert result.ok == (len(valid) == len(answers))
    assert all(p.is_warning for p in result.problems) == result.ok
