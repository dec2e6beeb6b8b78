"""What a treasury action is about to sign or send, summarised for the person who confirms it.

Propose, approve, reject, execute and cancel each end in a confirmation step that shows exactly
this: the store, the period, the amount, the report hash, the signing account and channel, the
gas of a transaction (or none: an off-chain signature) and the expiry. Built from the action the
workflow prepared and, for a transaction, its simulation; the GUI words it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from app.chain.transactions import PreparedTransaction
from app.treasury.actions import ActionRecord, Kind
from app.treasury.rules import period_text
from app.treasury.typed_approval import ApprovalMessage, RejectionMessage

if TYPE_CHECKING:
    from app.treasury.safe_approvals import SafeTurn

TRANSACTION = "transaction"  # sent on chain from the signing account


@dataclass(frozen=True)
class Confirmation:
    kind: str  # propose | approve | approve_safe | reject | execute | cancel
    proposal_id: int | None
    symbol: str
    store_id: str  # 0x + 64 hex
    period: int  # yyyymm
    amount: int  # stablecoin base units
    report_hash: str  # 0x + 64 hex
    signer: str
    channel: str  # keystore | ledger | airgap | safe | api (how the signer signs)
    gas: int | None  # a transaction's gas limit; None: an off-chain signature, no gas
    max_fee_wei: int | None  # the most the transaction can cost
    expiry: int  # the proposal's expiry (unix seconds)
    now: int  # the chain's time when prepared
    deadline: int | None = None  # an off-chain signature's deadline
    note: str = ""  # a rejection's reason or the proposer's override reason
    signatures: int = 0  # execute: how many collected signatures go with it
    sent_after: bool = False  # a signed rejection is then sent on chain by the signing account
    nonce: int | None = None  # an off-chain signature's nonce (the signer's on the treasury)
    # An owner's part of a Safe's approval: the Safe, who signed so far, how many must sign
    safe: str = ""
    safe_signed: tuple[str, ...] = ()
    safe_threshold: int = 0
    # The stablecoin's symbol: the page sets the deployment's; an air-gapped request file names
    # none, so the offline signer shows the sandbox's.
    coin: str = "sUSD"

    @property
    def off_chain(self) -> bool:
        return self.gas is None and not self.sent_after

    @property
    def period_text(self) -> str:
        return period_text(self.period)

    def one_line(self) -> str:
        """English, for logs and the CLI: what is signed, in one line."""
        target = f"proposal #{self.proposal_id}" if self.proposal_id else "a proposal"
        if self.safe:
            target = f"the Safe message for {target} (Safe {self.safe})"
        how = "off-chain signature, no gas" if self.off_chain else f"transaction, gas {self.gas}"
        return (
            f"{self.kind} {target}: {self.amount} base units to {self.symbol} holders for "
            f"{self.period_text}, report {self.report_hash} ({how}, from {self.signer})"
        )


def of_transaction(
    workflow: Any,
    action: ActionRecord,
    prepared: PreparedTransaction,
    symbols: Mapping[bytes, str],
) -> Confirmation:
    """The confirmation of an action the workflow simulated: a transaction from the keystore."""
    _, now = workflow.reader.head()
    if action.kind == Kind.PROPOSE:
        _, lifetime = workflow.reader.params()
        store, period = action.store_id or "", action.period or 0
        amount, digest, expiry = action.amount or 0, action.report_hash or "", now + lifetime
    else:
        assert action.proposal_id is not None
        p = workflow.reader.proposal(action.proposal_id)
        store, period, amount = "0x" + p.store_id.hex(), p.period, p.amount
        digest, expiry = "0x" + p.report_hash.hex(), p.expires_at
    return Confirmation(
        kind=action.kind.value,
        proposal_id=action.proposal_id,
        symbol=symbols.get(bytes.fromhex(store[2:]), store[:10]),
        store_id=store,
        period=period,
        amount=amount,
        report_hash=digest,
        signer=action.actor,
        channel="keystore",
        gas=prepared.gas_limit,
        max_fee_wei=prepared.max_cost,
        expiry=expiry,
        now=now,
        note=action.note or "",
    )


def of_signature(
    message: ApprovalMessage | RejectionMessage,
    signer: str,
    symbols: Mapping[bytes, str],
    expiry: int,
    now: int,
) -> Confirmation:
    """The confirmation of an approval signed off chain (no gas), or of a rejection signed and
    then sent on chain in one transaction."""
    rejection = isinstance(message, RejectionMessage)
    return Confirmation(
        kind="reject" if rejection else "approve",
        proposal_id=message.proposal_id,
        symbol=symbols.get(message.store_id, "0x" + message.store_id.hex()[:8]),
        store_id="0x" + message.store_id.hex(),
        period=message.period,
        amount=message.amount,
        report_hash="0x" + message.report_hash.hex(),
        signer=signer,
        channel="keystore",
        gas=None,
        max_fee_wei=None,
        expiry=expiry,
        now=now,
        deadline=message.deadline,
        note=message.reason if isinstance(message, RejectionMessage) else "",
        sent_after=rejection,
        nonce=message.nonce,
    )


def of_safe_part(turn: SafeTurn, symbols: Mapping[bytes, str]) -> Confirmation:
    """The confirmation of an owner's part of a Safe's approval: the Safe message for the
    proposal, signed off chain by the owner (no gas)."""
    message = turn.message
    return replace(
        of_signature(message, turn.owner, symbols, turn.proposal.expires_at, turn.now),
        kind="approve_safe",
        channel="safe",
        safe=turn.safe.address,
        safe_signed=tuple(p.owner for p in turn.parts),
        safe_threshold=turn.safe.threshold,
    )
