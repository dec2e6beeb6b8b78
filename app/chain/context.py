"""One chain context per network profile: the client, the deployment, one transaction pipeline
and one event indexer.

The session (the GUI's, or a CLI command's) opens it once and hands it to every feature (wallet,
portfolio, treasury, vault, ...) through the `ChainFeature` protocol: `attach(context)`, then
`start()`, and `close()` when the network changes or the app quits. A feature never connects on
its own, so one nonce lock (per chain and sender, across processes: app/chain/locks.py) and one
indexer sync lock cover every feature that signs or indexes.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from app.chain.batch import BatchReader
from app.chain.client import ChainClient, connect
from app.chain.errors import ChainError
from app.chain.indexer import EventIndexer
from app.chain.registry import Deployment, discover
from app.chain.tracking import ReconcileOutcome
from app.chain.transactions import TransactionPipeline
from app.config.profiles import NetworkProfile
from app.events import EventBus
from app.storage.db import Database

DEV_CHAIN_IDS = frozenset({31337, 1337})  # local nodes: no reorgs, blocks only on demand


class ChainContext:
    """Connected on first use (the chain id checked before anything else), then the same client,
    pipeline and indexer for every feature until `close()`. Thread-safe to open."""

    def __init__(
        self,
        profile: NetworkProfile,
        db: Database,
        bus: EventBus | None = None,
        *,
        client: ChainClient | None = None,
        index_confirmations: int | None = None,
    ) -> None:
        if not profile.rpc_url:
            raise ChainError("chain.no_rpc_url", profile=profile.name)
        self.profile = profile
        self.db = db
        self.bus = bus
        self._index_confirmations = index_confirmations
        self._opening = threading.Lock()
        self._parts: _Parts | None = None
        self._deployment: Deployment | None = None
        if client is not None:
            self._parts = self._build(client)

    @classmethod
    def open(
        cls, profile: NetworkProfile, db: Database, bus: EventBus | None = None
    ) -> ChainContext:
        """A context for `profile`, connected now (errors surface here)."""
        context = cls(profile, db, bus)
        context.client  # noqa: B018 - connect now
        return context

    def _build(self, client: ChainClient) -> _Parts:
        confirmations = self._index_confirmations
        if confirmations is None:
            confirmations = 0 if client.chain_id in DEV_CHAIN_IDS else 2
        return _Parts(
            client,
            TransactionPipeline(client, self.db, self.bus),
            EventIndexer(client, self.db, self.bus, confirmations=confirmations),
            BatchReader(client, transport="batch"),
        )

    def _open(self) -> _Parts:
        with self._opening:
            if self._parts is None:
                self._parts = self._build(connect(self.profile))
            return self._parts

    @property
    def client(self) -> ChainClient:
        return self._open().client

    @property
    def pipeline(self) -> TransactionPipeline:
        return self._open().pipeline

    @property
    def indexer(self) -> EventIndexer:
        return self._open().indexer

    @property
    def reader(self) -> BatchReader:
        return self._open().reader

    @property
    def chain_id(self) -> int:
        return self.client.chain_id

    def deployment(self) -> Deployment:
        """The platform's contracts, discovered from the profile's registry on first use."""
        client = self.client
        with self._opening:
            if self._deployment is None:
                if not self.profile.registry_address:
                    raise ChainError("chain.no_registry", profile=self.profile.name)
                self._deployment = discover(client)
            return self._deployment

    def reconcile(self) -> list[ReconcileOutcome]:
        """Settle every recorded, unconfirmed transaction (before anything signs)."""
        return self.pipeline.reconcile()

    def close(self) -> None:
        with self._opening:
            parts, self._parts = self._parts, None
        if parts is not None:
            parts.client.close()


@dataclass(frozen=True)
class _Parts:
    client: ChainClient
    pipeline: TransactionPipeline
    indexer: EventIndexer
    reader: BatchReader


@runtime_checkable
class ChainFeature(Protocol):
    """A feature that works on chain: given the session's context, never opening its own.

    The session holds its features in one list: once connected it calls `attach(context)` then
    `start()` on each, and at shutdown `close()` on each (last started, first closed) before
    closing the context. Wallet, portfolio, vault and treasury all speak it (their
    ui/<feature>/attach.py in the GUI; `WalletService` in the core)."""

    def attach(self, chain: ChainContext | None) -> None:
        """Use `chain` from now on (None: no network; chain calls then say so)."""
        ...

    def start(self) -> None:
        """Begin background work that needs the chain, if any (after attach)."""
        ...

    def close(self) -> None:
        """Stop using the chain (the session closes the context itself)."""
        ...
