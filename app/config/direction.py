"""Which colour means "up": red in mainland China and Taiwan, green in Hong Kong and the West.

Qt-free, so the rule is tested on its own: a Settings choice ("locale", "red", "green") and the
user's locale give the colour of a rise; `direction_role` maps a direction to the theme's colour
role. It colours direction only (price changes, depth sides, P&L, yield changes); status colours
(a breach, an error) stay the theme's `good`/`bad`, whatever this choice says.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

Hue = Literal["red", "green"]
Role = Literal["red", "green", "flat"]
RED_UP_TERRITORIES = frozenset({"CN", "TW"})  # mainland China and Taiwan


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    FLAT = "flat"


def direction_of(change: int) -> Direction:
    """The direction of a signed change (a price move, a P&L, a yield difference)."""
    return Direction.UP if change > 0 else Direction.DOWN if change < 0 else Direction.FLAT


def up_hue(choice: str, locale: str) -> Hue:
    """The colour of a rise: the user's choice, or for "locale" the convention of the market
    the locale names (`zh_CN`, `zh_TW` -> red; `en`, `en_US`, `zh_HK` -> green)."""
    if choice in ("red", "green"):
        return "red" if choice == "red" else "green"
    if choice != "locale":
        raise ValueError(f"unknown up colour {choice!r}")
    parts = locale.replace("-", "_").split(".")[0].split("_")
    territory = next((p for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
    return "red" if territory.upper() in RED_UP_TERRITORIES else "green"


def direction_role(direction: Direction, up: Hue) -> Role:
    """The theme's colour role for `direction` when a rise is coloured `up`."""
    if direction is Direction.FLAT:
        return "flat"
    down: Hue = "green" if up == "red" else "red"
    return up if direction is Direction.UP else down
