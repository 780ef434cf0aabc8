"""Checks across files: question ids unique over every quiz file, slide references exist."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from cmq_desktop.content import messages
from cmq_desktop.content.model import Question, QuizSet, Slide
from cmq_desktop.content.problems import Reporter
from cmq_desktop.content.quiz_file import ParsedQuiz


def cross_check(
    parsed: list[tuple[ParsedQuiz, Reporter]], slides: list[Slide] | None
) -> list[QuizSet]:
    """The quiz sets without duplicated questions, with broken slide links removed.

    ``slides`` is None when presentation.md could not be read: links are then not checked,
    since every one of them would be reported.
    """
    slide_ids = None if slides is None else {slide.id for slide in slides}
    first_seen: dict[str, Question] = {}
    quiz_sets: list[QuizSet] = []
    for quiz, report in parsed:
        broken = {
            (ref.question_id, ref.question_line)
            for ref in quiz.slide_references
            if slide_ids is not None and ref.slide_id not in slide_ids
        }
        for ref in quiz.slide_references:
            if (ref.question_id, ref.question_line) in broken:
                report.error(ref.line, messages.unknown_slide(ref.slide_id))
        kept: list[Question] = []
        for question in quiz.quiz_set.questions:
            first = first_seen.get(question.id)
            if first is not None:
                report.error(question.line, _duplicate_message(question, first))
                continue
            first_seen[question.id] = question
            if (question.id, question.line) in broken:
                question = replace(question, slide_id=None)
            kept.append(question)
        quiz_sets.append(replace(quiz.quiz_set, questions=tuple(kept)))
    return quiz_sets


def _duplicate_message(question: Question, first: Question) -> str:
    if first.path == question.path:
        return messages.duplicate_id(question.id, first.line)
    return messages.duplicate_id_elsewhere(question.id, Path(first.path).name, first.line)
