"""The local signature store: one row per (proposal, kind, signer, nonce), a newer signature at
the same nonce replaces the older, a bumped nonce keeps both; JSON round trip for the sandbox."""

from __future__ import annotations

import dataclasses

from app.treasury.signature_store import SignatureStore, decisions_from_json, decisions_json
from app.treasury.typed_approval import ApprovalMessage, RejectionMessage, SignedDecision

CHAIN, TREASURY = 31337, "0x5FbDB2315678afecb367f032d93F642f64180aa3"
ALICE, BOB = "0x" + "aA" * 20, "0x" + "bB" * 20
APPROVAL = ApprovalMessage(3, b"\x01" * 32, 202610, 10**9 + 7, b"\x02" * 32, 0, 1_900_000_000)
REJECTION = RejectionMessage(
    3, b"\x01" * 32, 202610, 10**9 + 7, b"\x02" * 32, "totals differ — 差额", 0, 1_900_000_000
)


def _decision(message, signer=ALICE, signature=b"\x11" * 65, at=100, channel="keystore"):
    return SignedDecision(message, signer, signature, channel, at)


def test_one_signature_per_signer_kind_and_nonce(db):
    store = SignatureStore(db, CHAIN, TREASURY)
    store.add(_decision(APPROVAL))
    store.add(_decision(APPROVAL, signature=b"\x22" * 65, at=101, channel="ledger"))  # replaces
    store.add(_decision(APPROVAL, signer=BOB, at=102, channel="airgap"))
    store.add(_decision(REJECTION, signer=BOB, at=103))
    bumped = dataclasses.replace(APPROVAL, nonce=1)
    store.add(_decision(bumped, at=104))  # after invalidateSignatures: a new row
    approvals = store.for_proposal(3, "approval")
    assert [(d.signer, d.message.nonce, d.channel) for d in approvals] == [
        (ALICE, 0, "ledger"), (BOB, 0, "airgap"), (ALICE, 1, "keystore")
    ]  # fmt: skip
    assert approvals[0].signature == b"\x22" * 65 and approvals[0].message == APPROVAL
    (rejection,) = store.for_proposal(3, "rejection")
    assert rejection.message == REJECTION and rejection.kind == "rejection"
    assert store.for_proposal(4) == []
    assert SignatureStore(db, CHAIN, "0x" + "00" * 20).for_proposal(3) == []
    assert store.stamp() == (4, 104)


def test_json_round_trip_keeps_every_field():
    decisions = [_decision(APPROVAL), _decision(REJECTION, signer=BOB, channel="safe")]
    assert decisions_from_json(decisions_json(decisions)) == decisions
