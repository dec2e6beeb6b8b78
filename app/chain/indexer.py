"""Event indexer: contract logs into SQLite, incrementally and reorg-safe.

Per contract a cursor (last indexed block). Each sync:
1. checks the stored hashes of recent blocks against the chain; on a change it rolls events,
   block hashes and cursors back to below the first changed block (they are re-indexed below);
2. fetches logs up to `head - confirmations` in chunks of blocks: the chunk halves when the node
   says the answer is too big (or times out) and doubles again after successes;
3. commits each chunk's events (one executemany), the block hashes it relied on and the cursor in
   one SQLite transaction, so a crash never leaves a cursor ahead of its events.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from eth_utils import to_checksum_address
from sqlalchemy import delete, select, update
from sqlalchemy.dialects.sqlite import insert
from web3.types import RPCEndpoint

from app.chain.client import ChainClient, unwrap
from app.chain.errors import BadRpcResponse, ChainError, ChainTimeout, RpcError
from app.chain.locks import sync_lock
from app.events import CHAIN_EVENTS, Changes, EventBus
from app.storage.db import Database
from app.storage.schema import ChainBlock, ChainEvent, ChainIndexCursor

log = logging.getLogger(__name__)
TOPIC = CHAIN_EVENTS
_INSERT_EVENT = (
    "INSERT INTO chain_events (chain_id, contract, block_number, block_hash, tx_hash, log_index,"
    " topic0, topic1, topic2, topic3, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPSERT_BLOCK = "INSERT OR REPLACE INTO chain_blocks (chain_id, number, hash) VALUES (?, ?, ?)"
_TOO_BIG = ("result", "range", "too many", "too large", "exceed", "limit", "size")


@dataclass(frozen=True)
class SyncReport:
    head: int
    indexed_to: int | None  # the lowest cursor after the sync
    events_added: int
    events_removed: int  # rolled back by a reorg
    reorg_from: int | None  # first block that changed, if a reorg was found
    requests: int  # eth_getLogs calls, failed ones included
    chunk: int  # the chunk size the next sync starts with
    seconds: float


class EventIndexer:
    def __init__(
        self,
        client: ChainClient,
        db: Database,
        bus: EventBus | None = None,
        *,
        confirmations: int = 2,
        reorg_window: int = 64,
        chunk: int = 2_000,
        min_chunk: int = 1,
        max_chunk: int = 50_000,
    ) -> None:
        self.client = client
        self.db = db
        self.bus = bus
        self.confirmations = confirmations
        self.reorg_window = reorg_window
        self.chunk = chunk
        self.min_chunk = min_chunk
        self.max_chunk = max_chunk

    @property
    def chain_id(self) -> int:
        return self.client.chain_id

    def watch(self, address: str, start_block: int = 0) -> None:
        """Index `address` from `start_block` on (no-op if it is already watched). One insert
        that keeps a cursor already there: the app and the CLI beside it may watch the same
        contract at the same moment (a look, then an insert, let the second one fail)."""
        contract = to_checksum_address(address)
        cursor = insert(ChainIndexCursor).values(
            chain_id=self.chain_id,
            contract=contract,
            start_block=start_block,
            last_block=None,
            updated_at=_now(),
        )
        with self.db.session() as session:
            session.execute(cursor.on_conflict_do_nothing())

    def cursors(self) -> dict[str, int | None]:
        with self.db.session() as session:
            rows = session.scalars(
                select(ChainIndexCursor).where(ChainIndexCursor.chain_id == self.chain_id)
            ).all()
            return {row.contract: row.last_block for row in rows}

    def sync(self) -> SyncReport:
        """One sync at a time per chain and data directory, across threads and processes: the
        indexers of several features share the cursors and would store the same logs twice."""
        with sync_lock(self.db.path, self.chain_id):
            return self._sync()

    def _sync(self) -> SyncReport:
        started = time.perf_counter()
        head = self.client.block_number()
        reorg_from, removed = self._check_reorg(head)
        safe = head - self.confirmations
        added = requests = 0
        with self.db.session() as session:
            rows = session.scalars(
                select(ChainIndexCursor).where(ChainIndexCursor.chain_id == self.chain_id)
            ).all()
            groups: dict[int, list[str]] = {}
            for row in rows:
                start = row.start_block if row.last_block is None else row.last_block + 1
                groups.setdefault(start, []).append(row.contract)
        # Contracts at the same cursor share one eth_getLogs per chunk.
        for start, contracts in sorted(groups.items()):
            got, asked = self._index_range(contracts, start, safe)
            added += got
            requests += asked
        cursors = [c for c in self.cursors().values()]
        report = SyncReport(
            head=head,
            indexed_to=min((c if c is not None else -1 for c in cursors), default=None),
            events_added=added,
            events_removed=removed,
            reorg_from=reorg_from,
            requests=requests,
            chunk=self.chunk,
            seconds=time.perf_counter() - started,
        )
        if (added or removed) and self.bus is not None:
            self.bus.publish(TOPIC, Changes(holdings=True, approvals=True))
        return report

    # -- fetching -------------------------------------------------------------------------
    def _index_range(self, contracts: list[str], start: int, end: int) -> tuple[int, int]:
        added = requests = 0
        cap = self.max_chunk  # lowered below a size the node refused, for the rest of this range
        while start <= end:
            stop = min(end, start + self.chunk - 1)
            requests += 1
            try:
                logs = self._get_logs(contracts, start, stop)
            except (RpcError, ChainTimeout) as error:
                if not _too_big(error) or self.chunk <= self.min_chunk:
                    raise
                cap = max(self.min_chunk, self.chunk - 1)
                self.chunk = max(self.min_chunk, self.chunk // 2)
                log.info("eth_getLogs %d-%d too big; chunk now %d", start, stop, self.chunk)
                continue
            added += self._store_chunk(contracts, stop, logs)
            start = stop + 1
            self.chunk = min(cap, self.chunk * 2)
        return added, requests

    def _get_logs(self, contracts: list[str], start: int, stop: int) -> list[Any]:
        logs = self.client.rpc(
            "eth_getLogs", [{"address": contracts, "fromBlock": hex(start), "toBlock": hex(stop)}]
        )
        if not isinstance(logs, list):
            raise BadRpcResponse(method="eth_getLogs")
        return logs

    def _store_chunk(self, contracts: list[str], stop: int, logs: list[Any]) -> int:
        chain_id = self.chain_id
        end_hash = self._block_hash(stop)
        blocks = {stop: end_hash} if end_hash else {}
        rows = []
        checksummed: dict[str, str] = {}  # checksumming costs a keccak: once per contract
        try:
            for item in logs:
                if item.get("removed"):
                    continue
                topics = item["topics"]
                if not isinstance(topics, list):
                    raise TypeError("topics")
                number = int(item["blockNumber"], 16)
                block_hash = item["blockHash"]
                blocks[number] = block_hash
                topics = [*topics, None, None, None, None]
                address = item["address"]
                contract = checksummed.get(address)
                if contract is None:
                    contract = checksummed[address] = to_checksum_address(address)
                rows.append(
                    (
                        chain_id,
                        contract,
                        number,
                        block_hash,
                        item["transactionHash"],
                        int(item["logIndex"], 16),
                        *topics[:4],
                        bytes.fromhex(item["data"][2:]),
                    )
                )
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise BadRpcResponse("chain.bad_logs") from error
        with self.db.session() as session:
            if rows:
                # Straight to the driver's executemany: the ORM's bulk path costs 3x here.
                session.connection().exec_driver_sql(_INSERT_EVENT, rows)
            session.connection().exec_driver_sql(
                _UPSERT_BLOCK, [(chain_id, n, h) for n, h in blocks.items()]
            )
            session.execute(
                update(ChainIndexCursor)
                .where(
                    ChainIndexCursor.chain_id == chain_id, ChainIndexCursor.contract.in_(contracts)
                )
                .values(last_block=stop, updated_at=_now())
            )
        return len(rows)

    def _block_hash(self, number: int) -> str | None:
        block = self.client.rpc("eth_getBlockByNumber", [hex(number), False])
        return block.get("hash") if isinstance(block, dict) else None

    # -- reorgs ---------------------------------------------------------------------------
    def _check_reorg(self, head: int) -> tuple[int | None, int]:
        """Compare stored recent block hashes with the chain in one batch request."""
        with self.db.session() as session:
            top = session.scalar(
                select(ChainBlock.number)
                .where(ChainBlock.chain_id == self.chain_id)
                .order_by(ChainBlock.number.desc())
                .limit(1)
            )
        if top is None:
            return None, 0
        floor = top - self.reorg_window
        while True:
            stored = self._stored_blocks(floor)
            changed = self._changed(stored, head)
            if not changed:
                return None, 0
            first = min(changed)
            oldest = min(stored)
            if first > oldest or floor < 0:
                return first, self._roll_back(first)
            floor -= self.reorg_window  # everything we checked changed: look further back

    def _stored_blocks(self, floor: int) -> dict[int, str]:
        with self.db.session() as session:
            rows = session.execute(
                select(ChainBlock.number, ChainBlock.hash).where(
                    ChainBlock.chain_id == self.chain_id, ChainBlock.number > floor
                )
            ).all()
        return {number: block_hash for number, block_hash in rows}

    def _changed(self, stored: dict[int, str], head: int) -> list[int]:
        numbers = sorted(stored)
        changed = [n for n in numbers if n > head]  # the chain is now shorter than what we saw
        asked = [n for n in numbers if n <= head]
        if asked:
            answers = self.client.provider.make_batch_request(
                [(RPCEndpoint("eth_getBlockByNumber"), [hex(n), False]) for n in asked]
            )
            if isinstance(answers, dict):
                unwrap("eth_getBlockByNumber", answers)
                raise BadRpcResponse("chain.batch_refused", method="eth_getBlockByNumber")
            for number, answer in zip(asked, answers, strict=True):
                block = unwrap("eth_getBlockByNumber", answer)
                if not isinstance(block, dict) or block.get("hash") != stored[number]:
                    changed.append(number)
        return changed

    def _roll_back(self, first_changed: int) -> int:
        chain_id = self.chain_id
        log.warning("chain reorganised from block %d: rolling back the index", first_changed)
        with self.db.session() as session:
            result = session.execute(
                delete(ChainEvent).where(
                    ChainEvent.chain_id == chain_id, ChainEvent.block_number >= first_changed
                )
            )
            removed = getattr(result, "rowcount", 0)
            session.execute(
                delete(ChainBlock).where(
                    ChainBlock.chain_id == chain_id, ChainBlock.number >= first_changed
                )
            )
            session.execute(
                update(ChainIndexCursor)
                .where(
                    ChainIndexCursor.chain_id == chain_id,
                    ChainIndexCursor.last_block >= first_changed,
                )
                .values(last_block=first_changed - 1, updated_at=_now())
            )
        return int(removed or 0)

    # -- reading --------------------------------------------------------------------------
    def events(
        self, contract: str, topic0: str | None = None, since_block: int = 0
    ) -> list[ChainEvent]:
        """Stored events of one contract, in chain order."""
        with self.db.session() as session:
            query = select(ChainEvent).where(
                ChainEvent.chain_id == self.chain_id,
                ChainEvent.contract == to_checksum_address(contract),
                ChainEvent.block_number >= since_block,
            )
            if topic0 is not None:
                query = query.where(ChainEvent.topic0 == topic0)
            return list(
                session.scalars(query.order_by(ChainEvent.block_number, ChainEvent.log_index))
            )


def decode_events(rows: Iterable[ChainEvent], abi: Sequence[dict[str, Any]]) -> list[Any]:
    """Decode stored rows with a contract ABI: web3 event dicts (`event`, `args`, ...).
    Rows whose topic0 matches no event of the ABI are skipped."""
    from eth_utils import event_abi_to_log_topic
    from web3 import Web3
    from web3._utils.events import get_event_data

    codec = Web3().codec
    by_topic = {
        "0x" + event_abi_to_log_topic(item).hex(): item  # type: ignore[arg-type]
        for item in abi
        if item.get("type") == "event"
    }
    decoded = []
    for row in rows:
        event_abi = by_topic.get(row.topic0 or "")
        if event_abi is None:
            continue
        topics = [t for t in (row.topic0, row.topic1, row.topic2, row.topic3) if t is not None]
        log_entry = {
            "address": row.contract,
            "topics": [bytes.fromhex(t[2:]) for t in topics],
            "data": row.data,
            "blockNumber": row.block_number,
            "blockHash": row.block_hash,
            "transactionHash": row.tx_hash,
            "logIndex": row.log_index,
            "transactionIndex": 0,
        }
        try:
            decoded.append(get_event_data(codec, event_abi, log_entry))  # type: ignore[arg-type]
        except Exception as error:  # a log that does not fit its ABI is skipped, not fatal
            log.warning("cannot decode event %s/%d: %s", row.tx_hash, row.log_index, error)
    return decoded


def _too_big(error: ChainError) -> bool:
    if isinstance(error, ChainTimeout):
        return True
    message = getattr(error, "message", "").lower()
    return any(word in message for word in _TOO_BIG)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
