"""The conversation of the PIN keypad: first-start set-up (twice the same PIN), then the
check before the staff panel, with the growing delay after wrong PINs.

The PIN itself (salted hash, delay policy) is ``cmq_desktop.stand``'s; this object only
says what the keypad shows next (``prompt``) and announces each change (``changed``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from cmq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cmq_desktop.stand.pin import Attempt, Verdict

log = logging.getLogger("cmq_desktop.ui.stand")

TITLE_CHOOSE = QT_TRANSLATE_NOOP("staff", "Choisissez le code de l’équipe (4 à 8 chiffres)")
TITLE_AGAIN = QT_TRANSLATE_NOOP("staff", "Saisissez ce code une seconde fois")
TITLE_CHECK = QT_TRANSLATE_NOOP("staff", "Espace équipe\u00a0: saisissez le code")


class PinBackend(Protocol):
    def is_set(self) -> bool: ...

    def pin_problem(self, pin: str) -> str | None: ...

    def pair_problem(self, first: str, second: str) -> str | None: ...

    def set_pin(self, pin: str) -> None: ...

    def attempt(self, pin: str) -> Attempt: ...

    def wait_seconds(self) -> float:
        """How long before the next try is allowed (0 when it is)."""
        ...


@dataclass(frozen=True)
class Prompt:
    title: str = ""
    message: str = ""
    error: bool = False
    locked: bool = False
    can_cancel: bool = True
    fresh: bool = False  # a new question: the keypad starts empty
    granted: bool = False  # the right PIN: open the panel
    done: bool = False  # set-up finished: back to the visitors


class StaffAccess(QObject):
    changed = Signal()

    def __init__(self, backend: PinBackend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.prompt = Prompt()
        self._first = ""  # the set-up's first entry, until the second one matches
        self._setting_up = False

    @property
    def needs_setup(self) -> bool:
        return self._setting_up or not self.backend.is_set()

    def _say(self, prompt: Prompt) -> None:
        self.prompt = prompt
        self.changed.emit()

    def begin_setup(self) -> None:
        self._setting_up = True
        self._first = ""
        self._say(Prompt(TITLE_CHOOSE, can_cancel=False, fresh=True))

    def begin_check(self) -> None:
        wait = self.backend.wait_seconds()
        message = Attempt(Verdict.WAIT, wait).message if wait > 0 else ""
        self._say(Prompt(TITLE_CHECK, message, error=wait > 0, locked=wait > 0, fresh=True))

    def tick(self) -> None:
        """Time passes: the locked keypad counts down, then opens again."""
        if not self.prompt.locked:
            return
        wait = self.backend.wait_seconds()
        if wait > 0:
            message = Attempt(Verdict.REFUSED, wait).message
            self._say(Prompt(TITLE_CHECK, message, error=True, locked=True))
        else:
            self._say(Prompt(TITLE_CHECK, translate("staff", "Vous pouvez réessayer.")))

    def submit(self, digits: str) -> None:
        if self._setting_up:
            self._setup_entry(digits)
        else:
            self._check(digits)

    def _setup_entry(self, digits: str) -> None:
        if not self._first:
            problem = self.backend.pin_problem(digits)
            if problem is not None:
                self._say(Prompt(TITLE_CHOOSE, problem, True, can_cancel=False, fresh=True))
                return
            self._first = digits
            self._say(Prompt(TITLE_AGAIN, can_cancel=False, fresh=True))
            return
        problem = self.backend.pair_problem(self._first, digits)
        if problem is not None:
            self._first = ""
            message = translate("staff", "{problem} Recommencez.").format(problem=problem)
            self._say(Prompt(TITLE_CHOOSE, message, True, can_cancel=False, fresh=True))
            return
        self.backend.set_pin(digits)
        self._first = ""
        self._setting_up = False
        log.info("stand: staff PIN chosen")
        self._say(Prompt(done=True))

    def _check(self, digits: str) -> None:
        attempt = self.backend.attempt(digits)
        if attempt.verdict is Verdict.ACCEPTED:
            log.info("stand: staff PIN accepted")
            self._say(Prompt(granted=True))
            return
        log.info("stand: staff PIN refused (%s)", attempt.verdict.value)
        locked = attempt.wait_seconds > 0
        self._say(Prompt(TITLE_CHECK, attempt.message, error=True, locked=locked, fresh=True))
