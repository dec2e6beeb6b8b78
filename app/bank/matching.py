"""Three-way matching, line by line: the bank statement against the payment providers'
settlements (platform API) and the stores' routers' `Routed` events (chain).

Everything is attributed to a business day by **value date**: a settlement's, and the bank line's
that credits it; a sweep's, and through its reference (the routing transaction's hash) the Routed
event's. Block time plays no part: the chain runs on its own clock.

Per store and value date (a "day"):
* each provider settlement paid to the store's controlled account is matched to the credit line
  that carries its id as reference; one paid to any other account is **diverted**; one credited
  on another value date within the settlement lag is matched there (by reference, else by
  amount: app.bank.pairing); one the bank has not credited once the lag's last day is booked
  (value date + lag) is a **missing settlement**;
* a second credit with a reference already matched is a **duplicate**; a credit whose reference no
  provider reported is an **unexplained credit**; a matched pair whose amounts differ beyond the
  tolerance **differs in amount**;
* the day's credits must leave in the day's sweep (**not swept** after the routing lag, or the
  sweep's amount differs), and each sweep's reference must be a Routed event of the store's
  router with the same amount (**not routed** after the routing lag), which backs no earlier
  sweep (else **not routed** at once: one transaction routes one sweep).
Items still inside a lag are pending, not differences. Every leak shows as one difference: a
consequence of an earlier one (the sweep that is smaller because a settlement went astray) is
not counted again, because the sweep is compared with what the bank credited.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from app.bank.pairing import Loose, Pairing, pair_loose

UNITS_PER_CENT = 10_000  # 6-decimal stablecoin base units per US cent


class Reason(StrEnum):
    DIVERTED = "diverted"
    MISSING_SETTLEMENT = "missing_settlement"
    UNEXPLAINED_CREDIT = "unexplained_credit"
    DUPLICATE = "duplicate"
    AMOUNT_DIFFERS = "amount_differs"
    NOT_SWEPT = "not_swept"
    NOT_ROUTED = "not_routed"


class Status(StrEnum):
    MATCHED = "matched"
    DIFFERENCES = "differences"
    PENDING = "pending"
    EMPTY = "empty"


@dataclass(frozen=True)
class BankLine:
    """A statement line. `amount` in cents: positive a credit, negative a debit (a sweep)."""

    account: str
    entry: str
    value_date: dt.date
    amount: int
    reference: str
    counterparty: str = ""

    @property
    def is_credit(self) -> bool:
        return self.amount > 0


@dataclass(frozen=True)
class ProviderSettlement:
    id: str
    merchant_id: str
    paid_to: str
    value_date: dt.date
    amount: int  # cents
    provider: str = ""


@dataclass(frozen=True)
class RoutedTransfer:
    """A Routed event: the routing transaction's hash, the router, its total in base units."""

    tx_hash: str
    router: str
    total: int


@dataclass(frozen=True)
class StoreAccount:
    account: str
    merchant_id: str
    symbol: str
    router: str


@dataclass(frozen=True)
class Tolerances:
    amount_cents: int = 0  # a matched pair may differ by this much
    settlement_lag_days: int = 1  # a reported settlement may take this long to be credited
    routing_lag_days: int = 1  # a day's proceeds must be swept and routed within this

    def __post_init__(self) -> None:
        if min(self.amount_cents, self.settlement_lag_days, self.routing_lag_days) < 0:
            raise ValueError("tolerances must not be negative")


@dataclass(frozen=True)
class Difference:
    """One unmatched item: what it is (`item`: settlement id, line entry or tx hash), why."""

    account: str
    value_date: dt.date
    reason: Reason
    item: str
    amount: int  # cents; for not routed / amount differs, the bank side's amount
    other: int | None = None  # the other side's amount in cents, where there is one

    @property
    def period(self) -> str:
        return f"{self.value_date:%Y-%m}"

    @property
    def key(self) -> str:
        """Stable across runs: what a hand match or write-off refers to."""
        return f"{self.account}|{self.value_date}|{self.reason}|{self.item}"

    @property
    def id(self) -> str:
        """The key, short enough to type (`treasury reconcile` shows it): as stable."""
        return "d" + hashlib.sha256(self.key.encode()).hexdigest()[:8]


@dataclass(frozen=True)
class MatchedGroup:
    account: str
    value_date: dt.date
    settlements: tuple[str, ...]
    credits: tuple[str, ...]  # line entries
    sweep: str | None  # line entry
    tx_hash: str | None
    amount: int  # cents credited and matched

    @property
    def period(self) -> str:
        return f"{self.value_date:%Y-%m}"


@dataclass(frozen=True)
class PeriodStatus:
    account: str
    symbol: str
    period: str
    matched: int  # groups
    differences: int
    pending: int

    @property
    def status(self) -> Status:
        if self.differences:
            return Status.DIFFERENCES
        if self.pending:
            return Status.PENDING
        return Status.MATCHED if self.matched else Status.EMPTY


@dataclass(frozen=True)
class DayResult:
    group: MatchedGroup | None
    differences: tuple[Difference, ...]
    pending: int


@dataclass(frozen=True)
class DailyFlow:
    """One store's business day in cents: credited by the bank, swept to the on-ramp, and
    routed on chain by the sweeps' transactions (for the day's chart)."""

    day: dt.date
    credited: int
    swept: int
    routed: int


@dataclass(frozen=True)
class Resolution:
    """A difference settled by hand: matched with another one, or written off, and why."""

    key: str
    kind: str  # "match" | "write_off"
    partner: str | None
    reason: str
    actor: str


@dataclass
class MatchResult:
    as_of: dt.date
    days: dict[tuple[str, dt.date], DayResult] = field(default_factory=dict)
    symbols: dict[str, str] = field(default_factory=dict)
    resolutions: dict[str, Resolution] = field(default_factory=dict)
    flows: dict[tuple[str, dt.date], DailyFlow] = field(default_factory=dict)

    def daily_flows(self, account: str) -> list[DailyFlow]:
        return [f for (a, _), f in sorted(self.flows.items()) if a == account]

    @property
    def groups(self) -> list[MatchedGroup]:
        return [d.group for _, d in sorted(self.days.items()) if d.group is not None]

    @property
    def all_differences(self) -> list[Difference]:
        return [x for _, d in sorted(self.days.items()) for x in d.differences]

    @property
    def differences(self) -> list[Difference]:
        """The open ones: not matched by hand nor written off."""
        return [x for x in self.all_differences if x.key not in self.resolutions]

    @property
    def resolved(self) -> list[tuple[Difference, Resolution]]:
        return [
            (x, self.resolutions[x.key]) for x in self.all_differences if x.key in self.resolutions
        ]

    def difference(self, key: str) -> Difference | None:
        """By its key, or by its short id."""
        return next((x for x in self.all_differences if key in (x.key, x.id)), None)

    def statuses(self) -> list[PeriodStatus]:
        """Per store and period, in account then period order."""
        counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
        for (account, day), result in self.days.items():
            found = counts[(account, f"{day:%Y-%m}")]
            found[0] += result.group is not None
            found[1] += sum(x.key not in self.resolutions for x in result.differences)
            found[2] += result.pending
        return [
            PeriodStatus(account, self.symbols.get(account, ""), period, *numbers)
            for (account, period), numbers in sorted(counts.items())
        ]


@dataclass
class _DayBooks:
    """A day matched by its own settlements: what does not depend on the as-of date, kept
    between rounds; its loose items are paired across days afterwards (app.bank.pairing)."""

    differences: list[Difference]  # diverted, and the same day's duplicates and amounts
    settlements: list[str]  # matched, with `credits`
    credits: list[str]
    matched_amount: int
    credited: int
    used: set[str]  # settlement ids credited on this day
    sweeps: list[BankLine]
    loose: Loose


class Matcher:
    """Holds the three sides, indexed by (account, value date); `match()` runs every day,
    `add(...)` then `match(days=...)` only the days that changed (the incremental path).

    Two rules reach across days: a settlement may be credited on another value date within the
    settlement lag (app.bank.pairing), and an on-chain routing backs one sweep only: the first
    sweep (by value date, account, entry) that names its transaction; any other that names it
    is **not routed** (no Routed event of its own stands behind it), at once, as no later event
    can change which transaction its line names."""

    def __init__(self, stores: Iterable[StoreAccount], tolerances: Tolerances | None = None):
        self.stores = {s.account: s for s in stores}
        self._by_merchant = {s.merchant_id: s.account for s in self.stores.values()}
        self.tolerances = tolerances or Tolerances()
        self._lines: dict[tuple[str, dt.date], list[BankLine]] = defaultdict(list)
        self._settled: dict[tuple[str, dt.date], list[ProviderSettlement]] = defaultdict(list)
        self._routed: dict[str, RoutedTransfer] = {}
        self._claims: dict[str, list[tuple[dt.date, str, str]]] = defaultdict(list)
        self._settlement_of: dict[str, dict[str, ProviderSettlement]] = defaultdict(dict)
        self._books: dict[tuple[str, dt.date], _DayBooks] = {}
        self._loose_days: dict[str, set[dt.date]] = defaultdict(set)

    def add(
        self,
        lines: Iterable[BankLine] = (),
        settlements: Iterable[ProviderSettlement] = (),
        routed: Iterable[RoutedTransfer] = (),
    ) -> set[tuple[str, dt.date]]:
        """Add items; returns the days they touch (with a sweep, also the days of the other
        sweeps that name its transaction)."""
        touched = set()
        for line in lines:
            key = (line.account, line.value_date)
            self._lines[key].append(line)
            touched.add(key)
            if line.amount <= 0 and line.reference:
                claims = self._claims[line.reference.lower()]
                touched.update((account, day) for day, account, _ in claims)
                claims.append((line.value_date, line.account, line.entry))
        for settlement in settlements:
            account = self._by_merchant.get(settlement.merchant_id)
            if account is None:
                continue  # a store this desk does not control
            key = (account, settlement.value_date)
            self._settled[key].append(settlement)
            if settlement.paid_to == account:
                self._settlement_of[account].setdefault(settlement.id, settlement)
            touched.add(key)
        for transfer in routed:
            self._routed[transfer.tx_hash.lower()] = transfer
        return touched

    def match(
        self,
        as_of: dt.date,
        days: Iterable[tuple[str, dt.date]] | None = None,
        into: MatchResult | None = None,
    ) -> MatchResult:
        result = into if into is not None else MatchResult(as_of)
        result.as_of = as_of
        result.symbols = {a: s.symbol for a, s in self.stores.items()}
        wanted = set(self._lines) | set(self._settled) if days is None else set(days)
        for key in wanted:
            self._books[key] = self._day_books(*key)
        accounts = {account for account, _ in wanted}
        pairings = {account: self._pairing(account) for account in accounts}
        loose = {(a, day) for a in accounts for day in self._loose_days.get(a, ())}
        for key in wanted | loose:
            books = self._books.get(key) or self._books.setdefault(key, self._day_books(*key))
            result.days[key], result.flows[key] = self._finish(
                key[0], key[1], books, pairings[key[0]], as_of
            )
        return result

    def _pairing(self, account: str) -> Pairing:
        tol = self.tolerances
        settlement_of = self._settlement_of.get(account, {})

        def credited_on_its_day(settlement: ProviderSettlement) -> bool:
            books = self._books.get((account, settlement.value_date))
            return books is not None and settlement.id in books.used

        return pair_loose(
            [self._books[(account, day)].loose for day in sorted(self._loose_days[account])],
            settlement_of,
            credited_on_its_day,
            tol.settlement_lag_days,
            tol.amount_cents,
        )

    def _day_books(self, account: str, day: dt.date) -> _DayBooks:
        """The day matched by its own settlements, in one pass over its lines (a year of 12
        stores is 4,400 days and 50,000 lines)."""
        tol = self.tolerances
        differences: list[Difference] = []
        by_id: dict[str, ProviderSettlement] = {}
        for settlement in self._settled.get((account, day), ()):
            if settlement.paid_to != account:
                differences.append(
                    Difference(account, day, Reason.DIVERTED, settlement.id, settlement.amount)
                )
            else:
                by_id[settlement.id] = settlement
        used: set[str] = set()
        matched_settlements, matched_credits, sweeps = [], [], []
        loose = Loose()
        matched_amount = credited = 0
        for line in self._lines.get((account, day), ()):
            amount = line.amount
            if amount <= 0:
                sweeps.append(line)
                continue
            credited += amount
            found = by_id.get(line.reference)
            if found is None:
                loose.credits.append(line)  # another day's, or unexplained
            elif found.id in used:
                differences.append(
                    Difference(account, day, Reason.DUPLICATE, line.entry, amount, found.amount)
                )
            else:
                used.add(found.id)
                if abs(amount - found.amount) > tol.amount_cents:
                    differences.append(
                        Difference(
                            account, day, Reason.AMOUNT_DIFFERS, line.entry, amount, found.amount
                        )
                    )
                else:
                    matched_settlements.append(found.id)
                    matched_credits.append(line.entry)
                    matched_amount += amount
        loose.settlements = [s for s in by_id.values() if s.id not in used]
        if loose.credits or loose.settlements:
            self._loose_days[account].add(day)
        else:
            self._loose_days[account].discard(day)
        return _DayBooks(
            differences, matched_settlements, matched_credits, matched_amount, credited, used,
            sweeps, loose,
        )  # fmt: skip

    def _finish(
        self, account: str, day: dt.date, books: _DayBooks, pairing: Pairing, as_of: dt.date
    ) -> tuple[DayResult, DailyFlow]:
        """The day's result as of `as_of`: its loose items as paired, the lags, the sweeps."""
        tol = self.tolerances
        store = self.stores.get(account)
        differences = list(books.differences)
        settlements, credits = list(books.settlements), list(books.credits)
        matched_amount = books.matched_amount
        pending = 0
        for line in books.loose.credits:
            key = (day, line.entry)
            found = pairing.paired.get(key)
            if found is not None and abs(line.amount - found.amount) <= tol.amount_cents:
                settlements.append(found.id)
                credits.append(line.entry)
                matched_amount += line.amount
                continue
            if found is not None:
                reason, other = Reason.AMOUNT_DIFFERS, found.amount
            elif key in pairing.duplicates:
                reason, other = Reason.DUPLICATE, pairing.duplicates[key].amount
            else:
                reason, other = Reason.UNEXPLAINED_CREDIT, None
            differences.append(Difference(account, day, reason, line.entry, line.amount, other))
        # "Never credited after the expected lag", read as the routing lag below is: a settlement
        # of `day` may be credited up to `day + lag` (app.bank.pairing pairs that far), so once the
        # bank has booked `day + lag` without its credit the lag has passed and it is missing; the
        # day before it is pending. (With a lag of 0 it must be credited on its own value date.)
        late_settlement = (as_of - day).days >= tol.settlement_lag_days
        for settlement in books.loose.settlements:
            if settlement.id in pairing.settled:
                continue
            if late_settlement:
                differences.append(
                    Difference(
                        account, day, Reason.MISSING_SETTLEMENT, settlement.id, settlement.amount
                    )
                )
            else:
                pending += 1

        # Swept and routed "within one simulated day" (the routing lag): a day's sweep not
        # routed once the bank has booked the lag's last day is late.
        late_routing = (as_of - day).days >= tol.routing_lag_days
        sweeps, credited = books.sweeps, books.credited
        swept = -sum(x.amount for x in sweeps)
        sweep_entry = tx_hash = None
        routed = 0
        if credited and not sweeps:
            if late_routing:
                differences.append(
                    Difference(account, day, Reason.NOT_SWEPT, f"{account} {day}", credited)
                )
            else:
                pending += 1
        elif sweeps and abs(swept - credited) > tol.amount_cents:
            differences.append(
                Difference(
                    account, day, Reason.AMOUNT_DIFFERS, sweeps[0].entry, -sweeps[0].amount,
                    credited,
                )
            )  # fmt: skip
        for sweep in sweeps:
            reference = sweep.reference.lower()
            claims = self._claims.get(reference)
            if claims and min(claims) != (day, account, sweep.entry):
                differences.append(  # its transaction backs an earlier sweep
                    Difference(account, day, Reason.NOT_ROUTED, sweep.entry, -sweep.amount)
                )
                continue
            transfer = self._routed.get(reference)
            if transfer is not None:
                routed += transfer.total // UNITS_PER_CENT
            if transfer is None or (
                store is not None and transfer.router.lower() != store.router.lower()
            ):
                if late_routing:
                    differences.append(
                        Difference(account, day, Reason.NOT_ROUTED, sweep.entry, -sweep.amount)
                    )
                else:
                    pending += 1
            elif abs(transfer.total - (-sweep.amount) * UNITS_PER_CENT) > (
                tol.amount_cents * UNITS_PER_CENT
            ):
                routed_cents = transfer.total // UNITS_PER_CENT
                differences.append(
                    Difference(
                        account, day, Reason.AMOUNT_DIFFERS, sweep.entry, -sweep.amount,
                        routed_cents,
                    )
                )  # fmt: skip
            else:
                sweep_entry, tx_hash = sweep.entry, transfer.tx_hash
        group = None
        if credits or sweep_entry:
            group = MatchedGroup(
                account, day, tuple(settlements), tuple(credits), sweep_entry, tx_hash,
                matched_amount,
            )  # fmt: skip
        flow = DailyFlow(day, credited, swept, routed)
        return DayResult(group, tuple(differences), pending), flow


def matched_lines_hash(
    result: MatchResult, lines: Iterable[BankLine], account: str, period: str
) -> str:
    """keccak-256 of the canonical JSON of the period's matched statement lines of one account
    (entry, value date, amount, reference; sorted by entry): what a proposal carries beside its
    report hash, so an approver sees the bank lines it rests on."""
    from eth_utils import keccak

    matched: set[str] = set()
    for group in result.groups:
        if group.account == account and group.period == period:
            matched.update(group.credits)
            if group.sweep:
                matched.add(group.sweep)
    rows = sorted(
        [x.entry, x.value_date.isoformat(), x.amount, x.reference]
        for x in lines
        if x.account == account and x.entry in matched and f"{x.value_date:%Y-%m}" == period
    )
    body = json.dumps(rows, separators=(",", ":"), ensure_ascii=True).encode()
    return "0x" + keccak(body).hex()


def tolerances_of(settings: object) -> Tolerances:
    """The matching tolerances from the user's Settings."""
    return Tolerances(
        amount_cents=int(getattr(settings, "bank_amount_tolerance_cents", 0)),
        settlement_lag_days=int(getattr(settings, "bank_settlement_lag_days", 1)),
        routing_lag_days=int(getattr(settings, "bank_routing_lag_days", 1)),
    )
