"""Base units as human numbers (display only: exact Decimal, never float)."""

from __future__ import annotations

from decimal import Decimal


def to_decimal(amount: int, decimals: int) -> Decimal:
    """`amount` base units of a token with `decimals` decimals, exactly."""
    return Decimal(amount).scaleb(-decimals)


def format_units(amount: int, decimals: int, min_places: int = 2) -> str:
    """Exact, with thousands separators, trailing zeros trimmed down to `min_places`:
    format_units(1_234_500_000, 6) == '1,234.50'; format_units(10**17, 18) == '0.10'."""
    text = f"{to_decimal(abs(amount), decimals):,f}"
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0").ljust(min_places, "0")
    sign = "-" if amount < 0 else ""
    return f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}"
