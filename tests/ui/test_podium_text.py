"""The line under the podium says what its figures are."""

from __future__ import annotations

from cmq_desktop.quiz.class_screens import Standing
from cmq_desktop.ui.classe.standings_painter import below_podium


def test_the_teams_below_the_podium_show_their_points_in_words() -> None:
    others = [Standing("Équipe 1", 3, 4), Standing("Les Aigles", 1, 5), Standing("B", 0, 6)]
    assert below_podium(others) == (
        "4e\u00a0: Équipe 1, 3\u00a0points · 5e\u00a0: Les Aigles, 1\u00a0point"
        " · 6e\u00a0: B, 0\u00a0point"
    )
