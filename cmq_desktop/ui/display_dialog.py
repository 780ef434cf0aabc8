"""The "Affichage" dialog: theme, text size, animations. Every mode opens the same one
(Entraînement's start screen, its right-click menu and F2; Classe's settings; the Stand's
staff panel). Non-modal (``open()``): a clicker still reaches the lesson behind it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.modes.display import (
    MOTION_LABELS,
    TEXT_SCALES,
    THEME_LABELS,
    DisplaySettings,
)
from cmq_desktop.ui import display

TITLE = QT_TRANSLATE_NOOP("display", "Affichage")


def scale_label(scale: float) -> str:
    return f"{round(scale * 100)}\u00a0%"


class DisplayDialog(QDialog):
    chosen = Signal(object)  # DisplaySettings, already applied and saved

    def __init__(self, settings: DisplaySettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("display", TITLE))
        self.setAccessibleName(translate("display", TITLE))
        self.settings = settings
        outer = QVBoxLayout(self)
        # The settings scroll when they do not fit (200 % on 1024x768), the buttons stay.
        body = QWidget()
        layout = QVBoxLayout(body)
        heading = QLabel("<b>" + translate("display", "Thème") + "</b>")
        layout.addWidget(heading)
        self.themes = QButtonGroup(self)
        for index, (choice, text) in enumerate(THEME_LABELS):
            radio = QRadioButton(translate("display", text))
            radio.setChecked(choice is settings.theme)
            self.themes.addButton(radio, index)
            layout.addWidget(radio)
        size_label = QLabel(
            translate("display", "Taille du texte (diapositives, quiz, console)\u00a0:")
        )
        size_label.setWordWrap(True)
        layout.addWidget(size_label)
        self.text_size = QComboBox()
        for scale in TEXT_SCALES:
            self.text_size.addItem(scale_label(scale), scale)
        self.text_size.setCurrentIndex(
            min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - settings.text_scale))
        )
        size_label.setBuddy(self.text_size)
        self.text_size.setAccessibleName(translate("display", "Taille du texte"))
        layout.addWidget(self.text_size)
        motion_label = QLabel(
            translate(
                "display", "Animations (défilement du stand, flèches qui apparaissent)\u00a0:"
            )
        )
        motion_label.setWordWrap(True)
        layout.addWidget(motion_label)
        self.motion = QComboBox()
        for motion, text in MOTION_LABELS:
            self.motion.addItem(translate("display", text), motion)
        self.motion.setCurrentIndex([m for m, _ in MOTION_LABELS].index(settings.motion))
        motion_label.setBuddy(self.motion)
        self.motion.setAccessibleName(translate("display", "Animations"))
        layout.addWidget(self.motion)
        note = QLabel(
            translate(
                "display",
                "Le système ne signale pas à Qt s’il faut réduire les animations\u00a0: "
                "choisissez «\u00a0Réduites\u00a0» si besoin.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch()
        for label in (size_label, motion_label, note):
            label.setMinimumWidth(1)  # wrapped: as narrow as the scroll area beside its bar
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("display", "Annuler")
        )
        buttons.accepted.connect(self.accept_values)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._body = body
        screen = (parent or self).screen()
        if screen is not None:
            self.fit_within(screen.availableGeometry())

    def fit_within(self, room: QRect) -> None:
        """As big as the settings want, within ``room`` (the screen): a scroll bar beyond."""
        wanted = self._body.sizeHint()
        # Room for the scroll bar too: the settings keep their width beside it.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = min(wanted.width() + 40 + bar, room.width() - 20)
        self.resize(width, min(wanted.height() + 120, room.height() - 40))

    def values(self) -> DisplaySettings:
        theme = THEME_LABELS[max(0, self.themes.checkedId())][0]
        return replace(
            self.settings,
            theme=theme,
            text_scale=float(self.text_size.currentData()),
            motion=self.motion.currentData(),
            problems=(),
        )

    def accept_values(self) -> None:
        settings = self.values()
        display.apply(settings)
        display.save(settings)
        self.chosen.emit(settings)
        self.accept()


def open_display_dialog(parent: QWidget) -> DisplayDialog:
    """Open the dialog on the settings in force; the caller keeps the reference."""
    dialog = DisplayDialog(display.current(), parent)
    dialog.open()
    return dialog
