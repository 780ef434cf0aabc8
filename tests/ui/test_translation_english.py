"""The interface in English (--lang en, or a deck with @langue: en): every screen of the
Entraînement mode is walked with the keys, and no French interface string is left in what
the widgets show or tell a screen reader, nor in the painted pixels (OCR). The deck's own
words stay as written."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from cmq_desktop import i18n
from cmq_desktop import i18n_tool as translations
from cmq_desktop.ui.app import Application, create_application
from cmq_desktop.ui.translations import use_language
from tests.ui.helpers import answer_key
from tests.ui.ocr import ocr_available, read_widget, shows, words

K = Qt.Key


def french_fragments() -> set[str]:
    """The words of every translated source string that its English translation does not
    share, in pieces long enough to be told apart from the deck's own French."""
    fragments = set()
    for message in translations.read(translations.catalogue("en")):
        english = message.translation or ""
        for piece in re.split(r"\{[^{}]*\}|\n|\t", message.source):
            piece = piece.strip(" .:;,!?\u00a0«»()")
            if len(piece) >= 8 and piece not in english:
                fragments.add(piece)
    return fragments


def texts_of(root: QWidget) -> list[str]:
    """What the widgets show and say: labels, buttons, tooltips, accessible names and
    descriptions, window titles, actions."""
    found = [root.windowTitle(), root.accessibleName(), root.accessibleDescription()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) and not isinstance(widget, QAbstractButton):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    found += [action.text() for action in root.findChildren(QAction)]
    return [text for text in found if text]


def french_left(texts: list[str], deck_text: str) -> list[tuple[str, str]]:
    return [
        (fragment, text)
        for text in texts
        for fragment in FRENCH
        if fragment in text and fragment not in deck_text
    ]


FRENCH = french_fragments()


@pytest.fixture
def english_window(qtbot, default_deck) -> Iterator[Application]:
    app = create_application()
    use_language(app, "en")
    application = Application(default_deck)
    window = application.window
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield application
    window.close()
    use_language(app, "fr")
    QApplication.processEvents()


def _deck_text(application: Application) -> str:
    deck = application.lesson.deck
    parts = [deck.title]
    for slide in deck.slides:
        parts += [slide.title_text, slide.notes, repr(slide.blocks)]
    for quiz_set in deck.quiz_sets:
        parts.append(quiz_set.title)
        for q in quiz_set.questions:
            parts += [q.statement, q.explanation, *q.labels]
    return "\n".join(parts)


def test_every_entrainement_screen_is_english(qtbot, english_window) -> None:
    assert i18n.language() == "en"
    window = english_window.window
    deck_text = _deck_text(english_window)
    seen: list[str] = []

    def look() -> None:
        QApplication.processEvents()
        seen.extend(texts_of(window))

    look()  # the start screen
    assert "Start the presentation" in seen
    qtbot.keyClick(window, K.Key_Right)
    look()  # a slide
    assert any(text.startswith("Slide 1 of ") for text in seen)
    for _ in english_window.lesson.deck.slides:
        qtbot.keyClick(window, K.Key_PageDown)
    view = window.question_view
    look()  # a question, asked
    questions = english_window.lesson.quiz_set.questions
    qtbot.keyClick(window, K.Key_Z)  # answers nothing: the reminder of the answer keys
    look()
    qtbot.keyClick(window, answer_key(questions[0], right=False))
    look()  # answered, wrong
    assert view.spoken_text()[0] == f"Question 1 of {len(questions)}"
    assert "Wrong answer" in view.spoken_text()
    for question in questions[1:]:
        qtbot.keyClick(window, K.Key_Space)
        qtbot.keyClick(window, answer_key(question, right=True))
    qtbot.keyClick(window, K.Key_Space)
    assert window.stack.currentWidget() is window.results_view
    look()  # the results
    assert {"Redo my mistakes (E)", "Start again shuffled (M)", "Home (A)"} <= set(seen)
    english_window.show_help()
    box = english_window.help_box
    assert isinstance(box, QMessageBox)
    seen += texts_of(box)
    assert box.windowTitle() == "Keyboard shortcuts"
    box.close()
    # Qt's own dialogs follow: the Ctrl+O file dialog, with no French catalogue installed.
    qtbot.keyClick(window, K.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    dialog_texts = texts_of(dialog)
    dialog.reject()
    assert dialog.windowTitle() == "Open a presentation (presentation.md or .zip archive)"
    assert "&Look in:" in dialog_texts and "Cancel" in dialog_texts, dialog_texts
    assert "Presentations (presentation.md *.zip)" in dialog.nameFilters()
    seen += dialog_texts
    assert french_left(seen, deck_text) == []


@pytest.mark.skipif(not ocr_available(), reason="tesseract is not installed")
def test_painted_texts_are_english(qtbot, english_window) -> None:
    """What the painters draw (the start screen's hints, the question's feedback)."""
    window = english_window.window
    seen = read_widget(window.start_view)
    assert shows(seen, "or straight to the quiz"), seen
    assert words("directement") not in seen and words("Flèches") not in seen, seen
    qtbot.keyClick(window, K.Key_Right)
    for _ in english_window.lesson.deck.slides:
        qtbot.keyClick(window, K.Key_PageDown)
    question = english_window.lesson.quiz_set.questions[0]
    qtbot.keyClick(window, answer_key(question, right=True))
    seen = read_widget(window.question_view)
    assert shows(seen, "Right answer"), seen
    assert shows(seen, "Next question"), seen
    assert words("Bonne réponse") not in seen and words("suivante") not in seen, seen


def test_back_to_french_installs_no_catalogue_of_ours(qtbot, english_window) -> None:
    app = QApplication.instance()
    assert app is not None
    use_language(app, "fr")
    assert i18n.language() == "fr"
    assert i18n.translate("results", "Résultats") == "Résultats"
    assert QApplication.translate("results", "Résultats") == "Résultats"


STAFF = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_every_stand_screen_is_english(qtbot, default_deck, tmp_path, size) -> None:
    """A visit and the staff's panel, in English; every screen still fits the window."""
    from cmq_desktop.ui.stand.pin_keypad import VALIDATE
    from tests.ui.kiosk_helpers import make_shell

    deck_text = "\n".join(
        [
            q.statement + q.explanation + "".join(q.labels)
            for s in default_deck.quiz_sets
            for q in s.questions
        ]
    )
    seen: list[str] = []
    try:
        for shell, _clock in make_shell(qtbot, default_deck, tmp_path, size=size, language="en"):
            window = shell.window
            seen += texts_of(window)  # the attract loop
            assert shell.attract.accessibleName().startswith("Touch the screen")
            qtbot.keyClick(window, K.Key_Space)
            seen += texts_of(window)  # a question, asked
            for _ in range(3):
                qtbot.keyClick(window, K.Key_1)
                seen += texts_of(window)  # answered
                qtbot.keyClick(window, K.Key_Space)
            assert window.stack.currentWidget() is shell.score
            seen += texts_of(window)
            assert shell.score.spoken_text()[0] == "Your score"
            assert shell.score.replay_button.text() == "Play again"
            if ocr_available() and size == (1920, 1080):  # the painted words, read back
                painted = read_widget(shell.score)
                assert shows(painted, "Your score") and shows(
                    painted, "scan this code with your phone"
                ), painted
                assert words("Votre score") not in painted, painted
            qtbot.keyClick(window, K.Key_S, STAFF)
            seen += texts_of(window)  # the keypad
            for digit in "1111":
                shell.keypad.keys[digit].click()
            shell.keypad.keys[VALIDATE].click()
            assert shell.keypad.message.text() == "Wrong code."
            for digit in "2468":
                shell.keypad.keys[digit].click()
            shell.keypad.keys[VALIDATE].click()
            assert window.stack.currentWidget() is shell.panel
            seen += texts_of(window)
            assert "1 started, 1 finished" in shell.panel.summary.text()
            for view in (shell.attract, shell.question, shell.score, shell.keypad, shell.panel):
                hint = view.minimumSizeHint()
                assert hint.width() <= size[0] and hint.height() <= size[1], (view, hint)
    finally:
        app = QApplication.instance()
        assert app is not None
        use_language(app, "fr")
    assert french_left(seen, deck_text) == []


def test_every_classe_step_is_english(qtbot, default_deck, tmp_path) -> None:
    """Every step of a Classe lesson with teams (slides, each question shown, locked and
    revealed, standings, podium, class results): the console's widgets and what the
    projection shows, in English."""
    from dataclasses import replace

    from PySide6.QtCore import QSize

    from cmq_desktop.quiz.class_screens import AnswerEntry
    from cmq_desktop.ui.classe.class_painter import shown_text
    from cmq_desktop.ui.classe.render_classe import ClasseExporter
    from cmq_desktop.ui.classe.settings_store import load_settings

    seen: list[str] = []

    class Watching(ClasseExporter):
        def _save(self, state) -> None:  # type: ignore[no-untyped-def]
            super()._save(state)
            seen.extend(texts_of(self.console))
            seen.extend(shown_text(state.screen))

    app = create_application()
    use_language(app, "en")
    try:
        settings = replace(load_settings(), entry=AnswerEntry.TEAMS)
        exporter = Watching(default_deck, tmp_path, QSize(640, 360), QSize(1024, 768), settings)
        exporter.export_all()
        exporter.console.close()
    finally:
        use_language(app, "fr")
    deck_text = "\n".join(
        [s.notes + s.title_text + repr(s.blocks) for s in default_deck.slides]
        + [
            q.statement + q.explanation + "".join(q.labels)
            for s in default_deck.quiz_sets
            for q in s.questions
        ]
    )
    assert {"Answers locked", "Podium", "Standings · after question 1 / 6"} <= set(seen), seen
    assert any("Team 1" in text for text in seen), seen
    assert french_left(seen, deck_text) == []
