"""The display settings in force: theme, text size, motion; stored in QSettings.

``apply`` gives ``ui/theme.py`` the palette and text scale, sets the palette and font of
Qt's own widgets (console, dialogs, staff panel), then tells the windows (``notifier``)
so they lay their screens out again. The file is the one Classe's settings use
(``reglages.ini`` in the user's data directory), group ``affichage``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from cmq_desktop.modes.display import (
    PALETTES,
    DisplaySettings,
    ThemeChoice,
    display_settings_from,
    resolved_theme,
)
from cmq_desktop.paths import user_data_dir
from cmq_desktop.ui import theme

GROUP = "affichage"
FILE_NAME = "reglages.ini"
APP_FONT_SIZE = 18  # pixels, Qt's own widgets at 100 %


class _Notifier(QObject):
    changed = Signal(object)  # DisplaySettings


notifier: _Notifier | None = None
_current = DisplaySettings()


def changes() -> _Notifier:
    """The object whose ``changed`` signal fires after every ``apply``."""
    global notifier
    if notifier is None:
        notifier = _Notifier()
    return notifier


def current() -> DisplaySettings:
    return _current


def settings_path() -> Path:
    return user_data_dir() / FILE_NAME


def load(path: Path | None = None) -> DisplaySettings:
    store = QSettings(str(path or settings_path()), QSettings.Format.IniFormat)
    if store.status() is not QSettings.Status.NoError:
        return DisplaySettings(problems=(f"fichier de réglages illisible ({store.fileName()})",))
    store.beginGroup(GROUP)
    values = {key: store.value(key) for key in store.childKeys()}
    store.endGroup()
    return display_settings_from(values)


def save(settings: DisplaySettings, path: Path | None = None) -> bool:
    """Write the settings; False if the file is not writable (they still apply this time)."""
    store = QSettings(str(path or settings_path()), QSettings.Format.IniFormat)
    store.beginGroup(GROUP)
    for key, value in settings.as_values().items():
        store.setValue(key, value)
    store.endGroup()
    store.sync()
    return store.status() is QSettings.Status.NoError


def system_theme() -> tuple[bool, bool]:
    """(dark, high contrast) as the platform tells Qt; (False, False) when it says nothing."""
    hints = QGuiApplication.styleHints()
    dark = hints.colorScheme() is Qt.ColorScheme.Dark
    high = hints.accessibility().contrastPreference() is Qt.ContrastPreference.HighContrast
    return dark, high


def active_theme(settings: DisplaySettings) -> ThemeChoice:
    return resolved_theme(settings.theme, *system_theme())


def apply(settings: DisplaySettings) -> None:
    """Make ``settings`` the ones in force, for every window open or to come."""
    global _current
    _current = settings
    chosen = active_theme(settings)
    theme.apply_palette(PALETTES[chosen])
    theme.set_display(settings.text_scale, settings.reduced_motion)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(_widget_palette(app, chosen))
        app.setFont(theme.font(APP_FONT_SIZE * settings.text_scale))
        for widget in app.topLevelWidgets():
            widget.update()
    changes().changed.emit(settings)


def _widget_palette(app: QApplication, chosen: ThemeChoice) -> QPalette:
    """Qt's widgets in the theme's colours; the light theme keeps the style's own."""
    if chosen is ThemeChoice.CLAIR:
        return app.style().standardPalette()
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, theme.PAPER_SHADE),
        (roles.WindowText, theme.INK),
        (roles.Base, theme.PAPER),
        (roles.AlternateBase, theme.TEAL_LIGHT),
        (roles.Text, theme.INK),
        (roles.PlaceholderText, theme.INK_SOFT),
        (roles.Button, theme.PAPER),
        (roles.ButtonText, theme.NAVY),
        (roles.BrightText, theme.WRONG),
        (roles.Highlight, theme.NAVY),
        (roles.HighlightedText, theme.PAPER),
        (roles.ToolTipBase, theme.PAPER),
        (roles.ToolTipText, theme.INK),
        (roles.Link, theme.TEAL),
        (roles.Light, theme.NAVY_DARK),
        (roles.Mid, theme.MUTED_BORDER),
        (roles.Dark, theme.MUTED_BORDER),
    ):
        palette.setColor(roles(role), QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.INK_SOFT))
    return palette
