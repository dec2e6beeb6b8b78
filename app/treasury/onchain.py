"""Reading the treasury and a store's token from the chain, batched, into the core's plain types.

Every read of one view happens at one block (the head read first), so the pieces agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from eth_utils import keccak

from app.chain.batch import BatchReader, call
from app.chain.client import ChainClient, checksum
from app.treasury.preview import TokenState
from app.treasury.rules import ProposalState, Status, StoreTreasuryState

PROPOSED_TOPIC = (
    "0x" + keccak(text="Proposed(uint256,bytes32,uint32,uint256,bytes32,address,uint64)").hex()
)


class TreasuryReader:
    def __init__(self, client: ChainClient, treasury: str, reader: BatchReader | None = None):
        self.client = client
        self.address = checksum(treasury)
        self.treasury = client.contract("DistributionTreasury", self.address)
        self.reader = reader or BatchReader(client)

    def head(self) -> tuple[int, int]:
        """(block number, timestamp) of the latest block."""
        block = self.client.rpc("eth_getBlockByNumber", ["latest", False])
        return int(block["number"], 16), int(block["timestamp"], 16)

    def params(self, block: int | str = "latest") -> tuple[int, int]:
        """(approval threshold, proposal lifetime in seconds)."""
        f = self.treasury.functions
        threshold, lifetime = self.reader.read(
            [call(f.threshold()), call(f.proposalLifetime())], block
        )
        return int(threshold.unwrap()), int(lifetime.unwrap())

    def store_state(
        self, store_id: bytes, periods: Iterable[int] = (), block: int | str = "latest"
    ) -> StoreTreasuryState:
        f = self.treasury.functions
        periods = list(periods)
        registry = self.client.contract(
            "StoreRegistry", self.reader.read([call(f.registry())], block)[0].unwrap()
        )
        results = self.reader.read(
            [
                call(registry.functions.isRegistered(store_id)),
                call(f.receivedOf(store_id)),
                call(f.distributedOf(store_id)),
                call(f.policyOf(store_id)),
                call(f.lastExecutedAt(store_id)),
                *(call(f.executedFor(store_id, p)) for p in periods),
            ],
            block,
        )
        registered, received, distributed, policy, last, *executed = (r.unwrap() for r in results)
        return StoreTreasuryState(
            store_id=store_id,
            registered=bool(registered),
            received=int(received),
            distributed=int(distributed),
            cap_per_period=int(policy[0]),
            min_interval=int(policy[1]),
            last_executed_at=int(last),
            executed_for={p: int(pid) for p, pid in zip(periods, executed, strict=True) if pid},
        )

    def proposal(
        self, proposal_id: int, approvers: Sequence[str] = (), block: int | str = "latest"
    ) -> ProposalState:
        """The proposal and which of `approvers` approved it (a missing one reads as NONE)."""
        f = self.treasury.functions
        results = self.reader.read(
            [
                call(f.proposal(proposal_id)),
                *(call(f.hasApproved(proposal_id, checksum(a))) for a in approvers),
            ],
            block,
        )
        if not results[0].ok:  # UnknownProposal
            return ProposalState(proposal_id, b"", "", 0, 0, Status.NONE, 0, 0, b"")
        approved = frozenset(
            checksum(a) for a, r in zip(approvers, results[1:], strict=True) if r.unwrap()
        )
        return decode_proposal(proposal_id, results[0].value, approved)

    def has_role(self, role: bytes, account: str) -> bool:
        return bool(self.treasury.functions.hasRole(role, checksum(account)).call())


def read_token(
    client: ChainClient, token: str, holders: Sequence[str], block: int | str = "latest"
) -> tuple[TokenState, list[int], list[int]]:
    """(token state, balances, corrections) of `holders`, for the payout preview."""
    contract = client.contract("ProfitShareToken", token)
    f = contract.functions
    reads = [call(f.totalSupply()), call(f.magnifiedPointsPerShare()), call(f.magnifiedDust())]
    reads += [call(f.balanceOf(checksum(h))) for h in holders]
    reads += [call(f.magnifiedCorrectionOf(checksum(h))) for h in holders]
    values = [r.unwrap() for r in BatchReader(client).read(reads, block)]
    n = len(holders)
    state = TokenState(int(values[0]), int(values[1]), int(values[2]))
    return state, [int(v) for v in values[3 : 3 + n]], [int(v) for v in values[3 + n :]]


def proposal_id_from_receipt(receipt: dict[str, Any], treasury: str) -> int | None:
    """The id of the proposal a propose() transaction created (its Proposed event)."""
    for log in receipt.get("logs") or []:
        topics = log.get("topics") or []
        if (
            str(log.get("address", "")).lower() == treasury.lower()
            and topics
            and str(topics[0]).lower() == PROPOSED_TOPIC
            and len(topics) > 1
        ):
            return int(str(topics[1]), 16)
    return None


def decode_proposal(
    proposal_id: int, raw: Any, approved_by: frozenset[str] = frozenset()
) -> ProposalState:
    """The treasury's `proposal(id)` answer as a ProposalState (a struct may come back wrapped
    in a one-element tuple)."""
    p = raw[0] if isinstance(raw, tuple) and len(raw) == 1 else raw
    return ProposalState(
        proposal_id=proposal_id,
        store_id=bytes(p[0]),
        proposer=checksum(p[1]),
        expires_at=int(p[2]),
        period=int(p[3]),
        status=Status(int(p[4])),
        approvals=int(p[5]),
        amount=int(p[6]),
        report_hash=bytes(p[7]),
        approved_by=approved_by,
    )
