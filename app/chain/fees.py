"""EIP-1559 fees from eth_feeHistory, and the bump rule for replacements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.chain.client import ChainClient, parse_quantity
from app.chain.errors import BadRpcResponse

MIN_TIP = 10_000_000  # 0.01 gwei: enough on quiet chains, below any real market tip
BUMP_BP = 1_000  # nodes require at least +10% on both fees to replace a pending transaction


@dataclass(frozen=True)
class Fees:
    max_fee_per_gas: int
    max_priority_fee_per_gas: int


# A fee choice: (percentile of recent tips, tip multiplier, base-fee multiplier in halves).
# Normal is the median tip and twice the next base fee (survives six full blocks of growth);
# slow pays the median with 1.5x the base fee (may wait when blocks fill); fast a high tip, 3x.
SPEEDS = {"slow": (50, 1, 3), "normal": (50, 1, 4), "fast": (90, 2, 6)}


def suggest_fees(
    client: ChainClient,
    *,
    blocks: int = 10,
    percentile: int | None = None,
    min_tip: int = MIN_TIP,
    speed: str = "normal",
) -> Fees:
    """Tip: the `speed`'s percentile of recent tips (at least `min_tip`), times its multiplier;
    max fee: the next base fee times the speed's multiplier, plus the tip."""
    if speed not in SPEEDS:
        raise ValueError(f"unknown fee speed {speed!r}")
    default_percentile, tip_times, base_halves = SPEEDS[speed]
    percentile = default_percentile if percentile is None else percentile
    history: Any = client.rpc("eth_feeHistory", [hex(blocks), "latest", [percentile]])
    if not isinstance(history, dict) or not history.get("baseFeePerGas"):
        raise BadRpcResponse("chain.no_fee_history")
    next_base = parse_quantity(history["baseFeePerGas"][-1], "eth_feeHistory")
    rewards = sorted(
        parse_quantity(r[0], "eth_feeHistory")
        for r in history.get("reward") or []
        if isinstance(r, list) and r
    )
    tip = max(rewards[len(rewards) // 2] if rewards else 0, min_tip) * tip_times
    return Fees(max_fee_per_gas=next_base * base_halves // 2 + tip, max_priority_fee_per_gas=tip)


def bumped(old: Fees, market: Fees) -> Fees:
    """Fees for a replacement: at least +10% + 1 wei on each, and never below the market now."""

    def bump(value: int) -> int:
        return value + -(-value * BUMP_BP // 10_000) + 1

    tip = max(bump(old.max_priority_fee_per_gas), market.max_priority_fee_per_gas)
    max_fee = max(bump(old.max_fee_per_gas), market.max_fee_per_gas, tip)
    return Fees(max_fee_per_gas=max_fee, max_priority_fee_per_gas=tip)
