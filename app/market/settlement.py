"""Fills and cancels of the PST market, through the one transaction pipeline.

A fill is planned before anything is signed: one batch of reads (the order's state on chain, the
maker's nonce, both parties' KYC, the taker's balance and allowance, the fee) answers every check
the contract would make, so a refusal names its reason and signs nothing. A missing allowance
becomes an `approve`, sent first; then the fill.

`approve` replaces an allowance, it does not add to it, and the book lists an order only while its
maker allows what all their open orders on that asset need (one stablecoin allowance backs bids on
every token). So every approval here, a maker's before posting or a taker's before a fill, grants
what the account's open orders already commit (`committed`, from the book) plus this trade's
need: a second order or a fill never unfunds the account's listed orders. Cancels are one
transaction each: one order (`cancel`) or every order the maker signed so far (`cancelAll`).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from eth_typing import ChecksumAddress

from app.chain.batch import BatchReader, call
from app.chain.calldata import encode_call
from app.chain.client import ChainClient, checksum
from app.chain.registry import Deployment
from app.chain.signer import Signer
from app.chain.transactions import Intent, TransactionPipeline
from app.chain.txstore import CONFIRMED, TransactionRecord
from app.market.book import MakerOrderList, OrderStatus
from app.market.errors import MarketError
from app.market.orders import (
    ZERO_ADDRESS,
    Order,
    Side,
    gives,
    need,
    order_from_json,
    order_hash,
    typed_data,
)


class TypedDataSigner(Protocol):
    """Signs EIP-712 typed data (the wallet session's signer, a Ledger, a test key)."""

    @property
    def address(self) -> str: ...

    def sign_typed_data(self, typed_data: dict[str, Any]) -> bytes: ...


@dataclass(frozen=True)
class Market:
    """The platform's market on one chain: its address and its fixed terms."""

    address: ChecksumAddress
    chain_id: int
    stablecoin: ChecksumAddress
    compliance: ChecksumAddress
    fee_bps: int

    @classmethod
    def of(cls, client: ChainClient, deployment: Deployment) -> Market:
        if deployment.market is None:
            raise MarketError("market.none", registry=deployment.registry)
        contract = client.contract("PSTMarket", deployment.market).functions
        reader = BatchReader(client, transport="batch")
        coin, compliance, fee_bps = (
            r.unwrap()
            for r in reader.read(
                [call(contract.stablecoin()), call(contract.compliance()), call(contract.FEE_BPS())]
            )
        )
        return cls(
            deployment.market, client.chain_id, checksum(coin), checksum(compliance), int(fee_bps)
        )

    def hash(self, order: Order) -> bytes:
        return order_hash(order, self.chain_id, self.address)


@dataclass(frozen=True)
class FillPlan:
    """A checked fill: what moves, and the transactions that make it happen, in order."""

    order: Order
    amount: int  # PST base units taken
    cost: int  # stablecoin the maker receives (ask) or pays (bid)
    fee: int  # stablecoin to the fee recipient, borne by the taker
    approvals: tuple[Intent, ...]
    fill: Intent

    @property
    def taker_buys(self) -> bool:
        return self.order.side is Side.SELL

    @property
    def intents(self) -> tuple[Intent, ...]:
        return (*self.approvals, self.fill)


def new_order(
    maker: str,
    side: Side,
    token: str,
    amount: int,
    price: int,
    *,
    expiry: int,
    nonce: int,
    taker: str = ZERO_ADDRESS,
) -> Order:
    """An order with a random 256-bit salt (two orders never share a hash)."""
    if amount <= 0 or price <= 0:
        raise MarketError("market.amount_not_positive")
    return Order(
        checksum(maker), Side(side), checksum(token), amount, price, expiry,
        secrets.randbits(256), nonce, checksum(taker),
    )  # fmt: skip


def sign_order(signer: TypedDataSigner, market: Market, order: Order) -> bytes:
    """The maker's EIP-712 signature of `order` on this market (and no other chain or market)."""
    if checksum(signer.address) != checksum(order.maker):
        raise MarketError("market.not_your_order", maker=order.maker, signer=signer.address)
    return bytes(signer.sign_typed_data(typed_data(order, market.chain_id, market.address)))


def nonce_of(client: ChainClient, market: Market, maker: str) -> int:
    contract = client.contract("PSTMarket", market.address).functions
    return int(contract.nonces(checksum(maker)).call())


def plan_fill(
    client: ChainClient,
    market: Market,
    order: Order,
    signature: bytes,
    amount: int,
    taker: str,
    *,
    committed: int = 0,
    now: Callable[[], int] | None = None,
) -> FillPlan:
    """Check a fill of `amount` of `order` by `taker` as the contract will, and plan its
    transactions (approvals first). `committed`: what the taker's own open orders already draw
    on the asset the taker pays with (see `committed`), kept allowed after the fill. Raises
    `MarketError` naming the first failed check."""
    taker = checksum(taker)
    if amount <= 0:
        raise MarketError("market.amount_not_positive")
    if taker == checksum(order.maker):
        raise MarketError("market.own_order")
    if order.taker != ZERO_ADDRESS and checksum(order.taker) != taker:
        raise MarketError("market.private_order", taker=order.taker)
    m = client.contract("PSTMarket", market.address).functions
    kyc = client.contract("ComplianceRegistry", market.compliance).functions
    token = client.contract("ProfitShareToken", order.token).functions
    coin = client.contract("SandboxStablecoin", market.stablecoin).functions
    h = market.hash(order)
    buys = order.side is Side.SELL  # the taker buys from an ask
    pays_with = coin if buys else token
    maker_gives = token if buys else coin
    maker = checksum(order.maker)
    results = BatchReader(client, transport="batch").read(
        [
            call(m.nonces(checksum(order.maker))),
            call(m.filled(h)),
            call(m.cancelled(h)),
            call(kyc.isAllowed(taker)),
            call(kyc.isAllowed(checksum(order.maker))),
            call(pays_with.balanceOf(taker)),
            call(pays_with.allowance(taker, market.address)),
            call(m.quote(order.as_tuple(), amount)),
            call(maker_gives.balanceOf(maker)),
            call(maker_gives.allowance(maker, market.address)),
        ]
    )
    nonce, filled, cancelled, taker_ok, maker_ok, balance, allowance = (
        r.unwrap() for r in results[:7]
    )
    if cancelled:
        raise MarketError("market.order_cancelled")
    if int(order.nonce) != int(nonce):
        raise MarketError("market.order_stale")
    if (now() if now is not None else block_time(client)) >= order.expiry:
        raise MarketError("market.order_expired")
    remaining = max(order.amount - int(filled), 0)
    if amount > remaining:
        raise MarketError("market.overfill", remaining=remaining)
    if not taker_ok:
        raise MarketError("market.taker_not_compliant", account=taker)
    if not maker_ok:
        raise MarketError("market.maker_not_compliant", account=order.maker)
    if not results[7].ok:  # a price that overflows, a cost that rounds to nothing
        raise MarketError("market.fill_refused", reason=results[7].error)
    cost, fee = (int(x) for x in results[7].value)
    pays = cost + fee if buys else amount
    if balance < pays:
        raise MarketError("market.balance_short", need=pays, have=balance)
    maker_balance, maker_allowance = (int(r.unwrap()) for r in results[8:10])
    maker_need = amount if buys else cost
    if min(maker_balance, maker_allowance) < maker_need:
        # The maker's side cannot settle (the contract would revert with an ERC-20 error that
        # reads like the taker's own allowance).
        raise MarketError(
            "market.maker_cannot_pay",
            account=order.maker,
            need=maker_need,
            have=min(maker_balance, maker_allowance),
        )
    target = market.stablecoin if buys else checksum(order.token)
    approval = _approval(market, target, buys, allowance, committed + pays, "trade")
    approvals: tuple[Intent, ...] = () if approval is None else (approval,)
    fill = Intent(
        market.address,
        encode_call("PSTMarket", "fill", order.as_tuple(), signature, amount),
        0,
        "Market: buy PST" if buys else "Market: sell PST",
    )
    return FillPlan(order, amount, cost, fee, approvals, fill)


def block_time(client: ChainClient) -> int:
    """The latest block's timestamp: the clock the contract checks expiries against (a chain's
    clock can run far from this machine's: a sandbox's simulated days, a devnet's warps)."""
    block = client.rpc("eth_getBlockByNumber", ["latest", False])
    return int(block["timestamp"], 16)


def committed(listed: MakerOrderList, asset: str, stablecoin: str) -> int:
    """Base units of `asset` the account's open orders on the book (`BookClient.orders`) draw
    on: what they still need, as the book counts it before listing another order."""
    total = 0
    for item in listed.items:
        if item.status is not OrderStatus.OPEN:
            continue
        order = order_from_json(item.order.model_dump())
        if gives(order, stablecoin)[1].lower() == asset.lower():
            total += need(order, item.remaining)
    return total


def maker_approval(
    client: ChainClient, market: Market, order: Order, committed: int
) -> Intent | None:
    """The approval a maker needs before posting `order` (the book lists it only when the market
    may move what it needs on top of the maker's `committed` open orders): that sum, or None
    when the allowance covers it."""
    sells = order.side is Side.SELL
    name = "ProfitShareToken" if sells else "SandboxStablecoin"
    target = checksum(order.token) if sells else market.stablecoin
    allowance = client.contract(name, target).functions.allowance(order.maker, market.address)
    wanted = committed + need(order, order.amount)
    return _approval(market, target, not sells, int(allowance.call()), wanted, "order")


def _approval(
    market: Market, target: str, coin: bool, allowance: int, wanted: int, purpose: str
) -> Intent | None:
    """An `approve` of `wanted` (it replaces the allowance), or None when `allowance` covers it."""
    if allowance >= wanted:
        return None
    name, what = ("SandboxStablecoin", "stablecoin") if coin else ("ProfitShareToken", "PST")
    return Intent(
        checksum(target),
        encode_call(name, "approve", market.address, wanted),
        0,
        f"Allow the market to move {what} for this {purpose}",
    )


def cancel_intent(market: Market, order: Order) -> Intent:
    return Intent(
        market.address,
        encode_call("PSTMarket", "cancel", order.as_tuple()),
        0,
        "Market: cancel an order",
    )


def cancel_all_intent(market: Market) -> Intent:
    return Intent(
        market.address, encode_call("PSTMarket", "cancelAll"), 0, "Market: cancel all my orders"
    )


def send_all(
    pipeline: TransactionPipeline,
    signer: Signer,
    intents: tuple[Intent, ...],
    *,
    timeout: float = 120.0,
    on_sent: Callable[[TransactionRecord], None] | None = None,
) -> list[TransactionRecord]:
    """Send each intent once the previous one confirmed (an approval before its fill); stop at
    the first that does not confirm and return the records so far (the last says why)."""
    records: list[TransactionRecord] = []
    for intent in intents:
        record = pipeline.send(intent, signer)
        if on_sent is not None:
            on_sent(record)
        record = pipeline.wait(record.intent_id, timeout)
        records.append(record)
        if record.status != CONFIRMED:
            break
    return records
