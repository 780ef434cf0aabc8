"""The stand's pure rules: the staff PIN and the settings (no Qt here).

API for the kiosk (files in ``<data dir>/stand/``, next to ``stats.sqlite3``)::

    load_pin() -> PinLoad(.pin: PinHash | None, .warning)   # None: ask staff for a PIN
    new_pin_problem(first, second) -> str | None   # set-up, PIN typed twice (French)
    save_pin(pin) -> str | None                    # French error, None when saved
    guard = PinGuard(load_pin().pin)               # one per kiosk; clock injectable
    guard.attempt(text) -> Attempt(.verdict ACCEPTED/REFUSED/WAIT, .wait_seconds, .message)
    guard.wait_seconds()                           # > 0 while further tries are refused

    load_settings() -> (StandSettings, warnings)   # defaults when missing or broken
    parse_settings(fields_dict, base) -> (StandSettings, problems)   # staff panel form
    save_settings(settings) -> str | None
    StandSettings: attract_interval_s, idle_timeout_s, quiz_set_id, questions_per_visitor,
                   sound, campus_url;  LABELS, INT_LIMITS for the panel's fields
"""

from cmq_desktop.stand.pin import (
    Attempt,
    PinGuard,
    PinHash,
    PinLoad,
    Verdict,
    load_pin,
    new_pin_problem,
    pin_problem,
    save_pin,
)
from cmq_desktop.stand.settings import (
    INT_LIMITS,
    LABELS,
    StandSettings,
    load_settings,
    parse_settings,
    save_settings,
)

__all__ = [
    "INT_LIMITS",
    "LABELS",
    "Attempt",
    "PinGuard",
    "PinHash",
    "PinLoad",
    "StandSettings",
    "Verdict",
    "load_pin",
    "load_settings",
    "new_pin_problem",
    "parse_settings",
    "pin_problem",
    "save_pin",
    "save_settings",
]
