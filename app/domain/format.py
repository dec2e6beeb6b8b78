"""English wording of domain numbers for reason sentences (display only; integers in)."""

from __future__ import annotations

from fractions import Fraction


def _tenths(value: int, scale: int) -> str:
    """value / scale with one decimal, rounded half-even, without going through float."""
    tenths = round(Fraction(value * 10, scale))
    sign = "-" if tenths < 0 else ""
    return f"{sign}{abs(tenths) // 10}.{abs(tenths) % 10}"


def pct(bp: int) -> str:
    """Basis points as a percentage: 3420 -> '34.2%'."""
    return f"{_tenths(bp, 100)}%"


def days(days_x100: int) -> str:
    """DIO in days x 100 as days: 4530 -> '45.3 days'."""
    return f"{_tenths(days_x100, 100)} days"
