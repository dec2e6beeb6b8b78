"""Errors of the market: malformed orders, signatures, fills and cancels."""

from __future__ import annotations

from app.errors import AppError


class MarketError(AppError):
    """Base of the market's errors."""

    code = "market.error"


class MalformedOrder(MarketError):
    """An order payload (from the API, a file or a user) that is not a valid order."""

    code = "market.order_malformed"
