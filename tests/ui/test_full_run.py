"""A pupil's whole session, driven with real key presses and clicks on the real window."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt

from cmq_desktop.ui import theme
from cmq_desktop.ui.buttons import FOCUS_COLOUR
from cmq_desktop.ui.key_reminder import KeyReminder
from cmq_desktop.ui.question_painter import FEEDBACK_PANEL, answer_sentence, feedback_heading
from cmq_desktop.ui.results_painter import card_text
from tests.ui.helpers import answer_key, close_to, pixel, pixel_at
from tests.ui.ocr import read_widget, shows

K = Qt.Key


def _feedback_colour(app_window):
    view = app_window.window.question_view
    point = view.to_widget(
        QRectF(FEEDBACK_PANEL.x() + 40, FEEDBACK_PANEL.y() + 300, 1, 1)
    ).topLeft()
    return pixel(view, point)


def _walk_slides_to_quiz(qtbot, app_window) -> None:
    window = app_window.window
    deck = app_window.lesson.deck
    assert window.stack.currentWidget() is window.start_view
    qtbot.keyClick(window, K.Key_Right)
    for number, slide in enumerate(deck.slides, start=1):
        assert window.stack.currentWidget() is window.slide_view
        assert window.slide_view.slide == slide
        assert window.slide_view.accessibleName().startswith(
            f"Diapositive {number} sur {len(deck.slides)}"
        )
        qtbot.keyClick(window, K.Key_PageDown)  # what a clicker remote sends
    assert window.stack.currentWidget() is window.question_view


def _play_quiz(qtbot, app_window, right: bool, read_back: int = 0) -> None:
    """Answer every question (all right or all wrong); the first ``read_back`` questions'
    screens are read back from their pixels with OCR (a second or two each)."""
    window = app_window.window
    view = window.question_view
    questions = app_window.lesson.quiz_set.questions
    for number, question in enumerate(questions, start=1):
        assert view.screen_model.question == question
        assert view.spoken_text()[:2] == [
            f"Question {number} sur {len(questions)}",
            question.statement,
        ]
        assert [b.text() for b in view.answer_buttons] == list(question.labels)
        reading = number <= read_back
        if reading:
            seen = read_widget(view)
            assert shows(seen, f"Question {number} sur {len(questions)}"), seen
            assert shows(seen, question.statement), seen
        qtbot.keyClick(window, answer_key(question, right))
        chosen = question.labels[question.answer_index if right else 1 - question.answer_index]
        assert view.spoken_text()[2:] == [
            feedback_heading(right),
            f"Votre réponse\u00a0: «\u00a0{chosen}\u00a0».",
            answer_sentence(question),
            question.explanation,
        ]
        if reading:
            seen = read_widget(view)
            for text in (feedback_heading(right), answer_sentence(question)):
                assert shows(seen, text), (text, seen)
            assert shows(seen, question.explanation, ratio=0.8), seen
        expected = theme.RIGHT_LIGHT if right else theme.WRONG_LIGHT
        assert close_to(_feedback_colour(app_window), expected)
        assert view.next_button.isVisible()
        qtbot.keyClick(window, K.Key_Space)
    assert window.stack.currentWidget() is window.results_view


def test_slides_forward_and_back(qtbot, app_window) -> None:
    window = app_window.window
    deck = app_window.lesson.deck
    qtbot.mouseClick(window.start_view.start_button, Qt.MouseButton.LeftButton)
    assert window.slide_view.slide == deck.slides[0]
    qtbot.keyClick(window, K.Key_Right)
    qtbot.keyClick(window, K.Key_Right)
    assert window.slide_view.slide == deck.slides[2]
    qtbot.keyClick(window, K.Key_Left)
    assert window.slide_view.slide == deck.slides[1]
    qtbot.keyClick(window, K.Key_PageUp)
    qtbot.keyClick(window, K.Key_Backspace)
    assert window.stack.currentWidget() is window.start_view


def test_all_right_run(qtbot, app_window) -> None:
    _walk_slides_to_quiz(qtbot, app_window)
    _play_quiz(qtbot, app_window, right=True, read_back=2)
    results = app_window.window.results_view
    total = len(app_window.lesson.quiz_set.questions)
    assert (results.score, results.total) == (total, total)
    assert results.accessibleName() == f"Résultats : {total} sur {total}"
    assert not results.retry_button.isVisible()
    assert all("Bonne réponse" in card_text(card) for card in results.picture.cards)
    seen = read_widget(results)
    assert shows(seen, f"Résultats {total} / {total} Bravo, tout est juste !"), seen


def test_all_wrong_run_then_redo_mistakes(qtbot, app_window) -> None:
    window = app_window.window
    _walk_slides_to_quiz(qtbot, app_window)
    _play_quiz(qtbot, app_window, right=False, read_back=2)
    results = window.results_view
    questions = app_window.lesson.quiz_set.questions
    assert results.score == 0
    for card, question in zip(results.picture.cards, questions, strict=True):
        text = card_text(card)
        assert "Erreur" in text and question.explanation.split()[0] in text
        assert f"Votre réponse : {question.labels[1 - question.answer_index]}" in text
    assert results.retry_button.isVisible()
    qtbot.mouseClick(results.retry_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.question_view
    assert window.question_view.screen_model.total == len(questions)
    _play_quiz(qtbot, app_window, right=True)
    assert results.score == len(questions)


def test_answer_buttons_by_click_and_other_keys(qtbot, app_window) -> None:
    window = app_window.window
    qtbot.mouseClick(window.start_view.quiz_buttons[0], Qt.MouseButton.LeftButton)
    view = window.question_view
    question = view.screen_model.question
    qtbot.mouseClick(view.answer_buttons[question.answer_index], Qt.MouseButton.LeftButton)
    assert view.screen_model.correct
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    second = view.screen_model.question
    qtbot.keyClick(window, K.Key_1 if second.answer_index == 0 else K.Key_2)
    assert view.screen_model.correct
    qtbot.keyClick(window, K.Key_Return)
    third = view.screen_model.question
    qtbot.keyClick(window, K.Key_Left if third.answer_index == 1 else K.Key_Right)
    assert not view.screen_model.answered  # an arrow only chooses
    qtbot.keyClick(window, K.Key_Space)
    assert view.screen_model.answered and not view.screen_model.correct
    # A second answer to the same question is ignored.
    qtbot.keyClick(window, answer_key(third, right=True))
    assert not view.screen_model.correct


def test_review_slide_and_come_back(qtbot, app_window) -> None:
    window = app_window.window
    deck = app_window.lesson.deck
    qtbot.mouseClick(window.start_view.quiz_buttons[0], Qt.MouseButton.LeftButton)
    view = window.question_view
    question = view.screen_model.question
    qtbot.keyClick(window, answer_key(question, right=False))
    assert view.review_button.isVisible()
    qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.slide_view
    assert (
        window.slide_view.slide.id
        == question.slide_id
        == deck.slides[deck.slide_index(question.slide_id)].id
    )
    assert window.slide_view.back_button.isVisible()
    qtbot.keyClick(window, K.Key_Return)
    assert window.stack.currentWidget() is window.question_view
    assert view.screen_model.question == question and view.screen_model.answered
    qtbot.keyClick(window, K.Key_R)
    assert window.stack.currentWidget() is window.slide_view
    qtbot.mouseClick(window.slide_view.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.question_view


def test_restart_shuffled_changes_the_order(qtbot, app_window) -> None:
    window = app_window.window
    qtbot.mouseClick(window.start_view.quiz_buttons[0], Qt.MouseButton.LeftButton)
    _play_quiz(qtbot, app_window, right=True)
    original = [q.id for q in app_window.lesson.quiz_set.questions]
    qtbot.keyClick(window, K.Key_M)
    session = app_window.lesson.activity.session
    assert sorted(q.id for q in session.questions) == sorted(original)
    assert [q.id for q in session.questions] != original
    assert window.question_view.screen_model.number == 1
    qtbot.keyClick(window, K.Key_A)  # not an answer key for Vrai/Faux or Oui/Non: ignored
    assert not window.question_view.screen_model.answered


def test_feedback_never_relies_on_colour_alone(qtbot, app_window) -> None:
    window = app_window.window
    qtbot.mouseClick(window.start_view.quiz_buttons[0], Qt.MouseButton.LeftButton)
    view = window.question_view
    question = view.screen_model.question
    qtbot.keyClick(window, answer_key(question, right=False))
    right_button = view.answer_buttons[question.answer_index]
    wrong_button = view.answer_buttons[1 - question.answer_index]
    assert (right_button.mark, wrong_button.mark) == (True, False)
    # The marks reach the pixels: a green disc on the right answer, a red one on the wrong.
    for button, colour in ((right_button, theme.RIGHT), (wrong_button, theme.WRONG)):
        image = button.grab().toImage()
        assert any(
            close_to(pixel_at(image, x, button.height() // 2), colour, tolerance=40)
            for x in range(button.width() // 3)
        )
    assert right_button.accessibleName().endswith("bonne réponse")
    assert view.spoken_text()[2] == "Mauvaise réponse"
    # The mark is drawn: the disc of the cross is red, at the left of the panel.
    mark = view.to_widget(QRectF(FEEDBACK_PANEL.x() + 110, FEEDBACK_PANEL.y() + 60, 1, 1)).topLeft()
    assert close_to(pixel(view, mark), theme.WRONG, tolerance=40)


def test_results_show_the_mistakes_first(qtbot, app_window) -> None:
    window = app_window.window
    qtbot.mouseClick(window.start_view.quiz_buttons[0], Qt.MouseButton.LeftButton)
    questions = app_window.lesson.quiz_set.questions
    for number, question in enumerate(questions, start=1):
        qtbot.keyClick(window, answer_key(question, right=number <= 2))
        qtbot.keyClick(window, K.Key_Space)
    cards = window.results_view.picture.cards
    assert [c.entry.record.correct for c in cards] == [False] * (len(questions) - 2) + [True] * 2
    # Each card keeps its question's number in the quiz.
    assert card_text(cards[0]).startswith("3. Erreur")
    assert card_text(cards[-2]).startswith("1. Bonne réponse")


def test_results_turn_pages_with_the_clicker(qtbot, app_window) -> None:
    window = app_window.window
    qtbot.mouseClick(window.start_view.quiz_buttons[0], Qt.MouseButton.LeftButton)
    for question in app_window.lesson.quiz_set.questions:
        qtbot.keyClick(window, answer_key(question, right=False))
        qtbot.keyClick(window, K.Key_PageDown)
    results = window.results_view
    assert results.page_count > 1  # six mistakes with explanations do not fit one page
    first = results.grab().toImage()
    first_words = results.accessibleDescription()
    qtbot.keyClick(window, K.Key_PageDown)
    assert results.page == 1 and results.accessibleDescription() != first_words
    assert results.grab().toImage() != first
    seen = read_widget(results)
    assert shows(seen, f"Page 2 sur {results.page_count}"), seen
    qtbot.keyClick(window, K.Key_PageUp)
    assert results.page == 0
    assert window.stack.currentWidget() is results  # turning pages never leaves the results


def test_arrows_choose_an_answer_with_a_visible_ring_and_never_answer(qtbot, app_window) -> None:
    """→ is also "next slide": pressed through the slides it used to answer "Faux"."""
    window = app_window.window
    qtbot.keyClick(window, K.Key_Right)
    for _ in app_window.lesson.deck.slides:
        qtbot.keyClick(window, K.Key_Right)  # the last → reaches the first question
    view = window.question_view
    assert window.stack.currentWidget() is view
    assert view.focused_answer is None and not view.screen_model.answered
    first, second = view.answer_buttons
    plain = second.grab().toImage()
    for _ in range(3):
        qtbot.keyClick(window, K.Key_Right)
    assert not view.screen_model.answered
    assert view.focused_answer == 1 and second.focused and not first.focused
    ringed = second.grab().toImage()
    corner = (6, ringed.height() // 2)  # on the button's left edge
    assert ringed.pixelColor(*corner) != plain.pixelColor(*corner)
    assert ringed.pixelColor(*corner).name() == FOCUS_COLOUR.name()
    qtbot.keyClick(window, K.Key_Left)
    assert view.focused_answer == 0 and first.focused and not second.focused
    qtbot.keyClick(window, K.Key_Return)
    assert view.screen_model.answered and view.screen_model.chosen_index == 0
    assert not first.focused  # the answered question shows its marks, no ring
    qtbot.keyClick(window, K.Key_Right)  # answered: → goes on
    assert view.screen_model.number == 2 and view.focused_answer is None


def test_enter_before_choosing_says_how_to_choose(qtbot, app_window) -> None:
    window = app_window.window
    qtbot.mouseClick(window.start_view.quiz_buttons[0], Qt.MouseButton.LeftButton)
    view = window.question_view
    qtbot.keyClick(window, K.Key_Space)
    assert not view.screen_model.answered
    reminder = view.findChild(KeyReminder)
    assert reminder is not None and reminder.isVisible()
    assert reminder.text.startswith("Choisissez avec ← ou →, puis Entrée")
