"""market: what a PST market fill costs, and (from sibling modules) the order book's refresh.

Gas rows (issue 16 point 7): a full fill of a fresh order between two existing holders of the
PST and the stablecoin, in a token that has distributed before (so every transfer also moves
profit entitlement), with the fee recipient already holding stablecoin, for an ask (the taker
buys) and a bid (the taker sells); the targeted row is the dearer of the two. The overhead is
that fill minus a plain PST transfer plus a plain stablecoin transfer between the same two
parties in the same state: what the market's checks, signature, bookkeeping, allowances and
fee cost on top of moving the two legs by hand. Anchor: the 1inch limit-order protocol's
`fillOrder` on plain ERC-20s costs 79k-131k gas (105k on average).

Rows `order book refresh: HTTP round trips` (bench/market_book.py) and `order book of 5,000
orders: load and draw` (bench/market_gui.py) come from their own modules when present.
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

from eth_account.messages import encode_typed_data
from web3 import Web3

from app.chain.deploy import MARKET_FEE_BPS, LocalSender, deploy_market
from app.chain.devnode import AnvilNode
from app.market.orders import Order, Side, typed_data
from bench.gas import PST, USD, Bench
from bench.gas_payouts import gas_of
from bench.report import Result, result

FILL_ROW = "fill gas (full fill, both existing holders)"
OVERHEAD_ROW = "fill gas overhead over PST transfer + stablecoin transfer"
SIBLINGS = ("bench.market_book", "bench.market_gui")
PRICE = 12_500_000
MAX = 2**256 - 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gas-only", action="store_true", help="skip the order book rows")
    for name in SIBLINGS:
        module = _sibling(name)
        if module is not None and hasattr(module, "add_arguments"):
            module.add_arguments(parser)


def _sibling(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


class MarketGas:
    def __init__(self, w3: Web3, fee_bps: int = MARKET_FEE_BPS) -> None:
        self.b = b = Bench(w3)
        b.grow_to(4)  # four real holders of 10 PST
        b.distribute()  # entitlement is live: every transfer adjusts both corrections
        fee_recipient = b.investors[5].address
        address = deploy_market(
            b.admin, b.admin, b.platform, fee_recipient=fee_recipient, fee_bps=fee_bps
        )
        self.market = b.admin.contract("PSTMarket", address)
        b.admin.send(b.coin.functions.mint(fee_recipient, USD))  # has been paid fees before
        self.maker, self.taker = b.investors[0], b.investors[1]
        for s in (self.maker, self.taker):
            s.send(b.token.functions.approve(address, MAX))
            s.send(b.coin.functions.approve(address, MAX))
        self.salt = 0
        self.chain_id = w3.eth.chain_id
        # Both parties have moved tokens since the distribution, so their profit corrections
        # are non-zero (as for any trader) and the fills below never bring one back to zero.
        self.maker.send(b.token.functions.transfer(self.taker.address, 3 * PST))
        self.taker.send(b.token.functions.transfer(self.maker.address, PST))

    def _order(self, side: Side, amount: int) -> tuple[Order, bytes]:
        self.salt += 1
        now = int(self.b.w3.eth.get_block("latest")["timestamp"])
        order = Order(
            self.maker.address, side, self.b.token.address, amount, PRICE, now + 3600, self.salt, 0
        )
        message = typed_data(order, self.chain_id, self.market.address)
        signature = self.maker.account.sign_message(encode_typed_data(full_message=message))
        return order, bytes(signature.signature)

    def fill(self, side: Side, amount: int = PST) -> int:
        order, signature = self._order(side, amount)
        return gas_of(self.taker, self.market.functions.fill(order.as_tuple(), signature, amount))

    def by_hand(self) -> int:
        """The two legs as plain transfers between the same parties (maker sells to taker)."""
        b, maker, taker = self.b, self.maker, self.taker
        pst = gas_of(maker, b.token.functions.transfer(taker.address, PST))
        coin = gas_of(taker, b.coin.functions.transfer(maker.address, PRICE))
        return pst + coin


def _measure(fee_bps: int) -> dict[str, int]:
    with AnvilNode.start(extra_args=["--accounts", "12"]) as node:
        w3 = Web3(Web3.HTTPProvider(node.url, request_kwargs={"timeout": 120}))
        g = MarketGas(w3, fee_bps)
        g.fill(Side.SELL)  # the first fills ever set slots once for good
        g.fill(Side.BUY)
        gas = {"ask": g.fill(Side.SELL), "bid": g.fill(Side.BUY), "by hand": g.by_hand()}
        order, signature = g._order(Side.SELL, 2 * PST)
        fill = g.market.functions.fill
        gas["first part"] = gas_of(g.taker, fill(order.as_tuple(), signature, PST))
        gas["later part"] = gas_of(g.taker, fill(order.as_tuple(), signature, PST))
    return gas


def gas_results() -> list[Result]:
    gas = _measure(MARKET_FEE_BPS)
    fill = max(gas["ask"], gas["bid"])
    free = _measure(0)
    free_fill = max(free["ask"], free["bid"])
    return [
        result(FILL_ROW, fill, "gas", ("<=", 150_000)),
        result(OVERHEAD_ROW, fill - gas["by hand"], "gas", ("<=", 40_000)),
        result("fill gas, ask (the taker buys)", gas["ask"], "gas"),
        result("fill gas, bid (the taker sells)", gas["bid"], "gas"),
        result("baseline: PST transfer + stablecoin transfer", gas["by hand"], "gas"),
        result("fill gas, first part of a fresh order", gas["first part"], "gas"),
        result("fill gas, a later part of the same order", gas["later part"], "gas"),
        # Where the overhead goes: the fee is a third transfer (to the fee recipient), and a
        # fresh order's fill record is a new storage slot (22,100 gas; a later part of the same
        # order updates it for 5,000).
        result("fill gas, a market without fee (no third transfer)", free_fill, "gas"),
        result("overhead without the fee's transfer", free_fill - free["by hand"], "gas"),
    ]


def run(args: argparse.Namespace) -> list[Result]:
    results = gas_results()
    if not getattr(args, "gas_only", False):
        for name in SIBLINGS:
            module = _sibling(name)
            if module is not None:
                results += module.run(args)
    return results


__all__ = ["FILL_ROW", "OVERHEAD_ROW", "LocalSender", "run"]
