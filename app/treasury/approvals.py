"""Which stored approval signatures count now, as `execute` would count them.

A signature kept in the store (app.treasury.signature_store) may have stopped counting since: its
signer's role revoked, nonce bumped by `invalidateSignatures()`, deadline passed, or the proposal
no longer pending. Before the desk shows "2 / 2" or the workflow sends `execute`, every stored
approval is checked again against the chain (one batched read for all signers), by the same rules
as an incoming signature (app.treasury.signature_check).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Sequence

from app.chain.batch import BatchReader, call
from app.chain.client import ChainClient, checksum
from app.chain.deploy import role
from app.treasury.errors import TreasuryError
from app.treasury.rules import ProposalState, Status
from app.treasury.signature_check import ChainFacts, SignatureRefused, _erc1271, check_against
from app.treasury.signature_store import SignatureStore
from app.treasury.typed_approval import Message, SignedDecision, digest, recover

Sig = tuple[str, int, bytes]  # DistributionTreasury.Signature: (signer, deadline, data)


@dataclasses.dataclass(frozen=True)
class SignerFacts:
    is_approver: bool
    nonce: int
    is_contract: bool


def signer_facts(
    client: ChainClient, treasury: str, signers: Iterable[str]
) -> dict[str, SignerFacts]:
    """Role, nonce and whether it is a contract, for every signer in one batched read (plus one
    eth_getCode each)."""
    wanted = sorted({checksum(s) for s in signers})
    if not wanted:
        return {}
    f = client.contract("DistributionTreasury", treasury).functions
    approver = role("APPROVER_ROLE")
    reads = [call(f.hasRole(approver, s)) for s in wanted] + [call(f.nonces(s)) for s in wanted]
    values = [r.unwrap() for r in BatchReader(client).read(reads)]
    n = len(wanted)
    return {
        s: SignerFacts(bool(values[i]), int(values[n + i]), client.has_code(s))
        for i, s in enumerate(wanted)
    }


def counting(
    client: ChainClient,
    treasury: str,
    proposal: ProposalState,
    now: int,
    decisions: Sequence[SignedDecision],
    facts: dict[str, SignerFacts] | None = None,
) -> list[SignedDecision]:
    """The approvals among `decisions` that execute would accept now: the latest per signer,
    sorted by signer ascending (as execute wants them)."""
    if proposal.status_at(now) != Status.PENDING:
        return []
    latest: dict[str, SignedDecision] = {}
    for decision in decisions:
        if decision.kind == "approval":
            latest[checksum(decision.signer)] = decision  # oldest first: the last one wins
    facts = facts if facts is not None else signer_facts(client, treasury, latest)
    kept = []
    for signer, decision in latest.items():
        fact = facts[signer]
        chain = ChainFacts(proposal, now, fact.is_approver, fact.nonce, fact.is_contract)
        try:
            check_against(chain, decision.message, signer)
        except SignatureRefused:
            continue
        if _valid(client, treasury, decision, fact.is_contract):
            kept.append(decision)
    return sorted(kept, key=lambda d: int(d.signer, 16))


def with_approvals(proposal: ProposalState, counted: Sequence[SignedDecision]) -> ProposalState:
    signers = frozenset(checksum(d.signer) for d in counted)
    return dataclasses.replace(proposal, approvals=len(signers), approved_by=signers)


def count_all(
    client: ChainClient,
    treasury: str,
    store: SignatureStore,
    proposals: Sequence[ProposalState],
    now: int,
) -> list[ProposalState]:
    """Every proposal with its counting approvals filled in (one read for all their signers)."""
    stored = {p.proposal_id: store.for_proposal(p.proposal_id, "approval") for p in proposals}
    facts = signer_facts(client, treasury, (d.signer for ds in stored.values() for d in ds))
    return [
        with_approvals(p, counting(client, treasury, p, now, stored[p.proposal_id], facts))
        for p in proposals
    ]


def as_signature(decision: SignedDecision) -> Sig:
    """The contract's Signature struct for a decision."""
    return (checksum(decision.signer), decision.message.deadline, decision.signature)


def _valid(client: ChainClient, treasury: str, decision: SignedDecision, contract: bool) -> bool:
    message = decision.message
    if contract:  # a Safe's owners may change: asked every time
        return _erc1271(
            client, decision.signer, digest(message, client.chain_id, treasury), decision.signature
        )
    return _recovers(message, client.chain_id, treasury, decision.signature, decision.signer)


@functools.lru_cache(maxsize=4096)
def _recovers(
    message: Message, chain_id: int, treasury: str, signature: bytes, signer: str
) -> bool:
    try:
        return recover(message, chain_id, treasury, signature) == checksum(signer)
    except TreasuryError:
        return False
