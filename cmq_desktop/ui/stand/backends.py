"""The shell's view of the stand's files: the staff PIN and the settings
(``cmq_desktop.stand``), with what the shell needs and nothing more.

A PIN or settings file that cannot be written (read-only data directory) never stops
the stand: the PIN and the settings then live in memory, with a warning for the panel.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from cmq_desktop.i18n import translate
from cmq_desktop.modes.stand_kiosk import KioskSettings
from cmq_desktop.stand.pin import Attempt, PinGuard, hash_pin, load_pin, new_pin_problem, save_pin
from cmq_desktop.stand.pin import pin_problem as rule_problem
from cmq_desktop.stand.settings import StandSettings, load_settings, save_settings

# Tests only: a timeout shorter than the panel allows (15 s at least), e.g. "4".
ENV_IDLE_SECONDS = "CMQ_DESKTOP_STAND_IDLE_SECONDS"


class StandPin:
    """The PIN rules and the growing delay of ``cmq_desktop.stand.pin``."""

    def __init__(self, path: Path | None = None, clock: Callable[[], float] = time.monotonic):
        self.path = path
        self._clock = clock
        loaded = load_pin(path)
        self.warnings: list[str] = [loaded.warning] if loaded.warning else []
        self._guard = PinGuard(loaded.pin, clock) if loaded.pin is not None else None

    def is_set(self) -> bool:
        return self._guard is not None

    def pin_problem(self, pin: str) -> str | None:
        return rule_problem(pin)

    def pair_problem(self, first: str, second: str) -> str | None:
        return new_pin_problem(first, second)

    def set_pin(self, pin: str) -> None:
        error = save_pin(pin, self.path)
        if error is not None:
            self.warnings.append(
                translate("staff", "{error} Le code vaut jusqu’à l’arrêt du programme.").format(
                    error=error
                )
            )
        self._guard = PinGuard(hash_pin(pin), self._clock)

    def attempt(self, pin: str) -> Attempt:
        assert self._guard is not None
        return self._guard.attempt(pin)

    def wait_seconds(self) -> float:
        return 0.0 if self._guard is None else self._guard.wait_seconds()


def kiosk_settings(settings: StandSettings) -> KioskSettings:
    from cmq_desktop.ui import theme  # Qt: only once a stand starts

    kiosk = KioskSettings(
        slide_seconds=float(settings.attract_interval_s),
        idle_seconds=float(settings.idle_timeout_s),
        question_count=settings.questions_per_visitor,
        quiz_set_id=settings.quiz_set_id or None,
        web_address=settings.campus_url,
        sound=settings.sound,
        # Reduced motion (the display settings): nothing moves by itself (WCAG 2.2.2).
        loop_slides=not theme.reduced_motion(),
    )
    idle = os.environ.get(ENV_IDLE_SECONDS, "").strip().replace(",", ".")
    try:
        seconds = float(idle) if idle else None
    except ValueError:  # a typo in a test variable must not stop the stand
        seconds = None
    if seconds is not None:
        kiosk = replace(kiosk, idle_seconds=max(1.0, seconds))
    return kiosk


class StandSettingsFile:
    """The settings file of ``cmq_desktop.stand.settings``."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.settings, warnings = load_settings(path)
        self.warnings = list(warnings)

    def load(self) -> StandSettings:
        return self.settings

    def save(self, settings: StandSettings) -> str | None:
        self.settings = settings
        return save_settings(settings, self.path)
