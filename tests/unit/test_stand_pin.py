"""The staff PIN: its rules, its hash, and the delay after wrong attempts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cmq_desktop.stand import PinGuard, Verdict, load_pin, new_pin_problem, pin_problem, save_pin
from cmq_desktop.stand.pin import PinHash, delay_after, hash_pin, pin_matches


class Ticks:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("pin", ["2580", "736149", "19283746", "0913"])
def test_good_pins(pin: str) -> None:
    assert pin_problem(pin) is None
    assert new_pin_problem(pin, pin) is None


@pytest.mark.parametrize(
    ("pin", "words"),
    [
        ("", "que des chiffres"),
        ("12a4", "que des chiffres"),
        ("２５８０", "que des chiffres"),  # full-width digits are not 0-9
        ("25 80", "que des chiffres"),
        ("258", "de 4 à 8 chiffres (3 donnés)"),
        ("258013579", "de 4 à 8 chiffres (9 donnés)"),
        ("0000", "trop facile"),
        ("1234", "trop facile"),
        ("98765", "trop facile"),
    ],
)
def test_bad_pins_are_refused_in_french(pin: str, words: str) -> None:
    problem = pin_problem(pin)
    assert problem is not None and words in problem


def test_the_pin_typed_twice_must_match() -> None:
    assert new_pin_problem("2580", "2581") == "Les deux codes tapés ne sont pas identiques."
    assert "trop facile" in (new_pin_problem("1111", "1111") or "")


def test_the_file_holds_a_salted_hash_never_the_pin(tmp_path: Path) -> None:
    path = tmp_path / "stand" / "pin.json"
    assert save_pin("736149", path) is None
    text = path.read_text(encoding="utf-8")
    assert "736149" not in text
    data = json.loads(text)
    assert data["algorithm"] == "scrypt" and data["n"] >= 2**14
    assert len(bytes.fromhex(data["salt"])) == 16
    loaded = load_pin(path)
    assert loaded.warning is None and loaded.pin is not None
    assert pin_matches("736149", loaded.pin) and not pin_matches("736148", loaded.pin)
    # Same PIN, new salt, other hash.
    assert hash_pin("736149").digest != loaded.pin.digest


def test_pbkdf2_records_are_checked_too() -> None:
    import hashlib

    salt = bytes(range(16))
    record = PinHash(
        "pbkdf2-sha256",
        salt,
        hashlib.pbkdf2_hmac("sha256", b"2580", salt, 1000, dklen=32),
        {"iterations": 1000},
    )
    again = PinHash.from_dict(json.loads(json.dumps(record.to_dict())))
    assert pin_matches("2580", again) and not pin_matches("2581", again)


@pytest.mark.parametrize(
    "content",
    [
        "{",
        "[]",
        '{"algorithm": "md5", "salt": "00", "hash": "00"}',
        '{"algorithm": "scrypt", "n": 1073741824, "r": 8, "p": 1, '
        '"salt": "00000000000000000000000000000000", "hash": "' + "00" * 32 + '"}',
    ],
)
def test_a_broken_or_tampered_file_means_no_pin_with_a_warning(
    tmp_path: Path, content: str
) -> None:
    path = tmp_path / "pin.json"
    path.write_text(content, encoding="utf-8")
    loaded = load_pin(path)
    assert loaded.pin is None
    assert loaded.warning is not None and "choisissez-en un" in loaded.warning


def test_no_file_means_no_pin_yet(tmp_path: Path) -> None:
    loaded = load_pin(tmp_path / "pin.json")
    assert (loaded.pin, loaded.warning) == (None, None)


def test_saving_into_an_unusable_folder_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("", encoding="utf-8")
    error = save_pin("2580", blocker / "pin.json")
    assert error is not None and error.startswith("Impossible d’enregistrer le code")


def test_the_delay_grows_after_repeated_failures() -> None:
    assert [delay_after(n) for n in range(1, 11)] == [
        0, 0, 5, 10, 20, 40, 80, 160, 300, 300,
    ]  # fmt: skip


def test_the_guard_refuses_then_makes_wait_then_accepts() -> None:
    ticks = Ticks()
    guard = PinGuard(hash_pin("736149"), clock=ticks)
    assert guard.attempt("0000").verdict is Verdict.REFUSED
    assert guard.attempt("1111").message == "Code incorrect."
    third = guard.attempt("2222")
    assert (third.verdict, third.wait_seconds) == (Verdict.REFUSED, 5.0)
    assert third.message == "Code incorrect\u202f; réessayez dans 5\u00a0s."
    # During the delay even the right PIN is not checked.
    ticks.now += 4
    waiting = guard.attempt("736149")
    assert waiting.verdict is Verdict.WAIT and waiting.wait_seconds == pytest.approx(1.0)
    assert waiting.message == "Trop d’essais\u202f: réessayez dans 1\u00a0s."
    ticks.now += 1
    assert guard.attempt("3333").wait_seconds == 10.0
    ticks.now += 10
    assert guard.attempt("736149").verdict is Verdict.ACCEPTED
    assert guard.failures == 0
    assert guard.attempt("0000").wait_seconds == 0  # the count starts again


def test_long_waits_read_in_minutes() -> None:
    ticks = Ticks()
    guard = PinGuard(hash_pin("736149"), clock=ticks)
    for _ in range(9):
        attempt = guard.attempt("0000")
        ticks.now += attempt.wait_seconds
    assert attempt.message == "Code incorrect\u202f; réessayez dans 5\u00a0min\u00a000\u00a0s."
