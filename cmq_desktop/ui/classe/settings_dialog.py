"""The console's "Réglages" dialog: how the class answers, the teams' names, the countdown.

Non-modal (``open()``): the clicker still reaches the lesson behind it. The values are
checked by ``modes/classe_settings.settings_from``, the same rules as the settings file.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.modes.classe_settings import MAX_COUNTDOWN, ClasseSettings, settings_from
from cmq_desktop.quiz.class_round import MAX_TEAMS, MIN_TEAMS
from cmq_desktop.quiz.class_screens import AnswerEntry
from cmq_desktop.ui import theme

ENTRY_LABELS = (
    (
        AnswerEntry.NONE,
        QT_TRANSLATE_NOOP("settings", "Aucune\u00a0: la classe répond à voix haute"),
    ),
    (
        AnswerEntry.HANDS,
        QT_TRANSLATE_NOOP("settings", "Mains levées\u00a0: compter les élèves pour chaque réponse"),
    ),
    (
        AnswerEntry.TEAMS,
        QT_TRANSLATE_NOOP(
            "settings", "Équipes\u00a0: la réponse de chaque équipe, 1 point par bonne réponse"
        ),
    ),
)


class SettingsDialog(QDialog):
    chosen = Signal(object)  # ClasseSettings

    def __init__(self, settings: ClasseSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("settings", "Réglages du mode Classe"))
        self.settings = settings
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("settings", "<b>Réponses de la classe</b>")))
        self.entries = QButtonGroup(self)
        for index, (entry, text) in enumerate(ENTRY_LABELS):
            radio = QRadioButton(translate("settings", text))
            radio.setChecked(entry is settings.entry)
            self.entries.addButton(radio, index)
            layout.addWidget(radio)
        layout.addWidget(
            QLabel(
                translate(
                    "settings", "Noms des équipes (de {low} à {high}, un par ligne)\u00a0:"
                ).format(low=MIN_TEAMS, high=MAX_TEAMS)
            )
        )
        self.teams = QPlainTextEdit("\n".join(settings.team_names))
        self.teams.setMaximumHeight(140)
        layout.addWidget(self.teams)
        layout.addWidget(
            QLabel(
                translate(
                    "settings",
                    "Compte à rebours avant de bloquer les réponses (0\u00a0: aucun)\u00a0:",
                )
            )
        )
        self.countdown = QSpinBox()
        self.countdown.setRange(0, MAX_COUNTDOWN)
        self.countdown.setSuffix(" s")
        self.countdown.setValue(settings.countdown)
        layout.addWidget(self.countdown)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {theme.WRONG.name()};")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(
            QLabel(translate("settings", "<i>Les réglages s’appliquent au prochain quiz.</i>"))
        )
        # Theme, text size, animations: the program's own dialog, the same in every mode.
        display_button = QPushButton(translate("display", "Affichage…"))
        display_button.clicked.connect(self._open_display)
        layout.addWidget(display_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("pdf", "Annuler"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _open_display(self) -> None:
        from cmq_desktop.ui.display_dialog import open_display_dialog

        self.display_dialog = open_display_dialog(self)

    def values(self) -> ClasseSettings:
        """The dialog's settings; ``problems`` says what was refused."""
        names = [line.strip() for line in self.teams.toPlainText().splitlines() if line.strip()]
        entry = ENTRY_LABELS[max(0, self.entries.checkedId())][0]
        checked = settings_from(
            {"entry": entry.value, "teams": "|".join(names), "countdown": self.countdown.value()}
        )
        return replace(
            self.settings,
            entry=checked.entry,
            team_names=checked.team_names,
            countdown=checked.countdown,
            problems=checked.problems,
        )

    def try_accept(self) -> None:
        settings = self.values()
        if settings.problems:
            self.error.setText("\u00a0; ".join(settings.problems))
            self.error.show()
            return
        self.chosen.emit(settings)
        self.accept()
