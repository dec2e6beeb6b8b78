"""Where a PST's mark comes from: the market computes it (app.market.marking), the portfolio
values holdings at it and says which source gave it (app.portfolio.valuation)."""

from __future__ import annotations

from enum import StrEnum


class MarkSource(StrEnum):
    LAST_TRADE = "last_trade"
    RECENT_TRADES = "recent_trades"  # volume-weighted price of the recent significant trades
    MID = "mid"
    OFFERING = "offering"
