"""A deck as a zip: loaded like its folder, and every dangerous archive refused by name."""

from __future__ import annotations

import shutil
import stat
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmq_desktop.content import archive, messages
from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import LoadResult
from cmq_desktop.paths import default_deck_dir
from tests.unit.conftest import PNG_BYTES

SLIDES = "# Bienvenue\n![Logo](images/logo.png)\n::: notes\nn\n:::\n"
QUIZ = "titre : Q\n[a]\nénoncé : x\nréponse : Vrai\nexplication : y\n"


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, data in members.items():
            zipped.writestr(name, data)
    return path


def only_problem(result: LoadResult) -> tuple[str, int, str]:
    (problem,) = result.problems
    assert result.deck is None
    return Path(problem.path).name, problem.line, problem.message


@pytest.mark.parametrize("prefix", ["", "cmq-lyon/"])
def test_a_zipped_deck_loads_like_its_folder(tmp_path: Path, prefix: str) -> None:
    members = {
        f"{prefix}presentation.md": SLIDES.encode(),
        f"{prefix}quiz.txt": QUIZ.encode(),
        f"{prefix}images/logo.png": PNG_BYTES,
        "__MACOSX/._presentation.md": b"\x00\x05",
    }
    result = load_deck(make_zip(tmp_path / "deck.zip", members))
    assert result.problems == ()
    assert result.deck is not None
    assert result.deck.slides[0].images[0].path.read_bytes() == PNG_BYTES
    assert result.deck.quiz_sets[0].questions[0].id == "a"


def test_problems_inside_an_archive_name_the_archive(tmp_path: Path) -> None:
    zipped = make_zip(tmp_path / "cours.zip", {"d/presentation.md": b"# T\n![](images/x.png)\n"})
    result = load_deck(zipped)
    shown = [str(p) for p in result.problems]
    assert f"{zipped / 'presentation.md'}:2: image introuvable : images/x.png" in shown


@pytest.mark.parametrize(
    "name", ["../evil.md", "d/../../evil.md", "/tmp/evil.md", "C:/evil.md", "..\\evil.md"]
)
def test_paths_leaving_the_archive_are_refused_and_nothing_written(
    tmp_path: Path, name: str
) -> None:
    zipped = make_zip(tmp_path / "x.zip", {"presentation.md": SLIDES.encode(), name: b"boo"})
    assert only_problem(load_deck(zipped)) == ("x.zip", 0, messages.zip_unsafe_path(name))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.zip"]


def test_links_are_refused(tmp_path: Path) -> None:
    zipped = tmp_path / "x.zip"
    with zipfile.ZipFile(zipped, "w") as out:
        out.writestr("presentation.md", SLIDES)
        link = zipfile.ZipInfo("images/logo.png")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        out.writestr(link, "/etc/passwd")
    assert only_problem(load_deck(zipped)) == ("x.zip", 0, messages.zip_link("images/logo.png"))


def test_too_many_files_is_refused_before_writing(tmp_path: Path) -> None:
    members = {f"f{n}.txt": b"" for n in range(archive.MAX_FILES + 1)}
    zipped = make_zip(tmp_path / "x.zip", {"presentation.md": SLIDES.encode(), **members})
    assert only_problem(load_deck(zipped)) == (
        "x.zip",
        0,
        messages.zip_too_many_files(archive.MAX_FILES),
    )


def test_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    zipped = tmp_path / "bombe.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("presentation.md", SLIDES)
        with out.open("images/zeros.png", "w", force_zip64=True) as member:
            zeros = bytes(1 << 20)
            for _ in range(archive.MAX_MEGABYTES + 1):
                member.write(zeros)
    assert zipped.stat().st_size < 1_000_000
    problem = only_problem(load_deck(zipped))
    assert problem == ("bombe.zip", 0, messages.zip_too_big(archive.MAX_MEGABYTES))


def test_a_lying_size_is_caught_while_unpacking(tmp_path: Path, monkeypatch) -> None:
    zipped = make_zip(tmp_path / "x.zip", {"presentation.md": SLIDES.encode() * 1000})
    monkeypatch.setattr(archive, "_MAX_BYTES", 1000)
    monkeypatch.setattr(archive, "_check_members", lambda members: None)  # trust the header
    problem = only_problem(load_deck(zipped))
    assert problem == ("x.zip", 0, messages.zip_too_big(archive.MAX_MEGABYTES))


def test_not_a_zip_damaged_and_empty(tmp_path: Path) -> None:
    text = tmp_path / "notes.zip"
    text.write_text("pas une archive", encoding="utf-8")
    assert only_problem(load_deck(text)) == ("notes.zip", 0, messages.NOT_A_ZIP)
    good = make_zip(tmp_path / "good.zip", {"presentation.md": SLIDES.encode() * 50})
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[:200])
    assert only_problem(load_deck(cut)) == ("cut.zip", 0, messages.ZIP_DAMAGED)
    empty = make_zip(tmp_path / "empty.zip", {"images/logo.png": PNG_BYTES})
    assert only_problem(load_deck(empty)) == ("empty.zip", 0, messages.ZIP_WITHOUT_DECK)


def test_pack_then_load_gives_the_same_deck(tmp_path: Path) -> None:
    out = tmp_path / "slides.zip"
    count = archive.pack_deck(default_deck_dir(), out)
    assert count >= 4
    with zipfile.ZipFile(out) as zipped:
        top = {name.split("/")[0] for name in zipped.namelist()}
    assert top == {default_deck_dir().resolve().name}
    packed, folder = load_deck(out), load_deck(default_deck_dir())
    assert packed.ok and packed.deck is not None and folder.deck is not None
    assert [s.id for s in packed.deck.slides] == [s.id for s in folder.deck.slides]
    questions = [[q.id for q in s.questions] for s in packed.deck.quiz_sets]
    assert questions == [[q.id for q in s.questions] for s in folder.deck.quiz_sets]


_NAME_PARTS = st.sampled_from(["..", ".", "a", "presentation.md", "", "C:", "\\", "~", "é"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(_NAME_PARTS, min_size=1, max_size=4)
        .map("/".join)
        .filter(lambda name: name not in ("", "presentation.md")),  # zipfile cannot write ""
        max_size=4,
        unique=True,  # zipfile warns about a duplicate name
    )
)
def test_no_member_name_writes_outside_the_temporary_folder(names: list[str]) -> None:
    top = Path(tempfile.mkdtemp(prefix="cmq-fuzz-zip-"))
    try:
        zipped = top / "x.zip"
        with zipfile.ZipFile(zipped, "w") as out:
            out.writestr("presentation.md", SLIDES)
            for name in names:
                out.writestr(name, b"x")
        result = load_deck(zipped)
        assert sorted(p.name for p in top.iterdir()) == ["x.zip"]
        assert all(p.message != messages.INTERNAL_ERROR for p in result.problems)
        if result.deck is not None:
            root = result.deck.root
            assert root.is_relative_to(Path(tempfile.gettempdir()).resolve())
            assert all(p.resolve().is_relative_to(root.parent) for p in root.rglob("*"))
    finally:
        shutil.rmtree(top, ignore_errors=True)
