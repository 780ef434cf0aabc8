"""Start the GUI: application set-up, deck loading, the window, first-frame timing.

Start-up runs in two stages (issue 11). The first imports and builds only what the first
frame shows: the application, the deck, the mode's window and its start screen
(``quiz/start_screen.py``, drawn before the engine is even imported). The second,
``Application.finish_start``, runs right after that first paint: the lesson and the
controller, the right-click menu, the recent decks and the print button, the deck's
problems. Keep the engine and the dialogs out of this module's top level:
``tests/unit/test_first_stage.py`` checks what is imported before the first frame.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cmq_desktop import APP_ID, APP_NAME, __version__, crash_log, i18n
from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import Deck
from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.modes.registry import (
    DEFAULT_MODE_ID,
    MODES,
    ModeEntry,
    becomes_default,
    mode_by_id,
    mode_entry,
)
from cmq_desktop.paths import resources_dir, user_data_dir
from cmq_desktop.process_clock import ms_since_process_start
from cmq_desktop.quiz.actions import Intent
from cmq_desktop.quiz.start_screen import start_screen
from cmq_desktop.ui import display, theme
from cmq_desktop.ui.dialog_focus import focus_back_on_close
from cmq_desktop.ui.launch import NOTE_KEPT_CURRENT, NOTE_PARTIAL, WindowOptions
from cmq_desktop.ui.main_window import MainWindow
from cmq_desktop.ui.shells import STARTERS, Launch, start_shell
from cmq_desktop.ui.slide_renderer import SlideRenderer
from cmq_desktop.ui.translations import use_language
from cmq_desktop.ui.window_geometry import WindowPlacement, settings_in

if TYPE_CHECKING:  # the second stage's modules, imported after the first frame
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    from cmq_desktop.content.model import ContentError
    from cmq_desktop.modes.base import Mode
    from cmq_desktop.quiz.lesson import Lesson
    from cmq_desktop.ui.controller import Controller
    from cmq_desktop.ui.lesson_model import LessonModel
    from cmq_desktop.ui.recent_decks import RecentDecksRow

SHORTCUTS_HELP = QT_TRANSLATE_NOOP(
    "app",
    "Avancer : flèche droite, espace, Entrée ou Page suivante (télécommande)\n"
    "Reculer : flèche gauche, Retour arrière ou Page précédente\n"
    "Répondre : V/F (Vrai/Faux), O/N (Oui/Non) ou 1/2 ; ou choisir avec les flèches "
    "gauche/droite, puis Entrée ou espace (une flèche seule ne répond pas)\n"
    "Revoir la diapositive d’une question : R ; revenir à la question : Entrée\n"
    "Résultats : E refaire les erreurs, M recommencer mélangé, A accueil\n"
    "Retour à l’accueil : Échap (hors plein écran), A sur une diapositive, Origine "
    "pendant le quiz, ou le menu du clic droit\n"
    "Plein écran : F11 ou F5 ; quitter le plein écran : Échap\n"
    "Affichage (thème, taille du texte, animations) : F2\n"
    "Au clavier seul : Tab passe d’un bouton à l’autre, Entrée ou Espace l’active\n"
    "Ouvrir une présentation : Ctrl+O ; quitter : Ctrl+Q",
)


def create_application(language: str = i18n.DEFAULT_LANGUAGE) -> QApplication:
    # Not QT_MAX_CACHED_GLYPH_SIZE above its default 64: with it, the raster engine drops
    # every glyph between 64 px and the new limit (blank titles at 1080p, blank quiz at 4K;
    # tests/ui/test_text_is_drawn.py). Slides stay fast through the slide view's frames.
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CMQ Auvergne-Rhône-Alpes")
    app.setDesktopFileName(APP_ID)
    use_language(app, language)
    theme.install_fonts()
    app.setFont(theme.font(display.APP_FONT_SIZE))
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("cmq-desktop-*.png")):
        icon.addFile(str(png))
    return icon


# The second stage waits for the first paint; a window never painted gets it anyway.
FINISH_START_AT_THE_LATEST_MS = 1000


class Application:
    """Owns the mode's window, the lesson it shows, and swaps decks without losing the
    current one.

    Built in two stages: the constructor makes the window and its start screen; then
    ``finish_start`` adds the engine and everything else. With ``finish_later`` the
    caller runs ``finish_start`` itself, right after the first paint (``run_gui``).
    """

    # Set by finish_start (the second stage).
    model: LessonModel
    controller: Controller
    recent_row: RecentDecksRow

    def __init__(self, deck: Deck, mode: Mode | None = None, *, finish_later: bool = False) -> None:
        self.mode = mode or mode_by_id(DEFAULT_MODE_ID)
        self.renderer = SlideRenderer()
        self.window = MainWindow(self.renderer, self.mode.window)
        self.window.start_view.set_modes([(m.id, m.title) for m in MODES], self.mode.id)
        # The start screen straight from the deck: the engine comes in the second stage.
        self.window.start_view.show_screen(start_screen(deck))
        self.window.show_view(self.window.start_view)  # and the keyboard focus, as later
        self._first_deck = deck
        self.started = False
        self.problems_box: QMessageBox | None = None
        self.help_box: QMessageBox | None = None
        self.deck_dialog: QFileDialog | None = None
        self.pdf_dialog: QDialog | None = None
        self.display_dialog: QDialog | None = None
        if not finish_later:
            self.finish_start()

    def finish_start(self) -> None:
        """The second stage: the lesson, the controller, the right-click menu, the recent
        decks (ui/recent_decks.py) and the print button (ui/print_button.py)."""
        if self.started:
            return
        self.started = True
        from cmq_desktop.quiz.lesson import Lesson
        from cmq_desktop.ui.controller import Controller
        from cmq_desktop.ui.lesson_model import LessonModel
        from cmq_desktop.ui.print_button import add_display_button, add_print_button
        from cmq_desktop.ui.recent_decks import RecentDecksRow, load_recent

        self.window.add_actions()
        self.model = LessonModel(Lesson(self._first_deck, self.mode.activity), self.window)
        self.controller = Controller(self.window, self.model, self.mode)
        self.controller.shell_intent.connect(self._on_shell_intent)
        self.recent_row = RecentDecksRow(self.window.start_view, self.open_deck)
        if self.mode.window.can_open_deck:
            self.recent_row.show(load_recent())
        if self.mode.window.can_open_deck and self.mode.window.dialogs:
            add_print_button(self.window.start_view, self._export_pdf)
        if self.mode.window.dialogs:
            add_display_button(self.window.start_view, self.show_display_settings)
        # A new theme or text size: the screen shown is laid out again.
        # (A bound method of a QObject: disconnected when the window goes.)
        display.changes().changed.connect(self.controller.refresh)
        # The same start screen as the first stage's: the view keeps what it shows.
        self.model.announce()

    @property
    def deck(self) -> Deck:
        """The deck shown, from the first frame on."""
        return self.lesson.deck if self.started else self._first_deck

    @property
    def lesson(self) -> Lesson:
        return self.model.lesson

    def _on_shell_intent(self, intent: Intent) -> None:
        policy = self.mode.window
        if intent is Intent.OPEN_DECK and policy.can_open_deck:
            self.choose_deck()
        elif intent is Intent.DISPLAY_SETTINGS and policy.dialogs:
            self.show_display_settings()
        elif intent is Intent.HELP and policy.dialogs:
            self.show_help()
        elif intent is Intent.EXPORT_PDF and policy.can_open_deck and policy.dialogs:
            self._export_pdf()
        elif intent is Intent.QUIT and policy.can_quit:
            self.window.close()

    def _export_pdf(self) -> None:
        from cmq_desktop.ui.pdf_dialog import PdfDialog  # only when asked: a fast start

        self.pdf_dialog = focus_back_on_close(PdfDialog(self.window, self.lesson.deck))
        self.pdf_dialog.open()

    def open_deck(self, path: Path) -> bool:
        """Load ``path``; on errors show them and keep what can be shown. True if switched."""
        from cmq_desktop.quiz.lesson import Lesson
        from cmq_desktop.ui.recent_decks import record_opened

        result = load_deck(path)
        if result.errors:
            note = NOTE_PARTIAL if result.deck is not None else NOTE_KEPT_CURRENT
            self.show_problems(result.problems, translate("app", note))
        if result.deck is None:
            return False
        self.model.set_lesson(Lesson(result.deck, self.mode.activity))
        self.recent_row.show(record_opened(path, result.deck))
        return True

    def show_problems(self, problems: tuple[ContentError, ...], note: str) -> None:
        """The deck's problems in a window-modal box (ui/deck_problems.py)."""
        from cmq_desktop.ui.deck_problems import problems_dialog

        self.problems_box = focus_back_on_close(problems_dialog(self.window, problems, note))

    def choose_deck(self) -> None:
        """A folder's presentation.md or a deck's .zip (ui/deck_dialog.py); window-modal."""
        from cmq_desktop.ui.deck_dialog import chosen_deck, deck_dialog

        self.deck_dialog = focus_back_on_close(deck_dialog(self.window, Path.home()))
        self.deck_dialog.fileSelected.connect(lambda name: self.open_deck(chosen_deck(name)))
        self.deck_dialog.open()

    def show_display_settings(self) -> None:
        from cmq_desktop.ui.display_dialog import open_display_dialog  # only when asked

        self.display_dialog = focus_back_on_close(open_display_dialog(self.window))

    def show_help(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("app", "Raccourcis clavier"),
            shortcuts_table(translate("app", SHORTCUTS_HELP)),
            parent=self.window,
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        # Qt's message box wraps at about 400 px, which split every shortcut over two or
        # three lines: as wide as the window and the screen allow, up to 760 px.
        screen = self.window.screen()
        room = screen.availableGeometry().width() if screen is not None else 800
        width = min(760.0, self.window.width() * 0.8, room * 0.8)
        box.setStyleSheet(f"QLabel#qt_msgbox_label {{ min-width: {round(width)}px; }}")
        focus_back_on_close(box)
        box.open()  # window-modal, not a nested event loop: a clicker still reaches the app
        self.help_box = box


def shortcuts_table(text: str) -> str:
    """The shortcuts' lines ("Avancer : …") as a two-column table: what, then the keys,
    so a long line wraps under its keys, not under the left margin."""
    import html  # only for this box: its entity tables are not on the way to the first frame

    rows = []
    for line in text.splitlines():
        what, _, keys = line.partition(":")
        rows.append(
            '<tr><td width="34%" style="padding-right:12px">'
            f"<b>{html.escape(what.strip())}</b></td>"
            f"<td>{html.escape(keys.strip())}</td></tr>"
        )
    return f'<table cellspacing="4">{"".join(rows)}</table>'


def chosen_mode(mode_id: str | None) -> ModeEntry | str:
    """The mode asked for on the command line, or a French message saying why not. Its
    rules are not imported yet: its shell does that (Entraînement's before the first
    frame, for its key table and window policy)."""
    try:
        return mode_entry(mode_id or DEFAULT_MODE_ID)
    except KeyError:
        offered = ", ".join(mode.id for mode in MODES)
        return (
            f"cmq-desktop : le mode « {mode_id} » n’est pas encore disponible (modes : {offered})."
        )


def show_crash_dialog(crash_path: Path, signature: str = "", *, wait: bool = False) -> bool:
    """The crash dialog, imported only when there is a crash to tell about."""
    from cmq_desktop.ui import crash_dialog

    return crash_dialog.show_crash_dialog(crash_path, signature, wait=wait)


def run_gui(args: WindowOptions, launch: Launch) -> int:
    """The window: ``launch`` comes from ``ui/launch.prepare`` (run before Qt is imported)."""
    crash_log.set_dialog_handler(show_crash_dialog)
    mode = chosen_mode(args.mode or _last_mode())
    if isinstance(mode, str):
        print(mode, file=sys.stderr)
        return 2
    # The deck says which language it is written in (docs/format-du-contenu.md, @langue).
    language = i18n.chosen_language(args.lang, launch.deck.language)
    app = create_application(language)
    logging.getLogger("cmq_desktop.ui.app").info("language %s", language)
    # Theme, text size and animations as last chosen ("Affichage", reglages.ini); not for
    # the headless commands: ``render`` and PDF pages keep the designed look.
    display.apply(display.load())
    _remember_mode(mode.id)
    start_shell(mode.id, replace(launch, note=translate("app", launch.note)))
    return app.exec()


def start_training(launch: Launch) -> Application:
    """Entraînement's shell: one window, placed where it was last closed."""
    application = Application(launch.deck, mode_by_id("entrainement"), finish_later=True)
    window = application.window
    # Another mode chosen on the start screen: its shell takes over, on the same deck.
    window.start_view.mode_requested.connect(lambda mode_id: _switch_mode(application, mode_id))
    if launch.exit_after_first_frame:

        def first_frame() -> None:
            print(f"{ms_since_process_start():.1f}", flush=True)
            # Quit once this paint has been flushed: quitting inside it warns. The second
            # stage is not on the way to the first frame: it is left out.
            QTimer.singleShot(0, QApplication.quit)

        window.start_view.painted.connect(first_frame, Qt.ConnectionType.SingleShotConnection)
    else:

        def second_stage() -> None:
            application.finish_start()
            if launch.problems:
                application.show_problems(launch.problems, launch.note)

        # Right after the first paint; a window never painted gets it after a second.
        window.start_view.painted.connect(
            lambda: QTimer.singleShot(0, second_stage), Qt.ConnectionType.SingleShotConnection
        )
        QTimer.singleShot(FINISH_START_AT_THE_LATEST_MS, application.finish_start)
    # Inside the screens present now, where it was last closed (the normal geometry).
    WindowPlacement(window, settings_in(user_data_dir())).restore()
    if launch.fullscreen or application.mode.window.fullscreen:
        window.set_fullscreen(True)
    else:
        window.show()
    # Take the keyboard focus even without a window manager (kiosk or bare X session), so
    # keys and the window shortcuts (F11, Ctrl+Q) work from the start. Only once the window
    # is on screen: X refuses the focus to a window that is not mapped yet.
    window.start_view.painted.connect(window.activateWindow, Qt.ConnectionType.SingleShotConnection)
    return application


def _last_mode() -> str | None:
    from cmq_desktop.ui.mode_memory import last_mode

    found = last_mode()
    return found if found in {m.id for m in MODES} else None


def _remember_mode(mode_id: str) -> None:
    from cmq_desktop.ui.mode_memory import remember_mode

    if becomes_default(mode_id):
        remember_mode(mode_id)


def _switch_mode(application: Application, mode_id: str) -> None:
    """Leave Entraînement's window for another mode's shell, on the same deck."""
    if mode_id == application.mode.id or mode_id not in STARTERS:
        return
    _remember_mode(mode_id)
    start_shell(mode_id, Launch(application.deck))
    application.window.close()
