"""One account's history in one PST, replayed from the indexed chain events.

The replay mirrors the token's own arithmetic (points per share with per-holder corrections), so
the share of every distribution that accrued to the account is exact to the base unit, and
`accumulated - claimed` at the index's block equals the contract's `claimableOf` there.

Valuation rules (documented because the chain does not say what a transfer was worth):
* a purchase from the offering costs what the buyer paid (the `Purchased` event's cost);
* a transfer in (or a mint that is not an offering purchase) is valued at the offering's fixed
  price, rounded up as the sale rounds (`estimated=True`): the only price the platform knows;
* a transfer out (or a burn) leaves at its cost, first in first out (app/portfolio/fifo.py), and
  that amount is its value. What a counterparty paid off-chain is unknown, so no gain or loss is
  invented;
* a market fill (the PSTMarket's `Filled` event in the same transaction as the Transfer) is a
  market buy at the price paid plus any fee the account paid as taker, or a sale whose proceeds
  are the price received less that fee; a sale realises `proceeds - FIFO cost`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from app.portfolio.abi import (
    FILLED,
    PROFIT_CLAIMED,
    PROFIT_DISTRIBUTED,
    PURCHASED,
    TRANSFER,
    topic_address,
    words,
)
from app.portfolio.fifo import Lots

ZERO = "0x" + "00" * 20
ONE_TOKEN = 10**18


class FlowKind(StrEnum):
    PURCHASE = "purchase"
    DISTRIBUTION = "distribution"  # a share accrued to the account (not yet cash)
    CLAIM = "claim"  # stablecoin paid out to the account
    TRANSFER_IN = "transfer_in"
    TRANSFER_OUT = "transfer_out"
    MARKET_BUY = "market_buy"  # bought on the PST market
    SALE = "sale"  # sold on the PST market


@dataclass(frozen=True)
class Fill:
    """One market fill as it concerns the account (decoded from `Filled`)."""

    tx_hash: str
    token: str  # lower case
    bought: bool  # the account received the PST
    tokens: int
    cost: int  # stablecoin at the order's price (rounded for the maker)
    fee: int  # the part of the fee the account paid (the taker pays it; a maker pays none)

    @property
    def cash(self) -> int:
        """What the account paid (a buy) or received (a sale), fee included."""
        return self.cost + self.fee if self.bought else self.cost - self.fee


@dataclass(frozen=True)
class RawEvent:
    """One stored log, as much as the replay needs (from app.storage.schema.ChainEvent)."""

    contract: str  # checksummed
    block_number: int
    log_index: int
    block_hash: str
    tx_hash: str
    topic0: str | None
    topic1: str | None
    topic2: str | None
    data: bytes
    topic3: str | None = None


@dataclass(frozen=True)
class LedgerEntry:
    kind: FlowKind
    token: str  # the PST address
    block_number: int
    log_index: int
    tx_hash: str
    timestamp: int  # chain seconds of the block
    tokens: int  # PST base units moved (0 for distributions and claims)
    amount: int  # stablecoin base units: cost, share, payout or value (always >= 0)
    estimated: bool = False  # valued by the rules above, not by a price on chain
    counterparty: str = ""  # lower-case address for transfers
    fee: int = 0  # market fee the account paid (in `amount` already)
    cost: int = 0  # sales and transfers out: the FIFO cost of the tokens that left

    @property
    def gain(self) -> int:
        """Realised gain of a sale (0 for everything else)."""
        return self.amount - self.cost if self.kind is FlowKind.SALE else 0

    @property
    def cash(self) -> int:
        """Signed cash flow on the cash basis: money out negative, money in positive.
        A distribution is not cash until claimed: 0."""
        if self.kind in ACQUISITIONS:
            return -self.amount
        if self.kind in (FlowKind.CLAIM, FlowKind.TRANSFER_OUT, FlowKind.SALE):
            return self.amount
        return 0

    @property
    def accrual(self) -> int:
        """Signed flow on the accrual basis: distributions count when they accrue, claims not."""
        if self.kind is FlowKind.DISTRIBUTION:
            return self.amount
        if self.kind is FlowKind.CLAIM:
            return 0
        return self.cash


ACQUISITIONS = (FlowKind.PURCHASE, FlowKind.TRANSFER_IN, FlowKind.MARKET_BUY)


@dataclass
class TokenLedger:
    """The replayed state of one account in one PST and every entry that changed it."""

    token: str
    balance: int = 0
    cost_basis: int = 0
    accumulated: int = 0  # every share ever accrued (== distributions received)
    claimed: int = 0
    entries: list[LedgerEntry] = field(default_factory=list)
    lots: Lots = field(default_factory=Lots)  # what the cost basis is made of, oldest first

    @property
    def realised(self) -> int:
        """Gains realised by market sales (FIFO), losses negative."""
        return sum(e.gain for e in self.entries)

    @property
    def claimable(self) -> int:
        return self.accumulated - self.claimed

    @property
    def invested(self) -> int:
        """Money put in: purchases (offering and market) plus transfers in at their value."""
        return sum(e.amount for e in self.entries if e.kind in ACQUISITIONS)


def quote(amount: int, price: int) -> int:
    """The sale's price of `amount` PST base units, rounded up (OfferingSale.quote)."""
    return -(-amount * price // ONE_TOKEN)


def replay(
    events: Iterable[RawEvent],
    *,
    account: str,
    token: str,
    sale: str,
    magnitude: int,
    price: int,
    times: Mapping[str, int],
    until: int | None = None,
    market: str = "",
) -> TokenLedger:
    """Replay `events` (the token's and its sale's, in chain order) for `account`.

    `times` maps block hashes to block timestamps; `until` stops before the first event later
    than that timestamp (for statements at a period's end). `market` is the PSTMarket, whose
    `Filled` events (among `events`) turn transfers into market buys and sales.
    """
    events = list(events)
    fills = _fills(events, me=account.lower(), token=token.lower(), market=market.lower())
    me = account.lower()
    token_key, sale_key = token.lower(), sale.lower()
    ledger = TokenLedger(token)
    points = correction = 0
    bought: dict[str, list[tuple[int, int]]] = {}  # tx -> [(amount, cost)] of our purchases
    for event in events:
        when = times[event.block_hash]
        if until is not None and when > until:
            break
        contract = event.contract.lower()
        values = words(event.data)
        if contract != token_key and contract == market.lower():
            continue  # read up front (`_fills`): Filled follows the transfers it explains
        if contract == sale_key:
            if event.topic0 == PURCHASED and topic_address(event.topic1) == me:
                bought.setdefault(event.tx_hash, []).append((values[0], values[1]))
            continue
        if contract != token_key:
            continue
        if event.topic0 == PROFIT_DISTRIBUTED:
            before = (points * ledger.balance + correction) // magnitude
            points = values[1]  # the event carries the new points per share
            share = (points * ledger.balance + correction) // magnitude - before
            if share:
                ledger.accumulated += share
                ledger.entries.append(_entry(FlowKind.DISTRIBUTION, event, when, 0, share))
        elif event.topic0 == PROFIT_CLAIMED and topic_address(event.topic1) == me:
            ledger.claimed += values[0]
            ledger.entries.append(_entry(FlowKind.CLAIM, event, when, 0, values[0]))
        elif event.topic0 == TRANSFER:
            sender, recipient = topic_address(event.topic1), topic_address(event.topic2)
            value = values[0]
            fill = _match(fills, event.tx_hash, value, bought=recipient == me)
            if recipient == me and sender != me:
                correction -= points * value
                if fill is not None:
                    entry = _entry(
                        FlowKind.MARKET_BUY, event, when, value, fill.cash,
                        counterparty=sender, fee=fill.fee,
                    )  # fmt: skip
                else:
                    entry = _incoming(event, when, sender, value, price, bought)
                ledger.lots.add(when, value, entry.amount)
                ledger.cost_basis += entry.amount
                ledger.entries.append(entry)
                ledger.balance += value
            elif sender == me and recipient != me:
                correction += points * value
                removed = ledger.lots.take(value)
                ledger.cost_basis -= removed
                ledger.balance -= value
                if fill is not None:
                    entry = _entry(
                        FlowKind.SALE, event, when, value, fill.cash,
                        counterparty=recipient, fee=fill.fee, cost=removed,
                    )  # fmt: skip
                else:
                    entry = _entry(
                        FlowKind.TRANSFER_OUT, event, when, value, removed,
                        estimated=True, counterparty=recipient, cost=removed,
                    )  # fmt: skip
                ledger.entries.append(entry)
    return ledger


def _fills(events: list[RawEvent], *, me: str, token: str, market: str) -> dict[str, list[Fill]]:
    """The account's fills in `token`, by transaction."""
    found: dict[str, list[Fill]] = {}
    if not market:
        return found
    for event in events:
        if event.contract.lower() != market or event.topic0 != FILLED:
            continue
        maker, taker = topic_address(event.topic2), topic_address(event.topic3)
        values = words(event.data)  # token, side, amount, price, cost, fee
        if len(values) < 6 or f"0x{values[0]:040x}" != token or me not in (maker, taker):
            continue
        maker_sells = values[1] == 0
        bought = maker_sells if me == taker else not maker_sells
        fee = values[5] if me == taker else 0
        fill = Fill(event.tx_hash, token, bought, values[2], values[4], fee)
        found.setdefault(event.tx_hash, []).append(fill)
    return found


def _match(fills: dict[str, list[Fill]], tx_hash: str, tokens: int, *, bought: bool) -> Fill | None:
    """The fill a transfer of `tokens` settled (each fill explains one transfer)."""
    candidates = fills.get(tx_hash, [])
    fill = next((f for f in candidates if f.tokens == tokens and f.bought == bought), None)
    if fill is not None:
        candidates.remove(fill)
    return fill


def _incoming(
    event: RawEvent,
    when: int,
    sender: str,
    value: int,
    price: int,
    bought: dict[str, list[tuple[int, int]]],
) -> LedgerEntry:
    purchases = bought.get(event.tx_hash, [])
    match = next((p for p in purchases if p[0] == value), None) if sender == ZERO else None
    if match is not None:
        purchases.remove(match)
        return _entry(FlowKind.PURCHASE, event, when, value, match[1])
    worth = quote(value, price)
    return _entry(
        FlowKind.TRANSFER_IN, event, when, value, worth, estimated=True, counterparty=sender
    )


def _entry(
    kind: FlowKind,
    event: RawEvent,
    when: int,
    tokens: int,
    amount: int,
    *,
    estimated: bool = False,
    counterparty: str = "",
    fee: int = 0,
    cost: int = 0,
) -> LedgerEntry:
    return LedgerEntry(
        kind=kind,
        token=event.contract,
        block_number=event.block_number,
        log_index=event.log_index,
        tx_hash=event.tx_hash,
        timestamp=when,
        tokens=tokens,
        amount=amount,
        estimated=estimated,
        counterparty=counterparty,
        fee=fee,
        cost=cost,
    )
