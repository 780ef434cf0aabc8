"""Reading Moodle's GIFT format: the true/false questions, every other one reported.

It follows what Moodle's own importer (``question/format/gift/format.php``) does, so that
a file reads here as it reads in Moodle (Éléa):

- questions are separated by blank lines; a line starting with ``//`` is a comment;
- ``\\~ \\= \\# \\{ \\} \\: \\\\`` are escaped characters, ``\\n`` a line break;
- a block starting with ``$CATEGORY:`` sets the category of the questions after it;
- ``::name::`` names a question; ``[markdown] [html] [plain] [moodle]`` give a text format;
- the answer is between the first ``{`` and the first ``}``; ``####`` starts the general
  feedback; ``{T}``, ``{TRUE}``, ``{F}``, ``{FALSE}`` (capitals, as in Moodle) make a
  true/false question, ``{TRUE#for a wrong answer#for a right answer}`` its feedbacks.

Comments ``// cmq-id : …``, ``// cmq-choix : …`` and ``// cmq-diapositive : …``, which
Moodle ignores, carry what a deck needs beyond GIFT (see gift_export.py).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from cmq_desktop.content import messages

# Placeholders for escaped characters while the structure is parsed (private-use area).
_ESCAPES = {"\\": "\ue000", ":": "\ue001", "#": "\ue002", "=": "\ue003", "{": "\ue004",
            "}": "\ue005", "~": "\ue006", "n": "\ue007"}  # fmt: skip
_RESTORE = {v: ("\n" if k == "n" else k) for k, v in _ESCAPES.items()}
_ESCAPE_PAIR = re.compile(r"\\([\\:#={}~n])")
_FORMAT = re.compile(r"^\[(moodle|html|plain|markdown)\]", re.IGNORECASE)
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_CMQ_COMMENT = re.compile(r"^//\s*cmq-(id|choix|diapositive)\s*:\s*(.*?)\s*$")
_TAG = re.compile(r"<[^>]*>")
_WS = " \t\n\r\x00\x0b"  # what PHP's trim() removes: not the no-break spaces
_SPACES = re.compile(r"[ \t\n\r\f\v]+")  # not \s: French no-break spaces are kept

# Moodle's question types, as teachers know them in French.
KIND_NAMES = {
    "description": "description",
    "essay": "composition",
    "numerical": "numérique",
    "multichoice": "choix multiple",
    "match": "appariement",
    "shortanswer": "réponse courte",
}


@dataclass(frozen=True)
class GiftQuestion:
    line: int  # where the question starts in the file
    name: str
    statement: str
    answer: bool  # True for {TRUE}
    feedback_right: str  # shown after the right answer
    feedback_wrong: str
    general_feedback: str  # the explanation
    category: str = ""
    id: str = ""  # from the cmq comments, when the file was exported by cmq-desktop
    labels: tuple[str, str] = ("Vrai", "Faux")
    slide_id: str = ""


@dataclass(frozen=True)
class GiftProblem:
    line: int
    message: str


@dataclass
class GiftFile:
    questions: list[GiftQuestion] = field(default_factory=list)
    problems: list[GiftProblem] = field(default_factory=list)  # skipped questions, errors
    categories: list[str] = field(default_factory=list)


def parse_gift(text: str) -> GiftFile:
    """Every true/false question of ``text``; never raises, whatever it holds."""
    result = GiftFile()
    category = ""
    for line, block in _blocks(text):
        extras = _cmq_comments(block)
        joined = "\n".join(" " if row.startswith("//") else row for row in block).strip(_WS)
        if not joined:
            continue
        joined = _ESCAPE_PAIR.sub(lambda m: _ESCAPES[m.group(1)], joined)
        if joined.startswith("$CATEGORY:"):
            category = _plain(joined[len("$CATEGORY:") :])
            result.categories.append(category)
            continue
        question = _question(joined, line, category, extras, result)
        if question is not None:
            result.questions.append(question)
    return result


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Groups of non-blank lines (trimmed), each with the line of its first non-comment line."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[tuple[int, str]] = []
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, raw in enumerate([*lines, ""], start=1):
        row = raw.strip(_WS)
        if row:
            current.append((number, row))
        elif current:
            first = next((n for n, r in current if not r.startswith("//")), current[0][0])
            blocks.append((first, [r for _, r in current]))
            current = []
    return blocks


def _cmq_comments(block: list[str]) -> dict[str, str]:
    found = {}
    for row in block:
        match = _CMQ_COMMENT.match(row)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def _question(
    text: str, line: int, category: str, extras: dict[str, str], result: GiftFile
) -> GiftQuestion | None:
    name = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end != -1:
            name = _plain(text[2:end])
            text = text[end + 2 :].strip(_WS)
        else:
            text = text[2:]
    start, finish = text.find("{"), text.find("}")
    shown_name = name or _text(text[:start] if start > 0 else text)[:40].strip(_WS)
    if start == -1 and finish == -1:
        result.problems.append(GiftProblem(line, messages.gift_skipped(shown_name, "description")))
        return None
    if start == -1 or finish == -1 or finish < start:
        result.problems.append(GiftProblem(line, messages.gift_braces(shown_name)))
        return None
    answer_text = text[start + 1 : finish].strip(_WS)
    # A true/false question has no word missing: the text around the braces is kept whole.
    statement = _text(text[:start] + " " + text[finish + 1 :])
    general = ""
    separator = answer_text.rfind("####")
    if separator != -1:
        general = _text(answer_text[separator + 4 :])
        answer_text = answer_text[:separator].strip(_WS)
    kind = _kind(answer_text)
    if kind != "truefalse":
        result.problems.append(
            GiftProblem(line, messages.gift_skipped(shown_name, KIND_NAMES[kind]))
        )
        return None
    parts = answer_text.split("#", 2)
    answer = _TRUE_FALSE[parts[0].strip(_WS)]
    wrong = _text(parts[1]) if len(parts) > 1 else ""
    right = _text(parts[2]) if len(parts) > 2 else ""
    labels = _labels(extras.get("choix", ""))
    return GiftQuestion(
        line=line,
        name=name,
        statement=statement,
        answer=answer,
        feedback_right=right,
        feedback_wrong=wrong,
        general_feedback=general,
        category=category,
        id=extras.get("id", ""),
        labels=labels,
        slide_id=extras.get("diapositive", ""),
    )


def _kind(answer_text: str) -> str:
    """Moodle's order of tests on the text between the braces."""
    if not answer_text:
        return "essay"
    if answer_text.startswith("#"):
        return "numerical"
    if "~" in answer_text:
        return "multichoice"
    if "=" in answer_text and "->" in answer_text:
        return "match"
    check = answer_text.split("#", 1)[0].strip(_WS) if "#" in answer_text[1:] else answer_text
    return "truefalse" if check in _TRUE_FALSE else "shortanswer"


def _labels(text: str) -> tuple[str, str]:
    parts = [part.strip(_WS) for part in text.split("/")]
    if len(parts) == 2 and all(parts):
        return parts[0], parts[1]
    return "Vrai", "Faux"


def _text(raw: str) -> str:
    """A text of the question, its format marker applied, on one line."""
    text = raw.strip(_WS)
    form = _FORMAT.match(text)
    if form:
        text = text[form.end() :]
        if form.group(1).lower() == "html":
            text = html.unescape(_TAG.sub(" ", _restore(text)))
            return _SPACES.sub(" ", text).strip(_WS)
    return _plain(text)


def _plain(text: str) -> str:
    return _SPACES.sub(" ", _restore(text)).strip(_WS)


def _restore(text: str) -> str:
    return "".join(_RESTORE.get(char, char) for char in text)
