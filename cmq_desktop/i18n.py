"""The interface's language, without Qt: French by default, English on request.

The source strings are French. Every interface string goes through ``translate(context,
text)``, a name pyside6-lupdate extracts from the Python sources (``python -m
cmq_desktop.i18n_tool``). In French it returns ``text`` as is and costs nothing
on the way to the first frame; for another language the GUI installs Qt's translator
(``ui/translations.py``) and registers ``QCoreApplication.translate`` with ``install``.
The pure layers call it when they build a text, never at import time: strings held in
module constants are marked with ``QT_TRANSLATE_NOOP`` and translated where they are shown.
Placeholders are ``str.format`` fields (``{n}``): a translation keeps the same ones
(tests/unit/test_translations.py).
"""

from __future__ import annotations

from collections.abc import Callable

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity
_language = DEFAULT_LANGUAGE


def translate(context: str, text: str) -> str:
    """``text`` (French) in the interface's language."""
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate's own name
    """Marks a constant for extraction; ``translate(context, text)`` where it is shown."""
    return text


def install(language: str, translator: Translator | None) -> None:
    """The interface's language, and the function that translates into it (None: French)."""
    global _translator, _language
    _language = language
    _translator = translator or _identity


def language() -> str:
    return _language


def chosen_language(asked: str | None, deck_language: str | None) -> str:
    """``--lang`` if given, else the deck's declared language if the program has it, else
    French."""
    for candidate in (asked, deck_language):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE
