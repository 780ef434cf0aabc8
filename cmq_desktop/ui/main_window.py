"""The main window: a stack of views, window-level shortcuts, nothing about the quiz."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from cmq_desktop import APP_NAME
from cmq_desktop.ui.slide_renderer import SlideRenderer
from cmq_desktop.ui.slide_view import SlideView
from cmq_desktop.ui.start_view import StartView

if TYPE_CHECKING:
    from cmq_desktop.ui.question_view import QuestionView
    from cmq_desktop.ui.results_view import ResultsView


class MainWindow(QMainWindow):
    key_pressed = Signal(int, str)
    open_deck_requested = Signal()
    help_requested = Signal()
    question_view_created = Signal(QWidget)
    results_view_created = Signal(QWidget)

    def __init__(self, renderer: SlideRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 360)
        self.resize(1280, 720)
        self.stack = QStackedWidget(self)
        self.start_view = StartView(renderer)
        self.slide_view = SlideView(renderer)
        self._question_view: QuestionView | None = None
        self._results_view: ResultsView | None = None
        for view in (self.start_view, self.slide_view):
            self.stack.addWidget(view)
        self.setCentralWidget(self.stack)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._add_actions()

    def _add_actions(self) -> None:
        # Actions live on the window (no menu bar on a projected screen) and in the
        # right-click menu, so the mouse finds them too.
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.fullscreen_action = QAction("Plein écran", self, checkable=True)
        self.fullscreen_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_F11), QKeySequence(Qt.Key.Key_F5)]
        )
        self.fullscreen_action.toggled.connect(self.set_fullscreen)
        open_action = QAction("Ouvrir une présentation…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.open_deck_requested)
        help_action = QAction("Raccourcis clavier", self)
        help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        help_action.triggered.connect(self.help_requested)
        quit_action = QAction("Quitter", self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        for action in (self.fullscreen_action, open_action, help_action, quit_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    # The quiz views are built when first needed: the start screen appears sooner.

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
        if on and not self.isFullScreen():
            self.showFullScreen()
        elif not on and self.isFullScreen():
            self.showNormal()
        self.fullscreen_action.setChecked(on)

    def show_view(self, view: QWidget) -> None:
        self.stack.setCurrentWidget(view)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.set_fullscreen(False)
            return
        self.key_pressed.emit(event.key(), event.text())
