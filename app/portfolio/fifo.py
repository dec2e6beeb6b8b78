"""Cost basis first in, first out: the lots an account holds in one PST, and what each disposal
took from them.

Every acquisition is a lot (tokens, cost): an offering purchase at the price paid, a market buy
at the price paid plus the fee, a transfer in at the offering price. Every disposal takes from
the oldest lots first; a partial take costs `lot.cost * taken // lot.tokens` (floored) and the
rest of the lot keeps the remainder, so costs always add up to the base unit. A market sale
realises `proceeds - cost`; a transfer out leaves at its FIFO cost and realises nothing (what
the other side paid, if anything, is unknown).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Lot:
    acquired: int  # chain seconds
    tokens: int  # PST base units still held from this acquisition
    cost: int  # stablecoin base units for those tokens


@dataclass(frozen=True)
class Disposal:
    timestamp: int
    tx_hash: str
    tokens: int
    proceeds: int  # stablecoin received (net of the fee the account paid); 0 for a transfer
    cost: int  # the FIFO cost of the tokens that left
    sale: bool  # a market sale (False: a transfer out)

    @property
    def gain(self) -> int:
        """The realised gain (negative: a loss); a transfer out realises nothing."""
        return self.proceeds - self.cost if self.sale else 0


@dataclass
class Lots:
    """One account's open lots in one PST, oldest first."""

    open: deque[Lot] = field(default_factory=deque)
    disposals: list[Disposal] = field(default_factory=list)

    @property
    def tokens(self) -> int:
        return sum(lot.tokens for lot in self.open)

    @property
    def cost(self) -> int:
        return sum(lot.cost for lot in self.open)

    @property
    def realised(self) -> int:
        return sum(d.gain for d in self.disposals)

    def add(self, acquired: int, tokens: int, cost: int) -> None:
        if tokens > 0:
            self.open.append(Lot(acquired, tokens, cost))

    def take(self, tokens: int) -> int:
        """Remove `tokens` from the oldest lots; their cost. Tokens beyond the lots (the
        history does not reach back far enough) cost nothing."""
        cost, left = 0, tokens
        while left > 0 and self.open:
            lot = self.open[0]
            if lot.tokens <= left:
                self.open.popleft()
                cost, left = cost + lot.cost, left - lot.tokens
                continue
            part = lot.cost * left // lot.tokens
            self.open[0] = Lot(lot.acquired, lot.tokens - left, lot.cost - part)
            cost, left = cost + part, 0
        return cost

    def dispose(
        self, timestamp: int, tx_hash: str, tokens: int, proceeds: int, *, sale: bool
    ) -> Disposal:
        disposal = Disposal(timestamp, tx_hash, tokens, proceeds, self.take(tokens), sale)
        self.disposals.append(disposal)
        return disposal
