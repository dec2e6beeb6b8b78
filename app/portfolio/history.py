"""An account's indexed events and their block times, from the chain indexer's tables.

The indexer (app/chain/indexer.py) stores every log of the watched contracts; this module only
selects the rows that concern one account (plus every distribution, which concerns all holders)
and dates them. Block timestamps are fetched once, in one batched request, and kept by block hash.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from eth_utils import to_checksum_address
from sqlalchemy import or_, select
from web3.types import RPCEndpoint

from app.chain.client import ChainClient, parse_quantity, unwrap
from app.chain.errors import BadRpcResponse, ChainError
from app.portfolio.abi import PROFIT_DISTRIBUTED, address_topic
from app.portfolio.ledger import RawEvent
from app.storage.db import Database
from app.storage.schema import ChainEvent, ChainIndexCursor

log = logging.getLogger(__name__)
MAX_BLOCKS_PER_TRIP = 500

_SELECT_TIMES = "SELECT block_hash, timestamp FROM portfolio_block_times WHERE chain_id = ?"
_INSERT_TIME = (
    "INSERT OR REPLACE INTO portfolio_block_times (chain_id, block_hash, number, timestamp)"
    " VALUES (?, ?, ?, ?)"
)


class EventHistory:
    def __init__(self, client: ChainClient, db: Database) -> None:
        self.client = client
        self.db = db
        self._times: dict[str, int] = {}

    @property
    def chain_id(self) -> int:
        return self.client.chain_id

    def events(self, account: str, contracts: Sequence[str]) -> list[RawEvent]:
        """Every stored event of `contracts` that names `account` in an indexed topic (a market
        fill names its taker third), and every ProfitDistributed, in chain order."""
        if not contracts:
            return []
        me = address_topic(account)
        query = (
            select(
                ChainEvent.contract,
                ChainEvent.block_number,
                ChainEvent.log_index,
                ChainEvent.block_hash,
                ChainEvent.tx_hash,
                ChainEvent.topic0,
                ChainEvent.topic1,
                ChainEvent.topic2,
                ChainEvent.data,
                ChainEvent.topic3,
            )
            .where(
                ChainEvent.chain_id == self.chain_id,
                ChainEvent.contract.in_([to_checksum_address(c) for c in contracts]),
                or_(
                    ChainEvent.topic0 == PROFIT_DISTRIBUTED,
                    ChainEvent.topic1 == me,
                    ChainEvent.topic2 == me,
                    ChainEvent.topic3 == me,
                ),
            )
            .order_by(ChainEvent.block_number, ChainEvent.log_index)
        )
        with self.db.session() as session:
            rows = session.execute(query).all()
        return [
            RawEvent(
                str(r[0]),
                int(r[1]),
                int(r[2]),
                str(r[3]),
                str(r[4]),
                r[5],
                r[6],
                r[7],
                bytes(r[8]),
                r[9],
            )
            for r in rows
        ]

    def cursor(self, contracts: Iterable[str]) -> int | None:
        """The lowest indexed block of `contracts` (None when one was never indexed)."""
        wanted = [to_checksum_address(c) for c in contracts]
        if not wanted:
            return None
        with self.db.session() as session:
            rows = session.execute(
                select(ChainIndexCursor.contract, ChainIndexCursor.last_block).where(
                    ChainIndexCursor.chain_id == self.chain_id,
                    ChainIndexCursor.contract.in_(wanted),
                )
            ).all()
        found: dict[str, int | None] = {str(c): b for c, b in rows}
        known = [b for b in found.values() if b is not None]
        if len(found) < len(set(wanted)) or len(known) < len(found):
            return None
        return min(known)

    def times(self, events: Iterable[RawEvent]) -> dict[str, int]:
        """Block timestamps by hash for `events`; missing ones cost one batched round trip.
        A block the node no longer knows (reorganised away) is left out."""
        if not self._times:
            with self.db.session() as session:
                rows = session.connection().exec_driver_sql(_SELECT_TIMES, (self.chain_id,))
                self._times.update({h: int(t) for h, t in rows})
        missing = sorted({e.block_hash for e in events if e.block_hash not in self._times})
        for start in range(0, len(missing), MAX_BLOCKS_PER_TRIP):
            self._fetch(missing[start : start + MAX_BLOCKS_PER_TRIP])
        return self._times

    def _fetch(self, hashes: list[str]) -> None:
        answers = self.client.provider.make_batch_request(
            [(RPCEndpoint("eth_getBlockByHash"), [h, False]) for h in hashes]
        )
        if isinstance(answers, dict):
            unwrap("eth_getBlockByHash", answers)
            raise ChainError("chain.batch_refused", method="eth_getBlockByHash")
        rows = []
        for block_hash, answer in zip(hashes, answers, strict=True):
            block = unwrap("eth_getBlockByHash", answer)
            if block is None:
                log.warning("block %s is no longer known (reorganised); skipped", block_hash)
                continue
            if (
                not isinstance(block, dict)
                or str(block.get("hash", "")).lower() != block_hash.lower()
            ):
                raise BadRpcResponse("portfolio.other_block")
            number = parse_quantity(block.get("number"), "block number")
            when = parse_quantity(block.get("timestamp"), "block timestamp")
            rows.append((self.chain_id, block_hash, number, when))
            self._times[block_hash] = when
        if rows:
            with self.db.session() as session:
                session.connection().exec_driver_sql(_INSERT_TIME, rows)
