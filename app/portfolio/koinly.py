"""An accountant's export: every cash flow of the investor's tokens in Koinly's "universal" CSV
(the columns of Koinly's generic import template), so the statement's flows reach a tax tool
without retyping.

What each flow becomes:
- a purchase in the offering is a trade: the stablecoin sent, the PST received;
- a claim is income received in the stablecoin (label "income");
- a market buy or sale is a trade too, its fee in the fee columns;
- a transfer in or out moves PST, with its value at the offering price (or FIFO cost) as the
  net worth in USD (the platform's stablecoin is pegged to the US dollar);
- a distribution is left out: it is a share accrued on chain, not money in the wallet. The claim
  that pays it out is the income, so listing both would count it twice.

Amounts are exact plain decimals of the base units (no grouping, no exponent: an importer reads
"1,234.5" as two cells or as 1.2345); dates are the block's UTC time.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from decimal import Decimal

from app.portfolio.holdings import TokenInfo
from app.portfolio.ledger import FlowKind, LedgerEntry, TokenLedger
from app.storage.csv_cells import defuse

COLUMNS = (
    "Date", "Sent Amount", "Sent Currency", "Received Amount", "Received Currency",
    "Fee Amount", "Fee Currency", "Net Worth Amount", "Net Worth Currency", "Label",
    "Description", "TxHash",
)  # fmt: skip
NET_WORTH_CURRENCY = "USD"


def koinly_csv(
    ledgers: Iterable[tuple[TokenInfo, TokenLedger]], stablecoin: str, stablecoin_decimals: int
) -> str:
    """Every wallet movement of every token, oldest first (RFC 4180, UTF-8)."""
    entries = sorted(
        ((info, e) for info, ledger in ledgers for e in ledger.entries),
        key=lambda pair: (pair[1].block_number, pair[1].log_index),
    )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for info, entry in entries:
        row = _row(info, entry, stablecoin, stablecoin_decimals)
        if row is not None:
            writer.writerow(row)
    return out.getvalue()


def plain(amount: int, decimals: int) -> str:
    """Base units as an exact plain decimal: plain(1_234_500_000, 6) == '1234.5'."""
    text = format(Decimal(amount).scaleb(-decimals), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _row(info: TokenInfo, e: LedgerEntry, coin: str, coin_decimals: int) -> tuple[str, ...] | None:
    cash = plain(e.amount, coin_decimals)
    tokens = plain(e.tokens, info.decimals)
    symbol = defuse(info.symbol)
    date = dt.datetime.fromtimestamp(e.timestamp, dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    sent = received = ("", "")
    worth, label = "", ""
    if e.kind is FlowKind.PURCHASE:
        sent, received = (cash, coin), (tokens, symbol)
        description = f"Offering purchase of {symbol}"
    elif e.kind is FlowKind.CLAIM:
        received, label = (cash, coin), "income"
        description = f"Profit share of {symbol} claimed"
    elif e.kind is FlowKind.TRANSFER_IN:
        received, worth = (tokens, symbol), cash
        description = f"{symbol} received from {e.counterparty}"
    elif e.kind is FlowKind.MARKET_BUY:  # the fee apart: Koinly adds it to the cost
        sent = (plain(e.amount - e.fee, coin_decimals), coin)
        received = (tokens, symbol)
        description = f"Market purchase of {symbol}"
    elif e.kind is FlowKind.SALE:  # gross proceeds and the fee, which Koinly deducts
        sent, received = (tokens, symbol), (plain(e.amount + e.fee, coin_decimals), coin)
        description = f"Market sale of {symbol}"
    elif e.kind is FlowKind.TRANSFER_OUT:
        sent, worth = (tokens, symbol), cash
        description = f"{symbol} sent to {e.counterparty}"
    else:  # a distribution: accrued, not yet in the wallet (its claim is the income)
        return None
    currency = NET_WORTH_CURRENCY if worth else ""
    fee = (plain(e.fee, coin_decimals), coin) if e.fee else ("", "")
    return (date, *sent, *received, *fee, worth, currency, label, description, e.tx_hash)
