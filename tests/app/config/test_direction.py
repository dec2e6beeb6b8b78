"""Red up or green up: the locale's default and both explicit choices."""

from __future__ import annotations

import pytest

from app.config import Settings
from app.config.direction import Direction, direction_of, direction_role, up_hue


@pytest.mark.parametrize(
    ("locale", "hue"),
    [("zh_CN", "red"), ("zh_TW", "red"), ("zh_Hant_TW", "red"), ("zh_CN.UTF-8", "red"),
     ("en", "green"), ("en_US", "green"), ("zh_HK", "green"), ("en_GB", "green"), ("C", "green")],
)  # fmt: skip
def test_the_locale_decides_when_the_investor_did_not(locale, hue):
    assert up_hue("locale", locale) == hue


@pytest.mark.parametrize("locale", ["zh_CN", "en_US", "zh_HK"])
def test_an_explicit_choice_wins_over_the_locale(locale):
    assert up_hue("red", locale) == "red"
    assert up_hue("green", locale) == "green"


def test_red_up_colours_rises_red_and_falls_green():
    assert direction_role(Direction.UP, "red") == "red"
    assert direction_role(Direction.DOWN, "red") == "green"
    assert direction_role(Direction.FLAT, "red") == "flat"


def test_green_up_colours_rises_green_and_falls_red():
    assert direction_role(Direction.UP, "green") == "green"
    assert direction_role(Direction.DOWN, "green") == "red"
    assert direction_role(Direction.FLAT, "green") == "flat"


def test_direction_of_a_signed_change():
    assert [direction_of(v) for v in (5, -1, 0)] == [Direction.UP, Direction.DOWN, Direction.FLAT]


def test_settings_default_follows_the_locale_and_refuse_other_values():
    assert Settings().up_color == "locale"
    assert Settings(up_color="red").up_color == "red"
    with pytest.raises(ValueError):
        Settings(up_color="blue")
    with pytest.raises(ValueError):
        up_hue("blue", "en")
