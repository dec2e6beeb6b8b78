"""The PST market: signed EIP-712 orders settled peer to peer by the PSTMarket contract.

Qt-free: the Market page and the `market` CLI command both drive it. `orders` is the typed data
and the arithmetic every side agrees on (contract, API, app).
"""

from app.market.errors import MalformedOrder, MarketError
from app.market.orders import Order, Side

__all__ = ["MalformedOrder", "MarketError", "Order", "Side"]
