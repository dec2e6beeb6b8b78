"""The holdings snapshot: every PST in the StoreRegistry for one account, in one batched read.

A refresh costs a constant number of HTTP round trips whatever the number of stores:
1. the head block (number and time), so every read below is of the same block;
2. one batch (JSON-RPC batch or Multicall3) with, per store, balanceOf, totalSupply and
   claimableOf, plus the account's KYC expiry, its stablecoin balance and the registry's store
   list (a new store triggers a re-discovery);
3. only when new events were indexed: their block times, one batch.
Static facts (names, symbols, magnitudes, sale terms) are read once at discovery.

One store whose contracts do not answer (a sale that is no contract, a token that reverts, a token
another store already lists) is left out as an `UnreadableStore` with the reason, in words; every
other store is read as usual (the registry now refuses such stores, but older ones hold them).

Claimable is the contract's own `claimableOf` at the snapshot block: what `claim()` would pay.
Distributions received = claimableOf + the account's indexed ProfitClaimed total: exact once the
indexer has reached the snapshot block (`indexed_to`); until then a fresh claim may be missing.
Cost basis comes from the replayed ledger (see app/portfolio/ledger.py for the valuation rules).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.chain.batch import BatchReader, Read, ReadResult, abi_read, call
from app.chain.client import ChainClient, checksum, parse_quantity
from app.chain.errors import BadRpcResponse, ChainError
from app.chain.indexer import EventIndexer
from app.chain.registry import Deployment, StoreContracts, discover
from app.errors import Phrase
from app.portfolio.abi import uint_read
from app.portfolio.history import EventHistory
from app.portfolio.kyc import KycStatus, kyc_status
from app.portfolio.ledger import LedgerEntry, RawEvent, TokenLedger, replay
from app.storage.db import Database

BP = 10_000
STATIC_READS = 7  # per store, see _static_reads


@dataclass(frozen=True)
class TokenInfo:
    """What never changes about a store's token and offering (read once)."""

    store_id: bytes
    token: str
    sale: str
    governor: str
    name: str
    symbol: str
    decimals: int
    magnitude: int
    price: int  # stablecoin base units per whole PST
    cap: int  # PST base units
    deadline: int  # unix seconds


@dataclass(frozen=True)
class UnreadableStore:
    """A registered store left out of the portfolio: `reason` says which contract failed and how
    (render with `.text(language)`)."""

    store_id: bytes
    token: str
    reason: Phrase


def unreadable(
    store: StoreContracts, part: str, address: str, failed: ReadResult
) -> UnreadableStore:
    """`part` ("token" or "sale") answered `failed`: the store, with the reason in words."""
    if failed.error == NO_CONTRACT:
        why = Phrase("portfolio.unreadable.why.no_contract")
    elif failed.error in BAD_ANSWERS:
        why = Phrase("portfolio.unreadable.why.bad_answer")
    elif failed.error == SILENT_REVERT:
        why = Phrase("portfolio.unreadable.why.refused")
    else:
        why = Phrase("portfolio.unreadable.why.reverted", detail=failed.error)
    reason = Phrase(
        f"portfolio.unreadable.{part}", store=_short_id(store.store_id), address=address, why=why
    )
    return UnreadableStore(store.store_id, store.token, reason)


def _short_id(store_id: bytes) -> str:
    return "0x" + store_id.hex()[:8] + "…"


# app.chain.batch's words for an empty answer (no code there) and for nonsense
NO_CONTRACT = "no contract answered"
BAD_ANSWERS = ("the answer could not be decoded", "the node gave a malformed answer")
SILENT_REVERT = "it reverted without giving a reason"  # app.chain.revert's words


@dataclass(frozen=True)
class Holding:
    info: TokenInfo
    balance: int
    total_supply: int
    claimable: int  # the contract's claimableOf at the snapshot block
    claimed: int  # the sum of the account's ProfitClaimed events (indexed)
    cost_basis: int  # stablecoin base units, from the ledger
    invested: int  # purchases + transfers in at value, from the ledger
    ledger: TokenLedger  # the replayed history (dated entries)

    @property
    def distributions(self) -> int:
        """Every profit share accrued to the account, claimed or not."""
        return self.claimable + self.claimed

    @property
    def share_bp(self) -> int:
        """The account's share of the supply in basis points (floored)."""
        return self.balance * BP // self.total_supply if self.total_supply else 0

    @property
    def entries(self) -> list[LedgerEntry]:
        return self.ledger.entries


@dataclass(frozen=True)
class Totals:
    cost_basis: int
    invested: int
    claimable: int
    claimed: int
    distributions: int


@dataclass(frozen=True)
class Snapshot:
    account: str
    chain_id: int
    block_number: int
    timestamp: int  # chain time of the block every number was read at
    stablecoin: str
    stablecoin_symbol: str
    stablecoin_decimals: int
    stablecoin_balance: int
    kyc: KycStatus
    holdings: tuple[Holding, ...]
    indexed_to: int | None  # the ledger's events are complete up to this block
    unreadable: tuple[UnreadableStore, ...] = ()  # stores left out, each with its reason

    @property
    def totals(self) -> Totals:
        h = self.holdings
        return Totals(
            cost_basis=sum(x.cost_basis for x in h),
            invested=sum(x.invested for x in h),
            claimable=sum(x.claimable for x in h),
            claimed=sum(x.claimed for x in h),
            distributions=sum(x.distributions for x in h),
        )

    def holding(self, token: str) -> Holding:
        for item in self.holdings:
            if item.info.token.lower() == token.lower():
                return item
        raise KeyError(token)


class PortfolioReader:
    """Reads snapshots for any account. Not thread-safe: one per worker thread."""

    def __init__(
        self,
        client: ChainClient,
        db: Database,
        *,
        registry: str | None = None,
        reader: BatchReader | None = None,
    ) -> None:
        self.client = client
        self.registry = registry
        self.reader = reader or BatchReader(client, transport="batch")
        self.history = EventHistory(client, db)
        self._deployment: Deployment | None = None
        self._infos: list[TokenInfo] = []
        self._unreadable: list[UnreadableStore] = []
        self._coin: tuple[str, int] = ("", 6)
        self._registry_stores: Any = None
        # The PSTMarket whose fills are market buys and sales (issue 16); "" until known.
        self.market = ""

    @property
    def deployment(self) -> Deployment:
        if self._deployment is None:
            self.rediscover()
        assert self._deployment is not None
        return self._deployment

    @property
    def stablecoin(self) -> tuple[str, int]:
        """(symbol, decimals) of the platform's stablecoin."""
        self.deployment  # noqa: B018 - discovers on first use
        return self._coin

    @property
    def tokens(self) -> list[TokenInfo]:
        self.deployment  # noqa: B018 - discovers on first use
        return list(self._infos)

    @property
    def unreadable(self) -> list[UnreadableStore]:
        """Registered stores left out at discovery, each with its reason."""
        self.deployment  # noqa: B018 - discovers on first use
        return list(self._unreadable)

    def rediscover(self) -> None:
        """Read the registry's stores and their static facts (a few batched round trips)."""
        deployment = discover(self.client, self.registry, self.reader)
        coin = self.client.contract("SandboxStablecoin", deployment.stablecoin).functions
        reads: list[Read] = [call(coin.symbol()), call(coin.decimals())]
        for store in deployment.stores:
            reads += _static_reads(store)
        results = self.reader.read(reads)
        self._coin = (str(results[0].unwrap()), int(results[1].unwrap()))
        infos: list[TokenInfo] = []
        left_out: list[UnreadableStore] = []
        listed: dict[str, bytes] = {}  # token -> the store that lists it first
        for i, store in enumerate(deployment.stores):
            mine = results[2 + i * STATIC_READS : 2 + (i + 1) * STATIC_READS]
            failed = _first_failure(store, mine)
            if failed is None and store.token in listed:
                failed = UnreadableStore(
                    store.store_id,
                    store.token,
                    Phrase(
                        "portfolio.unreadable.duplicate",
                        store=_short_id(store.store_id),
                        address=store.token,
                        other=_short_id(listed[store.token]),
                    ),
                )
            if failed is not None:
                left_out.append(failed)
                continue
            listed[store.token] = store.store_id
            name, symbol, decimals, magnitude, price, cap, deadline = (r.value for r in mine)
            infos.append(
                TokenInfo(
                    store.store_id,
                    store.token,
                    store.sale,
                    store.governor,
                    str(name),
                    str(symbol),
                    int(decimals),
                    int(magnitude),
                    int(price),
                    int(cap),
                    int(deadline),
                )
            )
        self._deployment, self._infos, self._unreadable = deployment, infos, left_out
        registry = self.client.contract("StoreRegistry", deployment.registry)
        self._registry_stores = registry.functions.stores()

    def watch(self, indexer: EventIndexer, start_block: int = 0) -> None:
        """Have the indexer follow every token, sale and governor the portfolio reads."""
        for info in self.tokens:
            for address in (info.token, info.sale, info.governor):
                indexer.watch(address, start_block)
        if self.market:
            indexer.watch(self.market, start_block)

    def snapshot(self, account: str) -> Snapshot:
        account = checksum(account)
        for _ in range(2):  # a store registered since discovery: discover, then read again
            deployment = self.deployment
            number, timestamp = self.head()
            reads = [
                uint_read(deployment.compliance, "expiryOf(address)", account),
                uint_read(deployment.stablecoin, "balanceOf(address)", account),
                call(self._registry_stores),
            ]
            for info in self._infos:
                reads += [
                    uint_read(info.token, "balanceOf(address)", account),
                    uint_read(info.token, "totalSupply()"),
                    uint_read(info.token, "claimableOf(address)", account),
                ]
            results = self.reader.read(reads, number)
            expiry, coin_balance, store_ids = (r.unwrap() for r in results[:3])
            if [bytes(s) for s in store_ids] == [s.store_id for s in deployment.stores]:
                break
            self.rediscover()
        else:
            raise ChainError("portfolio.registry_moving")
        failing: list[UnreadableStore] = []  # stores whose token stopped answering since
        holdings = tuple(self._holdings(account, results[3:], failing))
        return Snapshot(
            account=account,
            chain_id=self.client.chain_id,
            block_number=number,
            timestamp=timestamp,
            stablecoin=deployment.stablecoin,
            stablecoin_symbol=self._coin[0],
            stablecoin_decimals=self._coin[1],
            stablecoin_balance=int(coin_balance),
            kyc=kyc_status(int(expiry), timestamp),
            holdings=holdings,
            indexed_to=self.history.cursor(self._watched()),
            unreadable=(*self._unreadable, *failing),
        )

    def head(self) -> tuple[int, int]:
        """(number, timestamp) of the latest block: one round trip."""
        block = self.client.rpc("eth_getBlockByNumber", ["latest", False])
        if not isinstance(block, dict):
            raise BadRpcResponse(method="eth_getBlockByNumber")
        return (
            parse_quantity(block.get("number"), "block number"),
            parse_quantity(block.get("timestamp"), "block timestamp"),
        )

    def ledgers(self, account: str, until: int | None = None) -> dict[str, TokenLedger]:
        """Every store's replayed ledger for `account`, by token address (lower case)."""
        account = checksum(account)
        infos = self.tokens  # discovers on first use
        events = self.history.events(account, self._watched())
        times = self.history.times(events)
        events = [e for e in events if e.block_hash in times]
        by_contract: dict[str, list[RawEvent]] = {}
        for event in events:
            by_contract.setdefault(event.contract.lower(), []).append(event)
        ledgers = {}
        for info in infos:
            mine = [
                *by_contract.get(info.token.lower(), []),
                *by_contract.get(info.sale.lower(), []),
                *by_contract.get(self.market.lower(), []),
            ]
            mine.sort(key=lambda e: (e.block_number, e.log_index))
            ledgers[info.token.lower()] = replay(
                mine,
                account=account,
                token=info.token,
                sale=info.sale,
                magnitude=info.magnitude,
                price=info.price,
                times=times,
                until=until,
                market=self.market,
            )
        return ledgers

    def _holdings(
        self, account: str, results: Sequence[ReadResult], failing: list[UnreadableStore]
    ) -> list[Holding]:
        ledgers = self.ledgers(account)
        holdings = []
        for i, info in enumerate(self._infos):
            mine = results[i * 3 : i * 3 + 3]
            bad = next((r for r in mine if not r.ok), None)
            if bad is not None:
                failing.append(
                    unreadable(self.deployment.store(info.store_id), "token", info.token, bad)
                )
                continue
            balance, supply, claimable = (int(r.value) for r in mine)
            ledger = ledgers[info.token.lower()]
            if not (balance or claimable or ledger.entries):
                continue
            holdings.append(
                Holding(
                    info=info,
                    balance=balance,
                    total_supply=supply,
                    claimable=claimable,
                    claimed=ledger.claimed,
                    cost_basis=ledger.cost_basis,
                    invested=ledger.invested,
                    ledger=ledger,
                )
            )
        return holdings

    def _watched(self) -> list[str]:
        market = [self.market] if self.market else []
        return [a for info in self._infos for a in (info.token, info.sale)] + market


def _static_reads(store: StoreContracts) -> list[Read]:
    token, sale = store.token, store.sale
    return [  # token reads first, then the sale's (see _first_failure)
        abi_read("ProfitShareToken", token, "name"),
        abi_read("ProfitShareToken", token, "symbol"),
        abi_read("ProfitShareToken", token, "decimals"),
        abi_read("ProfitShareToken", token, "MAGNITUDE"),
        abi_read("OfferingSale", sale, "price"),
        abi_read("OfferingSale", sale, "cap"),
        abi_read("OfferingSale", sale, "deadline"),
    ]


def _first_failure(store: StoreContracts, results: Sequence[ReadResult]) -> UnreadableStore | None:
    for k, result in enumerate(results):
        if not result.ok:
            part, address = ("token", store.token) if k < TOKEN_READS else ("sale", store.sale)
            return unreadable(store, part, address, result)
    return None


TOKEN_READS = 4  # the first reads of _static_reads are the token's
