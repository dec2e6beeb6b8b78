"""Investor statements: a CSV of every cash flow, and the data of the PDF statement for a period.

The PDF itself is drawn by the GUI with Qt; everything it prints is computed here. Amounts are in
stablecoin base units with an exact formatted copy; dates are UTC. Holdings at the period's end
come from replaying the ledger up to that moment, so claimable-at-end is exact too.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass

from app.portfolio.errors import PortfolioInputError
from app.portfolio.holdings import PortfolioReader, Snapshot, TokenInfo
from app.portfolio.ledger import FlowKind, LedgerEntry, TokenLedger
from app.storage.csv_cells import defuse
from app.units import format_units

CSV_COLUMNS = (
    "date",
    "kind",
    "token",
    "token_address",
    "tokens",
    "tokens_formatted",
    "amount",
    "amount_formatted",
    "cash_effect",
    "valued_by_rule",
    "tx_hash",
    "block",
    "fee",
    "fifo_cost",
    "realised_gain",
)
NOTES = (
    "Amounts are in the platform stablecoin. Distributions are your share of each payout when it "
    "was made; claims are payouts you collected.",
    "Purchases and market buys are at the price paid (with any fee). Tokens received by "
    "transfer are valued at the offering price: the platform does not see off-chain prices.",
    "Cost basis: first in, first out (FIFO). A market sale realises its proceeds (after any fee) "
    "less the FIFO cost of the tokens sold; tokens sent by transfer leave at their FIFO cost.",
)


@dataclass(frozen=True)
class StatementRow:
    entry: LedgerEntry
    symbol: str


@dataclass(frozen=True)
class StatementHolding:
    token: str
    symbol: str
    name: str
    balance: int  # PST base units at the period's end
    decimals: int
    cost_basis: int  # FIFO
    claimable: int  # accrued but not claimed at the period's end
    distributions: int  # in the period
    claims: int  # in the period
    realised: int = 0  # gains realised by sales in the period (FIFO)


@dataclass(frozen=True)
class FlowTotals:
    purchases: int = 0
    transfers_in: int = 0
    transfers_out: int = 0
    distributions: int = 0
    claims: int = 0
    market_buys: int = 0
    sales: int = 0  # proceeds, after fees
    sales_cost: int = 0  # the FIFO cost of what was sold
    fees: int = 0  # market fees paid

    @property
    def invested(self) -> int:
        return self.purchases + self.transfers_in + self.market_buys

    @property
    def realised(self) -> int:
        """Gains realised by sales, FIFO (losses negative)."""
        return self.sales - self.sales_cost


@dataclass(frozen=True)
class TaxYear:
    year: int
    totals: FlowTotals
    partial: bool  # the statement's period covers only part of this year


@dataclass(frozen=True)
class Statement:
    account: str
    start: dt.date
    end: dt.date  # inclusive
    stablecoin_symbol: str
    stablecoin_decimals: int
    holdings: tuple[StatementHolding, ...]
    rows: tuple[StatementRow, ...]  # every flow in the period, in time order
    totals: FlowTotals  # of the period
    tax_years: tuple[TaxYear, ...]
    notes: tuple[str, ...] = NOTES

    @property
    def distributions(self) -> list[StatementRow]:
        return [r for r in self.rows if r.entry.kind is FlowKind.DISTRIBUTION]

    @property
    def claims(self) -> list[StatementRow]:
        return [r for r in self.rows if r.entry.kind is FlowKind.CLAIM]

    @property
    def trades(self) -> list[StatementRow]:
        """Market buys and sales in the period."""
        return [r for r in self.rows if r.entry.kind in (FlowKind.MARKET_BUY, FlowKind.SALE)]

    def money(self, amount: int) -> str:
        return f"{format_units(amount, self.stablecoin_decimals)} {self.stablecoin_symbol}"


def cash_flow_csv(
    ledgers: Iterable[tuple[TokenInfo, TokenLedger]], stablecoin_decimals: int
) -> str:
    """Every ledger entry of every token, oldest first, as CSV text (RFC 4180, UTF-8)."""
    rows = sorted(
        ((info, e) for info, ledger in ledgers for e in ledger.entries),
        key=lambda pair: (pair[1].block_number, pair[1].log_index),
    )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for info, e in rows:
        writer.writerow(
            (
                _iso(e.timestamp),
                e.kind.value,
                defuse(info.symbol),  # token symbols come from the chain
                info.token,
                e.tokens,
                format_units(e.tokens, info.decimals),
                e.amount,
                format_units(e.amount, stablecoin_decimals),
                e.cash,
                "yes" if e.estimated else "no",
                e.tx_hash,
                e.block_number,
                e.fee,
                e.cost if e.kind in (FlowKind.SALE, FlowKind.TRANSFER_OUT) else "",
                e.gain if e.kind is FlowKind.SALE else "",
            )
        )
    return out.getvalue()


def snapshot_csv(snapshot: Snapshot) -> str:
    """The CSV of every cash flow of the snapshot's holdings."""
    pairs = ((h.info, h.ledger) for h in snapshot.holdings)
    return cash_flow_csv(pairs, snapshot.stablecoin_decimals)


def build_statement(
    reader: PortfolioReader, account: str, start: dt.date, end: dt.date
) -> Statement:
    """The statement for `start`..`end` (whole UTC days, inclusive)."""
    if end < start:
        raise PortfolioInputError("portfolio.statement_dates")
    last = _seconds(end + dt.timedelta(days=1)) - 1
    ledgers = reader.ledgers(account, until=last)
    return statement_of(ledgers, reader.tokens, reader.stablecoin, account, start, end)


def statement_of(
    ledgers: dict[str, TokenLedger],
    tokens: Iterable[TokenInfo],
    stablecoin: tuple[str, int],
    account: str,
    start: dt.date,
    end: dt.date,
) -> Statement:
    """The statement of ledgers replayed up to the end of `end` (by lower-case token)."""
    first = _seconds(start)
    last = _seconds(end + dt.timedelta(days=1)) - 1
    infos = {info.token.lower(): info for info in tokens}
    symbol, decimals = stablecoin
    holdings, rows = [], []
    for key, ledger in ledgers.items():
        info = infos[key]
        inside = [e for e in ledger.entries if first <= e.timestamp <= last]
        rows += [StatementRow(e, info.symbol) for e in inside]
        if not (ledger.balance or ledger.claimable or inside):
            continue
        period = _totals(inside)
        holdings.append(
            StatementHolding(
                info.token,
                info.symbol,
                info.name,
                ledger.balance,
                info.decimals,
                ledger.cost_basis,
                ledger.claimable,
                period.distributions,
                period.claims,
                period.realised,
            )
        )
    rows.sort(key=lambda r: (r.entry.block_number, r.entry.log_index))
    years = []
    for year in range(start.year, end.year + 1):
        entries = [r.entry for r in rows if _year(r.entry.timestamp) == year]
        whole = start <= dt.date(year, 1, 1) and end >= dt.date(year, 12, 31)
        years.append(TaxYear(year, _totals(entries), partial=not whole))
    return Statement(
        account=account,
        start=start,
        end=end,
        stablecoin_symbol=symbol,
        stablecoin_decimals=decimals,
        holdings=tuple(holdings),
        rows=tuple(rows),
        totals=_totals(r.entry for r in rows),
        tax_years=tuple(years),
    )


def _totals(entries: Iterable[LedgerEntry]) -> FlowTotals:
    entries = list(entries)
    sums = dict.fromkeys(FlowKind, 0)
    for entry in entries:
        sums[entry.kind] += entry.amount
    return FlowTotals(
        purchases=sums[FlowKind.PURCHASE],
        transfers_in=sums[FlowKind.TRANSFER_IN],
        transfers_out=sums[FlowKind.TRANSFER_OUT],
        distributions=sums[FlowKind.DISTRIBUTION],
        claims=sums[FlowKind.CLAIM],
        market_buys=sums[FlowKind.MARKET_BUY],
        sales=sums[FlowKind.SALE],
        sales_cost=sum(e.cost for e in entries if e.kind is FlowKind.SALE),
        fees=sum(e.fee for e in entries),
    )


def _iso(seconds: int) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _seconds(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())


def _year(seconds: int) -> int:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).year
