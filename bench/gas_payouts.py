"""gas, the payout methods: what paying one period's profit to N holders costs per holder.

Four methods, each measured on anvil, never extrapolated from a formula alone:
- push loop (bench-only PushPayoutDistributor over a plain ERC-20): the period is funded in one
  transfer, then every holder is paid in calls that each fit a 30M-gas block; every call is sent
  and its gas counted, so the total is what the chain would really burn.
- Merkle claim (bench-only MerkleClaimDistributor, one epoch per period): the root is published
  with the funds in one call, then each holder claims with a proof from a tree of N leaves. The
  first claim in a 256-bit bitmap word and a later one are measured, and a word's claimers
  average them (1 first + 255 later per word).
- PST claim: `distribute` (constant whatever N) shared by N holders, plus one steady claim each.
- PST claim all: the same distribute, plus a holder's claim-all over CLAIM_ALL_TOKENS stores
  divided by that number (the claim's share of one token).
Steady state everywhere: every holder has been paid before (non-zero stablecoin balance).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from eth_abi import encode
from eth_utils import keccak
from web3 import Web3

from app.chain.deploy import LocalSender
from bench.report import Result, result

BLOCK_GAS = 30_000_000
CLAIM_ALL_TOKENS = 5
WORD = 256  # claims per bitmap word in the Merkle distributor
PUSH_FIRST = 0x20_0000  # synthetic holders of the push loop's plain token
MERKLE_FIRST = 0x30_0000  # synthetic accounts of the Merkle trees
METHODS = ("push loop", "Merkle claim", "PST claim", "PST claim all")
METHOD_NOTES = [
    "How each cell was measured (steady state: every holder was paid before):",
    "- push loop: one funding transfer + every holder paid in calls that each fit a 30M-gas"
    " block, all sent; total gas / holders.",
    "- Merkle claim: publishing the epoch (root + funds) / holders + a claim's average over a"
    f" bitmap word ({WORD} claims: the first and a later one measured, proofs from a tree of N).",
    "- PST claim: distribute at N holders / holders + one steady claim.",
    f"- PST claim all: distribute at N holders / holders + a claim-all over {CLAIM_ALL_TOKENS}"
    f" tokens / {CLAIM_ALL_TOKENS}.",
]


def bulk(w3: Web3, sender: str, contract: Any, fn: str, args: list[Any], gas: int) -> int:
    """Send through anvil's unlocked account without estimating (estimating a 50M-gas set-up
    call would cost as much again); returns the gas used."""
    data = contract.encode_abi(fn, args)
    tx_hash = w3.eth.send_transaction(
        {"from": sender, "to": contract.address, "data": data, "gas": gas}
    )
    receipt = w3.eth.wait_for_transaction_receipt(tx_hash, poll_latency=0.02)
    assert receipt["status"] == 1, f"{fn} reverted"
    return int(receipt["gasUsed"])


def synthetic(first: int, count: int) -> list[str]:
    return [Web3.to_checksum_address(f"0x{first + i:040x}") for i in range(count)]


def gas_of(sender: LocalSender, call: Any) -> int:
    return int(sender.send(call)["gasUsed"])


# ---- Merkle trees (OpenZeppelin's sorted-pair convention) -----------------------------------


def merkle_tree(leaves: list[bytes]) -> tuple[bytes, list[list[bytes]]]:
    levels = [leaves]
    while len(levels[-1]) > 1:
        level = levels[-1]
        levels.append(
            [
                keccak(b"".join(sorted(level[i : i + 2]))) if i + 1 < len(level) else level[i]
                for i in range(0, len(level), 2)
            ]
        )
    return levels[-1][0], levels


def merkle_proof(levels: list[list[bytes]], index: int) -> list[bytes]:
    proof = []
    for level in levels[:-1]:
        sibling = index ^ 1
        if sibling < len(level):
            proof.append(level[sibling])
        index //= 2
    return proof


def merkle_leaf(index: int, account: str, amount: int) -> bytes:
    return keccak(keccak(encode(["uint256", "address", "uint256"], [index, account, amount])))


# ---- the measurements -----------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodCost:
    method: str
    holders: int
    per_holder: float
    blocks: int = 0  # push loop only: transactions (each within one block) for the period


class Payouts:
    def __init__(self, w3: Web3, admin: LocalSender, coin: Any) -> None:
        self.w3, self.admin, self.coin = w3, admin, coin
        self.plain = admin.deploy("BenchPlainToken")
        self.push = admin.deploy("PushPayoutDistributor", coin.address)
        self.merkle = admin.deploy("MerkleClaimDistributor", coin.address)
        admin.send(coin.functions.approve(self.merkle.address, 2**256 - 1))
        self.minted = 0
        self.epochs = 0
        self.merkle_claims: dict[int, tuple[int, int]] = {}  # holders -> (first, later in word)

    def push_period(self, count: int, share: int) -> PeriodCost:
        """A period paying `share` to each of the first `count` holders of the plain token."""
        a, plain, push = self.admin, self.plain, self.push
        while self.minted < count:
            n = min(5_000, count - self.minted)
            args = [PUSH_FIRST + self.minted, n, 10**18]
            bulk(self.w3, a.address, plain, "mintMany", args, 60_000 * n + 100_000)
            self.minted += n
        holders = synthetic(PUSH_FIRST, count)
        amount = share * plain.functions.totalSupply().call() // 10**18  # pay() is pro rata
        # Warm-up period (set-up, one huge call): every holder now holds some stablecoin.
        a.send(self.coin.functions.transfer(push.address, share * count))
        args = [plain.address, holders, amount]
        bulk(self.w3, a.address, push, "pay", args, 40_000 * count + 10**6)
        # Measured period: one funding transfer, then parts that each fit a block.
        total = gas_of(a, self.coin.functions.transfer(push.address, share * count))
        size, start, blocks = self._part_size(holders, share, amount), 0, 0
        while start < len(holders):
            part = holders[start : start + size]
            used = gas_of(a, push.functions.pay(plain.address, part, amount))
            assert used <= BLOCK_GAS, f"a push part of {len(part)} used {used:,} gas"
            total += used
            start += len(part)
            blocks += 1
        assert self.coin.functions.balanceOf(push.address).call() == 0  # all paid, none left
        return PeriodCost("push loop", count, total / count, blocks)

    def _part_size(self, holders: list[str], share: int, amount: int) -> int:
        """Holders per call so one call fits a block, from two measured probe calls (their
        payments are real and funded; the measured period then pays everyone once more)."""
        if len(holders) <= 300:
            return len(holders)
        self.admin.send(self.coin.functions.transfer(self.push.address, share * 300))
        pay = self.push.functions.pay
        small = gas_of(self.admin, pay(self.plain.address, holders[:100], amount))
        large = gas_of(self.admin, pay(self.plain.address, holders[100:300], amount))
        per = (large - small) / 100
        fixed = small - 100 * per
        return max(1, int((BLOCK_GAS * 0.95 - fixed) / per))

    def merkle_period(self, count: int, claimers: list[LocalSender], amount: int) -> PeriodCost:
        accounts = [s.address for s in claimers] + synthetic(MERKLE_FIRST, count - len(claimers))
        root, levels = merkle_tree([merkle_leaf(i, acc, amount) for i, acc in enumerate(accounts)])
        m = self.merkle.functions
        for _ in range(2):  # the first epoch warms up; the second is the period measured
            publish = gas_of(self.admin, m.addEpoch(root, amount * count))
            epoch = self.epochs
            self.epochs += 1
            first, later = (
                gas_of(s, m.claim(epoch, i, s.address, amount, merkle_proof(levels, i)))
                for i, s in enumerate(claimers[:2])
            )
        self.merkle_claims[count] = (first, later)
        per_word = min(count, WORD)
        claim_avg = (first + (per_word - 1) * later) / per_word
        return PeriodCost("Merkle claim", count, claim_avg + publish / count)


def per_holder_table(costs: list[PeriodCost], counts: list[int], notes: list[str]) -> str:
    """The methods x holder counts matrix, for people (the rows carry the same figures)."""
    by = {(c.method, c.holders): c for c in costs}
    header = ["per holder per period", *[f"{n:,} holders" for n in counts]]
    rows = [header]
    for method in METHODS:
        cells = [method]
        for n in counts:
            c = by.get((method, n))
            if c is None:
                cells.append("not measurable")
            else:
                blocks = f" ({c.blocks} block{'s' if c.blocks > 1 else ''})" if c.blocks else ""
                cells.append(f"{c.per_holder:,.0f} gas{blocks}")
        rows.append(cells)
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join([*lines, "", *notes])


def cost_rows(costs: list[PeriodCost]) -> list[Result]:
    out = []
    for c in costs:
        out.append(
            result(
                f"per holder per period @ {c.holders:,} holders: {c.method}",
                round(c.per_holder),
                "gas",
            )
        )
        if c.blocks:
            out.append(
                result(f"push loop @ {c.holders:,} holders: 30M-gas blocks", c.blocks, "blocks")
            )
    return out


def show(text: str) -> None:
    """The matrix goes to stderr: stdout stays the one report (or JSON object)."""
    print(text, file=sys.stderr)
