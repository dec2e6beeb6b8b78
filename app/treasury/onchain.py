"""Reading the treasury and a store's token from the chain, batched, into the core's plain types.

Every read of one view happens at one block (the head read first), so the pieces agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from eth_utils import keccak

from app.chain.batch import BatchReader, call
from app.chain.client import ChainClient, checksum
from app.chain.deploy import role
from app.treasury.preview import TokenState
from app.treasury.rules import ProposalState, Status, StoreTreasuryState, month_of

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
        self,
        store_id: bytes,
        periods: Iterable[int] = (),
        block: int | str = "latest",
        now: int | None = None,
    ) -> StoreTreasuryState:
        """The store's balances and policy, which of `periods` were executed or have a live
        proposal, and what was executed in the month of `now` (the head's time by default)."""
        f = self.treasury.functions
        periods = list(periods)
        if now is None:
            _, now = self.head()
        registry = self.client.contract(
            "StoreRegistry", self.reader.read([call(f.registry())], block)[0].unwrap()
        )
        month = month_of(now)
        results = self.reader.read(
            [
                call(registry.functions.isRegistered(store_id)),
                call(f.receivedOf(store_id)),
                call(f.distributedOf(store_id)),
                call(f.policyOf(store_id)),
                call(f.lastExecutedAt(store_id)),
                call(f.monthlyExecuted(store_id, month)),
                *(call(f.proposalFor(store_id, p)) for p in periods),
            ],
            block,
        )
        registered, received, distributed, policy, last, in_month, *latest = (
            r.unwrap() for r in results
        )
        ids = {p: int(pid) for p, pid in zip(periods, latest, strict=True) if pid}
        states = self.reader.read([call(f.proposal(pid)) for pid in ids.values()], block)
        executed, live = {}, {}
        for (period, pid), result in zip(ids.items(), states, strict=True):
            state = decode_proposal(pid, result.unwrap())
            status = state.status_at(now)
            if status == Status.EXECUTED:
                executed[period] = pid
            elif status == Status.PENDING:
                live[period] = pid
        return StoreTreasuryState(
            store_id=store_id,
            registered=bool(registered),
            received=int(received),
            distributed=int(distributed),
            cap_per_period=int(policy[0]),
            min_interval=int(policy[1]),
            last_executed_at=int(last),
            executed_for=executed,
            live_for=live,
            tier_amount=int(policy[2]),
            monthly_cap=int(policy[3]),
            book_month=month,
            executed_in_book_month=int(in_month),
        )

    def proposal(self, proposal_id: int, block: int | str = "latest") -> ProposalState:
        """The proposal as the chain stores it (a missing one reads as NONE); its `approvals`
        are 0 here: app.treasury.approvals counts the signatures."""
        results = self.reader.read([call(self.treasury.functions.proposal(proposal_id))], block)
        if not results[0].ok:  # UnknownProposal
            return ProposalState(proposal_id, b"", "", 0, 0, Status.NONE, 0, 0, b"")
        return decode_proposal(proposal_id, results[0].value)

    def roles_of(
        self, accounts: Sequence[str], role_name: str, block: int | str = "latest"
    ) -> dict[str, bool]:
        """Whether each account holds the role, in one batched read."""
        f = self.treasury.functions
        wanted = [checksum(a) for a in accounts]
        results = self.reader.read([call(f.hasRole(role(role_name), a)) for a in wanted], block)
        return {a: bool(r.unwrap()) for a, r in zip(wanted, results, strict=True)}

    def has_role(self, role: bytes, account: str) -> bool:
        return bool(self.treasury.functions.hasRole(role, checksum(account)).call())


def read_token(
    client: ChainClient, token: str, holders: Sequence[str], block: int | str = "latest"
) -> tuple[TokenState, list[int], list[int]]:
    """(token state, balances, corrections) of `holders`, for the payout preview."""
    contract = client.contract("ProfitShareToken", token)
    f = contract.functions
    reads = [call(f.totalSupply()), call(f.magnifiedPointsPerShare()), call(f.magnifiedDust())]
    reads += [call(f.MAGNITUDE())]  # set from the stablecoin's decimals: 1e26 to 1e38
    reads += [call(f.balanceOf(checksum(h))) for h in holders]
    reads += [call(f.magnifiedCorrectionOf(checksum(h))) for h in holders]
    values = [r.unwrap() for r in BatchReader(client).read(reads, block)]
    n, head = len(holders), 4
    state = TokenState(int(values[0]), int(values[1]), int(values[2]), int(values[3]))
    balances = [int(v) for v in values[head : head + n]]
    return state, balances, [int(v) for v in values[head + n :]]


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
    in a one-element tuple). The chain keeps no approvals: `approved_by` are counted signatures."""
    p = raw[0] if isinstance(raw, tuple) and len(raw) == 1 else raw
    return ProposalState(
        proposal_id=proposal_id,
        store_id=bytes(p[0]),
        proposer=checksum(p[1]),
        expires_at=int(p[2]),
        period=int(p[3]),
        status=Status(int(p[4])),
        approvals=len(approved_by),
        amount=int(p[5]),
        report_hash=bytes(p[6]),
        approved_by=approved_by,
    )
