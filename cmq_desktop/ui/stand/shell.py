"""The Stand's Qt shell: shows the kiosk's state, feeds it keys, taps and time, counts
the visitors, and guards the staff panel behind the PIN.

The decisions are the pure kiosk's (``modes/stand_kiosk.py``) and the Stand's key table
(``modes/stand.py``); the statistics are ``cmq_desktop.stats``. The views observe the
kiosk's lesson through one ``LessonModel``, which writes the ``screen`` log lines support
and end-to-end tests read (the staff's screens through ``LessonModel.cover``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from cmq_desktop.content.model import Deck
from cmq_desktop.i18n import translate
from cmq_desktop.modes.stand import KEYS, STAFF_KEY
from cmq_desktop.modes.stand_kiosk import KioskState, StandKiosk
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.events import AnswerGiven
from cmq_desktop.quiz.screens import LessonState, QuestionScreen
from cmq_desktop.quiz.visitor_run import AttractScreen, StandScoreScreen
from cmq_desktop.stand.settings import StandSettings, parse_settings
from cmq_desktop.stats.engine_link import record_lesson
from cmq_desktop.stats.store import StatsStore
from cmq_desktop.ui.key_names import key_name
from cmq_desktop.ui.lesson_model import LessonModel
from cmq_desktop.ui.slide_renderer import SlideRenderer
from cmq_desktop.ui.stand.attract_view import AttractView
from cmq_desktop.ui.stand.backends import kiosk_settings
from cmq_desktop.ui.stand.countdown_overlay import CountdownOverlay
from cmq_desktop.ui.stand.kiosk_window import KioskWindow
from cmq_desktop.ui.stand.pin_keypad import PinKeypad
from cmq_desktop.ui.stand.question_view import VisitorQuestionView
from cmq_desktop.ui.stand.score_view import ScoreView
from cmq_desktop.ui.stand.staff_access import StaffAccess
from cmq_desktop.ui.stand.staff_panel import StaffPanel

log = logging.getLogger("cmq_desktop.ui.stand")

TICK_MS = 250
STAFF_IDLE_SECONDS = 180.0  # an open keypad or panel left alone goes back to the visitors


class SettingsStore(Protocol):
    warnings: list[str]

    def load(self) -> StandSettings: ...

    def save(self, settings: StandSettings) -> str | None:
        """A French error, or None when saved."""
        ...


class StandShell(QObject):
    quit_requested = Signal()  # staff chose "Quitter le stand": the window is closed

    def __init__(
        self,
        deck: Deck,
        store: StatsStore,
        access: StaffAccess,
        settings: SettingsStore,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.deck, self.store, self.access, self.settings_store = deck, store, access, settings
        self._clock = clock
        self.kiosk = StandKiosk(deck, kiosk_settings(settings.load()), clock)
        self._unsubscribe = record_lesson(store, self.kiosk)
        self.model = LessonModel(self.kiosk.lesson, self)
        self.kiosk.lesson_replaced.connect(self.model.set_lesson)
        self.kiosk.answer_given.connect(self._beep)
        self.window = KioskWindow()
        self.attract = AttractView(SlideRenderer())
        self.question = VisitorQuestionView()
        self.score = ScoreView()
        self.keypad = PinKeypad()
        self.panel = StaffPanel()
        for view in (self.attract, self.question, self.score, self.keypad, self.panel):
            self.window.add_view(view)
        self.overlay = CountdownOverlay(self.window)
        self._staff_since = 0.0
        self._wire()
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _wire(self) -> None:
        kiosk = self.kiosk
        self.attract.start_requested.connect(lambda: self._do(Action(Intent.START_QUIZ)))
        self.question.answer_chosen.connect(lambda i: self._do(Action(Intent.ANSWER, i)))
        self.question.next_requested.connect(lambda: self._do(Action(Intent.NEXT)))
        self.score.replay_requested.connect(lambda: self._do(Action(Intent.RESTART_SHUFFLED)))
        self.score.done_requested.connect(lambda: self._do(Action(Intent.HOME)))
        self.overlay.still_here.connect(kiosk.touch)
        self.model.state_changed.connect(self._show)
        kiosk.changed.connect(self._show_countdown)
        self.window.key_pressed.connect(self._key)
        self.window.corner_held.connect(self.open_staff_access)
        self.keypad.submitted.connect(self._pin_submitted)
        self.keypad.cancelled.connect(self.back_to_visitors)
        self.panel.back_requested.connect(self.back_to_visitors)
        self.panel.quit_requested.connect(self.quit)
        self.panel.settings_saved.connect(self._save_settings)
        self.panel.reset_requested.connect(self._reset_stats)
        self.panel.export_requested.connect(self._export)
        self.panel.display_requested.connect(self._display_settings)
        self.access.changed.connect(self._access_changed)

    def start(self) -> None:
        """Show the window; first the PIN set-up if staff never chose one."""
        self.window.enforce_fullscreen()
        self.window.show()
        if self.access.needs_setup:
            self._enter_staff("STAND_PIN_SETUP")
            self.access.begin_setup()
        else:
            self.model.announce()
        self.timer.start()

    # The visitors' side ----------------------------------------------------------------

    @property
    def staff_open(self) -> bool:
        return self.window.stack.currentWidget() in (self.keypad, self.panel)

    def _do(self, action: Action) -> None:
        if self.staff_open:
            return
        try:
            self.kiosk.dispatch(action)
        except Exception:  # never a traceback on a stand: log it, start again
            log.exception("stand: error while handling %s; back to the attract loop", action)
            self.kiosk.restart()

    def _key(self, event: QKeyEvent) -> None:
        name = key_name(event)
        if self.staff_open:
            if name == STAFF_KEY:  # already where it leads
                return
            self._staff_since = self._clock()
            self.keypad.keyPressEvent(event)
            return
        if event.isAutoRepeat() and name != "Ctrl+Alt+S":
            # A key held down (leaned on, a child's game) answers nothing and skips no
            # feedback: only fresh presses count; it still says someone is here.
            self.kiosk.touch()
            return
        action = KEYS.action_for(LessonState(self.kiosk.state.screen), name)
        if action is not None and action.intent is Intent.STAFF:
            self.open_staff_access()
        elif action is not None:
            self._do(action)
        elif name:
            self.kiosk.touch()  # a key that means nothing here still says "someone is here"

    def _tick(self) -> None:
        try:
            self._advance_time()
        except Exception:  # never a traceback on a stand: log it, start again
            log.exception("stand: error while time passed; back to the attract loop")
            self.kiosk.restart()
            self.back_to_visitors()

    def _advance_time(self) -> None:
        if self.staff_open:
            if (
                self._clock() - self._staff_since >= STAFF_IDLE_SECONDS
                and not self.access.needs_setup
            ):
                self.back_to_visitors()
            else:
                self.access.tick()
            return
        self.kiosk.tick()

    def _show(self, state: LessonState) -> None:
        if self.staff_open:
            return
        screen = state.screen
        if isinstance(screen, AttractScreen):
            self.attract.show_screen(screen)
            self.window.show_view(self.attract)
        elif isinstance(screen, QuestionScreen):
            self.question.show_screen(screen)
            self.window.show_view(self.question)
        elif isinstance(screen, StandScoreScreen):
            self.score.show_screen(screen)
            self.window.show_view(self.score)

    def _show_countdown(self, state: KioskState) -> None:
        if self.staff_open:
            return
        if state.countdown is not None and not self.overlay.isVisible():
            log.info("stand: idle countdown shown")
        self.overlay.show_seconds(state.countdown)

    def _beep(self, event: AnswerGiven) -> None:
        if self.kiosk.settings.sound:
            QApplication.beep()

    # The staff's side ------------------------------------------------------------------

    def open_staff_access(self) -> None:
        if self.staff_open:
            return
        self.kiosk.reset()  # the visitor's run ends: nothing of it behind the panel
        self._enter_staff("STAND_PIN")
        self.access.begin_check()

    def _enter_staff(self, line: str) -> None:
        self.overlay.show_seconds(None)
        self._staff_since = self._clock()
        self.window.keys_to_widgets = False
        self.window.show_view(self.keypad)
        self.model.cover(line)

    def _access_changed(self) -> None:
        prompt = self.access.prompt
        if prompt.granted:
            self._open_panel()
            return
        if prompt.done:
            self.back_to_visitors()
            return
        if prompt.fresh:
            self.keypad.ask(translate("staff", prompt.title), prompt.message, prompt.can_cancel)
        self.keypad.set_message(prompt.message, prompt.error)
        self.keypad.set_locked(prompt.locked)

    def _pin_submitted(self, digits: str) -> None:
        self._staff_since = self._clock()
        self.access.submit(digits)

    def _open_panel(self) -> None:
        self.panel.show_settings(self.settings_store.load(), self.deck.quiz_sets)
        self._refresh_stats()
        self.window.keys_to_widgets = True
        self.window.show_view(self.panel)
        self.model.cover("STAND_STAFF")

    def _refresh_stats(self) -> None:
        today = time.strftime("%Y-%m-%d")
        warnings = (
            *self.store.status().warnings,
            *getattr(self.access.backend, "warnings", ()),
            *self.settings_store.warnings,
        )
        from cmq_desktop.stats.report import statements_of

        statements = statements_of(self.deck.quiz_sets)
        self.panel.show_stats(
            self.store.summary(), self.store.summary(today), warnings, statements
        )

    def back_to_visitors(self) -> None:
        self.window.keys_to_widgets = False
        self.window.setFocus()
        self.window.show_view(self.attract)
        self.kiosk.reset()
        self.model.uncover()  # names and shows the lesson's screen again
        self._show_countdown(self.kiosk.state)

    def _save_settings(self, fields: dict[str, object]) -> None:
        settings, problems = parse_settings(fields, self.settings_store.load())
        if problems:
            self.panel.set_status("\n".join(problems), error=True)
            return
        error = self.settings_store.save(settings)
        self.kiosk.apply_settings(kiosk_settings(settings))
        if error is not None:
            self.panel.set_status(
                translate("staff", "{error} Les réglages valent jusqu’à l’arrêt.").format(
                    error=error
                ),
                error=True,
            )
        else:
            self.panel.set_status(
                translate(
                    "staff", "Réglages enregistrés\u00a0: ils valent dès le prochain visiteur."
                )
            )

    def _display_settings(self) -> None:
        from cmq_desktop.ui.display_dialog import open_display_dialog

        self.display_dialog = open_display_dialog(self.window)
        # Reduced motion holds the attract loop on one slide: the kiosk hears it now.
        self.display_dialog.chosen.connect(
            lambda _s: self.kiosk.apply_settings(kiosk_settings(self.settings_store.load()))
        )
        self.display_dialog.chosen.connect(lambda _s: self.panel.restyle())

    def _reset_stats(self) -> None:
        kept = self.store.reset()
        self._refresh_stats()
        where = translate("staff", " Une copie est gardée\u00a0: {file}").format(file=kept)
        self.panel.set_status(
            translate("staff", "Statistiques remises à zéro.") + (where if kept else "")
        )
        log.info("stand: statistics reset by staff")

    def _export(self) -> None:
        from cmq_desktop.stats.report import statements_of
        from cmq_desktop.ui.stand.export import export_csv

        statements = statements_of(self.deck.quiz_sets)
        self.export_dialog = export_csv(self.window, self.store, statements, self.panel.set_status)

    def quit(self) -> None:
        log.info("stand: quit from the staff panel")
        self.timer.stop()
        self._unsubscribe()
        self.store.close()
        self.window.close_for_good()
        self.quit_requested.emit()
