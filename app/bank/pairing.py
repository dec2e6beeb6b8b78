"""Credits paired with settlements across value dates, within the settlement lag.

A provider's settlement is usually credited on its own value date and matched there by its id
(the credit's reference). One the bank credits a day or two later (inside the settlement lag), or
under another reference, would otherwise show twice, as a missing settlement on its day and an
unexplained credit on the credit's. So what each day leaves loose is paired afterwards, per
account, over every day: first by reference (a second credit of a settlement already credited
within the lag is a duplicate), then by amount (within the amount tolerance, the nearest value
date first). Only loose items take part, and they are few: the bulk is matched day by day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.bank.matching import BankLine, ProviderSettlement

CreditKey = tuple[dt.date, str]  # a credit line's value date and entry


@dataclass
class Loose:
    """What one day left unmatched by its own settlements."""

    credits: list[BankLine] = field(default_factory=list)
    settlements: list[ProviderSettlement] = field(default_factory=list)


@dataclass
class Pairing:
    """One account's loose credits, each paired with a settlement (or named a duplicate of one)."""

    paired: dict[CreditKey, ProviderSettlement] = field(default_factory=dict)
    duplicates: dict[CreditKey, ProviderSettlement] = field(default_factory=dict)
    settled: set[str] = field(default_factory=set)  # ids of the settlements paired here


def pair_loose(
    loose: Iterable[Loose],
    settlement_of: Mapping[str, ProviderSettlement],
    credited_on_its_day: Callable[[ProviderSettlement], bool],
    lag_days: int,
    amount_tolerance: int,
) -> Pairing:
    """`settlement_of`: the account's settlements (paid to it) by id; `credited_on_its_day`:
    whether a settlement was credited on its own value date (so another credit of it within the
    lag is a duplicate)."""
    days = list(loose)
    credits = sorted((c for d in days for c in d.credits), key=lambda c: (c.value_date, c.entry))
    waiting = {s.id: s for d in days for s in d.settlements}
    pairing = Pairing()
    unpaired: list[BankLine] = []

    def near(day: dt.date, other: dt.date) -> bool:
        return abs((day - other).days) <= lag_days

    for credit in credits:  # by reference
        key = (credit.value_date, credit.entry)
        found = settlement_of.get(credit.reference)
        if found is None or not near(credit.value_date, found.value_date):
            unpaired.append(credit)
        elif found.id in waiting and found.id not in pairing.settled:
            pairing.paired[key] = found
            pairing.settled.add(found.id)
        elif found.id in pairing.settled or credited_on_its_day(found):
            pairing.duplicates[key] = found
        else:
            unpaired.append(credit)
    left = sorted(
        (s for s in waiting.values() if s.id not in pairing.settled),
        key=lambda s: (s.value_date, s.id),
    )
    for credit in unpaired:  # by amount, the nearest value date first
        candidates = [
            s
            for s in left
            if near(credit.value_date, s.value_date)
            and abs(credit.amount - s.amount) <= amount_tolerance
        ]
        if not candidates:
            continue
        best = min(
            candidates,
            key=lambda s: (
                abs((credit.value_date - s.value_date).days),
                abs(credit.amount - s.amount),
            ),
        )
        pairing.paired[(credit.value_date, credit.entry)] = best
        pairing.settled.add(best.id)
        left.remove(best)
    return pairing
