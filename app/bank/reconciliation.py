"""The three sides of a reconciliation, read from where they live: the bank's statement lines
(imported from the bank API or a file into the local store), the payment providers' settlements
(platform API) and the routers' Routed events (chain, indexed into the local store)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.backend.client import ApiClient
from app.bank.client import BankClient
from app.bank.errors import BankError
from app.bank.importer import import_file, import_from_bank
from app.bank.matching import (
    Matcher,
    MatchResult,
    ProviderSettlement,
    RoutedTransfer,
    StoreAccount,
    Tolerances,
    matched_lines_hash,
)
from app.bank.resolutions import Resolutions
from app.bank.store import ImportResult, StatementStore
from app.chain.artifacts import load_artifact
from app.chain.client import ChainClient
from app.chain.deploy import store_id
from app.chain.indexer import EventIndexer, decode_events
from app.chain.registry import Deployment
from app.storage.db import Database


def months(first: dt.date, last: dt.date) -> list[str]:
    found, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        found.append(f"{year:04d}-{month:02d}")
        year, month = year + month // 12, month % 12 + 1
    return found


def store_accounts(store: StatementStore, deployment: Deployment) -> list[StoreAccount]:
    """The controlled accounts the desk knows, joined to the stores' routers on chain."""
    stores = {s.store_id: s for s in deployment.stores}
    found = []
    for account in store.accounts().values():
        on_chain = stores.get(store_id(account.merchant_id))
        if on_chain is not None:
            found.append(
                StoreAccount(account.id, account.merchant_id, account.symbol, on_chain.router)
            )
    return sorted(found, key=lambda s: s.account)


def routed_transfers(
    client: ChainClient, db: Database, routers: Iterable[str]
) -> list[RoutedTransfer]:
    """Every Routed event of the routers, indexed incrementally into the local store."""
    indexer = EventIndexer(client, db, confirmations=0 if client.chain_id == 31337 else 2)
    routers = list(routers)
    for router in routers:
        indexer.watch(router)
    indexer.sync()
    abi = load_artifact("RevenueRouter").abi
    found = []
    for router in routers:
        for event in decode_events(indexer.events(router), abi):
            if event["event"] == "Routed":
                found.append(_transfer(event))
    return found


def _transfer(event: Any) -> RoutedTransfer:
    tx = event["transactionHash"]
    tx_hash = tx if isinstance(tx, str) else "0x" + bytes(tx).hex()
    return RoutedTransfer(tx_hash.lower(), str(event["address"]), int(event["args"]["total"]))


def provider_settlements(api: Any, merchant_id: str, period: str) -> list[ProviderSettlement]:
    fetched = api.settlements(merchant_id, period)
    answer = getattr(fetched, "value", fetched)  # a CachedApi answers Fetched(value=...)
    return [
        ProviderSettlement(s.id, s.merchant_id, s.paid_to, s.value_date, s.amount, s.provider)
        for s in answer.items
    ]


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    first = dt.date.fromisoformat(period + "-01")
    after = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, after - dt.timedelta(days=1)


def reconcile_stored(
    store: StatementStore,
    api: ApiClient,
    client: ChainClient,
    db: Database,
    deployment: Deployment,
    periods: list[str],
    *,
    as_of: dt.date | None = None,
    tolerances: Tolerances | None = None,
) -> MatchResult:
    """Match the imported statement lines of `periods` with the providers' settlements and the
    chain, as of `as_of` (default: the last value date imported); later items are left out, so
    a day the bank has not stated yet is not mistaken for a leak."""
    if not periods:
        return MatchResult(dt.date.min)
    tolerances = tolerances or Tolerances()
    first, last = period_bounds(min(periods))[0], period_bounds(max(periods))[1]
    lines = store.lines(first, last)
    if as_of is None:
        as_of = max((x.value_date for x in lines), default=first)
    # Across the edges: a settlement may be credited in the next or the previous month within
    # the settlement lag, and a routing transaction backs the first sweep naming it, whichever
    # month that is. Those days outside the periods take part, and are left out of the result.
    lag = dt.timedelta(days=tolerances.settlement_lag_days)
    wide_first, wide_last = first - lag, min(last + lag, as_of)
    day = dt.timedelta(days=1)
    lines += store.lines(wide_first, first - day) if lag else []
    lines += store.lines(last + day, wide_last) if wide_last > last else []
    named = {x.reference.lower() for x in lines if x.amount < 0 and x.reference}
    lines += [
        x for x in store.sweeps_outside(wide_first, wide_last) if x.reference.lower() in named
    ]
    accounts = store_accounts(store, deployment)
    matcher = Matcher(accounts, tolerances)
    matcher.add(routed=routed_transfers(client, db, [s.router for s in accounts]))
    matcher.add(lines=[x for x in lines if x.value_date <= as_of])
    fetched = sorted(set(periods) | {f"{wide_first:%Y-%m}", f"{wide_last:%Y-%m}"})
    for account in accounts:
        for period in fetched:
            settled = provider_settlements(api, account.merchant_id, period)
            matcher.add(settlements=[s for s in settled if wide_first <= s.value_date <= wide_last])
    result = matcher.match(as_of)
    for key in [k for k in result.days if not first <= k[1] <= last]:
        del result.days[key]
        result.flows.pop(key, None)
    return result


def reconcile_live(
    bank: BankClient,
    api: ApiClient,
    client: ChainClient,
    db: Database,
    deployment: Deployment,
    periods: list[str],
    tolerances: Tolerances | None = None,
) -> MatchResult:
    """Import the periods' statements from the bank (idempotent), then match them as of the
    bank's last booked day."""
    as_of = bank.health().booked_through
    if as_of is None:
        return MatchResult(dt.date.min)
    store = StatementStore(db)
    import_from_bank(bank, store, periods)
    return reconcile_stored(
        store, api, client, db, deployment, periods, as_of=as_of, tolerances=tolerances
    )


class ReconciliationDesk:
    """What the reconciliation screen runs, off the GUI thread: statements in (from the bank or
    a file, with progress and cancel), then the three-way match with hand resolutions applied."""

    def __init__(
        self,
        db: Database,
        api: Any,
        client: ChainClient,
        deployment: Deployment,
        bank: BankClient | None = None,
        tolerances: Tolerances | None = None,
        audit: Any = None,
        on_result: Any = None,
    ) -> None:
        """`on_result(result, stores)`: told of each reconciliation (the revenue-control
        alerts listen here)."""
        self.db, self.api, self.client, self.deployment = db, api, client, deployment
        self.on_result = on_result
        self.bank = bank
        self.tolerances = tolerances
        self.store = StatementStore(db)
        self.resolutions = Resolutions(db, audit)
        self.stores: list[StoreAccount] = []
        self.as_of: dt.date | None = None  # the bank's last booked day when last imported

    def import_from_bank(
        self, periods: list[str], progress: Any = None, cancelled: Any = None
    ) -> ImportResult:
        if self.bank is None:
            raise BankError("bank.no_bank")
        # Read first: a day the bank books while we import is left for the next round.
        self.as_of = self.bank.health().booked_through
        return import_from_bank(
            self.bank, self.store, periods, progress=progress, cancelled=cancelled
        )

    def import_file(self, path: Path, progress: Any = None, cancelled: Any = None) -> ImportResult:
        if self.bank is not None and not self.store.accounts():
            self.store.set_accounts(self.bank.accounts().items)
        return import_file(path, self.store, progress, cancelled)

    def live_periods(self) -> list[str]:
        """From the first account's opening (or the first line imported) to the bank's last
        booked day (or the last line imported)."""
        lines = self.store.lines()
        first = min((x.value_date for x in lines), default=None)
        last = max((x.value_date for x in lines), default=None)
        if self.bank is not None:
            accounts = self.bank.accounts().items
            first = min((a.opened_on for a in accounts), default=first)
            last = self.bank.health().booked_through or last
        return months(first, last) if first and last else []

    def reconcile(self, periods: list[str], as_of: dt.date | None = None) -> MatchResult:
        """As of `as_of`, else the bank's day when the statements were imported, else the last
        value date imported."""
        result = reconcile_stored(
            self.store, self.api, self.client, self.db, self.deployment, periods,
            as_of=as_of or self.as_of, tolerances=self.tolerances,
        )  # fmt: skip
        self.stores = store_accounts(self.store, self.deployment)
        result = self.resolutions.apply(result)
        if self.on_result is not None:
            self.on_result(result, self.stores)
        return result

    def lines_hash(self, merchant_id: str, period: str) -> str | None:
        """The hash of `period`'s matched statement lines of the store's controlled account,
        as matched now; None when none of its lines is imported."""
        account = next(
            (a.id for a in self.store.accounts().values() if a.merchant_id == merchant_id), None
        )
        first, last = period_bounds(period)
        lines = [x for x in self.store.lines(first, last) if x.account == account]
        if account is None or not lines:
            return None
        result = reconcile_stored(
            self.store, self.api, self.client, self.db, self.deployment, [period],
            as_of=self.as_of, tolerances=self.tolerances,
        )  # fmt: skip
        return matched_lines_hash(result, lines, account, period)

    def refresh(self) -> MatchResult:
        """The live round: the bank's statements of every month so far, then the match."""
        periods = self.live_periods()
        if self.bank is not None:
            self.import_from_bank(periods)
        return self.reconcile(periods)
