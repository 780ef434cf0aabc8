"""Quiz files (``quiz*.txt``): a ``titre`` line, then ``[id]`` sections of ``clé : valeur``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cmq_desktop.content import messages
from cmq_desktop.content.ids import fold_key, is_valid_id
from cmq_desktop.content.model import Question, QuizSet
from cmq_desktop.content.problems import Reporter
from cmq_desktop.content.typography import french_typography

DEFAULT_CHOICES = "Vrai / Faux"
CONTINUATION_INDENT = 2
_SECTION = re.compile(r"^\[(?P<id>[^\]]*)\]\s*(?P<rest>.*)$")
_KEY = re.compile(r"^(?P<key>[^:]+?)\s*:(?P<value>.*)$")
# Folded key -> the key's name as the documentation spells it.
_QUESTION_KEYS = {
    "enonce": "énoncé",
    "choix": "choix",
    "reponse": "réponse",
    "diapositive": "diapositive",
    "explication": "explication",
    "nom": "nom",
    "sijuste": "si juste",
    "sierreur": "si erreur",
}
_TITLE_KEY = "titre"


@dataclass
class _Field:
    line: int
    words: list[str]

    @property
    def value(self) -> str:
        return " ".join(word for word in self.words if word)


@dataclass
class _Section:
    id: str
    line: int
    fields: dict[str, _Field] = field(default_factory=dict)


@dataclass(frozen=True)
class SlideReference:
    question_id: str
    question_line: int
    slide_id: str
    line: int


@dataclass(frozen=True)
class ParsedQuiz:
    quiz_set: QuizSet  # may have no questions
    slide_references: tuple[SlideReference, ...]
    had_sections: bool


class _QuizParser:
    def __init__(self, report: Reporter) -> None:
        self.report = report
        self.title: _Field | None = None
        self.sections: list[_Section] = []
        # Where continuation lines go: a field, or None to drop them (after an error).
        self.current: _Field | None = None
        self.continuation_allowed = False

    def feed(self, number: int, raw: str) -> None:
        line = raw.expandtabs(4).rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            return
        indent = len(line) - len(line.lstrip(" "))
        if indent >= CONTINUATION_INDENT and self.continuation_allowed:
            if self.current is not None:
                self.current.words.append(stripped)
            return
        self.current, self.continuation_allowed = None, True
        if section := _SECTION.match(stripped):
            self.sections.append(_Section(section.group("id").strip(), number))
            self.continuation_allowed = False
            if section.group("rest"):
                self.report.error(number, messages.TEXT_AFTER_SECTION)
        elif key := _KEY.match(stripped):
            self.add_field(number, key.group("key"), key.group("value").strip())
        elif not self.sections:
            self.report.error(number, messages.TEXT_OUTSIDE_QUESTION)
        else:
            self.report.error(number, messages.line_without_key(stripped))

    def add_field(self, number: int, key: str, value: str) -> None:
        folded = fold_key(key)
        new_field = _Field(number, [value])
        if folded == _TITLE_KEY:
            if self.sections:
                self.report.error(number, messages.misplaced_title_key())
            elif self.title is not None:
                self.report.error(number, messages.repeated_title())
            else:
                self.title = self.current = new_field
        elif folded in _QUESTION_KEYS:
            if not self.sections:
                self.report.error(number, messages.TEXT_OUTSIDE_QUESTION)
                return
            section = self.sections[-1]
            if folded in section.fields:
                self.report.error(number, messages.repeated_key(_QUESTION_KEYS[folded], section.id))
            else:
                section.fields[folded] = self.current = new_field
        else:
            self.report.error(number, messages.unknown_key(key))


def parse_quiz(lines: list[str], set_id: str, report: Reporter) -> ParsedQuiz:
    parser = _QuizParser(report)
    for number, line in enumerate(lines, start=1):
        parser.feed(number, line)
    questions: list[Question] = []
    references: list[SlideReference] = []
    for section in parser.sections:
        question = _question(section, report)
        if question is not None:
            questions.append(question)
            slide_field = section.fields.get("diapositive")
            if question.slide_id is not None and slide_field is not None:
                references.append(
                    SlideReference(question.id, question.line, question.slide_id, slide_field.line)
                )
    title = parser.title.value if parser.title is not None else ""
    if not title:
        report.warning(parser.title.line if parser.title else 1, messages.MISSING_QUIZ_TITLE)
        title = set_id.replace("-", " ").replace("_", " ").strip().capitalize()
    if not parser.sections:
        report.warning(1, messages.NO_QUESTIONS)
    quiz_set = QuizSet(set_id, french_typography(title), tuple(questions), report.path)
    return ParsedQuiz(quiz_set, tuple(references), bool(parser.sections))


def _question(section: _Section, report: Reporter) -> Question | None:
    """The question of a section, or None when it is faulty (every fault is reported)."""
    valid = True
    if not is_valid_id(section.id):
        report.error(section.line, messages.invalid_id(section.id))
        valid = False
    shown_id = section.id
    texts = {key: french_typography(f.value) for key, f in section.fields.items()}
    for key, message in (
        ("enonce", messages.question_without_statement),
        ("reponse", messages.question_without_answer),
        ("explication", messages.question_without_explanation),
    ):
        if not texts.get(key):
            report.error(section.line, message(shown_id))
            valid = False
    labels = _labels(texts.get("choix") or DEFAULT_CHOICES)
    if labels is None:
        choix = section.fields["choix"]
        report.error(choix.line, messages.bad_choices(choix.value))
        return None
    answer = _matching_label(texts.get("reponse", ""), labels)
    if texts.get("reponse") and answer is None:
        report.error(
            section.fields["reponse"].line, messages.answer_not_in_choices(texts["reponse"], labels)
        )
        return None
    if not valid or answer is None:
        return None
    return Question(
        id=section.id,
        statement=texts["enonce"],
        labels=labels,
        answer=answer,
        explanation=texts["explication"],
        slide_id=section.fields["diapositive"].value if texts.get("diapositive") else None,
        path=report.path,
        line=section.line,
        name=texts.get("nom", ""),
        feedback_right=texts.get("sijuste", ""),
        feedback_wrong=texts.get("sierreur", ""),
    )


def _labels(choices: str) -> tuple[str, str] | None:
    parts = [part.strip() for part in choices.split("/")]
    if len(parts) != 2 or not all(parts) or fold_key(parts[0]) == fold_key(parts[1]):
        return None
    return parts[0], parts[1]


def _matching_label(answer: str, labels: tuple[str, str]) -> str | None:
    folded = fold_key(answer)
    return next((label for label in labels if fold_key(label) == folded), None)
