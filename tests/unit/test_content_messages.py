"""Every message of content/messages.py is documented for authors in docs/format-du-contenu.md."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from cmq_desktop.content import messages

DOC = Path(__file__).resolve().parents[2] / "docs" / "format-du-contenu.md"
# Parts of messages, not messages.
_FRAGMENTS = {"LAYOUT_NAMES", "QUESTION_KEYS", "ID_RULE", "LINK_LOOP", "NOT_A_FILE"}
_SAMPLE_ARGS = {
    "error": PermissionError(13, "refusé"),
    "labels": ("Vrai", "Faux"),
    "first_line": 3,
    "kind": "damaged",
}


def _all_messages() -> list[str]:
    texts = [
        value
        for name, value in vars(messages).items()
        if name.isupper() and isinstance(value, str) and name not in _FRAGMENTS
    ]
    for _name, function in inspect.getmembers(messages, inspect.isfunction):
        if function.__module__ != messages.__name__ or _name.startswith("_"):
            continue
        parameters = inspect.signature(function).parameters
        texts.append(function(*(_SAMPLE_ARGS.get(p, "x") for p in parameters)))
    return texts


def _fixed_start(message: str) -> str:
    """The part of a message before its first variable or explanation."""
    return re.split(r"«| : |\bx\b", message, maxsplit=1)[0].strip()


@pytest.mark.parametrize("message", _all_messages())
def test_message_is_documented(message: str) -> None:
    start = _fixed_start(message)
    assert start, message
    assert start in DOC.read_text(encoding="utf-8"), f"not in the docs: {message}"


def test_messages_are_french_sentences_without_final_period() -> None:
    for message in _all_messages():
        assert message[0].islower() or message[0] == "«", message
        assert not message.endswith("."), message


@pytest.mark.parametrize("kind", sorted(messages.IMAGE_PROBLEMS))
def test_every_image_problem_is_documented(kind: str) -> None:
    start = messages.IMAGE_PROBLEMS[kind].split(" : ")[0]
    assert start in DOC.read_text(encoding="utf-8"), kind
