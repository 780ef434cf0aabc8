"""Issue 11 in the real window: back to the start screen from anywhere, a reminder of the
answer keys, redo-round results that keep the first score, messages that fit the line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from cmq_desktop.quiz.results_text import message, page_indicator, score_message
from cmq_desktop.quiz.screens import ResultsScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.key_reminder import KeyReminder
from cmq_desktop.ui.results_painter import MARGIN, card_text
from tests.ui.helpers import answer_key, modal_box, to_quiz
from tests.ui.ocr import ocr_available, read_widget, shows

K = Qt.Key


def leave_quiz(qtbot) -> None:
    """Answer « Revenir à l’accueil » to the question Esc or Home asks mid-quiz."""
    box = modal_box(qtbot)
    next(b for b in box.buttons() if b.text() == "Revenir à l’accueil").click()


def test_escape_in_a_window_goes_home_from_slides_and_quiz(qtbot, app_window) -> None:
    window = app_window.window
    qtbot.keyClick(window, K.Key_Right)
    qtbot.keyClick(window, K.Key_Right)
    assert window.stack.currentWidget() is window.slide_view
    qtbot.keyClick(window, K.Key_Escape)
    assert window.stack.currentWidget() is window.start_view
    to_quiz(qtbot, app_window)
    qtbot.keyClick(window, K.Key_Escape)
    leave_quiz(qtbot)  # mid-quiz it asks first (tests/ui/test_leave_quiz_confirm.py)
    assert window.stack.currentWidget() is window.start_view


def test_escape_in_fullscreen_only_leaves_fullscreen(qtbot, app_window) -> None:
    window = app_window.window
    qtbot.keyClick(window, K.Key_Right)
    qtbot.keyClick(window, K.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, K.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.stack.currentWidget() is window.slide_view  # still where it was


def test_home_on_the_quiz_and_a_on_a_slide(qtbot, app_window) -> None:
    window = app_window.window
    to_quiz(qtbot, app_window)
    qtbot.keyClick(window, K.Key_Home)
    leave_quiz(qtbot)
    assert window.stack.currentWidget() is window.start_view
    qtbot.keyClick(window, K.Key_Right)
    qtbot.keyClick(window, K.Key_Right)
    qtbot.keyClick(window, K.Key_A)
    assert window.stack.currentWidget() is window.start_view


def test_right_click_menu_goes_home(qtbot, app_window) -> None:
    window = app_window.window
    to_quiz(qtbot, app_window)
    texts = [action.text() for action in window.actions()]
    assert "Accueil\tÉchap" in texts
    home = next(action for action in window.actions() if action.text() == "Accueil\tÉchap")
    home.trigger()
    leave_quiz(qtbot)
    assert window.stack.currentWidget() is window.start_view


def test_a_key_that_answers_nothing_shows_which_keys_answer(qtbot, app_window) -> None:
    window = app_window.window
    to_quiz(qtbot, app_window)
    view = window.question_view
    question = view.screen_model.question
    assert question.labels == ("Vrai", "Faux")
    reminders = view.findChildren(KeyReminder)
    assert reminders == []
    qtbot.keyClick(window, K.Key_O)  # Oui/Non habits on a Vrai/Faux question
    (reminder,) = view.findChildren(KeyReminder)
    assert reminder.isVisible()
    assert reminder.text.startswith("«\u00a0O\u00a0» ne répond pas ici")
    assert view.screen_model.chosen_index is None  # nothing was answered
    assert view.rect().contains(reminder.geometry())
    for button in view.answer_buttons:
        assert not reminder.geometry().intersects(button.geometry())
    if ocr_available():
        seen = read_widget(view)
        assert shows(seen, "O ne répond pas ici : V ou 1 pour Vrai, F ou 2 pour Faux"), seen
    qtbot.keyClick(window, answer_key(question, right=True))
    assert view.screen_model.answered and not reminder.isVisible()


def test_redo_round_results_keep_the_first_score_and_numbers(qtbot, app_window) -> None:
    window = app_window.window
    to_quiz(qtbot, app_window)
    questions = app_window.lesson.quiz_set.questions
    wrong = {3, 5}
    for number, question in enumerate(questions, start=1):
        qtbot.keyClick(window, answer_key(question, right=number not in wrong))
        qtbot.keyClick(window, K.Key_Space)
    results = window.results_view
    first_score = len(questions) - len(wrong)
    assert results.score == first_score
    qtbot.keyClick(window, K.Key_E)
    for question in (questions[2], questions[4]):
        qtbot.keyClick(window, answer_key(question, right=True))
        qtbot.keyClick(window, K.Key_Space)
    assert window.stack.currentWidget() is results
    assert (results.score, results.total) == (2, 2)
    assert results.accessibleName() == "Erreurs refaites : 2 sur 2"
    numbers = [card_text(card).split(".")[0] for card in results.picture.cards]
    assert numbers == ["3", "5"]  # the questions' numbers as first played
    if ocr_available():
        seen = read_widget(results)
        expected = f"Erreurs refaites 2 / 2 Premier essai : {first_score} / {len(questions)}"
        assert shows(seen, expected), seen


@pytest.mark.parametrize("total", [1, 2, 3, 5, 6, 10, 12, 25, 40])
def test_every_message_leaves_room_for_the_page_indicator(total: int) -> None:
    """The message shares its line with "Page 2 sur 3 · Page suivante : ↓" (right), or on
    the last page "Page 3 sur 3 · Page précédente : ↑"."""
    room = theme.CANVAS_WIDTH - 2 * MARGIN
    indicator = max(
        QFontMetricsF(theme.font(30)).horizontalAdvance(page_indicator(page, 10))
        for page in range(10)
    )
    metrics = QFontMetricsF(theme.font(40))
    texts = [score_message(score, total) for score in range(total + 1)]
    for score in range(total + 1):
        redo = ResultsScreen("Quiz", (), score, total, earlier_rounds=((0, 40),))
        texts.append(message(redo))
    for text in texts:
        assert metrics.horizontalAdvance(text) + 40 + indicator <= room, text


def test_the_last_results_page_points_back_not_to_a_next_page(qtbot, app_window) -> None:
    window = app_window.window
    to_quiz(qtbot, app_window)
    questions = app_window.lesson.quiz_set.questions
    for question in questions:  # all wrong: one card per question, several pages
        qtbot.keyClick(window, answer_key(question, right=False))
        qtbot.keyClick(window, K.Key_Space)
    results = window.results_view
    assert window.stack.currentWidget() is results and results.page_count >= 2
    last = results.page_count
    assert f"Page 1 sur {last} · Page suivante\u00a0: ↓" in results.accessibleDescription()
    for _ in range(last):
        qtbot.keyClick(window, K.Key_Down)
    description = results.accessibleDescription()
    assert f"Page {last} sur {last} · Page précédente\u00a0: ↑" in description
    assert "Page suivante" not in description
    if ocr_available():
        seen = read_widget(results)
        assert shows(seen, f"Page {last} sur {last} Page précédente"), seen
        assert "suivante" not in seen
