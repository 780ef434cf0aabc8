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


def answer_keys_reminder(labels: tuple[str, str], key: str) -> str:
    """What to say when ``key`` answers nothing (O/N on a Vrai/Faux question)."""
    letters = answer_letters(labels)
    choices = [
        translate("shortcuts", "{keys} pour «\u00a0{label}\u00a0»").format(
            keys=translate("shortcuts", " ou ").join(
                k for k in (letters[i], str(i + 1), ("←", "→")[i]) if k
            ),
            label=labels[i],
        )
        for i in (0, 1)
    ]
    reminder = translate(
        "shortcuts", "«\u00a0{key}\u00a0» ne répond pas ici\u00a0: {first}, {second}."
    )
    return reminder.format(key=key, first=choices[0], second=choices[1])
