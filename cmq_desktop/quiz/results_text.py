"""The words of a results screen, chosen from the score: pure, shared by every output.

A redo round ("Refaire mes erreurs") says so, and recalls the first round's score.
"""

from __future__ import annotations

from cmq_desktop.i18n import translate
from cmq_desktop.quiz.screens import ResultsScreen

NBSP = "\u00a0"


def _errors(count: int) -> str:
    if count == 1:
        return translate("results", "une erreur")
    return translate("results", "{count}\u00a0erreurs").format(count=count)


def score_message(score: int, total: int) -> str:
    """A first round's message: it differs at 3/6, 4/6 and 5/6. Short: it shares its line
    with the page indicator ("Page 1 sur 3 · Page suivante : ↓")."""
    wrong = total - score
    if total <= 0 or wrong == 0:
        return translate("results", "Bravo, tout est juste\u00a0!")
    if score == 0:
        return translate("results", "Aucune bonne réponse\u00a0: relisez les explications.")
    if wrong == 1:
        return translate("results", "Très bien, une seule erreur\u00a0: relisez son explication.")
    if score * 10 >= total * 8:
        return translate("results", "Très bien\u00a0: {errors} seulement à revoir.").format(
            errors=_errors(wrong)
        )
    if score * 2 > total:
        return translate("results", "Plus de la moitié est juste\u00a0: {errors} à revoir.").format(
            errors=_errors(wrong)
        )
    if score * 2 == total:
        return translate("results", "La moitié est juste\u00a0: relisez vos erreurs.")
    return translate("results", "Relisez les explications, puis refaites vos {errors}.").format(
        errors=_errors(wrong)
    )


def page_indicator(page: int, count: int) -> str:
    """Where the reader is among the results' pages, and the key to the next one; on the
    last page, the key back (there is no next page to promise)."""
    if page + 1 >= count:
        text = translate("results", "Page {page} sur {count} · Page précédente\u00a0: ↑")
    else:
        text = translate("results", "Page {page} sur {count} · Page suivante\u00a0: ↓")
    return text.format(page=page + 1, count=count)


def is_redo(screen: ResultsScreen) -> bool:
    return bool(screen.earlier_rounds)


def heading(screen: ResultsScreen) -> str:
    """"Résultats", or which redo round this is."""
    if not is_redo(screen):
        return translate("results", "Résultats")
    rounds = len(screen.earlier_rounds)
    if rounds == 1:
        return translate("results", "Erreurs refaites")
    return translate("results", "Erreurs refaites ({rounds}e fois)").format(rounds=rounds)


def message(screen: ResultsScreen) -> str:
    """The line under the heading: the score's message; for a redo, the first score too."""
    if not is_redo(screen):
        return score_message(screen.score, screen.total)
    first_score, first_total = screen.earlier_rounds[0]
    first = translate("results", "Premier essai\u00a0: {score}\u00a0/\u00a0{total}").format(
        score=first_score, total=first_total
    )
    wrong = screen.total - screen.score
    if wrong == 0:
        return translate("results", "{first}. Toutes vos erreurs sont corrigées\u00a0!").format(
            first=first
        )
    return translate("results", "{first}. Encore {errors} à revoir.").format(
        first=first, errors=_errors(wrong)
    )


def spoken(screen: ResultsScreen) -> str:
    """The heading and score, for a screen reader (the message comes with the cards)."""
    return translate("results", "{heading} : {score} sur {total}").format(
        heading=heading(screen), score=screen.score, total=screen.total
    )
