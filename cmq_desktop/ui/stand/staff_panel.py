"""Behind the PIN: the statistics and their chart, the stand's settings, export, reset
(confirmed by a second press), back to the stand, and quit."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cmq_desktop.content.model import QuizSet
from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.stand.settings import INT_LIMITS, StandSettings
from cmq_desktop.stats.report import Summary
from cmq_desktop.ui import theme
from cmq_desktop.ui.stand import sizing
from cmq_desktop.ui.stand.stats_chart import Statements, StatsChart

RESET = QT_TRANSLATE_NOOP("staff", "Remettre à zéro")
RESET_CONFIRM = QT_TRANSLATE_NOOP("staff", "Confirmer : tout effacer")
CONFIRM_SECONDS = 8


def _people(count: int, finished: bool) -> str:
    """ "1 a commencé", "3 ont commencé"."""
    if finished and count < 2:
        text = translate("staff", "{count} a terminé")
    elif finished:
        text = translate("staff", "{count} ont terminé")
    elif count < 2:
        text = translate("staff", "{count} a commencé")
    else:
        text = translate("staff", "{count} ont commencé")
    return text.format(count=count)


def summary_text(summary: Summary, today: Summary) -> str:
    average = summary.average_score
    share = "–" if average is None else f"{round(average * 100)}\u00a0%"
    return translate(
        "staff",
        "Visiteurs depuis le début\u00a0: {started}, {finished}\u00a0; bonnes réponses en "
        "moyenne\u00a0: {share}.\nAujourd’hui\u00a0: {started_today}, {finished_today}.",
    ).format(
        started=_people(summary.started, False),
        finished=_people(summary.finished, True),
        share=share,
        started_today=_people(today.started, False),
        finished_today=_people(today.finished, True),
    )


def _spin(name: str, suffix: str) -> QSpinBox:
    _, low, high, _unit = INT_LIMITS[name]
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box


class StaffPanel(QWidget):
    settings_saved = Signal(object)  # {field name: value}, for stand.parse_settings
    export_requested = Signal()
    reset_requested = Signal()
    back_requested = Signal()
    quit_requested = Signal()
    display_requested = Signal()  # the "Affichage" dialog: theme, text size, animations

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(translate("staff", "Espace équipe du stand"), self)
        self.warnings = QLabel(self)
        self.summary = QLabel(self)
        self.status = QLabel(self)
        for label in (self.warnings, self.summary, self.status):
            label.setWordWrap(True)
        self.chart = StatsChart(self)
        self.slide_seconds = _spin("attract_interval_s", "\u00a0s")
        self.idle_seconds = _spin("idle_timeout_s", "\u00a0s")
        self.question_count = _spin("questions_per_visitor", translate("staff", " questions"))
        self.quiz_set = QComboBox()
        self.sound = QCheckBox(translate("staff", "Son activé"))
        self.web_address = QLineEdit()
        self.web_address.setPlaceholderText("https://…")
        form = QGridLayout()
        rows = (
            (translate("staff", "Chaque diapositive de l’accueil\u00a0:"), self.slide_seconds),
            (translate("staff", "Retour à l’accueil sans action après\u00a0:"), self.idle_seconds),
            (translate("staff", "Questions par visiteur\u00a0:"), self.question_count),
            (translate("staff", "Série de questions\u00a0:"), self.quiz_set),
            (translate("staff", "Adresse du site (code QR)\u00a0:"), self.web_address),
            ("", self.sound),
        )
        self.form_labels = [QLabel(text, self) for text, _ in rows]
        self.save_button = QPushButton(translate("staff", "Enregistrer les réglages"), self)
        self.export_button = QPushButton(translate("staff", "Exporter en CSV…"), self)
        self.display_button = QPushButton(translate("display", "Affichage…"), self)
        self.reset_button = QPushButton(translate("staff", RESET), self)
        self.back_button = QPushButton(translate("staff", "Retour au stand"), self)
        self.quit_button = QPushButton(translate("staff", "Quitter le stand"), self)
        self.save_button.clicked.connect(self._save)
        self.export_button.clicked.connect(self.export_requested)
        self.display_button.clicked.connect(self.display_requested)
        self.reset_button.clicked.connect(self._reset_pressed)
        self.back_button.clicked.connect(self.back_requested)
        self.quit_button.clicked.connect(self.quit_requested)
        self._confirm_timer = QTimer(self, singleShot=True, interval=CONFIRM_SECONDS * 1000)
        self._confirm_timer.timeout.connect(self._cancel_reset)
        buttons = QGridLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.warnings)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._layout, self._form, self._buttons_grid = layout, form, buttons
        self._columns = (0, 0)
        self._arrange(portrait=False)

    def _arrange(self, portrait: bool) -> None:
        """Settings two pairs a row and buttons in one row; fewer a row on a portrait screen
        or when the buttons' words do not fit one row (six buttons at 1024 px)."""
        columns = 1 if portrait else 2
        per_row = 2 if portrait else self._buttons_per_row()
        if (columns, per_row) == self._columns:
            return
        self._columns = (columns, per_row)
        for index, (label, field) in enumerate(zip(self.form_labels, self.fields, strict=True)):
            self._form.removeWidget(label)
            self._form.removeWidget(field)
            row, column = index // columns, (index % columns) * 2
            self._form.addWidget(label, row, column)
            self._form.addWidget(field, row, column + 1)
        for column in range(4):
            self._form.setColumnStretch(column, 1 if column < columns * 2 and column % 2 else 0)
        for index, button in enumerate(self.buttons):
            self._buttons_grid.removeWidget(button)
            self._buttons_grid.addWidget(button, index // per_row, index % per_row)

    def _buttons_per_row(self) -> int:
        margins = self._layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        spacing = max(0, self._buttons_grid.horizontalSpacing())
        needed = sum(b.sizeHint().width() for b in self.buttons) + spacing * len(self.buttons)
        return len(self.buttons) if needed <= room else (len(self.buttons) + 1) // 2

    @property
    def fields(self) -> tuple[QWidget, ...]:
        return (
            self.slide_seconds,
            self.idle_seconds,
            self.question_count,
            self.quiz_set,
            self.web_address,
            self.sound,
        )

    @property
    def buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.save_button,
            self.export_button,
            self.display_button,
            self.reset_button,
            self.back_button,
            self.quit_button,
        )

    # What it shows ---------------------------------------------------------------------

    def show_stats(
        self,
        overall: Summary,
        today: Summary,
        warnings: tuple[str, ...],
        statements: Statements | None = None,
    ) -> None:
        self.summary.setText(summary_text(overall, today))
        self.chart.set_summary(overall, statements)
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))

    def show_settings(self, settings: StandSettings, quiz_sets: tuple[QuizSet, ...]) -> None:
        self.slide_seconds.setValue(settings.attract_interval_s)
        self.idle_seconds.setValue(settings.idle_timeout_s)
        self.question_count.setValue(settings.questions_per_visitor)
        self.quiz_set.clear()
        for quiz_set in quiz_sets:
            if quiz_set.questions:
                self.quiz_set.addItem(f"{quiz_set.title} ({len(quiz_set.questions)})", quiz_set.id)
        self.quiz_set.setCurrentIndex(max(0, self.quiz_set.findData(settings.quiz_set_id)))
        self.web_address.setText(settings.campus_url)
        self.sound.setChecked(settings.sound)
        self._cancel_reset()
        self.status.setText("")

    def set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        color = theme.WRONG if error else theme.TEAL
        self.status.setStyleSheet(f"color: {color.name()};")

    def _save(self) -> None:
        self.settings_saved.emit(
            {
                "attract_interval_s": self.slide_seconds.value(),
                "idle_timeout_s": self.idle_seconds.value(),
                "questions_per_visitor": self.question_count.value(),
                "quiz_set_id": self.quiz_set.currentData() or "",
                "campus_url": self.web_address.text(),
                "sound": self.sound.isChecked(),
            }
        )

    def _reset_pressed(self) -> None:
        # Two presses: the first asks, the second (within a few seconds) erases.
        if self._confirm_timer.isActive():
            self._cancel_reset()
            self.reset_requested.emit()
            return
        self.reset_button.setText(translate("staff", RESET_CONFIRM))
        sizing.style_button(self.reset_button, *sizing.WRONG, sizing.unit(self))
        self.set_status(
            translate(
                "staff",
                "Appuyez encore sur «\u00a0{button}\u00a0» dans les {seconds} secondes "
                "pour effacer les statistiques (une copie du fichier est gardée).",
            ).format(button=translate("staff", RESET_CONFIRM), seconds=CONFIRM_SECONDS)
        )
        self._confirm_timer.start()

    def _cancel_reset(self) -> None:
        self._confirm_timer.stop()
        self.reset_button.setText(translate("staff", RESET))
        sizing.style_button(self.reset_button, *sizing.SECONDARY, sizing.unit(self))

    # Look ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.restyle()  # the fonts first: the buttons' row depends on their words' width
        self._arrange(portrait=self.height() > self.width())

    def restyle(self) -> None:
        """Sizes for the window's size, colours of the theme (again after "Affichage")."""
        u = sizing.unit(self)
        touch = sizing.touch_pixels(self)
        margin = round(40 * u)
        self._layout.setContentsMargins(margin, round(24 * u), margin, round(24 * u))
        self._layout.setSpacing(round(14 * u))
        self.title.setFont(theme.font(44 * u, bold=True))
        self.title.setStyleSheet(f"color: {theme.NAVY.name()};")
        self.warnings.setFont(theme.font(24 * u, bold=True))
        self.warnings.setStyleSheet(f"color: {theme.WRONG.name()};")
        self.summary.setFont(theme.font(26 * u))
        self.status.setFont(theme.font(24 * u))
        field_font = theme.font(22 * u)
        self._form.setHorizontalSpacing(round(16 * u))
        self._form.setVerticalSpacing(round(8 * u))
        for label in self.form_labels:
            label.setFont(field_font)
        for field in self.fields:
            field.setFont(field_font)
            field.setMinimumHeight(round(touch * 0.75))
        for button in self.buttons:
            button.setFont(theme.font(24 * u, bold=True))
            button.setMinimumHeight(touch)
            colors = sizing.PRIMARY if button is self.save_button else sizing.SECONDARY
            if button is self.reset_button and self._confirm_timer.isActive():
                colors = sizing.WRONG
            sizing.style_button(button, *colors, u)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.PAPER_SHADE)
        painter.end()
