"""Display formatting of the core's integers: money in cents, ratios in basis points, ages.

Decimal only here, at the edge; the numbers themselves stay integers everywhere else.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

_CENT = Decimal("0.01")


def cents(value: int, *, decimals: bool = True) -> str:
    """12345678 -> '123,456.78' (or '123,457' without decimals)."""
    amount = Decimal(value).scaleb(-2)
    if decimals:
        return f"{amount.quantize(_CENT):,}"
    return f"{amount.quantize(Decimal(1)):,}"


def basis_points(value: int | None, *, signed: bool = False) -> str:
    """1234 -> '12.34 %'; signed adds '+' to gains."""
    if value is None:
        return "—"
    pct = Decimal(value).scaleb(-2).quantize(_CENT)
    sign = "+" if signed and value > 0 else ""
    return f"{sign}{pct:,} %"


def days_x100(value: int | None) -> str:
    if value is None:
        return "—"
    return f"{Decimal(value).scaleb(-2).quantize(Decimal('0.1')):,} days"


# Criteria whose value is a change (shown with its sign); the others are levels or gaps.
SIGNED_CRITERIA = frozenset({"growth", "promotions"})


def criterion_value(value: int | None, unit: str, key: str = "") -> str:
    """A scorecard value in its unit ('bp', 'days_x100', 'count')."""
    if value is None:
        return "not enough data"
    if unit == "bp":
        return basis_points(value, signed=key in SIGNED_CRITERIA)
    if unit == "days_x100":
        return days_x100(value)
    if unit == "count":
        return f"{value:,}"
    return str(value)


def age(delta: dt.timedelta) -> str:
    """A short human age: "less than a minute ago", '3 min ago', '2 h ago', '4 days ago'."""
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 60:
        return "less than a minute ago"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    days = seconds // 86400
    return f"{days} day{'s' if days != 1 else ''} ago"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
