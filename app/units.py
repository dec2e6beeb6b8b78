"""Token base units as human numbers (display only: exact Decimal, never float). One formatter
for every token amount the core words: the wallet, the portfolio and the treasury."""

from __future__ import annotations

from decimal import Context, Decimal

from app.amounts import format_amount

# uint256 amounts have up to 78 digits: Decimal's default 28-digit context would round them.
EXACT = Context(prec=200)


def to_decimal(amount: int, decimals: int) -> Decimal:
    """`amount` base units of a token with `decimals` decimals, exactly."""
    return Decimal(amount).scaleb(-decimals, context=EXACT)


def format_units(amount: int, decimals: int, min_places: int = 2) -> str:
    """Exact, with thousands separators, trailing zeros trimmed down to `min_places` (the core's
    English wording; the GUI formats for the user's locale with app.amounts.format_amount):
    format_units(1_234_500_000, 6) == '1,234.50'; format_units(10**17, 18) == '0.10';
    format_units(12_345_000, 6, min_places=0) == '12.345'."""
    return format_amount(amount, decimals, "en", min_places=min_places)


STABLECOIN_DECIMALS = 6


def stablecoin_text(amount: int) -> str:
    """Stablecoin base units with every place, for treasury messages and reports where a base
    unit matters: stablecoin_text(1_234_500_000) == '1,234.500000'."""
    return format_units(amount, STABLECOIN_DECIMALS, min_places=STABLECOIN_DECIMALS)
