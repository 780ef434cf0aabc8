"""Qt's side of the interface's language (cmq_desktop/i18n.py): which catalogues to install.

French (the default, and the language of the source strings) needs no catalogue of ours:
only Qt's own qtbase_fr.qm for its dialogs and buttons (about a millisecond: memory-mapped),
and our complement of it. English installs resources/translations/cmq_desktop_en.qm and
routes ``i18n.translate`` through ``QCoreApplication.translate``; Qt's own strings are
English already. Catalogues are built by ``python -m cmq_desktop.i18n_tool build``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cmq_desktop import i18n
from cmq_desktop.paths import resources_dir

_installed: list[QTranslator] = []


def catalogue(name: str) -> str:
    """The path of one of our compiled catalogues (``cmq_desktop_en``)."""
    return str(resources_dir() / "translations" / f"{name}.qm")


def use_language(app: QCoreApplication, language: str) -> None:
    """Install the catalogues of ``language`` ("fr" or "en"), replacing those installed
    before, so that a test can switch and switch back."""
    while _installed:
        app.removeTranslator(_installed.pop())
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    locale = QLocale(QLocale.Language.English if language == "en" else QLocale.Language.French)
    # Qt's own dialogs (file dialog, message boxes). No qtbase_en in the bundle: Qt's
    # sources are English, so a missing catalogue there changes nothing.
    _load(app, lambda t: t.load(locale, "qtbase", "_", qt_dir))
    if language == "en":
        _load(app, lambda t: t.load(catalogue("cmq_desktop_en")))
        i18n.install("en", QCoreApplication.translate)
    else:
        # The few strings newer than qtbase_fr (Qt 6.11's "&Look in:"...): searched first,
        # it holds only those (resources/translations/qt_complements_fr.ts).
        _load(app, lambda t: t.load(catalogue("qt_complements_fr")))
        i18n.install("fr", None)


def _load(app: QCoreApplication, load: Callable[[QTranslator], bool]) -> None:
    translator = QTranslator(app)
    if load(translator):
        app.installTranslator(translator)
        _installed.append(translator)
