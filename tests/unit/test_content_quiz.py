"""Quiz files: the format, and each message about questions."""

from __future__ import annotations

import pytest

from cmq_desktop.content import messages
from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import LoadResult, Question, QuizSet
from cmq_desktop.content.typography import NNBSP

SLIDES = """\
@id: un-cmq
# Un CMQ
::: notes
Notes.
:::
"""

QUESTION = """\
[industrie]
énoncé : Il n'y a des CMQ que dans l'industrie.
réponse : Faux
diapositive : un-cmq
explication : Il y en a aussi
  dans le tourisme.
"""


def load_quiz(write_deck, text: str | bytes, name: str = "quiz.txt") -> LoadResult:
    return load_deck(write_deck(SLIDES, quizzes={name: text}))


def problems(result: LoadResult) -> list[tuple[int, str]]:
    return [(p.line, p.message) for p in result.problems]


def quiz_sets(result: LoadResult) -> tuple[QuizSet, ...]:
    assert result.deck is not None
    return result.deck.quiz_sets


def questions(result: LoadResult) -> tuple[Question, ...]:
    sets = quiz_sets(result)
    return sets[0].questions if sets else ()


def test_a_full_quiz_file(write_deck) -> None:
    text = (
        "# Un commentaire\n"
        "titre : Le quiz des CMQ\n"
        "\n" + QUESTION + "\n"
        "[lieu]\n"
        "énoncé : Un CMQ est-il un lieu physique ?\n"
        "choix : Oui / Non\n"
        "réponse : non\n"
        "explication : C'est un réseau.\n"
    )
    deck = write_deck(SLIDES, quizzes={"quiz.txt": text})
    result = load_deck(deck)
    assert result.problems == ()
    (quiz_set,) = quiz_sets(result)
    assert quiz_set.id == "quiz"
    assert quiz_set.title == "Le quiz des CMQ"
    assert quiz_set.path == str(deck / "quiz.txt")
    first, second = quiz_set.questions
    assert first == Question(
        id="industrie",
        statement="Il n’y a des CMQ que dans l’industrie.",
        labels=("Vrai", "Faux"),
        answer="Faux",
        explanation="Il y en a aussi dans le tourisme.",
        slide_id="un-cmq",
        path=str(deck / "quiz.txt"),
        line=4,
    )
    assert first.answer_index == 1
    assert second.labels == ("Oui", "Non")
    assert second.answer == "Non"  # normalised to the label
    assert second.statement == f"Un CMQ est-il un lieu physique{NNBSP}?"
    assert second.slide_id is None
    assert second.explanation == "C’est un réseau."


def test_quiz_files_sorted_by_name(write_deck) -> None:
    deck = write_deck(
        SLIDES,
        quizzes={
            "quiz-b.txt": "titre : B\n[b]\nénoncé : x\nréponse : Vrai\nexplication : y\n",
            "quiz.txt": "titre : A\n[a]\nénoncé : x\nréponse : Vrai\nexplication : y\n",
            "notes.txt": "pas un quiz",
        },
    )
    result = load_deck(deck)
    assert result.problems == ()
    assert [s.id for s in quiz_sets(result)] == ["quiz", "quiz-b"]


def test_keys_without_accents_with_spaces_and_case(write_deck) -> None:
    text = (
        "Titre: T\n[q]\nEnonce: x\nChoix : oui/non\nREPONSE   :   Oui\n"
        "Diapositive:un-cmq\nExplication :y\n"
    )
    result = load_quiz(write_deck, text)
    assert result.problems == ()
    (question,) = questions(result)
    assert (question.statement, question.labels, question.answer) == ("x", ("oui", "non"), "oui")
    assert (question.slide_id, question.explanation) == ("un-cmq", "y")


def test_continuation_needs_two_spaces_or_a_tab(write_deck) -> None:
    text = "titre : T\n[q]\nénoncé : un\n  deux\n\ttrois\nréponse : Vrai\nexplication : e\n"
    (question,) = questions(load_quiz(write_deck, text))
    assert question.statement == "un deux trois"


def test_crlf_bom_and_comments(write_deck) -> None:
    text = "\ufefftitre : T\r\n# commentaire\r\n  # indenté\r\n" + QUESTION.replace("\n", "\r\n")
    result = load_quiz(write_deck, text.encode())
    assert result.problems == ()
    (question,) = questions(result)
    assert question.line == 4


def test_missing_title_is_a_warning_with_a_title_from_the_name(write_deck) -> None:
    result = load_quiz(write_deck, QUESTION, name="quiz-approfondi.txt")
    assert problems(result) == [(1, messages.MISSING_QUIZ_TITLE)]
    assert result.ok
    assert quiz_sets(result)[0].title == "Quiz approfondi"


def test_empty_quiz_file_is_a_warning_and_no_set(write_deck) -> None:
    result = load_quiz(write_deck, "titre : Vide\n")
    assert problems(result) == [(1, "aucune question dans ce fichier")]
    assert quiz_sets(result) == ()


# --- messages -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("réponse", "question « q » sans réponse"),
        ("énoncé", "question « q » sans énoncé"),
        ("explication", "question « q » sans explication"),
    ],
)
def test_question_without_a_required_key(write_deck, missing: str, message: str) -> None:
    lines = ["titre : T", "", "[q]", "énoncé : e", "réponse : Vrai", "explication : x"]
    text = "\n".join(line for line in lines if not line.startswith(missing)) + "\n"
    result = load_quiz(write_deck, text)
    assert problems(result) == [(3, message)]
    assert quiz_sets(result) == ()  # the faulty question is left out, so is the empty set


def test_empty_value_counts_as_missing(write_deck) -> None:
    result = load_quiz(write_deck, "titre : T\n[q]\nénoncé :\nréponse : Vrai\nexplication : x\n")
    assert problems(result) == [(2, "question « q » sans énoncé")]


def test_answer_not_among_labels(write_deck) -> None:
    text = "titre : T\n[q]\nénoncé : e\nchoix : Oui / Non\nréponse : Vrai\nexplication : x\n"
    result = load_quiz(write_deck, text)
    assert problems(result) == [(5, "réponse « Vrai » absente des choix « Oui » et « Non »")]


@pytest.mark.parametrize(
    "choices", ["Vrai", "Vrai / Faux / Je ne sais pas", "Vrai / ", "Oui / oui"]
)
def test_choices_must_be_two_labels(write_deck, choices: str) -> None:
    text = f"titre : T\n[q]\nénoncé : e\nchoix : {choices}\nréponse : Vrai\nexplication : x\n"
    result = load_quiz(write_deck, text)
    assert problems(result) == [(4, messages.bad_choices(choices.strip()))]
    assert messages.bad_choices("A").startswith("choix « A » : il faut exactement deux réponses")


def test_unknown_key(write_deck) -> None:
    text = (
        "titre : T\n[q]\nénoncé : e\nindice : facile\n  suite ignorée\n"
        "réponse : Vrai\nexplication : x\n"
    )
    result = load_quiz(write_deck, text)
    assert problems(result) == [
        (4, f"clé inconnue « indice » : utilisez {messages.QUESTION_KEYS}")
    ]
    assert len(questions(result)) == 1  # the question itself is fine


def test_text_outside_a_question(write_deck) -> None:
    text = "titre : T\nUne phrase perdue.\nénoncé : avant toute question\n" + QUESTION
    result = load_quiz(write_deck, text)
    message = (
        "texte en dehors d’une question : commencez chaque question par une ligne [identifiant]"
    )
    assert problems(result) == [(2, message), (3, message)]
    assert len(questions(result)) == 1


def test_line_without_key_inside_a_question(write_deck) -> None:
    text = "titre : T\n[q]\nénoncé : e\nune suite sans retrait\nréponse : Vrai\nexplication : x\n"
    result = load_quiz(write_deck, text)
    assert problems(result) == [(4, messages.line_without_key("une suite sans retrait"))]


def test_title_inside_questions_and_repeated_keys(write_deck) -> None:
    text = "titre : T\ntitre : U\n" + QUESTION + "titre : V\nréponse : Vrai\n"
    result = load_quiz(write_deck, text)
    assert problems(result) == [
        (2, "clé « titre » en double"),
        (9, "la clé « titre » se place en tête du fichier, avant la première question"),
        (10, "clé « réponse » en double dans la question « industrie »"),
    ]
    assert questions(result)[0].answer == "Faux"


def test_invalid_question_id(write_deck) -> None:
    result = load_quiz(write_deck, "titre : T\n" + QUESTION.replace("[industrie]", "[Énergie 2]"))
    assert problems(result) == [(2, messages.invalid_id("Énergie 2"))]
    assert quiz_sets(result) == ()


def test_text_after_section_header(write_deck) -> None:
    result = load_quiz(write_deck, "titre : T\n" + QUESTION.replace("[industrie]", "[industrie] x"))
    assert problems(result) == [(2, messages.TEXT_AFTER_SECTION)]


def test_duplicate_question_id_in_one_file(write_deck) -> None:
    result = load_quiz(write_deck, "titre : T\n" + QUESTION + QUESTION)
    assert problems(result) == [(8, "identifiant en double « industrie » : déjà utilisé ligne 2")]
    assert len(questions(result)) == 1


def test_duplicate_question_id_across_files(write_deck) -> None:
    quizzes = {"quiz.txt": "titre : A\n" + QUESTION, "quiz-plus.txt": "titre : B\n" + QUESTION}
    deck = write_deck(SLIDES, quizzes=quizzes)
    result = load_deck(deck)
    assert [(p.path, p.line, p.message) for p in result.problems] == [
        (
            str(deck / "quiz-plus.txt"),
            2,
            "identifiant en double « industrie » : déjà utilisé dans quiz.txt, ligne 2",
        )
    ]
    # quiz.txt comes first and keeps the question; quiz-plus.txt is left without any.
    assert [s.id for s in quiz_sets(result)] == ["quiz"]


def test_unknown_slide_reference_keeps_the_question_without_link(write_deck) -> None:
    result = load_quiz(write_deck, "titre : T\n" + QUESTION.replace(": un-cmq", ": carte"))
    assert problems(result) == [
        (5, "la diapositive « carte » n’existe pas : écrivez l’@id d’une diapositive")
    ]
    (question,) = questions(result)
    assert question.slide_id is None
