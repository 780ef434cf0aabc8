"""The decks opened lately, newest first, shown on the start screen with their date.

Pure: the ui layer stores ``encode(...)`` in its settings and says whether each path still
exists; a deck that has vanished since is shown as such, not as an error.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from cmq_desktop.i18n import translate

MAX_RECENT = 3


@dataclass(frozen=True)
class RecentDeck:
    path: str  # the folder or .zip as opened
    title: str
    opened: date


def remembered(
    recents: tuple[RecentDeck, ...], deck: RecentDeck, limit: int = MAX_RECENT
) -> tuple[RecentDeck, ...]:
    """``deck`` first, then the others without it, at most ``limit``."""
    others = tuple(recent for recent in recents if recent.path != deck.path)
    return (deck, *others)[:limit]


def encode(recents: tuple[RecentDeck, ...]) -> str:
    return json.dumps(
        [{"path": r.path, "title": r.title, "opened": r.opened.isoformat()} for r in recents],
        ensure_ascii=False,
    )


def decode(text: object) -> tuple[RecentDeck, ...]:
    """What ``encode`` wrote; anything else (an old or hand-edited file) gives nothing."""
    try:
        items = json.loads(text) if isinstance(text, str) else []
        return tuple(
            RecentDeck(str(item["path"]), str(item["title"]), date.fromisoformat(item["opened"]))
            for item in items
            if isinstance(item, dict)
        )[:MAX_RECENT]
    except (ValueError, TypeError, KeyError):
        return ()


TITLE_LENGTH = 30  # three buttons side by side on the start screen


def label(recent: RecentDeck, exists: bool) -> str:
    day = recent.opened.strftime("%d/%m/%Y")
    title = recent.title or recent.path
    if len(title) > TITLE_LENGTH:
        title = title[: TITLE_LENGTH - 1].rstrip() + "…"
    if exists:
        return f"{title} · {day}"
    return translate("recent", "{title} · {day} · introuvable").format(title=title, day=day)
