"""The three sides of a live reconciliation, read from where they live: the bank's statement
lines (bank API), the payment providers' settlements (platform API) and the routers' Routed
events (chain, indexed into the local store)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from app.backend.client import ApiClient
from app.bank.client import BankClient
from app.bank.matching import (
    BankLine,
    Matcher,
    MatchResult,
    ProviderSettlement,
    RoutedTransfer,
    StoreAccount,
    Tolerances,
)
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


def store_accounts(bank: BankClient, deployment: Deployment) -> list[StoreAccount]:
    """The bank's controlled accounts joined to the stores' routers on chain."""
    stores = {s.store_id: s for s in deployment.stores}
    found = []
    for account in bank.accounts().items:
        store = stores.get(store_id(account.merchant_id))
        if store is not None:
            found.append(
                StoreAccount(account.id, account.merchant_id, account.token_symbol, store.router)
            )
    return found


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


def statement_lines(bank: BankClient, account: str, period: str) -> list[BankLine]:
    answer = bank.lines(account, period)
    return [
        BankLine(account, x.entry, x.value_date, x.amount, x.reference, x.counterparty)
        for x in answer.items
    ]


def provider_settlements(api: ApiClient, merchant_id: str, period: str) -> list[ProviderSettlement]:
    answer = api.settlements(merchant_id, period)
    return [
        ProviderSettlement(s.id, s.merchant_id, s.paid_to, s.value_date, s.amount, s.provider)
        for s in answer.items
    ]


def reconcile_live(
    bank: BankClient,
    api: ApiClient,
    client: ChainClient,
    db: Database,
    deployment: Deployment,
    periods: list[str],
    tolerances: Tolerances | None = None,
) -> MatchResult:
    """Match the given periods as of the bank's last booked day (later items are left out, so
    a day the bank has not booked yet is not mistaken for a leak)."""
    as_of = bank.health().booked_through
    if as_of is None:
        return MatchResult(dt.date.min)
    stores = store_accounts(bank, deployment)
    matcher = Matcher(stores, tolerances)
    matcher.add(routed=routed_transfers(client, db, [s.router for s in stores]))
    for store in stores:
        for period in periods:
            lines = statement_lines(bank, store.account, period)
            settled = provider_settlements(api, store.merchant_id, period)
            matcher.add(
                lines=[x for x in lines if x.value_date <= as_of],
                settlements=[s for s in settled if s.value_date <= as_of],
            )
    return matcher.match(as_of)
