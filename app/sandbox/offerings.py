"""Offerings of the tokenized stores and their monthly revenue reports.

A report covers one calendar month after the offering closed and is published three days after
the month ends (time for the bank to book the last settlements). Amounts are stablecoin base
units (6 decimals): cents x 10_000.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from app.backend.canonical import report_fields, report_hash
from app.backend.models import Offering, OfferingStatus, RevenueReport
from app.sandbox import generator
from app.sandbox.calendar import HISTORY_START, day_index
from app.sandbox.names import symbol_for
from app.sandbox.roster import Roster
from app.sandbox.series import SeriesBlock

STABLE_PER_CENT = 10_000  # 6-decimal stablecoin base units per US cent
PRICE_STEP = 10_000  # prices are whole cents of the stablecoin
# The investors' expected yield an offering is priced for: the trailing year's net proceeds
# times the investors' share, over what the whole supply costs. Most stores fall in a believable
# band; two are priced outside it for the demo (one cheap and high-yielding, one dear).
YIELD_BAND_BP = (800, 2000)
OUTLIER_YIELDS_BP = {1: 3200, 4: 350}  # offering index -> priced-for yield
TOKEN_UNIT = 10**18
PUBLISH_DELAY_DAYS = 3
# One report routes less on chain than the bank settled, for reconciliation demos.
SHORTFALL_OFFERING_INDEX, SHORTFALL_REPORT_INDEX = 0, 2
_OPEN_FROM = dt.datetime(2026, 10, 20, 2, 0, tzinfo=dt.UTC)
_OPEN_UNTIL = dt.datetime(2026, 12, 15, 2, 0, tzinfo=dt.UTC)
_UPCOMING_FROM = dt.datetime(2026, 12, 20, 2, 0, tzinfo=dt.UTC)
_UPCOMING_UNTIL = dt.datetime(2027, 1, 31, 2, 0, tzinfo=dt.UTC)


def build_offerings(roster: Roster) -> list[Offering]:
    """One offering per tokenized store: the last upcoming, the two before open, the rest closed."""
    rng = np.random.default_rng([roster.seed, 20])
    tokenized = roster.tokenized
    count = len(tokenized)
    symbols: set[str] = set()
    offerings = []
    for i, row in enumerate(tokenized):
        symbol = symbol_for(row.name, symbols)
        symbols.add(symbol)
        whole_tokens = int(rng.choice([500_000, 1_000_000, 1_000_000, 2_000_000]))
        supply = whole_tokens * TOKEN_UNIT
        if i == count - 1 and count >= 3:
            status, opens, closes, sold = (
                OfferingStatus.UPCOMING,
                _UPCOMING_FROM,
                _UPCOMING_UNTIL,
                0,
            )
        elif i >= count - 3 and count >= 4:
            status, opens, closes = OfferingStatus.OPEN, _OPEN_FROM, _OPEN_UNTIL
            sold = int(whole_tokens * rng.uniform(0.35, 0.6)) * TOKEN_UNIT
        else:
            # Closed offerings spread over Feb 2025 .. Jul 2026, oldest first.
            closes = dt.datetime(2025, 2, 1, 2, 0, tzinfo=dt.UTC) + dt.timedelta(
                days=int(540 * i / max(count, 1)) + int(rng.integers(0, 20))
            )
            opens = closes - dt.timedelta(days=21)
            status = OfferingStatus.CLOSED
            sold = int(whole_tokens * rng.uniform(0.85, 1.0)) * TOKEN_UNIT
        share_bp = int(rng.integers(1500, 3001))
        target = OUTLIER_YIELDS_BP.get(i, int(rng.integers(*YIELD_BAND_BP)))
        price = price_for(roster, row.index, closes.date(), share_bp, whole_tokens, target)
        offerings.append(
            Offering(
                id=f"OFF-{i + 1:04d}",
                merchant_id=row.id,
                token_symbol=symbol,
                price_per_token=price,
                supply=supply,
                sold=sold,
                investor_share_bp=share_bp,
                platform_fee_bp=int(rng.integers(200, 501)),
                status=status,
                opens_at=opens,
                closes_at=closes,
            )
        )
    return offerings


def price_for(
    roster: Roster, index: int, closes: dt.date, share_bp: int, whole_tokens: int, target_bp: int
) -> int:
    """The price per whole token (stablecoin base units, whole cents) at which the investors'
    share of the store's net proceeds over the year after the offering closes yields `target_bp`
    on the whole supply. That is the underwriter's forecast, which in the sandbox is exact (the
    generator makes any day alike, and a later day never changes an earlier one)."""
    first = day_index(month_after(closes))
    block = generator.merchant_block(roster, index, HISTORY_START + dt.timedelta(days=first + 364))
    annual_cents = int(block.net_bank[0, first : first + 365].sum())
    share = annual_cents * STABLE_PER_CENT * share_bp // 10_000
    price = share * 10_000 // (whole_tokens * target_bp)
    return max(PRICE_STEP, price // PRICE_STEP * PRICE_STEP)


def month_after(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def publish_date(period: str) -> dt.date:
    start = dt.date.fromisoformat(period + "-01")
    return month_after(start) + dt.timedelta(days=PUBLISH_DELAY_DAYS)


def report_periods(offering: Offering, sim_date: dt.date) -> list[str]:
    """The months reported so far: complete months after the offering closed, published by now."""
    if offering.status is not OfferingStatus.CLOSED:
        return []
    periods = []
    month = month_after(offering.closes_at.date())
    while publish_date(f"{month:%Y-%m}") <= sim_date:
        periods.append(f"{month:%Y-%m}")
        month = month_after(month)
    return periods


def build_report(
    offering: Offering, period: str, block: SeriesBlock, shortfall: bool
) -> RevenueReport:
    """The report of one month from the merchant's series (block row 0, from HISTORY_START)."""
    start = dt.date.fromisoformat(period + "-01")
    lo = (start - HISTORY_START).days
    hi = (month_after(start) - HISTORY_START).days
    gross = int(block.gmv_platform[0, lo:hi].sum()) * STABLE_PER_CENT
    settled = int(block.net_bank[0, lo:hi].sum()) * STABLE_PER_CENT
    routed = settled - settled // 200 if shortfall else settled
    investor = routed * offering.investor_share_bp // 10_000
    fee = routed * offering.platform_fee_bp // 10_000
    published = dt.datetime.combine(publish_date(period), dt.time(9, 0), tzinfo=dt.UTC)
    draft = RevenueReport(
        token_symbol=offering.token_symbol,
        merchant_id=offering.merchant_id,
        period=period,
        gross_sales=gross,
        settled_proceeds=settled,
        routed_on_chain=routed,
        investor_share=investor,
        platform_fee=fee,
        merchant_share=routed - investor - fee,
        investor_share_bp=offering.investor_share_bp,
        published_at=published,
        report_hash="0x" + "0" * 64,
    )
    return draft.model_copy(update={"report_hash": report_hash(report_fields(draft))})


def is_shortfall(offerings: list[Offering], offering: Offering, period: str) -> bool:
    closed = [o for o in offerings if o.status is OfferingStatus.CLOSED]
    if (
        len(closed) <= SHORTFALL_OFFERING_INDEX
        or closed[SHORTFALL_OFFERING_INDEX].id != offering.id
    ):
        return False
    month = month_after(offering.closes_at.date())
    for _ in range(SHORTFALL_REPORT_INDEX):
        month = month_after(month)
    return period == f"{month:%Y-%m}"
