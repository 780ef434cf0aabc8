"""Key tables: which key means which intent, per screen. Data, one table per mode.

Keys are named as Qt's portable key sequences write them ("Right", "PgDown", "Shift+F5",
"Ctrl+O", "B", "."); ``cmq_desktop.ui.key_names`` turns a key press into that name. The
screen's context is its kind ("start", "slide", "results") refined by its stage
("question:asking") or by a review ("slide:review"); a context with no binding for a key
falls back to the coarser context, then to ``"*"`` (every screen).

Answer letters depend on the question (V/F for Vrai/Faux, O/N for Oui/Non): tables bind
the pseudo-keys ``ANSWER_LETTER_1`` and ``ANSWER_LETTER_2``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.shortcuts import answer_letters

if TYPE_CHECKING:
    from cmq_desktop.quiz.screens import LessonState

ANSWER_LETTER_1 = "<answer 1>"
ANSWER_LETTER_2 = "<answer 2>"

# What clickers send (PgDown/PgUp) and what a keyboard user tries first.
FORWARD = ("Right", "PgDown", "Space", "Return", "Enter", "Down")
BACKWARD = ("Left", "PgUp", "Backspace", "Up")

Binding = Intent | Action


def keys(names: Iterable[str], binding: Binding) -> dict[str, Binding]:
    """``{name: binding}`` for several keys that mean the same."""
    return dict.fromkeys(names, binding)


def context_of(state: LessonState) -> str:
    # Imported on the first key, not with the table: a mode's table is built before the
    # first frame, the screens' models are not needed until a key is pressed.
    from cmq_desktop.quiz.screens import QuestionScreen, SlideScreen

    screen = state.screen
    if isinstance(screen, QuestionScreen):
        return f"question:{screen.stage.value}"
    if isinstance(screen, SlideScreen) and screen.reviewing:
        return "slide:review"
    return screen.kind


class KeyTable:
    def __init__(self, bindings: Mapping[str, Mapping[str, Binding]]) -> None:
        self._bindings = {context: dict(table) for context, table in bindings.items()}

    def action_for(self, state: LessonState, key: str) -> Action | None:
        from cmq_desktop.quiz.screens import QuestionScreen

        context = context_of(state)
        names = [key]
        screen = state.screen
        if isinstance(screen, QuestionScreen):
            letters = answer_letters(screen.question.labels)
            pseudo = {letters[0]: ANSWER_LETTER_1, letters[1]: ANSWER_LETTER_2}
            if key in pseudo and key:
                names.insert(0, pseudo[key])
        for scope in _scopes(context):
            table = self._bindings.get(scope, {})
            for name in names:
                if name in table:
                    binding = table[name]
                    return binding if isinstance(binding, Action) else Action(binding)
        return None

    def bindings(self, context: str) -> dict[str, Binding]:
        """Every key that means something in ``context`` (for the help screen and tests)."""
        merged: dict[str, Binding] = {}
        for scope in reversed(_scopes(context)):
            merged.update(self._bindings.get(scope, {}))
        return merged


def _scopes(context: str) -> list[str]:
    """``"question:asking"`` -> ``["question:asking", "question", "*"]``."""
    scopes = [context]
    if ":" in context:
        scopes.append(context.split(":", 1)[0])
    scopes.append("*")
    return scopes
