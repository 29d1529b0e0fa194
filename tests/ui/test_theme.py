"""The themes keep their promises: contrast measured from the same numbers the
style sheet uses, type and targets large enough for a standing reader."""
import pytest

from ui.theme import CONTRAST, LARGE, NORMAL, THEMES, contrast_ratio, get_theme, stylesheet


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("theme,minimum", [(NORMAL, 4.5), (LARGE, 4.5), (CONTRAST, 7.0),
                                           (get_theme("contrast-large"), 7.0)])
def test_every_text_colour_pair_has_enough_contrast(theme, minimum):
    low = {name: round(contrast_ratio(fg, bg), 2) for name, (fg, bg) in theme.text_pairs().items()
           if contrast_ratio(fg, bg) < minimum}
    assert not low, f"{theme.name}: below {minimum}:1: {low}"


@pytest.mark.parametrize("theme", list(THEMES.values()))
def test_type_and_touch_targets_are_large(theme):
    assert theme.small >= 24
    assert theme.target >= 80
    assert theme.title > theme.body > theme.secondary >= theme.small


def test_large_text_is_about_one_and_a_half_times_normal():
    assert 1.3 <= LARGE.body / NORMAL.body <= 1.5


def test_stylesheet_uses_the_theme_colours_and_sizes():
    qss = stylesheet(CONTRAST, "Noto Sans CJK SC")
    assert CONTRAST.primary in qss and CONTRAST.background in qss
    assert f"min-height: {CONTRAST.target}px" in qss


def test_unknown_theme_names_the_choices():
    with pytest.raises(ValueError, match="normal, large, contrast"):
        get_theme("dark")
