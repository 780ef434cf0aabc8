"""The display settings' pure rules: every theme's text contrast, and the stored values."""

from __future__ import annotations

import pytest

from cmq_desktop.modes.display import (
    FOCUS_GROUNDS,
    GRAPHIC_PAIRS,
    PALETTES,
    ROLES,
    TEXT_PAIRS,
    DisplaySettings,
    Motion,
    ThemeChoice,
    contrast_ratio,
    display_settings_from,
    resolved_theme,
)


def test_wcag_formula_on_known_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # WCAG's own example: #767676 on white is the lightest grey at 4.5:1.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("theme", list(PALETTES), ids=lambda t: t.value)
def test_every_theme_defines_every_role(theme: ThemeChoice) -> None:
    assert set(PALETTES[theme]) == set(ROLES)


@pytest.mark.parametrize("theme", list(PALETTES), ids=lambda t: t.value)
@pytest.mark.parametrize("pair", TEXT_PAIRS, ids=lambda p: f"{p[0]}-on-{p[1]}")
def test_text_contrast_is_aaa(theme: ThemeChoice, pair: tuple[str, str]) -> None:
    palette = PALETTES[theme]
    text, ground = pair
    assert contrast_ratio(palette[text], palette[ground]) >= 7.0, (theme, pair)


@pytest.mark.parametrize("theme", list(PALETTES), ids=lambda t: t.value)
def test_shapes_and_focus_ring_stand_out(theme: ThemeChoice) -> None:
    palette = PALETTES[theme]
    for part, ground in GRAPHIC_PAIRS:
        assert contrast_ratio(palette[part], palette[ground]) >= 3.0, (part, ground)
    for ground in FOCUS_GROUNDS:
        best = max(
            contrast_ratio(palette["FOCUS"], palette[ground]),
            contrast_ratio(palette["FOCUS_EDGE"], palette[ground]),
        )
        assert best >= 3.0, ground


def test_auto_follows_the_system_and_a_choice_wins() -> None:
    assert resolved_theme(ThemeChoice.AUTO, False, False) is ThemeChoice.CLAIR
    assert resolved_theme(ThemeChoice.AUTO, True, False) is ThemeChoice.SOMBRE
    assert resolved_theme(ThemeChoice.AUTO, True, True) is ThemeChoice.CONTRASTE
    assert resolved_theme(ThemeChoice.CLAIR, True, True) is ThemeChoice.CLAIR


def test_settings_round_trip_through_stored_strings() -> None:
    settings = DisplaySettings(ThemeChoice.CONTRASTE, 1.75, Motion.REDUCED)
    again = display_settings_from(settings.as_values())
    assert again == settings
    assert again.reduced_motion
    assert not again.problems


def test_broken_values_fall_back_with_a_french_message() -> None:
    settings = display_settings_from({"theme": "fluo", "text_scale": "énorme", "motion": "x"})
    assert settings == DisplaySettings()
    assert len(settings.problems) == 3
    assert any("«\u00a0theme\u00a0» invalide (fluo)" in p for p in settings.problems)


def test_text_scale_snaps_to_the_offered_steps_up_to_200_percent() -> None:
    assert display_settings_from({"text_scale": "9"}).text_scale == 2.0
    assert display_settings_from({"text_scale": "0.1"}).text_scale == 1.0
    assert display_settings_from({"text_scale": "1.3"}).text_scale == 1.25
