"""Wires the one-window shell: views' intents and keys go to the lesson, its state to the views.

The controller decides nothing about the quiz: keys become actions through the mode's
key table, clicks become actions directly, and each new ``LessonState`` picks the view
that shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from cmq_desktop.modes.base import Mode
from cmq_desktop.quiz.actions import SHELL_INTENTS, Action, Intent
from cmq_desktop.quiz.screens import (
    LessonState,
    QuestionScreen,
    ResultsScreen,
    SlideScreen,
    StartScreen,
)
from cmq_desktop.quiz.shortcuts import (
    answer_keys_reminder,
    choose_first_reminder,
    is_answer_attempt,
)
from cmq_desktop.ui.lesson_model import LessonModel
from cmq_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from cmq_desktop.ui.key_reminder import KeyReminder
    from cmq_desktop.ui.question_view import QuestionView
    from cmq_desktop.ui.results_view import ResultsView


class Controller(QObject):
    # Window matters the shell (Application) handles: help, open a deck, quit.
    shell_intent = Signal(object)

    def __init__(self, window: MainWindow, model: LessonModel, mode: Mode) -> None:
        super().__init__(window)
        self.window = window
        self.model = model
        self.mode = mode
        self._reminder: KeyReminder | None = None  # made on the first key that answers nothing
        self.leave_box: QMessageBox | None = None  # "Quitter le quiz ?", kept while open
        start, slides = window.start_view, window.slide_view
        start.start_requested.connect(lambda: self._do(Intent.START_PRESENTATION))
        start.quiz_requested.connect(lambda set_id: self._do(Intent.START_QUIZ, set_id))
        slides.next_requested.connect(lambda: self._do(Intent.NEXT))
        slides.previous_requested.connect(lambda: self._do(Intent.PREVIOUS))
        slides.back_to_quiz_requested.connect(lambda: self._do(Intent.BACK_TO_QUIZ))
        # The quiz views are built on first use, after the first frame.
        window.question_view_created.connect(self._wire_question_view)
        window.results_view_created.connect(self._wire_results_view)
        window.key_pressed.connect(self.handle_key)
        window.shell_intent.connect(self._shell)
        model.state_changed.connect(self.show_state)

    def _wire_question_view(self, view: QuestionView) -> None:
        view.answer_chosen.connect(lambda index: self._do(Intent.ANSWER, index))
        view.review_requested.connect(lambda: self._do(Intent.REVIEW_SLIDE))
        view.next_requested.connect(lambda: self._do(Intent.NEXT))

    def _wire_results_view(self, view: ResultsView) -> None:
        view.retry_wrong_requested.connect(lambda: self._do(Intent.RETRY_WRONG))
        view.restart_requested.connect(lambda: self._do(Intent.RESTART_SHUFFLED))
        view.home_requested.connect(lambda: self._do(Intent.HOME))

    def _do(self, intent: Intent, arg: int | str | None = None) -> None:
        self.model.dispatch(Action(intent, arg))

    def handle_key(self, name: str) -> None:
        action = self.mode.keys.action_for(self.model.state, name)
        if action is None:
            self._remind_answer_keys(name)
            return
        if action.intent is Intent.FOCUS_ANSWER:
            if self._reminder is not None:
                self._reminder.hide()  # the pupil found the arrows
            self.window.question_view.focus_answer(int(action.arg or 0))
        elif action.intent is Intent.ANSWER_FOCUSED:
            self._answer_focused()
        elif action.intent is Intent.HOME:
            self._home()
        elif action.intent in SHELL_INTENTS:
            self._shell(action.intent)
        else:
            self.model.dispatch(action)

    def _home(self) -> None:
        """Back to the start screen; in the middle of the quiz, after asking (the pupil's
        answers would be lost to a stray Esc)."""
        if isinstance(self.model.state.screen, QuestionScreen):
            from cmq_desktop.ui.leave_quiz import ask_leave_quiz  # only when asked

            self.leave_box = ask_leave_quiz(
                self.window, lambda: self.model.dispatch(Action(Intent.HOME))
            )
        else:
            self.model.dispatch(Action(Intent.HOME))

    def _answer_focused(self) -> None:
        """Enter or Space on a question: answer the one chosen with the arrows, or say how
        to choose (it never picks one by itself: a pupil going through with Space would
        answer without reading)."""
        view = self.window.question_view
        screen = self.model.state.screen
        if not isinstance(screen, QuestionScreen) or screen.answered:
            return
        if view.focused_answer is not None:
            self._do(Intent.ANSWER, view.focused_answer)
        else:
            self._reminder_banner().show_text(choose_first_reminder(screen.question.labels))

    def _reminder_banner(self) -> KeyReminder:
        if self._reminder is None:
            from cmq_desktop.ui.key_reminder import KeyReminder

            self._reminder = KeyReminder(self.window.question_view)
        return self._reminder

    def _remind_answer_keys(self, name: str) -> None:
        """A letter or digit that answers nothing on a question: say which keys answer."""
        screen = self.model.state.screen
        if isinstance(screen, QuestionScreen) and not screen.answered and is_answer_attempt(name):
            self._reminder_banner().show_text(answer_keys_reminder(screen.question.labels, name))

    def _shell(self, intent: Intent) -> None:
        window, policy = self.window, self.mode.window
        if intent is Intent.HOME:  # the right-click menu's Accueil
            self._home()
        elif intent not in SHELL_INTENTS:  # another lesson intent from the right-click menu
            self.model.dispatch(Action(intent))
        elif intent is Intent.LEAVE_FULLSCREEN and not window.isFullScreen() and policy.can_quit:
            # Escape in a window: back to the start screen, from the slides or the quiz
            # (not in a kiosk, whose visitors have no way out either).
            self._home()
        elif intent in (Intent.SCROLL_DOWN, Intent.SCROLL_UP):
            # Scrolling changes no lesson state: the results view keeps its own position.
            self.window.results_view.scroll_by_page(1 if intent is Intent.SCROLL_DOWN else -1)
        elif intent is Intent.TOGGLE_FULLSCREEN and policy.can_toggle_fullscreen:
            window.set_fullscreen(not window.isFullScreen())
        elif intent is Intent.LEAVE_FULLSCREEN and policy.can_toggle_fullscreen:
            window.set_fullscreen(False)
        else:
            self.shell_intent.emit(intent)

    def show_state(self, state: LessonState) -> None:
        window, screen = self.window, state.screen
        if self._reminder is not None:
            self._reminder.hide()
        if isinstance(screen, StartScreen):
            window.start_view.show_screen(screen)
            window.show_view(window.start_view)
        elif isinstance(screen, SlideScreen):
            slide_view = window.slide_view
            slide_view.show_screen(screen, neighbours=self._neighbours(screen))
            window.show_view(slide_view)
        elif isinstance(screen, QuestionScreen):
            window.question_view.show_screen(screen)
            window.show_view(window.question_view)
        elif isinstance(screen, ResultsScreen):
            window.results_view.show_screen(screen)
            window.show_view(window.results_view)

    def refresh(self, _settings: object = None) -> None:
        """Lay the current screen out again (a new text size or theme); no log line."""
        from cmq_desktop.ui.canvas import CanvasWidget

        for view in self.window.findChildren(CanvasWidget):
            view.relayout()
            view.update()
        self.show_state(self.model.state)

    def _neighbours(self, screen: SlideScreen) -> tuple[SlideScreen, ...]:
        """The slides either side, worth drawing ahead while the presenter talks."""
        slides = self.model.lesson.deck.slides
        index = screen.number - 1
        return tuple(
            SlideScreen(slides[i], i + 1, len(slides), screen.reviewing)
            for i in (index + 1, index - 1)
            if 0 <= i < len(slides)
        )
