"""The presenter console, on the teacher's laptop: the current and the next screen, the
speaker notes, "n / N", the elapsed time and the clock; during the quiz the answer key
before the reveal and the entry of the class's answers.

Every button leaves the keyboard focus to the window, so the clicker's keys reach the
lesson whichever window has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cmq_desktop import APP_NAME
from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.class_screens import ClassQuestionScreen, ClassResultsScreen
from cmq_desktop.quiz.navigator import Blackout
from cmq_desktop.quiz.screens import LessonState, SlideScreen, StartScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.classe.audience_painter import AudiencePainter
from cmq_desktop.ui.classe.console_text import notes_html, position_text
from cmq_desktop.ui.classe.presenter_timer import PresenterTimer
from cmq_desktop.ui.classe.preview import ScreenPreview
from cmq_desktop.ui.classe.tally import TallyPanel
from cmq_desktop.ui.guarded_close import GuardedClose


def _button(text: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if tip:
        button.setToolTip(tip)
    return button


class ConsoleWindow(GuardedClose, QWidget):
    action_requested = Signal(object)  # Action
    key_pressed = Signal(QKeyEvent)
    close_requested = Signal()
    notes_size_changed = Signal(int)
    settings_requested = Signal()
    training_requested = Signal()  # leave Classe for Entraînement, on the same deck

    def __init__(
        self, painter: AudiencePainter, notes_size: int = 20, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("console", "{app} — console du professeur").format(app=APP_NAME)
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(800, 500)
        self.state: LessonState | None = None
        self.timer = PresenterTimer()
        self.notes_size = notes_size
        self.current = ScreenPreview(painter)
        self.upcoming = ScreenPreview(painter)
        self.current.setAccessibleName(translate("console", "Écran projeté"))
        self.upcoming.setAccessibleName(translate("console", "Écran suivant"))
        self.position_label = QLabel()
        self.buffer_label = QLabel()
        self.blackout_label = QLabel()
        self.blackout_label.hide()
        self.timer_label = QLabel("00:00")
        self.clock_label = QLabel()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.restyle()
        self.notes = QTextBrowser()
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes.setAccessibleName(translate("console", "Notes"))
        self.tally = TallyPanel()
        self.tally.action_requested.connect(self.action_requested)
        self.tally.hide()
        self.timer_button = _button(
            translate("console", "Démarrer"), translate("console", "Chronomètre (T)")
        )
        self.timer_button.clicked.connect(self.toggle_timer)
        reset = _button(translate("console", "Remettre à zéro"))
        reset.clicked.connect(self._reset_timer)
        self.export_button = _button(
            translate("console", "Exporter (CSV)"),
            translate("console", "Enregistrer les résultats (E)"),
        )
        self.export_button.clicked.connect(
            lambda: self.action_requested.emit(Action(Intent.EXPORT_CSV))
        )
        self.export_button.hide()
        # On the start screen and after the class results: which quiz to run.
        self.quiz_row = QHBoxLayout()
        self.quiz_buttons: list[QPushButton] = []
        self.training_button = _button(
            translate("console", "Mode Entraînement"),
            translate("console", "Un élève seul à l’ordinateur"),
        )
        self.training_button.clicked.connect(self.training_requested)
        self._build_layout(reset)
        self._arrange_bar()
        self._upcoming_screen: object | None = None
        self._upcoming_timer = QTimer(self, singleShot=True, interval=0)
        self._upcoming_timer.timeout.connect(
            lambda: self.upcoming.show_screen(self._upcoming_screen)
        )
        self.current.painted.connect(self._upcoming_timer.start)
        self._tick = QTimer(self, interval=500)
        self._tick.timeout.connect(self._update_clocks)
        self._tick.start()
        self._update_clocks()
        self._apply_notes_size()

    def _build_layout(self, reset: QPushButton) -> None:
        top = QHBoxLayout()
        top.addWidget(self.position_label)
        top.addSpacing(16)
        top.addWidget(self.blackout_label)
        top.addWidget(self.buffer_label)
        top.addStretch(1)
        top.addWidget(self.timer_label)
        top.addWidget(self.timer_button)
        top.addWidget(reset)
        top.addSpacing(16)
        top.addWidget(self.clock_label)
        right = QVBoxLayout()
        next_title = QLabel(translate("console", "Suivant"))
        next_title.setStyleSheet(f"color: {theme.INK_SOFT.name()}; font-weight: bold;")
        right.addWidget(next_title)
        right.addWidget(self.upcoming, 2)
        right.addWidget(self.notes, 3)
        right.addWidget(self.tally)
        right.addLayout(self.quiz_row)
        right.addWidget(self.message_label)
        # The button bar: one row when every button fits at its full width, two rows on a
        # narrow laptop (1024 px): a squeezed button would cut its text.
        buttons = QVBoxLayout()
        self._bar_box = buttons
        self._bar_rows: list[QHBoxLayout] = []
        self._bar_shape: tuple[int, ...] | None = None
        self.bar_buttons: list[QPushButton] = []
        bar = (
            (
                QT_TRANSLATE_NOOP("console", "◀ Précédent"),
                QT_TRANSLATE_NOOP("console", "Page précédente"),
                Intent.PREVIOUS,
            ),
            (
                QT_TRANSLATE_NOOP("console", "Suivant ▶"),
                QT_TRANSLATE_NOOP("console", "Page suivante"),
                Intent.NEXT,
            ),
            (
                QT_TRANSLATE_NOOP("console", "Écran noir"),
                QT_TRANSLATE_NOOP("console", "B ou point"),
                Intent.BLACKOUT,
            ),
            (
                QT_TRANSLATE_NOOP("console", "Vue d’ensemble"),
                QT_TRANSLATE_NOOP("console", "G ou O"),
                Intent.OVERVIEW,
            ),
            (QT_TRANSLATE_NOOP("console", "Échanger les écrans"), "S", Intent.SWAP_SCREENS),
            ("Notes A−", QT_TRANSLATE_NOOP("console", "Notes plus petites"), None),
            ("Notes A+", QT_TRANSLATE_NOOP("console", "Notes plus grandes"), None),
            (
                QT_TRANSLATE_NOOP("console", "Aide"),
                QT_TRANSLATE_NOOP("console", "? ou H"),
                Intent.HELP,
            ),
            (
                QT_TRANSLATE_NOOP("console", "Réglages…"),
                QT_TRANSLATE_NOOP("console", "Réponses de la classe, équipes, compte à rebours"),
                None,
            ),
        )
        for text, tip, intent in bar:
            button = _button(translate("console", text), translate("console", tip))
            if intent is not None:
                button.clicked.connect(
                    lambda _c=False, i=intent: self.action_requested.emit(Action(i))
                )
            elif text.startswith("Réglages"):
                button.clicked.connect(self.settings_requested)
            else:
                step = 2 if "+" in text else -2
                button.clicked.connect(lambda _c=False, s=step: self.change_notes_size(s))
            self.bar_buttons.append(button)
        grid = QGridLayout(self)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addWidget(self.current, 1, 0)
        grid.addLayout(right, 1, 1)
        grid.addLayout(buttons, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)

    def _arrange_bar(self) -> None:
        """One row when every button fits; else the clicker's own actions on the first
        row(s), the others after, each group on as many rows as its buttons need (a big text
        size, a narrow laptop): a squeezed button would cut its text."""
        trailing = [self.export_button, self.training_button]
        layout = self.layout()
        assert layout is not None  # set in __init__
        margins = layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        spacing = 6

        def hidden(button: QPushButton) -> bool:  # hidden on purpose, not just not shown yet
            explicit = button.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
            return button.isHidden() and explicit

        def rows_of(buttons: list[QPushButton]) -> list[list[QPushButton]]:
            # Hidden buttons ride along (the layout keeps them) and take no room.
            rows: list[list[QPushButton]] = [[]]
            used = 0
            for button in buttons:
                width = 0 if hidden(button) else button.sizeHint().width() + spacing
                if rows[-1] and width and used + width > room:
                    rows.append([])
                    used = 0
                rows[-1].append(button)
                used += width
            return rows

        every = [*self.bar_buttons, *trailing]
        rows = rows_of(every)
        if len(rows) > 1:
            split = 5  # the clicker's own actions first
            rows = rows_of(every[:split]) + rows_of(every[split:])
        shown = tuple(id(b) for b in every if not hidden(b))
        shape = tuple(len(row) for row in rows) + shown
        if shape == self._bar_shape:
            return
        self._bar_shape = shape
        for row_layout in self._bar_rows:
            while row_layout.count():
                row_layout.takeAt(0)  # widgets stay; the spacer items go
            self._bar_box.removeItem(row_layout)
            row_layout.deleteLater()
        self._bar_rows = []
        for row in rows:
            row_layout = QHBoxLayout()
            row_layout.setSpacing(spacing)
            ends = [b for b in row if b in trailing]  # export and Entraînement at the right
            for button in row:
                if ends and button is ends[0]:
                    row_layout.addStretch(1)
                row_layout.addWidget(button)
            if not ends:
                row_layout.addStretch(1)
            self._bar_box.addLayout(row_layout)
            self._bar_rows.append(row_layout)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_bar()

    # State ------------------------------------------------------------------------------

    def show_state(self, state: LessonState, behind: object | None = None) -> None:
        previous = self.state
        self.state = state
        screen = state.screen
        repaint = screen != self.current.screen_model
        ahead = tuple(s for s in (state.upcoming, behind) if s is not None)
        self.current.show_screen(screen, ahead=ahead)
        # The preview of what comes next is drawn once the current one is on screen: the
        # teacher sees the step at once, the preview follows within a frame.
        self._upcoming_screen = state.upcoming
        if not repaint or not self.current.isVisible():
            self.upcoming.show_screen(state.upcoming)
        self.position_label.setText(position_text(state))
        blackout = {
            Blackout.BLACK: translate("console", "ÉCRAN NOIR"),
            Blackout.WHITE: translate("console", "ÉCRAN BLANC"),
        }.get(state.blackout)
        self.blackout_label.setText(blackout or "")
        self.blackout_label.setVisible(blackout is not None)
        if previous is None or previous.screen != screen:
            self.notes.setHtml(notes_html(state))
        self.tally.show_screen(screen if isinstance(screen, ClassQuestionScreen) else None)
        self.export_button.setVisible(isinstance(screen, ClassResultsScreen))
        self._show_quiz_row()
        left_start = previous is not None and isinstance(previous.screen, StartScreen)
        if (
            left_start
            and not isinstance(screen, StartScreen)
            and not self.timer.running
            and not self.timer.elapsed_ms()
        ):
            self.toggle_timer()  # the lesson began: the elapsed time starts by itself

    def set_quiz_sets(self, sets: list[tuple[str, str]]) -> None:
        """Offer each quiz, ``(id, title)``: "next" after the last slide runs the first."""
        for button in self.quiz_buttons:
            button.deleteLater()
        self.quiz_buttons = []
        for set_id, title in sets:
            button = _button(
                translate("console", "Quiz\u00a0: {title}").format(title=title),
                translate("console", "Lancer ce quiz avec la classe"),
            )
            button.clicked.connect(
                lambda _c=False, s=set_id: self.action_requested.emit(Action(Intent.START_QUIZ, s))
            )
            self.quiz_row.addWidget(button)
            self.quiz_buttons.append(button)
        self._show_quiz_row()

    def _show_quiz_row(self) -> None:
        screen = self.state.screen if self.state else None
        offered = isinstance(screen, (StartScreen, ClassResultsScreen, SlideScreen))
        for button in self.quiz_buttons:
            button.setVisible(offered and len(self.quiz_buttons) > 1)
        self.training_button.setVisible(isinstance(screen, (StartScreen, ClassResultsScreen)))
        self._bar_shape = None  # which buttons show changed: the bar may fit, or not
        self._arrange_bar()

    def set_audience_size(self, size: QSize) -> None:
        """The previews take the projector's shape (4:3 lays the quiz out differently)."""
        self.current.set_target(size)
        self.upcoming.set_target(size)

    def show_buffer(self, digits: str) -> None:
        self.buffer_label.setText(f"→ {digits}" if digits else "")

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def toggle_timer(self) -> None:
        self.timer.toggle()
        self._update_clocks()

    def _reset_timer(self) -> None:
        self.timer.reset()
        self._update_clocks()

    def _update_clocks(self) -> None:
        self.timer_label.setText(self.timer.text())
        self.timer_button.setText(
            translate("console", "Pause")
            if self.timer.running
            else translate("console", "Démarrer")
        )
        self.clock_label.setText(QTime.currentTime().toString("HH:mm"))

    def change_notes_size(self, step: int) -> None:
        self.notes_size = max(12, min(60, self.notes_size + step))
        self._apply_notes_size()
        self.notes_size_changed.emit(self.notes_size)

    def on_display_changed(self, _settings: object = None) -> None:
        """A new theme or text size ("Affichage"): restyled and drawn again."""
        self.restyle()
        if self.state is not None:
            self.show_state(self.state)

    def restyle(self) -> None:
        """The labels' sizes and colours: the theme's, times the text-size setting."""

        def px(size: int) -> str:
            return f"font-size: {round(size * theme.text_scale())}px;"

        self.position_label.setStyleSheet(f"{px(22)} font-weight: bold;")
        self.buffer_label.setStyleSheet(f"{px(22)} color: {theme.TEAL.name()};")
        self.blackout_label.setStyleSheet(
            f"{px(20)} font-weight: bold; color: {theme.PAPER.name()};"
            f" background: {theme.WRONG.name()};"
            " padding: 2px 10px; border-radius: 6px;"
        )
        self.timer_label.setStyleSheet(f"{px(26)} font-weight: bold;")
        self.clock_label.setStyleSheet(f"{px(22)} color: {theme.INK_SOFT.name()};")
        self.message_label.setStyleSheet(f"{px(18)} color: {theme.WRONG.name()};")
        if hasattr(self, "notes"):
            self._apply_notes_size()

    def _apply_notes_size(self) -> None:
        font = theme.font(self.notes_size * theme.text_scale())
        self.notes.setFont(font)
        self.notes.document().setDefaultFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event)

    def close_refused(self) -> None:
        self.close_requested.emit()
