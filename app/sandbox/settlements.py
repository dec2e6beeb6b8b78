"""The payment providers' settlements of the tokenized stores' sales, and the demo's faults.

From the day the programmable bank went live (BANK_START), every day's bank-side net proceeds of
a store (the series' `net_bank`) are paid out by one to three providers into the store's
controlled collection account. The platform API serves these settlements as the providers report
them; the sandbox bank credits them. Both come from this module, so they agree line for line
except where a fault says otherwise (see `faults`).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import numpy as np

from app.backend.models import Offering, OfferingStatus, Settlement
from app.sandbox import generator, noise
from app.sandbox.calendar import SIM_START, day_index
from app.sandbox.roster import Roster

# The bank books, sweeps and routes every day from here; earlier months were routed monthly.
BANK_START = dt.date(2026, 10, 1)
BANK_PERIOD = f"{BANK_START:%Y-%m}"
CURRENCY = "USD"
PROVIDERS = (("PP", "PingPong"), ("LL", "LianLian Pay"), ("AW", "Airwallex"))
OUTSIDE_ACCOUNT = "HK-EXT-58820017"  # an account outside the platform's control
_SPLIT_STREAM = 7


class Fault(StrEnum):
    """The demo's injected leaks, each meant to show as exactly one difference."""

    DIVERTED = "diverted"  # a provider paid a settlement to an account outside control
    MISSING = "missing"  # a provider reported a settlement the bank never credited
    LOST_SWEEP = "lost_sweep"  # a sweep left the bank but never reached the chain
    DUPLICATE = "duplicate"  # the bank credited one settlement twice


FAULT_ORDER = (Fault.DIVERTED, Fault.MISSING, Fault.LOST_SWEEP, Fault.DUPLICATE)


def account_id(merchant_id: str) -> str:
    """The store's controlled collection account at the sandbox bank."""
    return f"PB-{merchant_id}"


def banked_offerings(offerings: list[Offering]) -> list[Offering]:
    """The stores whose proceeds the bank collects: every offering that has closed."""
    return [o for o in offerings if o.status is OfferingStatus.CLOSED]


def faults(offerings: list[Offering]) -> dict[tuple[str, dt.date], Fault]:
    """(merchant id, value date) -> fault: on the four days after the simulation starts, one
    fault each, at the second, third, fourth and fifth banked store (so they are easy to find)."""
    banked = banked_offerings(offerings)
    if not banked:
        return {}
    found = {}
    for n, fault in enumerate(FAULT_ORDER):
        store = banked[(n + 1) % len(banked)]
        found[(store.merchant_id, SIM_START + dt.timedelta(days=n + 1))] = fault
    return found


def first_banked_day(offering: Offering) -> dt.date:
    closed = offering.closes_at.date()
    after_close = dt.date(closed.year + closed.month // 12, closed.month % 12 + 1, 1)
    return max(BANK_START, after_close)


def _draws(seed: int, index: int, lo: int, hi: int) -> np.ndarray:
    """Three uniform [0, 1) draws per day of [lo, hi), each a hash of merchant, stream and day
    (so a day's split never depends on which range was asked for)."""
    key = noise.merchant_keys(seed, np.array([index], dtype=np.int64))[0]
    items = np.arange(lo * 3, hi * 3, dtype=np.int64).astype(np.uint64)
    items ^= np.uint64(_SPLIT_STREAM << 40)
    hashed = noise.splitmix64(key ^ noise.splitmix64(items))
    return (hashed >> np.uint64(11)).astype(np.float64) / float(1 << 53)


def settlements(
    roster: Roster,
    offering: Offering,
    first: dt.date,
    last: dt.date,
    fault_days: dict[tuple[str, dt.date], Fault],
) -> list[Settlement]:
    """The providers' settlements of one store with value dates in [first, last], oldest first.
    `last` must not be after the sim date (a later day is not generated yet)."""
    first = max(first, first_banked_day(offering))
    if last < first:
        return []
    row = roster.by_id[offering.merchant_id]
    block = generator.merchant_block(roster, row.index, last)
    lo, hi = day_index(first), day_index(last) + 1
    net = block.net_bank[0, lo:hi]
    draws = _draws(roster.seed, row.index, lo, hi)
    found: list[Settlement] = []
    for offset, cents in enumerate(int(c) for c in net):
        if cents <= 0:
            continue
        day = first + dt.timedelta(days=offset)
        u = draws[offset * 3 : offset * 3 + 3]
        parts = 1 + int(u[0] * 3)
        weights = [1 + int(w * 1000) for w in (u[1], u[2], u[0])][:parts]
        amounts = [cents * w // sum(weights) for w in weights]
        amounts[0] += cents - sum(amounts)  # the first provider takes the rounding
        diverted = fault_days.get((offering.merchant_id, day)) is Fault.DIVERTED
        for n, amount in enumerate(amounts):
            if amount <= 0:
                continue
            code, name = PROVIDERS[(n + lo + offset) % len(PROVIDERS)]
            found.append(
                Settlement(
                    id=f"{code}-{offering.merchant_id[1:]}-{day:%Y%m%d}-{n + 1}",
                    merchant_id=offering.merchant_id,
                    provider=name,
                    value_date=day,
                    amount=amount,
                    currency=CURRENCY,
                    paid_to=OUTSIDE_ACCOUNT
                    if diverted and n == 0
                    else account_id(offering.merchant_id),
                )
            )
    return found
