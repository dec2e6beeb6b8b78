"""Approvers' EIP-712 signatures for the DistributionTreasury tests, built by the app's own
typed data (app.treasury.typed_approval) and signed with eth_account."""

from __future__ import annotations

from typing import Any

from eth_account import Account
from web3.contract import Contract

from app.chain.deploy import LocalSender
from app.treasury.typed_approval import ApprovalMessage, RejectionMessage, typed_data

HOUR = 3_600
Sig = tuple[str, int, bytes]  # DistributionTreasury.Signature: (signer, deadline, data)


def proposal_fields(treasury: Contract, pid: int) -> dict[str, Any]:
    store_id, _proposer, _expires, period, _status, amount, report_hash = (
        treasury.functions.proposal(pid).call()
    )
    return {
        "proposal_id": pid,
        "store_id": store_id,
        "period": period,
        "amount": amount,
        "report_hash": report_hash,
    }


def approval_message(
    treasury: Contract, pid: int, signer: str, deadline: int, **change: Any
) -> ApprovalMessage:
    nonce = treasury.functions.nonces(signer).call()
    fields = {**proposal_fields(treasury, pid), "nonce": nonce, "deadline": deadline, **change}
    return ApprovalMessage(**fields)


def sign(
    treasury: Contract,
    message: ApprovalMessage | RejectionMessage,
    key: Any,
    *,
    chain_id: int | None = None,
    verifying: str | None = None,
) -> bytes:
    chain = treasury.w3.eth.chain_id if chain_id is None else chain_id
    typed = typed_data(message, chain, verifying or treasury.address)
    return bytes(Account.sign_typed_data(key, full_message=typed).signature)


def approval(
    treasury: Contract,
    pid: int,
    signer: LocalSender,
    *,
    deadline: int | None = None,
    chain_id: int | None = None,
    verifying: str | None = None,
    **change: Any,
) -> Sig:
    """One approver's signed Approval of the proposal as it stands (their current nonce)."""
    if deadline is None:
        deadline = treasury.w3.eth.get_block("latest")["timestamp"] + HOUR
    message = approval_message(treasury, pid, signer.address, deadline, **change)
    data = sign(treasury, message, signer.account.key, chain_id=chain_id, verifying=verifying)
    return (signer.address, deadline, data)


def approvals(treasury: Contract, pid: int, signers: list[LocalSender]) -> list[Sig]:
    """Signed Approvals sorted by signer, as execute wants them."""
    return sorted((approval(treasury, pid, s) for s in signers), key=lambda sig: int(sig[0], 16))


def rejection(
    treasury: Contract, pid: int, signer: LocalSender, reason: str, *, deadline: int | None = None
) -> Sig:
    if deadline is None:
        deadline = treasury.w3.eth.get_block("latest")["timestamp"] + HOUR
    nonce = treasury.functions.nonces(signer.address).call()
    message = RejectionMessage(
        **proposal_fields(treasury, pid), reason=reason, nonce=nonce, deadline=deadline
    )
    return (signer.address, deadline, sign(treasury, message, signer.account.key))
