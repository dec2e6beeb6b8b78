"""The portfolio page's service: one call refreshes everything the page shows and says what changed.

Call from worker threads, never the GUI's (it does network I/O). The GUI draws `PortfolioView`;
actions, governance and statements are reached through the same object so pages get one handle.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from app.chain.context import ChainContext
from app.chain.indexer import EventIndexer
from app.events import Changes, EventBus
from app.portfolio.actions import PortfolioActions
from app.portfolio.charts import (
    AllocationSlice,
    CumulativeFlows,
    MonthlyDistributions,
    allocation,
    cumulative_flows,
    distributions_per_month,
)
from app.portfolio.claim_router import ClaimAll, find_claim_router
from app.portfolio.governance import Governance
from app.portfolio.holdings import PortfolioReader, Snapshot
from app.portfolio.koinly import koinly_csv
from app.portfolio.merchant import merchants_by_store
from app.portfolio.notifications import Notice, PortfolioNotifier
from app.portfolio.powers import PowersReader
from app.portfolio.powers_model import Flag, Powers
from app.portfolio.returns import Returns, holding_returns, portfolio_returns
from app.portfolio.statements import Statement, build_statement, snapshot_csv
from app.portfolio.valuation import PortfolioValue, Quote, value_portfolio

TOPIC = "portfolio.updated"
log = logging.getLogger(__name__)
# The market's quotes for a snapshot's tokens, by lower-case token address (network I/O: called
# on the refreshing worker). Without one every holding is valued at its offering price.
QuoteSource = Callable[[Snapshot], Mapping[str, Quote]]


@dataclass(frozen=True)
class PortfolioView:
    snapshot: Snapshot
    returns: Returns  # the whole portfolio
    by_holding: dict[str, Returns]  # by token address
    merchants: dict[str, str]  # token address -> merchant id (where the merchant is known)
    allocation: list[AllocationSlice]
    monthly_distributions: MonthlyDistributions
    cumulative: CumulativeFlows
    notices: list[Notice]
    market: PortfolioValue  # each holding at market (last trade, mid or offering price)


class PortfolioService:
    """The investor's portfolio over the session's chain context (its client, registry, pipeline
    and indexer); it never connects on its own."""

    def __init__(
        self,
        chain: ChainContext,
        bus: EventBus | None = None,
        *,
        merchant_ids: Callable[[], Iterable[str]] | None = None,
    ) -> None:
        client, db = chain.client, chain.db
        self.chain = chain
        self.bus = bus or chain.bus or EventBus()
        self.reader = PortfolioReader(client, db, registry=chain.profile.registry_address)
        self.indexer: EventIndexer | None = chain.indexer
        self.governance = Governance(client, db, self.reader.reader)
        self.actions = PortfolioActions(chain.pipeline)
        self.notifier = PortfolioNotifier(self.bus)
        self._merchant_ids = merchant_ids
        self._lock = threading.Lock()  # one refresh at a time: the reader is not thread-safe
        self._watching: set[str] = set()
        self._powers = PowersReader(self.reader, db)  # who holds which power over each token
        self._claim_router: str | None = None  # the registry's claim-all router, if any
        self._claim_router_known = False
        self.quotes: QuoteSource | None = None  # set when the market is there (ui/market)

    def close(self) -> None:
        self.notifier.close()

    def refresh(self, account: str, *, sync: bool = True) -> tuple[PortfolioView, Changes]:
        """Index new events (when an indexer is given and `sync`), read a snapshot, compute the
        returns and chart data, publish notices and "portfolio.updated"."""
        with self._lock:
            if self.indexer is not None:
                self._watch_new(self.indexer)
                if sync:
                    self.indexer.sync()
            snapshot = self.reader.snapshot(account)
            self._find_claim_router()
            view = self._view(snapshot, self._quotes(snapshot))
        changes = Changes(holdings=True)
        self.bus.publish(TOPIC, changes)
        return view, changes

    def claim_all_runner(self) -> ClaimAll:
        """Claim all: one transaction through the registry's claim router when it names one,
        else one per holding. No request: `refresh` (on a worker) looked the router up."""
        return ClaimAll(self.actions, self._claim_router)

    def _find_claim_router(self) -> None:
        if not self._claim_router_known:
            registry = self.reader.deployment.registry
            self._claim_router = find_claim_router(self.reader.client, registry)
            self._claim_router_known = True

    def watch(self, indexer: EventIndexer) -> None:
        """Have `indexer` follow what the portfolio and the powers read."""
        with self._lock:
            self._powers.watch(indexer)

    def powers(self, token: str) -> Powers:
        """Who holds which power over `token`, and its flags (app/portfolio/powers.py)."""
        with self._lock:
            return self._powers.read(token)

    def powers_flags(self, tokens: Iterable[str]) -> dict[str, tuple[Flag, ...]]:
        """The flags of each token, by token address (a store whose powers cannot be read has
        none here; its Powers tab says why)."""
        with self._lock:
            powers = self._powers.read_many(list(tokens), skip_unreadable=True)
            return {p.token: p.flags for p in powers}

    def powers_version(self) -> tuple[int, int]:
        """Changes when an indexed event that can change a token's powers arrives."""
        return self._powers.version()

    def statement(self, account: str, start: dt.date, end: dt.date) -> Statement:
        with self._lock:
            return build_statement(self.reader, account, start, end)

    @staticmethod
    def csv(view: PortfolioView, layout: str = "pst") -> str:
        """Every cash flow of the view's holdings: our own columns ("pst"), or Koinly's
        universal import template ("koinly")."""
        if layout == "koinly":
            snapshot = view.snapshot
            pairs = ((h.info, h.ledger) for h in snapshot.holdings)
            return koinly_csv(pairs, snapshot.stablecoin_symbol, snapshot.stablecoin_decimals)
        return snapshot_csv(view.snapshot)

    def _quotes(self, snapshot: Snapshot) -> Mapping[str, Quote]:
        """The market's quotes; none (offering prices, and the page says so) when the order
        book cannot be read: a market outage must not hide the holdings."""
        if self.quotes is None or not snapshot.holdings:
            return {}
        try:
            return self.quotes(snapshot)
        except Exception:
            log.warning("market quotes unavailable; valuing at offering prices", exc_info=True)
            return {}

    def _view(self, snapshot: Snapshot, quotes: Mapping[str, Quote]) -> PortfolioView:
        merchants: dict[str, str] = {}
        if self._merchant_ids is not None:
            known = merchants_by_store(self._merchant_ids())
            for holding in snapshot.holdings:
                merchant = known.get(holding.info.store_id)
                if merchant is not None:
                    merchants[holding.info.token] = merchant
        held = {m: snapshot.holding(t).info.symbol for t, m in merchants.items()}
        notices = self.notifier.update(snapshot, held)
        return PortfolioView(
            snapshot=snapshot,
            returns=portfolio_returns(snapshot),
            by_holding={
                h.info.token: holding_returns(h, snapshot.timestamp) for h in snapshot.holdings
            },
            merchants=merchants,
            allocation=allocation(snapshot),
            monthly_distributions=distributions_per_month(snapshot),
            cumulative=cumulative_flows(e for h in snapshot.holdings for e in h.entries),
            notices=notices,
            market=value_portfolio(snapshot, quotes),
        )

    def _watch_new(self, indexer: EventIndexer) -> None:
        tokens = {t.token for t in self.reader.tokens}
        if tokens - self._watching:
            self._powers.watch(indexer)
            self._watching = tokens
