"""Writing GIFT for Moodle, and turning imported GIFT questions into a deck's quiz file.

GIFT is written as Moodle's own exporter writes it (escapes, ``{TRUE#wrong#right####general}``,
one ``$CATEGORY:`` per question set). What a deck needs beyond GIFT (the identifier, the
two answer labels, the slide) goes in ``// cmq-…`` comments, which Moodle ignores.
"""

from __future__ import annotations

from collections.abc import Iterable

from cmq_desktop.content.gift import GiftFile, GiftQuestion
from cmq_desktop.content.ids import is_valid_id, slugify
from cmq_desktop.content.model import Question, QuizSet

_RESERVED = str.maketrans(
    {
        "\\": "\\\\",
        "#": "\\#",
        "=": "\\=",
        "~": "\\~",
        "{": "\\{",
        "}": "\\}",
        ":": "\\:",
        "\n": "\\n",
        "\r": "",
    }
)
_CATEGORY_UNSAFE = str.maketrans({c: " " for c in "\\#=~{}:/\n\r"})
_ID_LENGTH = 40


def escape(text: str) -> str:
    return text.translate(_RESERVED)


def category_of(title: str) -> str:
    """A Moodle category path for a question set's title (``/`` would nest categories)."""
    clean = " ".join(title.translate(_CATEGORY_UNSAFE).split()) or "CMQ"
    return f"$course$/top/{clean}"


def gift_question(question: Question, category: str) -> GiftQuestion:
    return GiftQuestion(
        line=question.line,
        name=question.name or question.id,
        statement=question.statement,
        answer=question.answer_index == 0,
        feedback_right=question.feedback_right,
        feedback_wrong=question.feedback_wrong,
        general_feedback=question.explanation,
        category=category,
        id=question.id,
        labels=question.labels,
        slide_id=question.slide_id or "",
    )


def deck_gift(quiz_sets: Iterable[QuizSet]) -> str:
    """The GIFT text of a deck's question sets, one category each."""
    questions = [
        gift_question(question, category_of(quiz_set.title))
        for quiz_set in quiz_sets
        for question in quiz_set.questions
    ]
    return write_gift(questions)


def write_gift(questions: Iterable[GiftQuestion]) -> str:
    parts: list[str] = []
    category: str | None = None
    for question in questions:
        if question.category and question.category != category:
            category = question.category
            parts.append(f"$CATEGORY: {category}\n")
        parts.append(_write_question(question))
    return "\n".join(parts)


def _write_question(question: GiftQuestion) -> str:
    comments = []
    if question.id:
        comments.append(f"// cmq-id : {question.id}")
    if question.labels != ("Vrai", "Faux"):
        comments.append(f"// cmq-choix : {question.labels[0]} / {question.labels[1]}")
    if question.slide_id:
        comments.append(f"// cmq-diapositive : {question.slide_id}")
    answer = "TRUE" if question.answer else "FALSE"
    if question.feedback_wrong or question.feedback_right:
        answer += "#" + escape(question.feedback_wrong)
    if question.feedback_right:
        answer += "#" + escape(question.feedback_right)
    if question.general_feedback:
        answer += "####" + escape(question.general_feedback)
    name = f"::{escape(question.name)}::" if question.name else ""
    head = "".join(f"{line}\n" for line in comments)
    return f"{head}{name}{escape(question.statement)}{{{answer}}}\n"


def quiz_file_text(gift: GiftFile, source_name: str) -> tuple[str, list[GiftQuestion]]:
    """The quiz file of the imported questions, and those that lack an explanation."""
    title = _title(gift, source_name)
    lines = [f"# Importé de {source_name} par « cmq-desktop import-gift ».", f"titre : {title}"]
    taken: set[str] = set()
    without_explanation = []
    for number, question in enumerate(gift.questions, start=1):
        question_id = _unique_id(question, number, taken)
        labels = question.labels
        right = labels[0] if question.answer else labels[1]
        lines += ["", f"[{question_id}]"]
        if question.name:
            lines.append(f"nom : {question.name}")
        lines.append(f"énoncé : {question.statement}")
        lines.append(f"choix : {labels[0]} / {labels[1]}")
        lines.append(f"réponse : {right}")
        if question.slide_id:
            lines.append(f"diapositive : {question.slide_id}")
        if question.feedback_right:
            lines.append(f"si juste : {question.feedback_right}")
        if question.feedback_wrong:
            lines.append(f"si erreur : {question.feedback_wrong}")
        lines.append(f"explication : {question.general_feedback}".rstrip())
        if not question.general_feedback:
            without_explanation.append(question)
    return "\n".join(lines) + "\n", without_explanation


def question_id_of(question: GiftQuestion, number: int) -> str:
    if is_valid_id(question.id):
        return question.id
    base = slugify(question.name) or slugify(question.statement)
    return base[:_ID_LENGTH].strip("-") or f"question-{number}"


def _unique_id(question: GiftQuestion, number: int, taken: set[str]) -> str:
    base = question_id_of(question, number)
    candidate, suffix = base, 2
    while candidate in taken:
        candidate, suffix = f"{base}-{suffix}", suffix + 1
    taken.add(candidate)
    return candidate


def _title(gift: GiftFile, source_name: str) -> str:
    for category in gift.categories:
        last = category.rstrip("/").rsplit("/", 1)[-1].strip()
        if last and last != "top":
            return last
    stem = source_name.rsplit("/", 1)[-1].split(".", 1)[0]
    return stem.replace("-", " ").replace("_", " ").strip().capitalize() or "Questions importées"
