"""The one-window shell (Entraînement): a stack of views and the actions its mode allows.

Keys are not QAction shortcuts: every key press goes to the mode's key table (through
``key_pressed``), so a kiosk's table can leave Ctrl+Q or F11 meaning nothing at all.
The right-click menu holds the same actions for the mouse, when the policy allows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from cmq_desktop import APP_NAME
from cmq_desktop.i18n import translate
from cmq_desktop.modes.base import WindowPolicy
from cmq_desktop.ui.focus import follow_keyboard_focus
from cmq_desktop.ui.slide_renderer import SlideRenderer
from cmq_desktop.ui.start_view import StartView
from cmq_desktop.ui.window_geometry import enter_fullscreen, leave_fullscreen

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from cmq_desktop.ui.question_view import QuestionView
    from cmq_desktop.ui.results_view import ResultsView
    from cmq_desktop.ui.slide_view import SlideView


class MainWindow(QMainWindow):
    key_pressed = Signal(str)  # the key's table name, e.g. "PgDown" or "Ctrl+O"
    shell_intent = Signal(object)  # an Intent chosen in the right-click menu
    question_view_created = Signal(QWidget)
    results_view_created = Signal(QWidget)

    def __init__(
        self,
        renderer: SlideRenderer,
        policy: WindowPolicy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.policy = policy or WindowPolicy()
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 360)
        self.resize(1280, 720)
        self.stack = QStackedWidget(self)
        self.renderer = renderer
        self.start_view = StartView(renderer)
        self._slide_view: SlideView | None = None
        self._question_view: QuestionView | None = None
        self._results_view: ResultsView | None = None
        self.stack.addWidget(self.start_view)
        self.setCentralWidget(self.stack)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Set by the program itself (the stand's staff panel) when it really means to quit.
        self.closing_allowed = False
        self.fullscreen_action: QAction | None = None  # add_actions() makes it

    def add_actions(self) -> None:
        """The right-click menu's actions; the start-up's second stage adds them (nobody
        can right-click before the first frame)."""
        from PySide6.QtGui import QAction

        from cmq_desktop.quiz.actions import Intent

        if self.fullscreen_action is not None:
            return
        # No menu bar on a projected screen: the right-click menu offers the actions the
        # policy allows, with the key that does the same.
        policy = self.policy
        self.fullscreen_action = QAction(
            translate("window", "Plein écran\tF11"), self, checkable=True
        )
        self.fullscreen_action.setChecked(self.isFullScreen())
        self.fullscreen_action.toggled.connect(self.set_fullscreen)
        entries: list[QAction] = []
        if policy.can_toggle_fullscreen:
            entries.append(self.fullscreen_action)
        for allowed, text, intent in (
            # back to the start screen
            (policy.can_quit, translate("window", "Accueil\tÉchap"), Intent.HOME),
            (
                policy.can_open_deck,
                translate("window", "Ouvrir une présentation…\tCtrl+O"),
                Intent.OPEN_DECK,
            ),
            (
                policy.can_open_deck and policy.dialogs,
                translate("window", "Exporter en PDF…"),
                Intent.EXPORT_PDF,
            ),
            (policy.dialogs, translate("window", "Raccourcis clavier\tF1"), Intent.HELP),
            (
                policy.dialogs,
                translate("window", "Affichage (thème, taille du texte)…\tF2"),
                Intent.DISPLAY_SETTINGS,
            ),
            (policy.can_quit, translate("window", "Quitter\tCtrl+Q"), Intent.QUIT),
        ):
            if allowed:
                action = QAction(text, self)
                action.triggered.connect(lambda _c=False, i=intent: self.shell_intent.emit(i))
                entries.append(action)
        for action in entries:
            self.addAction(action)
        self.setContextMenuPolicy(
            Qt.ContextMenuPolicy.ActionsContextMenu
            if policy.context_menu
            else Qt.ContextMenuPolicy.NoContextMenu
        )

    # The other views are built when first needed: the start screen appears sooner.

    @property
    def slide_view(self) -> SlideView:
        if self._slide_view is None:
            from cmq_desktop.ui.slide_view import SlideView

            self._slide_view = SlideView(self.renderer)
            self.stack.addWidget(self._slide_view)
        return self._slide_view

    @property
    def question_view(self) -> QuestionView:
        if self._question_view is None:
            from cmq_desktop.ui.question_view import QuestionView

            self._question_view = QuestionView()
            self.stack.addWidget(self._question_view)
            self.question_view_created.emit(self._question_view)
        return self._question_view

    @property
    def results_view(self) -> ResultsView:
        if self._results_view is None:
            from cmq_desktop.ui.results_view import ResultsView

            self._results_view = ResultsView()
            self.stack.addWidget(self._results_view)
            self.results_view_created.emit(self._results_view)
        return self._results_view

    def set_fullscreen(self, on: bool) -> None:
        # window_geometry: also right with no window manager (a kiosk, a bare X session).
        if on and not self.isFullScreen():
            enter_fullscreen(self)
        elif not on and self.isFullScreen():
            leave_fullscreen(self)
        if self.fullscreen_action is not None:
            self.fullscreen_action.setChecked(on)

    def show_view(self, view: QWidget) -> None:
        self.stack.setCurrentWidget(view)
        follow_keyboard_focus(self, view)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A held key repeats: → held through the slides would answer every question
        # "Faux" in a second. On a question only a fresh press counts; slides still fly by.
        if event.isAutoRepeat() and self.stack.currentWidget() is self._question_view:
            return
        from cmq_desktop.ui.key_names import key_name  # on the first key, after the first frame

        name = key_name(event)
        if name:
            self.key_pressed.emit(name)

    def closeEvent(self, event: QCloseEvent) -> None:
        # A kiosk window is closed only by the program (staff panel), never by a visitor.
        if self.policy.can_quit or self.closing_allowed:
            event.accept()
        else:
            event.ignore()
