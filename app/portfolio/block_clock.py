"""Dates for block numbers: a mined block's own timestamp, a future one estimated from the chain's
recent pace (the average seconds per block over the last WINDOW blocks).

A governor counts its deadlines in blocks; people count in days. The estimate is honest about
what it is: a later block may come sooner or later than the recent pace says (a dev chain mines a
block per transaction), so the GUI marks estimated dates as such.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from web3.types import RPCEndpoint

from app.chain.client import ChainClient, parse_quantity, unwrap
from app.chain.errors import BadRpcResponse, ChainError

WINDOW = 1_000  # blocks whose average sets the pace
DEFAULT_BLOCK_SECONDS = 12  # Ethereum's slot, for a chain too young to have a pace


@dataclass(frozen=True)
class BlockClock:
    head: int
    head_time: int
    known: dict[int, int]  # block number -> timestamp, for the mined blocks asked about
    pace_blocks: int  # the pace is pace_seconds per pace_blocks (kept as integers: no float)
    pace_seconds: int

    def time_of(self, block: int) -> tuple[int | None, bool]:
        """(unix seconds, estimated) of `block`: its own timestamp once mined, else estimated."""
        if block <= self.head:
            return self.known.get(block), False
        # Rounded up, and at least a second on: a block still to come is never "now" (a dev
        # chain that mined a thousand blocks in a second has a pace that floors to nothing).
        ahead = -(-(block - self.head) * self.pace_seconds // self.pace_blocks)
        return self.head_time + max(1, ahead), True

    @property
    def seconds_per_block(self) -> str:
        """The pace in words for a tooltip, e.g. '2.5' (one decimal, exact integer arithmetic)."""
        tenths = self.pace_seconds * 10 // self.pace_blocks
        return f"{tenths // 10}.{tenths % 10}"


def read_clock(client: ChainClient, blocks: Iterable[int] = ()) -> BlockClock:
    """The head, the recent pace and the timestamps of the mined `blocks`: two round trips."""
    (head_block,) = _blocks(client, ["latest"])
    head = parse_quantity(head_block.get("number"), "block number")
    head_time = parse_quantity(head_block.get("timestamp"), "block timestamp")
    reference = max(0, head - WINDOW)
    wanted = sorted({b for b in blocks if 0 <= b <= head} | {reference})
    known = {head: head_time}
    for block in _blocks(client, [hex(b) for b in wanted]):
        known[parse_quantity(block.get("number"), "block number")] = parse_quantity(
            block.get("timestamp"), "block timestamp"
        )
    span, elapsed = head - reference, head_time - known.get(reference, head_time)
    if span <= 0 or elapsed <= 0:
        span, elapsed = 1, DEFAULT_BLOCK_SECONDS
    return BlockClock(head, head_time, known, span, elapsed)


def _blocks(client: ChainClient, tags: list[str]) -> list[dict[str, object]]:
    answers = client.provider.make_batch_request(
        [(RPCEndpoint("eth_getBlockByNumber"), [tag, False]) for tag in tags]
    )
    if isinstance(answers, dict):
        unwrap("eth_getBlockByNumber", answers)
        raise ChainError("chain.batch_refused", method="eth_getBlockByNumber")
    blocks = []
    for answer in answers:
        block = unwrap("eth_getBlockByNumber", answer)
        if not isinstance(block, dict):
            raise BadRpcResponse(method="eth_getBlockByNumber")
        blocks.append(block)
    return blocks
