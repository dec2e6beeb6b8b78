"""One account's history in one PST, replayed from the indexed chain events.

The replay mirrors the token's own arithmetic (points per share with per-holder corrections), so
the share of every distribution that accrued to the account is exact to the base unit, and
`accumulated - claimed` at the index's block equals the contract's `claimableOf` there.

Valuation rules (documented because the chain does not say what a transfer was worth):
* a purchase from the offering costs what the buyer paid (the `Purchased` event's cost);
* a transfer in (or a mint that is not an offering purchase) is valued at the offering's fixed
  price, rounded up as the sale rounds (`estimated=True`): the only price the platform knows;
* a transfer out (or a burn) leaves at average cost: the cost basis falls by the same fraction
  as the balance, and that amount is its value. What a counterparty paid off-chain is unknown,
  so no gain or loss is invented.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from app.portfolio.abi import (
    PROFIT_CLAIMED,
    PROFIT_DISTRIBUTED,
    PURCHASED,
    TRANSFER,
    topic_address,
    words,
)

ZERO = "0x" + "00" * 20
ONE_TOKEN = 10**18


class FlowKind(StrEnum):
    PURCHASE = "purchase"
    DISTRIBUTION = "distribution"  # a share accrued to the account (not yet cash)
    CLAIM = "claim"  # stablecoin paid out to the account
    TRANSFER_IN = "transfer_in"
    TRANSFER_OUT = "transfer_out"


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

    @property
    def cash(self) -> int:
        """Signed cash flow on the cash basis: money out negative, money in positive.
        A distribution is not cash until claimed: 0."""
        if self.kind in (FlowKind.PURCHASE, FlowKind.TRANSFER_IN):
            return -self.amount
        if self.kind in (FlowKind.CLAIM, FlowKind.TRANSFER_OUT):
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


@dataclass
class TokenLedger:
    """The replayed state of one account in one PST and every entry that changed it."""

    token: str
    balance: int = 0
    cost_basis: int = 0
    accumulated: int = 0  # every share ever accrued (== distributions received)
    claimed: int = 0
    entries: list[LedgerEntry] = field(default_factory=list)

    @property
    def claimable(self) -> int:
        return self.accumulated - self.claimed

    @property
    def invested(self) -> int:
        """Money put in: purchases plus transfers in at their value."""
        return sum(
            e.amount for e in self.entries if e.kind in (FlowKind.PURCHASE, FlowKind.TRANSFER_IN)
        )


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
) -> TokenLedger:
    """Replay `events` (the token's and its sale's, in chain order) for `account`.

    `times` maps block hashes to block timestamps; `until` stops before the first event later
    than that timestamp (for statements at a period's end).
    """
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
            if recipient == me and sender != me:
                correction -= points * value
                ledger.entries.append(_incoming(ledger, event, when, sender, value, price, bought))
                ledger.balance += value
            elif sender == me and recipient != me:
                correction += points * value
                removed = ledger.cost_basis * value // ledger.balance if ledger.balance else 0
                ledger.cost_basis -= removed
                ledger.balance -= value
                ledger.entries.append(
                    _entry(
                        FlowKind.TRANSFER_OUT,
                        event,
                        when,
                        value,
                        removed,
                        estimated=True,
                        counterparty=recipient,
                    )
                )
    return ledger


def _incoming(
    ledger: TokenLedger,
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
        ledger.cost_basis += match[1]
        return _entry(FlowKind.PURCHASE, event, when, value, match[1])
    worth = quote(value, price)
    ledger.cost_basis += worth
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
    )
