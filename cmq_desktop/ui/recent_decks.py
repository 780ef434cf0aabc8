"""The recent decks on the start screen: stored in the settings file, one button each.

A vanished deck keeps its button, muted and disabled, saying it cannot be found.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, QSettings

from cmq_desktop.content.model import Deck
from cmq_desktop.content.recent_decks import RecentDeck, decode, encode, label, remembered
from cmq_desktop.i18n import translate
from cmq_desktop.paths import user_data_dir
from cmq_desktop.ui import theme
from cmq_desktop.ui.buttons import ButtonStyle, CanvasButton
from cmq_desktop.ui.canvas import CanvasWidget

KEY = "app/recent_decks"
FILE_NAME = "reglages.ini"  # the settings file of ui/mode_memory.py
ROW = QRectF(120, 948, theme.CANVAS_WIDTH - 240, 42)  # between the quiz row and the hint
GAP = 20
MAX_WIDTH = 540


def _store() -> QSettings:
    return QSettings(str(user_data_dir() / FILE_NAME), QSettings.Format.IniFormat)


def load_recent() -> tuple[RecentDeck, ...]:
    return decode(_store().value(KEY))


def record_opened(path: Path, deck: Deck, today: date | None = None) -> tuple[RecentDeck, ...]:
    shown = os.path.abspath(path)
    entry = RecentDeck(shown, deck.title, today or date.today())
    recents = remembered(load_recent(), entry)
    store = _store()
    store.setValue(KEY, encode(recents))
    store.sync()
    return recents


class RecentDecksRow:
    """The buttons, placed on the start view's canvas; ``open_deck(path)`` on a click."""

    def __init__(self, view: CanvasWidget, open_deck: Callable[[Path], object]) -> None:
        self.view = view
        self.open_deck = open_deck
        self.buttons: list[CanvasButton] = []

    def show(self, recents: tuple[RecentDeck, ...]) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        if not recents:
            return
        width = min(MAX_WIDTH, (ROW.width() - GAP * (len(recents) - 1)) / len(recents))
        left = ROW.x() + (ROW.width() - len(recents) * width - (len(recents) - 1) * GAP) / 2
        for index, recent in enumerate(recents):
            exists = os.path.exists(recent.path)
            text = label(recent, exists)
            style = ButtonStyle.SECONDARY if exists else ButtonStyle.MUTED
            button = CanvasButton(self.view, style, text, font_size=24)
            button.setEnabled(exists)
            button.setToolTip(recent.path)
            button.setAccessibleName(
                translate("recent", "Ouvrir la présentation récente {deck}").format(deck=text)
            )
            button.clicked.connect(lambda _c=False, p=recent.path: self.open_deck(Path(p)))
            x = left + index * (width + GAP)
            self.view.place(button, QRectF(x, ROW.y(), width, ROW.height()))
            button.show()
            self.buttons.append(button)
