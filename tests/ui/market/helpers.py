"""A market made of data for the page's drawing tests (the sandbox's live market is exercised in
test_sandbox_trade.py): one token, a small book, a few trades, one open order."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from app.market.depth import depth_of
from app.market.orders import Order, Side
from app.market.screen import BookOrder, MarketScreen, TradeRow
from app.market.ticket import Standing
from ui.market.source import MyOrder

PST, USD = 10**18, 10**6
ME = "0x" + "a1" * 20
TOKEN = "0x" + "10" * 20


def _order(side: Side, price: int, amount: int, salt: int) -> BookOrder:
    order = Order("0x" + "b2" * 20, side, TOKEN, amount, price, 2**40, salt, 0)
    return BookOrder.signed(f"0x{salt:064x}", order, b"\x01" * 65, amount)


def screen() -> MarketScreen:
    bids = (_order(Side.BUY, 9_800_000, 2 * PST, 1), _order(Side.BUY, 9_500_000, 5 * PST, 2))
    asks = (_order(Side.SELL, 10_200_000, 3 * PST, 3), _order(Side.SELL, 10_200_000, PST, 4),
            _order(Side.SELL, 11_000_000, 4 * PST, 5))  # fmt: skip
    depth = depth_of(((b.price, b.remaining) for b in bids),
                     ((a.price, a.remaining) for a in asks))  # fmt: skip
    at = dt.datetime(2026, 11, 30, 9, 30, tzinfo=dt.UTC)
    trades = (
        TradeRow(at, True, PST, 10_100_000, "0x" + "11" * 32),
        TradeRow(at - dt.timedelta(hours=5), False, 2 * PST, 9_900_000, "0x" + "12" * 32),
    )
    days = tuple(dt.date(2026, 11, d) for d in range(20, 31))
    closes = (10_000_000, 10_050_000, 9_900_000, 9_950_000, 10_000_000, 10_200_000, 10_150_000,
              10_100_000, 9_900_000, 10_000_000, 10_100_000)  # fmt: skip
    return MarketScreen("PSP0", TOKEN, "0x" + "30" * 20, 31337, 30, 18, 6, 10 * USD, bids, asks,
                        depth, trades, days, closes, 10_100_000, 10_000_000)  # fmt: skip


@dataclass
class DataMarket:
    coin_symbol: str = "sUSD"
    coin_decimals: int = 6
    standing_of: Standing = field(
        default_factory=lambda: Standing(
            True, "KYC valid until 2027-11-30", 5_000 * USD, 0, 10 * PST, 10 * PST
        )  # fmt: skip
    )
    placed: list[Any] = field(default_factory=list)
    listed: tuple[str, ...] = ("PSP0",)  # each token's market is the same data

    def symbols(self) -> list[str]:
        return list(self.listed)

    def screen(self, symbol: str) -> MarketScreen:
        return replace(screen(), symbol=symbol)

    def my_orders(self, account: str) -> list[MyOrder]:
        return [MyOrder("0x" + "cd" * 32, "PSP0", True, 2 * PST, PST, 10_500_000, "open")]

    def standing(self, account: str, screen: MarketScreen) -> Standing:
        return self.standing_of

    def trade(self, account, signer, screen, ticket, target, report) -> str:  # noqa: ANN001
        self.placed.append((ticket, target))
        return "0x" + "ab" * 32

    def cancel(self, account, signer, order, report) -> str:  # noqa: ANN001
        self.placed.append(("cancel", order.order_hash))
        return "0x" + "ac" * 32

    def cancel_all(self, account, signer, report) -> str:  # noqa: ANN001
        self.placed.append(("cancel_all", account))
        return "0x" + "ad" * 32


class Grant:
    """A signing grant (the wallet's, once its password was given) for a source that signs
    nothing."""

    signer = object()

    def close(self) -> None:
        pass
