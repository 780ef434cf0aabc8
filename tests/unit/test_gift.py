"""GIFT from and to Moodle: Moodle's own example files, escapes, round trips, fuzzing."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cmq_desktop.cli import main
from cmq_desktop.content import messages
from cmq_desktop.content.gift import GiftQuestion, parse_gift
from cmq_desktop.content.gift_export import write_gift
from cmq_desktop.content.loader import load_deck
from cmq_desktop.paths import default_deck_dir

DATA = Path(__file__).resolve().parents[1] / "data" / "gift"
EXAMPLES = DATA / "moodle-examples.gift.txt"
FIXTURE = DATA / "moodle-fixture-questions.gift.txt"


def _question_starts(path: Path) -> list[int]:
    """The first non-comment line of each blank-line separated block that has one."""
    starts: list[int] = []
    found = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.strip()
        if not text:
            found = False
            continue
        if not found and not text.startswith("//"):
            starts.append(number)
            found = True
    return starts


def test_moodle_examples_every_true_false_question_and_every_other_reported() -> None:
    gift = parse_gift(EXAMPLES.read_text(encoding="utf-8"))
    assert [(q.line, q.statement, q.answer) for q in gift.questions] == [
        (12, "Grant is buried in Grant's tomb.", False),
        (49, "Grant is buried in Grant's tomb.", False),
        (51, "The sun rises in the east.", True),
        (113, "Grant is buried in Grant's tomb.", False),
        (171, "Grant is buried in Grant's tomb.", False),
    ]
    assert gift.questions[3].feedback_wrong == "No one is buried in Grant's tomb."
    reported = [problem.line for problem in gift.problems]
    assert sorted(reported + [q.line for q in gift.questions]) == _question_starts(EXAMPLES)
    assert all("ignorée : type" in problem.message for problem in gift.problems)


def test_moodle_fixture_feedbacks_and_general_feedback() -> None:
    gift = parse_gift(FIXTURE.read_text(encoding="utf-8"))
    first, second, third = gift.questions
    assert first.name == "Q1"
    assert first.answer is False
    assert first.feedback_wrong == "42 is the Ultimate Answer."
    assert first.feedback_right == "You gave the right answer."
    assert first.general_feedback.startswith("This is, of course, a Hitchiker's Guide")
    assert (second.name, second.answer, third.answer) == ("2-08 TSL", True, True)
    kinds = {
        problem.line: problem.message.split("type ")[1].split(" (")[0] for problem in gift.problems
    }
    assert kinds == {
        2: "composition",
        5: "appariement",
        14: "choix multiple",
        22: "choix multiple",
        31: "numérique",
        34: "réponse courte",
    }


def test_bom_crlf_escapes_comments_categories_formats_and_several_lines() -> None:
    text = (
        "\ufeff// a comment\r\n$CATEGORY: $course$/top/Sécurité\r\n\r\n"
        "::Rôle \\: chef::[html]<p>Le <b>chef</b> d’équipe \\{toujours\\} &amp; partout"
        "\r\n// inside\r\n</p>{\r\nT#Non \\# pas ça#Bravo \\= oui\r\n"
        "####[markdown]Voir **ici** \\~ \\\\ fin}\r\n\r\n"
        "[plain]Deuxième ligne\\nsuite {FALSE}\r\n"
    )
    gift = parse_gift(text)
    first, second = gift.questions
    assert first == GiftQuestion(
        line=4,
        name="Rôle : chef",
        statement="Le chef d’équipe {toujours} & partout",
        answer=True,
        feedback_right="Bravo = oui",
        feedback_wrong="Non # pas ça",
        general_feedback="Voir **ici** ~ \\ fin",
        category="$course$/top/Sécurité",
    )
    assert (second.line, second.statement, second.answer) == (10, "Deuxième ligne suite", False)
    assert gift.problems == []


def test_missing_brace_is_reported_not_fatal() -> None:
    gift = parse_gift("::a:: texte {TRUE\n\n::b:: bon {F}\n")
    assert [q.name for q in gift.questions] == ["b"]
    assert [(p.line, p.message) for p in gift.problems] == [(1, messages.gift_braces("a"))]


def _without_lines(questions: list[GiftQuestion]) -> list[GiftQuestion]:
    return [replace(q, line=0) for q in questions]


def test_round_trip_of_moodle_files_keeps_every_field() -> None:
    for path in (EXAMPLES, FIXTURE):
        first = parse_gift(path.read_text(encoding="utf-8")).questions
        again = parse_gift(write_gift(first)).questions
        assert _without_lines(again) == _without_lines(first)


# Texts as GIFT holds them: one line, no surrounding spaces, any reserved character.
_TEXT = (
    st.lists(st.sampled_from([*"ab é’«» \u202f:#=~{}\\/[]%-!?.", "->", "####"]), max_size=20)
    .map("".join)
    .map(lambda t: " ".join(t.split(" ")).strip(" "))
    .map(lambda t: re.sub(" +", " ", t))
)
_STATEMENT = _TEXT.filter(lambda t: not t.startswith(("/", "$", ":", "[")))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.builds(
            GiftQuestion,
            line=st.just(0),
            name=_TEXT,
            statement=_STATEMENT,
            answer=st.booleans(),
            feedback_right=_TEXT,
            feedback_wrong=_TEXT,
            general_feedback=_TEXT,
            category=st.sampled_from(["", "$course$/top/Quiz"]),
        ),
        max_size=4,
    )
)
def test_round_trip_of_any_question_keeps_every_field(questions: list[GiftQuestion]) -> None:
    expected = [q for q in questions if q.category or not any(p.category for p in questions)]
    written = write_gift(questions)
    again = _without_lines(parse_gift(written).questions)
    category = ""
    for question, parsed in zip(questions, again, strict=True):
        category = question.category or category
        assert parsed == replace(question, category=category), written
    assert len(again) >= len(expected)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("{}~=#:\\/$[]%->TRUEF \n\r\t\ufeffaé")), max_size=80))
def test_parser_never_raises(text: str) -> None:
    gift = parse_gift(text)
    lines = max(1, len(re.split(r"\r\n|\r|\n", text)))
    for item in [*gift.questions, *gift.problems]:
        assert 1 <= item.line <= lines


def test_import_gift_command_writes_a_quiz_file(tmp_path: Path, capsys) -> None:
    out = tmp_path / "quiz-moodle.txt"
    assert main(["import-gift", str(FIXTURE), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "3 questions vrai/faux écrites" in captured.out
    err = captured.err.splitlines()
    assert f"{FIXTURE}:14: attention : question « Q2 » ignorée : type choix multiple" in err[2]
    assert any("sans feedback général" in line for line in err)
    text = out.read_text(encoding="utf-8")
    assert "[q1]\nnom : Q1\n" in text
    assert "si juste : You gave the right answer.\nsi erreur : 42 is the Ultimate Answer.\n" in text


def test_export_gift_then_import_gives_the_same_questions(tmp_path: Path, capsys) -> None:
    gift_file, quiz = tmp_path / "cmq.gift", tmp_path / "deck" / "quiz.txt"
    assert main(["export-gift", "--deck", str(default_deck_dir()), "--out", str(gift_file)]) == 0
    deck = load_deck(default_deck_dir()).deck
    assert deck is not None
    questions = [q for s in deck.quiz_sets for q in s.questions]
    assert f"{len(questions)} questions écrites" in capsys.readouterr().out
    assert gift_file.read_text(encoding="utf-8").count("$CATEGORY: $course$/top/") == len(
        [s for s in deck.quiz_sets if s.questions]
    )
    quiz.parent.mkdir()
    assert main(["import-gift", str(gift_file), "--out", str(quiz)]) == 0
    (quiz.parent / "presentation.md").write_bytes(
        (default_deck_dir() / "presentation.md").read_bytes()
    )
    shutil.copytree(default_deck_dir() / "images", quiz.parent / "images")
    again = load_deck(quiz.parent)
    assert again.ok, [str(p) for p in again.problems]
    assert again.deck is not None
    (imported,) = again.deck.quiz_sets
    keys = ("id", "statement", "labels", "answer", "explanation", "slide_id", "feedback_right")
    for before, after in zip(questions, imported.questions, strict=True):
        assert [getattr(after, k) for k in keys] == [getattr(before, k) for k in keys]
        assert after.name == before.id  # Moodle needs a name: the id becomes it
