"""Keyboard letters for answer labels: V/F for Vrai/Faux, O/N for Oui/Non, and so on."""

from __future__ import annotations

import unicodedata


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
