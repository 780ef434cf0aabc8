"""The words of a results screen, chosen from the score: pure, shared by every output.

A redo round ("Refaire mes erreurs") says so, and recalls the first round's score.
"""

from __future__ import annotations

from cmq_desktop.quiz.screens import ResultsScreen

NBSP = "\u00a0"


def _errors(count: int) -> str:
    return "une erreur" if count == 1 else f"{count}{NBSP}erreurs"


def score_message(score: int, total: int) -> str:
    """A first round's message: it differs at 3/6, 4/6 and 5/6. Short: it shares its line
    with the page indicator ("Page 1 sur 3 · Page suivante : ↓")."""
    wrong = total - score
    if total <= 0 or wrong == 0:
        return f"Bravo, tout est juste{NBSP}!"
    if score == 0:
        return f"Aucune bonne réponse{NBSP}: relisez les explications."
    if wrong == 1:
        return f"Très bien, une seule erreur{NBSP}: relisez son explication."
    if score * 10 >= total * 8:
        return f"Très bien{NBSP}: {_errors(wrong)} seulement à revoir."
    if score * 2 > total:
        return f"Plus de la moitié est juste{NBSP}: {_errors(wrong)} à revoir."
    if score * 2 == total:
        return f"La moitié est juste{NBSP}: relisez vos erreurs."
    return f"Relisez les explications, puis refaites vos {_errors(wrong)}."


def page_indicator(page: int, count: int) -> str:
    """Where the reader is among the results' pages, and the key to the next one; on the
    last page, the key back (there is no next page to promise)."""
    where = f"Page {page + 1} sur {count}"
    if page + 1 >= count:
        return f"{where} · Page précédente{NBSP}: ↑"
    return f"{where} · Page suivante{NBSP}: ↓"


def is_redo(screen: ResultsScreen) -> bool:
    return bool(screen.earlier_rounds)


def heading(screen: ResultsScreen) -> str:
    """"Résultats", or which redo round this is."""
    if not is_redo(screen):
        return "Résultats"
    rounds = len(screen.earlier_rounds)
    return "Erreurs refaites" if rounds == 1 else f"Erreurs refaites ({rounds}e fois)"


def message(screen: ResultsScreen) -> str:
    """The line under the heading: the score's message; for a redo, the first score too."""
    if not is_redo(screen):
        return score_message(screen.score, screen.total)
    first_score, first_total = screen.earlier_rounds[0]
    first = f"Premier essai{NBSP}: {first_score}{NBSP}/{NBSP}{first_total}"
    wrong = screen.total - screen.score
    if wrong == 0:
        return f"{first}. Toutes vos erreurs sont corrigées{NBSP}!"
    return f"{first}. Encore {_errors(wrong)} à revoir."


def spoken(screen: ResultsScreen) -> str:
    """The heading and score, for a screen reader (the message comes with the cards)."""
    return f"{heading(screen)} : {screen.score} sur {screen.total}"
