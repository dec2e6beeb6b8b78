"""Is a signed approval (or rejection) one the treasury would accept, before anyone stores it?

The platform's API checks a posted signature with this, and `treasury import-signature` checks
an air-gapped one, both against the chain as it is now: the proposal exists, is pending and is
the one signed (store, period, amount, report hash); the deadline has not passed; the signer
holds the approver role, is not the proposer, and signed with their current nonce (a nonce
bumped by `invalidateSignatures()` kills the signature); and the signature verifies: ECDSA for a
key, EIP-1271 `isValidSignature` for a contract such as a Safe. A duplicate is the store's check.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from eth_abi import encode as abi_encode
from eth_utils import function_signature_to_4byte_selector

from app.chain.batch import BatchReader, call
from app.chain.client import ChainClient, checksum
from app.chain.deploy import role
from app.chain.errors import RpcError
from app.treasury.errors import TreasuryError
from app.treasury.onchain import decode_proposal
from app.treasury.rules import ProposalState, Status
from app.treasury.typed_approval import (
    Message,
    SignedDecision,
    digest,
    recover,
)

EIP1271_MAGIC = bytes.fromhex("1626ba7e")
_IS_VALID_SIGNATURE = function_signature_to_4byte_selector("isValidSignature(bytes32,bytes)")


class SignatureRefused(TreasuryError):
    """A signature the treasury would refuse; `problem` names which check failed (the API's
    problem type)."""

    code = "signature.refused"
    rule = "signature"

    def __init__(self, code: str, /, *, problem: str, **params: Any) -> None:
        super().__init__(code, rule=problem, **params)
        self.problem = problem


@dataclass(frozen=True)
class ChainFacts:
    """What the chain says now about one proposal and one signer (one batched read)."""

    proposal: ProposalState
    now: int  # the latest block's timestamp
    signer_is_approver: bool
    signer_nonce: int
    signer_is_contract: bool


def read_facts(client: ChainClient, treasury: str, proposal_id: int, signer: str) -> ChainFacts:
    contract = client.contract("DistributionTreasury", treasury)
    f = contract.functions
    who = checksum(signer)
    count = int(f.proposalCount().call())
    if not 1 <= proposal_id <= count:
        raise SignatureRefused(
            "signature.unknown_proposal", problem="unknown_proposal", proposal=proposal_id
        )
    raw, approver, nonce = (
        r.unwrap()
        for r in BatchReader(client).read(
            [
                call(f.proposal(proposal_id)),
                call(f.hasRole(role("APPROVER_ROLE"), who)),
                call(f.nonces(who)),
            ]
        )
    )
    block = client.rpc("eth_getBlockByNumber", ["latest", False])
    return ChainFacts(
        proposal=decode_proposal(proposal_id, raw),
        now=int(block["timestamp"], 16),
        signer_is_approver=bool(approver),
        signer_nonce=int(nonce),
        signer_is_contract=client.has_code(who),
    )


def check_decision(
    client: ChainClient, treasury: str, decision: SignedDecision, facts: ChainFacts | None = None
) -> ChainFacts:
    """Refuse (SignatureRefused) what `execute`/`reject` would refuse; the facts read."""
    message = decision.message
    facts = facts or read_facts(client, treasury, message.proposal_id, decision.signer)
    check_against(facts, message, decision.signer)
    signed = digest(message, client.chain_id, treasury)
    if facts.signer_is_contract:
        valid = _erc1271(client, decision.signer, signed, decision.signature)
    else:
        try:
            valid = recover(message, client.chain_id, treasury, decision.signature) == checksum(
                decision.signer
            )
        except TreasuryError:
            valid = False
    if not valid:
        raise SignatureRefused(
            "signature.invalid", problem="invalid_signature", signer=decision.signer
        )
    return facts


def check_against(facts: ChainFacts, message: Message, signer: str) -> None:
    """The checks that need no cryptography, in the order a person would want them named."""
    p = facts.proposal
    if (p.store_id, p.period, p.amount, p.report_hash) != (
        message.store_id,
        message.period,
        message.amount,
        message.report_hash,
    ):
        raise SignatureRefused(
            "signature.other_proposal", problem="mismatch", proposal=p.proposal_id
        )
    status = p.status_at(facts.now)
    if status != Status.PENDING:
        raise SignatureRefused(
            "signature.not_pending",
            problem="not_pending",
            proposal=p.proposal_id,
            status=status.name.lower(),
        )
    if message.deadline <= facts.now:
        raise SignatureRefused("signature.expired", problem="expired", deadline=message.deadline)
    if checksum(signer) == checksum(p.proposer):
        raise SignatureRefused("signature.by_proposer", problem="proposer", signer=signer)
    if not facts.signer_is_approver:
        raise SignatureRefused("signature.not_approver", problem="not_an_approver", signer=signer)
    if message.nonce != facts.signer_nonce:
        raise SignatureRefused(
            "signature.stale_nonce",
            problem="stale_nonce",
            signer=signer,
            nonce=message.nonce,
            current=facts.signer_nonce,
        )


CLOCK_SLACK = 300  # seconds a signer's clock may run ahead of the chain's


def implausible_time(client: ChainClient, treasury: str, facts: ChainFacts, signed_at: int) -> bool:
    """A claimed signing time the signature cannot have: before its proposal was made (its
    expiry less the treasury's proposal lifetime) or after now. A signing time is a wall clock
    and the proposal's is the chain's, which can run apart (a dev chain, the sandbox's business
    calendar): the bounds are widened by however far the two clocks are apart here."""
    lifetime = int(
        client.contract("DistributionTreasury", treasury).functions.proposalLifetime().call()
    )
    proposed_at = facts.proposal.expires_at - lifetime
    wall = int(time.time())
    earliest = proposed_at - max(0, facts.now - wall) - CLOCK_SLACK
    return not earliest <= signed_at <= max(facts.now, wall) + CLOCK_SLACK


def _erc1271(client: ChainClient, signer: str, signed: bytes, signature: bytes) -> bool:
    data = _IS_VALID_SIGNATURE + abi_encode(["bytes32", "bytes"], [signed, signature])
    try:
        answer = client.rpc("eth_call", [{"to": checksum(signer), "data": "0x" + data.hex()}])
    except RpcError:
        return False  # a revert is a refusal
    raw = bytes.fromhex(str(answer).removeprefix("0x"))
    return len(raw) >= 4 and raw[:4] == EIP1271_MAGIC
