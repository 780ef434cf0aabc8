"""The console's entry of the class's answers: a show of hands, or each team's answer.

Buttons never take the keyboard focus (the clicker's keys must reach the lesson); the
counts also take typed numbers through the console's keys ("18 V").
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from cmq_desktop.i18n import translate
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.class_screens import AnswerEntry, ClassQuestionScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.classe.class_canvas import ANSWER_COLORS, paint_shape


def shape_icon(index: int, size: int = 28) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_shape(painter, QRectF(2, 2, size - 4, size - 4), index, ANSWER_COLORS[index])
    painter.end()
    return QIcon(pixmap)


def _button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class TallyPanel(QWidget):
    action_requested = Signal(object)  # Action

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen_model: ClassQuestionScreen | None = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.count_labels: list[QLabel] = []
        self.team_buttons: list[tuple[QPushButton, QPushButton]] = []
        self._shape: tuple[AnswerEntry, tuple[str, ...], tuple[str, str]] | None = None

    def show_screen(self, screen: ClassQuestionScreen | None) -> None:
        self.screen_model = screen
        if screen is None or screen.entry is AnswerEntry.NONE:
            self.hide()
            return
        shape = (screen.entry, tuple(t.name for t in screen.teams), screen.question.labels)
        if shape != self._shape:
            self._rebuild(screen)
            self._shape = shape
        self._refresh(screen)
        self.show()

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.count_labels = []
        self.team_buttons = []

    def _rebuild(self, screen: ClassQuestionScreen) -> None:
        self._clear()
        labels = screen.question.labels
        if screen.entry is AnswerEntry.HANDS:
            title = QLabel(
                translate("console", "Mains levées (ou tapez «\u00a018 V\u00a0» au clavier)\u00a0:")
            )
            title.setWordWrap(True)  # a big text size on a narrow laptop: two lines
            self.grid.addWidget(title, 0, 0, 1, 5)
            for index, label in enumerate(labels):
                name = QLabel(label)
                icon = QLabel()
                icon.setPixmap(shape_icon(index).pixmap(28, 28))
                count = QLabel("0")
                count.setAlignment(Qt.AlignmentFlag.AlignCenter)
                count.setMinimumWidth(60)
                size = round(22 * theme.text_scale())
                count.setStyleSheet(f"font-weight: bold; font-size: {size}px;")
                minus, plus, plus5 = _button("−1"), _button("+1"), _button("+5")
                for button, delta in ((minus, -1), (plus, 1), (plus5, 5)):
                    button.clicked.connect(lambda _c=False, i=index, d=delta: self._add(i, d))
                row = index + 1
                self.grid.addWidget(icon, row, 0)
                self.grid.addWidget(name, row, 1)
                self.grid.addWidget(minus, row, 2)
                self.grid.addWidget(count, row, 3)
                self.grid.addWidget(plus, row, 4)
                self.grid.addWidget(plus5, row, 5)
                self.count_labels.append(count)
            reset = _button(translate("console", "Effacer"))
            reset.clicked.connect(
                lambda: self.action_requested.emit(Action(Intent.SET_HANDS, "0:0"))
            )
            self.grid.addWidget(reset, 3, 4, 1, 2)
        else:
            title = QLabel(
                translate(
                    "console", "Réponse de chaque équipe (ou «\u00a02 F\u00a0» au clavier)\u00a0:"
                )
            )
            title.setWordWrap(True)
            self.grid.addWidget(title, 0, 0, 1, 3)
            for team_index, team in enumerate(screen.teams):
                name = QLabel(f"{team_index + 1}. {team.name}")
                buttons = []
                for index, label in enumerate(labels):
                    button = _button(label)
                    button.setCheckable(True)
                    button.setIcon(shape_icon(index))
                    color = ANSWER_COLORS[index].name()
                    button.setStyleSheet(
                        f"QPushButton:checked {{ background: {color}; color: {theme.PAPER.name()};"
                        " font-weight: bold; }"
                    )
                    button.clicked.connect(
                        lambda _c=False, t=team_index, i=index: self.action_requested.emit(
                            Action(Intent.SET_TEAM_ANSWER, f"{t}:{i}")
                        )
                    )
                    buttons.append(button)
                self.grid.addWidget(name, team_index + 1, 0)
                self.grid.addWidget(buttons[0], team_index + 1, 1)
                self.grid.addWidget(buttons[1], team_index + 1, 2)
                self.team_buttons.append((buttons[0], buttons[1]))

    def _refresh(self, screen: ClassQuestionScreen) -> None:
        hands = screen.hands or (0, 0)
        for label, count in zip(self.count_labels, hands, strict=False):
            label.setText(str(count))
        for (first, second), team in zip(self.team_buttons, screen.teams, strict=False):
            first.setChecked(team.choice == 0)
            second.setChecked(team.choice == 1)

    def _add(self, index: int, delta: int) -> None:
        if self.screen_model is None:
            return
        counts = list(self.screen_model.hands or (0, 0))
        counts[index] = max(0, counts[index] + delta)
        self.action_requested.emit(Action(Intent.SET_HANDS, f"{counts[0]}:{counts[1]}"))
