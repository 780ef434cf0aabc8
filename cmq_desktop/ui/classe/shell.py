"""Classe's shell: one lesson, two windows (audience on the projector, console on the
laptop), the clicker's keys from either window, screens plugged in or out while running.

It only wires things: the pure ``Lesson``/``ClassRound`` decide, ``ClasseKeys`` reads
keys, ``screen_placement.place`` says which window goes where.
"""

from __future__ import annotations

import logging
import random
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from cmq_desktop.content.model import Deck
from cmq_desktop.i18n import translate
from cmq_desktop.modes.classe import ClasseKeys, refused
from cmq_desktop.modes.classe_settings import ClasseSettings, next_scale
from cmq_desktop.modes.screen_placement import Placement, ScreenInfo, place, swapped
from cmq_desktop.quiz.actions import SHELL_INTENTS, Action, Intent
from cmq_desktop.quiz.class_round import ClassRound
from cmq_desktop.quiz.lesson import Lesson
from cmq_desktop.quiz.navigator import Blackout
from cmq_desktop.quiz.screens import LessonState, SlideScreen, StartScreen
from cmq_desktop.ui import display
from cmq_desktop.ui.classe.audience import AudienceWindow
from cmq_desktop.ui.classe.audience_painter import AudiencePainter
from cmq_desktop.ui.classe.console import ConsoleWindow
from cmq_desktop.ui.classe.console_text import overlay_html
from cmq_desktop.ui.classe.keep_awake import KeepAwake
from cmq_desktop.ui.classe.overlays import HelpOverlay, NotesOverlay
from cmq_desktop.ui.classe.overview import OverviewGrid
from cmq_desktop.ui.classe.results_export import ResultsExport
from cmq_desktop.ui.classe.screens_ui import ScreenChooser, qscreen_named, screen_infos
from cmq_desktop.ui.classe.settings_dialog import SettingsDialog
from cmq_desktop.ui.classe.settings_store import load_settings, save_settings
from cmq_desktop.ui.crash_dialog import dialogs_enabled
from cmq_desktop.ui.key_names import key_name
from cmq_desktop.ui.lesson_model import LessonModel
from cmq_desktop.ui.slide_renderer import SlideRenderer
from cmq_desktop.ui.window_geometry import enter_fullscreen, leave_fullscreen

log = logging.getLogger("cmq_desktop.ui.classe")


class ClasseShell(QObject):
    def __init__(
        self,
        deck: Deck,
        settings: ClasseSettings | None = None,
        settings_file: Path | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__()
        self.settings_file = settings_file
        self.settings = settings if settings is not None else load_settings(settings_file)
        self.deck = deck
        self.renderer = SlideRenderer()
        # Each quiz run reads the settings of its start (the teacher may change them).
        self.lesson = Lesson(
            deck, lambda d, q, r: ClassRound(d, q, r, self.settings.round_settings()), rng
        )
        self.model = LessonModel(self.lesson, self)
        self.keys = ClasseKeys()
        self.audience = AudienceWindow(AudiencePainter(self.renderer, self.settings.text_scale))
        self.console = ConsoleWindow(AudiencePainter(self.renderer), self.settings.notes_size)
        display.changes().changed.connect(self.console.on_display_changed)
        self.overview = OverviewGrid(self.renderer)
        self.overview.slide_chosen.connect(self._go_to_slide)
        self.notes_overlay = NotesOverlay(self.audience)
        self.help_overlays: dict[QWidget, HelpOverlay] = {
            w: HelpOverlay(w) for w in (self.audience, self.console)
        }
        self.placement: Placement | None = None
        self.keep_awake = KeepAwake()
        self.quit_box: QMessageBox | None = None
        self.problems_box: QMessageBox | None = None
        self.chooser: ScreenChooser | None = None
        self.results_export = ResultsExport(
            self.console, lambda: self.model.state.screen, lambda: self.model.lesson.deck.title
        )
        self._closed = False
        self.model.state_changed.connect(self._show)
        for window in (self.audience, self.console):
            window.key_pressed.connect(self.handle_key_event)
            window.close_requested.connect(self.ask_quit)
        self.console.action_requested.connect(self.perform)
        self.console.notes_size_changed.connect(self._notes_size_changed)
        self.console.settings_requested.connect(self.open_settings)
        self.console.training_requested.connect(self.switch_to_training)
        self.console.set_quiz_sets([(s.id, s.title) for s in deck.quiz_sets if s.questions])
        self.settings_dialog: SettingsDialog | None = None
        self.display_dialog: QDialog | None = None  # "Affichage" (F2)
        self.audience.countdown_expired.connect(lambda: self.perform(Action(Intent.LOCK)))
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)
        for problem in self.settings.problems:
            log.warning("settings: %s", problem)
        if self.settings.problems:
            self.console.show_message(
                translate("settings", "Réglages\u00a0: {problems}").format(
                    problems="\u00a0; ".join(self.settings.problems)
                )
            )

    # Start and windows ----------------------------------------------------------------------

    def start(self, choose_screen: bool | None = None) -> None:
        """Place and show both windows, draw the first state, hold off display sleep."""
        self.place_windows()
        # The keyboard focus, even without a window manager (bare X session, Xvfb), once
        # the window is on screen: X refuses it to a window not mapped yet.
        self.audience.painted.connect(
            self.audience.activateWindow, Qt.ConnectionType.SingleShotConnection
        )
        # wakepy may talk to D-Bus: after the first frame, not before it.
        self.audience.painted.connect(
            lambda: QTimer.singleShot(0, self.keep_awake.start),
            Qt.ConnectionType.SingleShotConnection,
        )
        self.model.announce()
        infos = screen_infos()
        ask = dialogs_enabled() if choose_screen is None else choose_screen
        if ask and len(infos) >= 2:
            current = self.placement.audience.name if self.placement else ""
            self.chooser = ScreenChooser(infos, current, self.console)
            self.chooser.chosen.connect(self.set_audience_screen)
            self.chooser.open()

    @property
    def teacher_window(self) -> QWidget:
        """Where the teacher's overlays go: the console, or the audience with one screen."""
        if self.placement is not None and self.placement.single_screen:
            return self.audience
        return self.console

    def place_windows(self) -> None:
        infos = screen_infos()
        if not infos:
            return
        placement = place(infos, self.settings.audience_screen or None)
        self.placement = placement
        self._put(self.audience, placement.audience, fullscreen=True)
        self.console.set_audience_size(QSize(placement.audience.width, placement.audience.height))
        if placement.console is not None:
            self._put(self.console, placement.console, fullscreen=False)
            self.notes_overlay.hide()
        else:
            self.console.hide()
        self.overview.setParent(self.teacher_window)
        self.overview.hide()
        self._show_overview(self.model.state)
        log.info(
            "screens audience=%s console=%s",
            placement.audience.name,
            placement.console.name if placement.console else "-",
        )
        self.audience.activateWindow()

    @staticmethod
    def _put(window: QWidget, info: ScreenInfo, fullscreen: bool) -> None:
        screen: QScreen | None = qscreen_named(info.name)
        if screen is not None:
            window.setScreen(screen)
        area = QRect(info.x, info.y, info.width, info.height)
        if fullscreen:
            # Without a window manager showFullScreen() keeps the size: set it too.
            window.setGeometry(area)
            window.showFullScreen()
        else:
            available = screen.availableGeometry() if screen is not None else area
            window.showNormal()
            window.setGeometry(available)
            window.show()

    def _screens_changed(self, _screen: QScreen) -> None:
        # After Qt has moved the windows off a removed screen.
        QTimer.singleShot(0, self.place_windows)

    def set_audience_screen(self, name: str) -> None:
        self.settings = _replace(self.settings, audience_screen=name)
        self._save()
        self.place_windows()

    # Keys and intents -----------------------------------------------------------------------

    def handle_key_event(self, event: QKeyEvent) -> None:
        # A held key (a clicker button or Page Down kept down) may fly through the slides,
        # never through a question's shown, locked, revealed steps or the standings.
        if event.isAutoRepeat() and not isinstance(
            self.model.state.screen, (SlideScreen, StartScreen)
        ):
            return
        self.handle_key(key_name(event))

    def handle_key(self, name: str) -> None:
        if not name:
            return
        state = self.model.state
        helper = self.help_overlays[self.teacher_window]
        if helper.isVisible():
            helper.hide()
            # The keys that open the help or close things only close it (the key table's).
            meant = self.keys.table.action_for(state, name)
            if meant is not None and meant.intent in (Intent.HELP, Intent.LEAVE_FULLSCREEN):
                return
        if self.overview.isVisible() and self.overview.handle_key(name):
            return
        action = self.keys.action_for(state, name)
        self.console.show_buffer(self.keys.buffer.text)
        if self.notes_overlay.isVisible():
            self._refresh_overlay()  # one screen: the typed number shows there
        if action is not None:
            self.perform(action)

    def perform(self, action: Action) -> None:
        intent = action.intent
        if intent in SHELL_INTENTS:
            self._shell_intent(intent)
            return
        if not refused(self.model.state, action):
            self.model.dispatch(action)

    def _shell_intent(self, intent: Intent) -> None:
        if intent is Intent.DISPLAY_SETTINGS:  # F2: the same dialog as every mode's
            from cmq_desktop.ui.display_dialog import open_display_dialog

            self.display_dialog = open_display_dialog(self.teacher_window)
        elif intent is Intent.HELP:
            overlay = self.help_overlays[self.teacher_window]
            if overlay.isVisible():
                overlay.hide()
            else:
                overlay.open()
        elif intent is Intent.TOGGLE_NOTES:
            if (
                self.notes_overlay.isVisible()
                or not self.placement
                or not self.placement.single_screen
            ):
                self.notes_overlay.hide()
            else:
                self._refresh_overlay()
                self.notes_overlay.open()
        elif intent is Intent.SWAP_SCREENS and self.placement is not None:
            name = swapped(self.placement)
            if name is not None:
                self.set_audience_screen(name)
        elif intent in (Intent.TEXT_BIGGER, Intent.TEXT_SMALLER):
            step = 1 if intent is Intent.TEXT_BIGGER else -1
            scale = next_scale(self.settings.text_scale, step)
            self.settings = _replace(self.settings, text_scale=scale)
            self.audience.painter.text_scale = scale
            self.audience.update()
            self._save()
        elif intent is Intent.TOGGLE_TIMER:
            self.console.toggle_timer()
        elif intent is Intent.EXPORT_CSV:
            self.results_export.choose()
        elif intent is Intent.LEAVE_FULLSCREEN:
            self._escape()
        elif intent is Intent.TOGGLE_FULLSCREEN:
            if self.audience.isFullScreen():
                leave_fullscreen(self.audience)
            else:
                enter_fullscreen(self.audience)
        elif intent is Intent.QUIT:
            self.ask_quit()

    def _escape(self) -> None:
        """Esc closes the topmost thing, then leaves fullscreen; it never quits."""
        state = self.model.state
        if state.overview or state.blackout is not Blackout.NONE:
            self.model.dispatch(Action(Intent.CLOSE_OVERLAY))
        elif self.notes_overlay.isVisible():
            self.notes_overlay.hide()
        elif self.audience.isFullScreen():
            leave_fullscreen(self.audience)

    def _go_to_slide(self, index: int) -> None:
        if isinstance(self.model.state.screen, StartScreen):
            self.model.dispatch(Action(Intent.START_PRESENTATION))
        self.model.dispatch(Action(Intent.GO_TO_SLIDE, index))

    # Showing --------------------------------------------------------------------------------

    def _show(self, state: LessonState) -> None:
        behind = self._behind(state)
        self.audience.show_state(state, behind)
        # Hidden with one screen, but kept current: a screen plugged in shows it at once.
        self.console.show_state(state, behind)
        if self.notes_overlay.isVisible():
            self._refresh_overlay()
        self._show_overview(state)

    def _refresh_overlay(self) -> None:
        self.notes_overlay.set_html(overlay_html(self.model.state, self.keys.buffer.text))

    def _behind(self, state: LessonState) -> SlideScreen | None:
        """The slide "previous" would show, worth drawing ahead (a teacher steps back too)."""
        screen = state.screen
        if isinstance(screen, SlideScreen) and screen.number > 1 and not screen.reviewing:
            slide = self.deck.slides[screen.number - 2]
            return SlideScreen(slide, screen.number - 1, screen.total)
        return None

    def _show_overview(self, state: LessonState) -> None:
        if state.overview and not self.overview.isVisible():
            screen = state.screen
            current = screen.number - 1 if isinstance(screen, SlideScreen) else 0
            self.overview.open(self.deck.slides, current)
        elif not state.overview:
            self.overview.hide()

    # Results, settings, quitting --------------------------------------------------------------

    @property
    def last_export(self) -> Path | None:
        return self.results_export.last_path

    def open_settings(self) -> None:
        if self.settings_dialog is not None:  # one per click, all lesson long: free the last
            self.settings_dialog.deleteLater()
        dialog = SettingsDialog(self.settings, self.teacher_window)
        dialog.chosen.connect(self.apply_settings)
        dialog.open()
        self.settings_dialog = dialog

    def apply_settings(self, settings: ClasseSettings) -> None:
        self.settings = _replace(settings)
        self._save()
        self.console.show_message(
            translate("settings", "Réglages enregistrés\u00a0: ils s’appliquent au prochain quiz.")
        )

    def _notes_size_changed(self, size: int) -> None:
        self.settings = _replace(self.settings, notes_size=size)
        self._save()

    def _save(self) -> None:
        if not save_settings(self.settings, self.settings_file):
            log.warning("settings could not be saved")

    def ask_quit(self) -> None:
        old = self.quit_box
        if old is not None and old.isVisible():
            return
        # Asked again and again over a lesson: reuse the box, or free it when the teacher's
        # window changed (a screen was plugged in or out).
        if old is not None and old.parentWidget() is self.teacher_window:
            old.open()
            return
        if old is not None:
            old.deleteLater()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("console", "Quitter"),
            translate("console", "Quitter la présentation\u00a0?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.teacher_window,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(translate("console", "Quitter"))
        yes.clicked.connect(self.quit)
        box.button(QMessageBox.StandardButton.No).setText(
            translate("console", "Continuer la présentation")
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.open()
        self.quit_box = box

    def switch_to_training(self) -> None:
        """Back to Entraînement (one window), on the same deck; it becomes the default."""
        from cmq_desktop.ui.mode_memory import remember_mode
        from cmq_desktop.ui.shells import Launch, start_shell

        remember_mode("entrainement")
        start_shell("entrainement", Launch(self.deck))
        self.quit()

    def quit(self) -> None:
        if self._closed:
            return
        self._closed = True
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.disconnect(self._screens_changed)
            app.screenRemoved.disconnect(self._screens_changed)
        self.keep_awake.stop()
        self._save()
        for window in (self.audience, self.console):
            window.close_for_good()


def _replace(settings: ClasseSettings, **changes: object) -> ClasseSettings:
    """The settings changed by the teacher: the problems read from the file are gone."""
    return replace(settings, problems=(), **changes)  # type: ignore[arg-type]
