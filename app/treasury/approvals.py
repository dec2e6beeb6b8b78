"""Which stored approval signatures count now, as `execute` would count them.

A signature kept in the store (app.treasury.signature_store) may have stopped counting since: its
signer's role revoked, nonce bumped by `invalidateSignatures()`, deadline passed, or the proposal
no longer pending. Before the desk shows "2 / 2" or the workflow sends `execute`, every stored
approval is checked again against the chain (one batched read for all signers), by the same rules
as an incoming signature (app.treasury.signature_check).

A key counts once, as `execute` enforces: a contract signer that names its owners (a Safe's
`getOwners()`) does not count beside a signer who is one of its owners; otherwise an owner's key
would count directly and again inside the Safe's signature. The Safe's approval is the one left
out (the key's own approval stands), and the proposal says which Safe and owner (`doubled`).
Maker-checker holds inside a Safe too: a contract signer one of whose owners is the proposer
never counts (execute refuses it as ProposerCannotApprove).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Sequence

from eth_abi import decode as abi_decode
from eth_abi.exceptions import DecodingError
from eth_utils import function_signature_to_4byte_selector

from app.chain.batch import BatchReader, call
from app.chain.client import ChainClient, checksum
from app.chain.deploy import role
from app.chain.errors import ChainError
from app.errors import Phrase
from app.treasury.errors import TreasuryError
from app.treasury.rules import ProposalState, Status
from app.treasury.signature_check import ChainFacts, SignatureRefused, _erc1271, check_against
from app.treasury.signature_store import SignatureStore
from app.treasury.typed_approval import Message, SignedDecision, digest, recover

Sig = tuple[str, int, bytes]  # DistributionTreasury.Signature: (signer, deadline, data)
Doubled = tuple[str, str]  # (a Safe left out, its owner who signed beside it)
_GET_OWNERS = function_signature_to_4byte_selector("getOwners()")


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
    return tally(client, treasury, proposal, now, decisions, facts)[0]


def tally(
    client: ChainClient,
    treasury: str,
    proposal: ProposalState,
    now: int,
    decisions: Sequence[SignedDecision],
    facts: dict[str, SignerFacts] | None = None,
) -> tuple[list[SignedDecision], tuple[Doubled, ...]]:
    """`counting`, and the Safes left out because one of their owners signed too."""
    if proposal.status_at(now) != Status.PENDING:
        return [], ()
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
        if fact.is_contract and proposer_owns(client, proposal, signer):
            continue
        if _valid(client, treasury, decision, fact.is_contract):
            kept.append(decision)
    doubled = owners_counted_twice(client, [checksum(d.signer) for d in kept], facts)
    left_out = {safe for safe, _ in doubled}
    kept = [d for d in kept if checksum(d.signer) not in left_out]
    return sorted(kept, key=lambda d: int(d.signer, 16)), doubled


def owners_counted_twice(
    client: ChainClient, signers: Sequence[str], facts: dict[str, SignerFacts]
) -> tuple[Doubled, ...]:
    """Each contract signer among `signers` that has another of them among its owners, with
    the first such owner: what execute refuses as OwnerCountedTwice."""
    if len(signers) < 2:
        return ()
    found = []
    for safe in signers:
        if not facts[safe].is_contract:
            continue
        others = {s for s in signers if s != safe}
        owner = next((o for o in owners_of(client, safe) if o in others), None)
        if owner is not None:
            found.append((safe, owner))
    return tuple(found)


def proposer_owns(client: ChainClient, proposal: ProposalState, contract: str) -> bool:
    """Whether the proposal's proposer is among the owners of `contract` (a Safe): its
    signature would carry the proposer's key."""
    return checksum(proposal.proposer) in owners_of(client, contract)


def owners_of(client: ChainClient, account: str) -> tuple[str, ...]:
    """The owners a contract names through `getOwners()` (a Safe), as the treasury reads them;
    none for a contract without that function."""
    data = "0x" + _GET_OWNERS.hex()
    try:
        answer = client.rpc("eth_call", [{"to": checksum(account), "data": data}, "latest"])
        raw = bytes.fromhex(str(answer).removeprefix("0x"))
        (owners,) = abi_decode(["address[]"], raw)
    except (ChainError, DecodingError, ValueError, TypeError):  # not an address[]: none
        return ()
    return tuple(checksum(o) for o in owners)


def check_counts_once(
    client: ChainClient,
    treasury: str,
    decision: SignedDecision,
    facts: ChainFacts,
    stored: Sequence[SignedDecision],
) -> None:
    """Refuse (SignatureRefused "owner_counted_twice") an approval that execute could never
    count beside the approvals that count now: a Safe one of whose owners approved, or an owner
    of a Safe that approved; and (SignatureRefused "proposer_owns_safe") a Safe's approval when
    the proposer owns the Safe. `facts` are the decision's own (check_decision's
    answer)."""
    if decision.kind != "approval":
        return
    signer = checksum(decision.signer)
    if facts.signer_is_contract and proposer_owns(client, facts.proposal, signer):
        raise SignatureRefused(
            "signature.proposer_owns_safe",
            problem="proposer",
            proposer=checksum(facts.proposal.proposer),
            safe=signer,
            proposal=facts.proposal.proposal_id,
        )
    others = {
        checksum(d.signer)
        for d in counting(client, treasury, facts.proposal, facts.now, stored)
        if checksum(d.signer) != signer
    }
    pairs = [(signer, o) for o in owners_of(client, signer)] if facts.signer_is_contract else []
    pairs += [(safe, signer) for safe in sorted(others) if signer in owners_of(client, safe)]
    for safe, owner in pairs:
        if owner in others or safe in others:
            raise SignatureRefused(
                "signature.owner_counted_twice",
                problem="owner_counted_twice",
                owner=owner,
                safe=safe,
                proposal=facts.proposal.proposal_id,
            )


def doubled_reason(proposal_id: int, safe: str, owner: str) -> Phrase:
    """Why a Safe's approval does not count beside its owner's, in the user's language."""
    return Phrase(
        "treasury.owner_counted_twice",
        proposal=proposal_id,
        safe=checksum(safe),
        owner=checksum(owner),
    )


def with_approvals(
    proposal: ProposalState, counted: Sequence[SignedDecision], doubled: tuple[Doubled, ...] = ()
) -> ProposalState:
    signers = frozenset(checksum(d.signer) for d in counted)
    return dataclasses.replace(
        proposal, approvals=len(signers), approved_by=signers, doubled=doubled
    )


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
        with_approvals(p, *tally(client, treasury, p, now, stored[p.proposal_id], facts))
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
