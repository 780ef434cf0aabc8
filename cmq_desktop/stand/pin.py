"""The staff PIN: rules, salted hash, and the growing delay after wrong attempts.

The PIN is never stored: only a scrypt hash (PBKDF2-SHA256 where OpenSSL lacks scrypt)
with a random salt, compared in constant time. Pure Python; the clock is injectable.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import math
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from cmq_desktop.content.typography import french_typography
from cmq_desktop.i18n import translate
from cmq_desktop.stand.json_file import JsonFileError, read_json, write_json
from cmq_desktop.stats.opening import reason_in_french

PIN_FILE_NAME = "pin.json"
MIN_DIGITS, MAX_DIGITS = 4, 8

# scrypt: 16 MiB of memory and ~50 ms per try; PBKDF2: OWASP's 2023 advice for SHA-256.
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
PBKDF2_ITERATIONS = 600_000
# A tampered file must not make one check take minutes.
_MAX_SCRYPT_N, _MAX_ITERATIONS = 2**20, 5_000_000

_DIGITS = re.compile(r"[0-9]+")


# --- rules --------------------------------------------------------------------------


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a staff PIN (French), or None if it can."""
    problem = _pin_problem(pin)
    return None if problem is None else french_typography(problem)


def _pin_problem(pin: str) -> str | None:
    if not _DIGITS.fullmatch(pin):
        return translate(
            "pin", "Le code ne doit contenir que des chiffres (de {low} à {high})."
        ).format(low=MIN_DIGITS, high=MAX_DIGITS)
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        return translate(
            "pin", "Le code doit avoir de {low} à {high} chiffres ({count} donnés)."
        ).format(low=MIN_DIGITS, high=MAX_DIGITS, count=len(pin))
    if _too_easy(pin):
        return translate(
            "pin",
            "Ce code est trop facile à deviner (chiffres tous identiques ou qui se suivent) : "
            "choisissez-en un autre.",
        )
    return None


def new_pin_problem(first: str, second: str) -> str | None:
    """Set-up: the PIN is typed twice."""
    problem = pin_problem(first)
    if problem is None and not hmac.compare_digest(first.encode(), second.encode()):
        return translate("pin", "Les deux codes tapés ne sont pas identiques.")
    return problem


def _too_easy(pin: str) -> bool:
    steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
    return steps in ({0}, {1}, {-1})  # 0000, 1234, 9876


# --- hash ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PinHash:
    algorithm: str  # "scrypt" or "pbkdf2-sha256"
    salt: bytes
    digest: bytes
    params: dict[str, int]

    def to_dict(self) -> dict[str, object]:
        return {
            "version": 1,
            "algorithm": self.algorithm,
            **self.params,
            "salt": self.salt.hex(),
            "hash": self.digest.hex(),
        }

    @classmethod
    def from_dict(cls, data: object) -> PinHash:
        """Raises ValueError when ``data`` is not a PIN record we can check."""
        if not isinstance(data, dict):
            raise ValueError("not an object")
        algorithm = data.get("algorithm")
        names = ("n", "r", "p") if algorithm == "scrypt" else ("iterations",)
        if algorithm not in ("scrypt", "pbkdf2-sha256"):
            raise ValueError(f"unknown algorithm {algorithm!r}")
        params: dict[str, int] = {}
        for name in names:
            value = data.get(name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"bad parameter {name}")
            params[name] = value
        if params.get("n", 1) > _MAX_SCRYPT_N or params.get("iterations", 1) > _MAX_ITERATIONS:
            raise ValueError("work factor too large")
        salt, digest = bytes.fromhex(str(data.get("salt"))), bytes.fromhex(str(data.get("hash")))
        if len(salt) < 16 or len(digest) < 32:
            raise ValueError("salt or hash too short")
        return cls(str(algorithm), salt, digest, params)


def _derive(pin: str, algorithm: str, salt: bytes, params: dict[str, int]) -> bytes:
    secret = pin.encode("ascii", "replace")
    if algorithm == "scrypt":
        n, r, p = params["n"], params["r"], params["p"]
        memory = 128 * n * r * p + 2**20
        return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=memory, dklen=32)
    return hashlib.pbkdf2_hmac("sha256", secret, salt, params["iterations"], dklen=32)


def hash_pin(pin: str) -> PinHash:
    """Hash a PIN that passed ``pin_problem``."""
    if pin_problem(pin) is not None:
        raise ValueError("invalid PIN")
    salt = secrets.token_bytes(16)
    if hasattr(hashlib, "scrypt"):
        algorithm, params = "scrypt", dict(SCRYPT)
    else:  # Python built against an OpenSSL without scrypt
        algorithm, params = "pbkdf2-sha256", {"iterations": PBKDF2_ITERATIONS}
    return PinHash(algorithm, salt, _derive(pin, algorithm, salt, params), params)


def pin_matches(pin: str, stored: PinHash) -> bool:
    """Constant-time comparison of the derived keys."""
    try:
        candidate = _derive(pin, stored.algorithm, stored.salt, stored.params)
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(candidate, stored.digest)


# --- file ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PinLoad:
    pin: PinHash | None  # None: no usable PIN yet, staff must choose one
    warning: str | None


def pin_path() -> Path:
    from cmq_desktop.stats.location import stand_dir

    return stand_dir() / PIN_FILE_NAME


def load_pin(path: Path | None = None) -> PinLoad:
    path = path or pin_path()
    try:
        data = read_json(path)
    except JsonFileError as error:
        warning = f"Le code du personnel est illisible ({error}) : choisissez-en un."
        return PinLoad(None, french_typography(warning))
    if data is None:
        return PinLoad(None, None)
    try:
        return PinLoad(PinHash.from_dict(data), None)
    except ValueError:
        warning = f"Le fichier {path} ne contient pas de code utilisable : choisissez-en un."
        return PinLoad(None, french_typography(warning))


def save_pin(pin: str, path: Path | None = None) -> str | None:
    """Hash and store a valid PIN; returns a French error, or None when saved."""
    path = path or pin_path()
    try:
        write_json(path, hash_pin(pin).to_dict())
    except OSError as error:
        return french_typography(
            f"Impossible d’enregistrer le code dans {path} ({reason_in_french(error)})."
        )
    return None


# --- wrong attempts -----------------------------------------------------------------

FREE_ATTEMPTS = 3  # a staff member may mistype twice without waiting
FIRST_DELAY = 5.0  # seconds, after the third wrong PIN in a row; doubles after each
MAX_DELAY = 300.0


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong PINs in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, FIRST_DELAY * 2.0 ** min(failures - FREE_ATTEMPTS, 16))


class Verdict(Enum):
    ACCEPTED = "accepted"
    REFUSED = "refused"  # wrong PIN
    WAIT = "wait"  # too soon after wrong PINs: not even checked


@dataclass(frozen=True)
class Attempt:
    verdict: Verdict
    wait_seconds: float  # before the next attempt is checked

    @property
    def message(self) -> str:
        """French, for the PIN dialog."""
        if self.verdict is Verdict.ACCEPTED:
            return ""
        wait = translate("pin", "réessayez dans {time}").format(time=_seconds(self.wait_seconds))
        if self.verdict is Verdict.WAIT:
            return french_typography(translate("pin", "Trop d’essais : {wait}.").format(wait=wait))
        if self.wait_seconds > 0:
            return french_typography(translate("pin", "Code incorrect ; {wait}.").format(wait=wait))
        return translate("pin", "Code incorrect.")


def _seconds(value: float) -> str:
    whole = max(1, math.ceil(value))
    if whole < 60:
        return f"{whole}\u00a0s"
    return f"{whole // 60}\u00a0min\u00a0{whole % 60:02d}\u00a0s"


class PinGuard:
    """Checks PINs at the stand, with a delay that doubles after repeated failures."""

    def __init__(self, stored: PinHash, clock: Callable[[], float] = time.monotonic) -> None:
        self._stored = stored
        self._clock = clock
        self.failures = 0
        self._blocked_until = 0.0

    def wait_seconds(self) -> float:
        return max(0.0, self._blocked_until - self._clock())

    def attempt(self, pin: str) -> Attempt:
        wait = self.wait_seconds()
        if wait > 0:
            return Attempt(Verdict.WAIT, wait)
        if pin_matches(pin, self._stored):
            self.failures = 0
            return Attempt(Verdict.ACCEPTED, 0.0)
        self.failures += 1
        delay = delay_after(self.failures)
        self._blocked_until = self._clock() + delay
        return Attempt(Verdict.REFUSED, delay)
