"""Keyboard letters for answer labels: V/F for Vrai/Faux, O/N for Oui/Non, and so on."""

from __future__ import annotations

import unicodedata

from cmq_desktop.i18n import translate


def label_letter(label: str) -> str:
    """The label's first letter, upper case, accents removed ("Évidemment" -> "E")."""
    for char in unicodedata.normalize("NFKD", label.strip()):
        if char.isalnum():
            return char.upper()
    return ""


def answer_letters(labels: tuple[str, str]) -> tuple[str, str]:
    """One letter per label, or none for both when they would collide."""
    first, second = label_letter(labels[0]), label_letter(labels[1])
    if first == second or not first or not second:
        return "", ""
    return first, second


def is_answer_attempt(key: str) -> bool:
    """A key a pupil presses meaning to answer: a letter or a digit, no modifier."""
    return len(key) == 1 and key.isalnum()


def _direct_keys(labels: tuple[str, str]) -> tuple[str, str]:
    """ "V ou 1 pour « Vrai »", "F ou 2 pour « Faux »": the keys that answer at once."""
    letters = answer_letters(labels)
    first, second = (
        translate("shortcuts", "{keys} pour «\u00a0{label}\u00a0»").format(
            keys=translate("shortcuts", " ou ").join(k for k in (letters[i], str(i + 1)) if k),
            label=labels[i],
        )
        for i in (0, 1)
    )
    return first, second


def answer_keys_reminder(labels: tuple[str, str], key: str) -> str:
    """What to say when ``key`` answers nothing (O/N on a Vrai/Faux question)."""
    first, second = _direct_keys(labels)
    reminder = translate(
        "shortcuts",
        "«\u00a0{key}\u00a0» ne répond pas ici\u00a0: {first}, {second}\u00a0; "
        "ou ← →, puis Entrée.",
    )
    return reminder.format(key=key, first=first, second=second)


def choose_first_reminder(labels: tuple[str, str]) -> str:
    """What to say when Enter or Space is pressed on a question before an answer is chosen:
    the arrows choose, they never answer (→ is also "next slide")."""
    first, second = _direct_keys(labels)
    reminder = translate(
        "shortcuts", "Choisissez avec ← ou →, puis Entrée\u00a0; ou bien {first}, {second}."
    )
    return reminder.format(first=first, second=second)
