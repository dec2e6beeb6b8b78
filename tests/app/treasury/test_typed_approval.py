"""The EIP-712 Approval and Rejection: our digest equals eth_account's `encode_typed_data` hash,
a signature recovers its signer, and any change of domain or message changes the signer."""

from __future__ import annotations

import dataclasses
import json

import pytest
from eth_account import Account
from eth_account.messages import _hash_eip191_message, encode_typed_data
from eth_utils import keccak

from app.treasury.errors import TreasuryError
from app.treasury.typed_approval import (
    ApprovalMessage,
    RejectionMessage,
    SignedDecision,
    digest,
    recover,
    typed_data,
)

CHAIN_ID = 31337
TREASURY = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
OTHER_TREASURY = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"
KEY = "0x" + "11" * 32

APPROVAL = ApprovalMessage(
    proposal_id=7,
    store_id=keccak(text="M00001"),
    period=202610,
    amount=123_456_789,
    report_hash=keccak(text="report"),
    nonce=2,
    deadline=1_800_000_000,
)
REJECTION = RejectionMessage(
    proposal_id=7,
    store_id=APPROVAL.store_id,
    period=202610,
    amount=123_456_789,
    report_hash=APPROVAL.report_hash,
    reason="Settled proceeds differ from the bank statement — 差额",
    nonce=0,
    deadline=1_800_000_000,
)


def eth_account_hash(typed: dict) -> bytes:
    return _hash_eip191_message(encode_typed_data(full_message=typed))


@pytest.mark.parametrize("message", [APPROVAL, REJECTION], ids=["approval", "rejection"])
def test_digest_matches_eth_account(message: ApprovalMessage | RejectionMessage) -> None:
    typed = typed_data(message, CHAIN_ID, TREASURY)
    assert json.loads(json.dumps(typed)) == typed  # JSON-safe as it is
    assert digest(message, CHAIN_ID, TREASURY) == eth_account_hash(typed)


def test_typed_data_shape() -> None:
    typed = typed_data(REJECTION, CHAIN_ID, TREASURY.lower())
    assert typed["primaryType"] == "Rejection"
    assert typed["domain"] == {
        "name": "PST Treasury",
        "version": "1",
        "chainId": CHAIN_ID,
        "verifyingContract": TREASURY,
    }
    assert [f["name"] for f in typed["types"]["Rejection"]] == [
        "proposalId", "storeId", "period", "amount", "reportHash", "reasonHash", "nonce",
        "deadline",
    ]  # fmt: skip
    assert typed["message"]["reasonHash"] == "0x" + keccak(REJECTION.reason.encode()).hex()
    assert "reason" not in typed["message"]


def test_signature_recovers_its_signer() -> None:
    account = Account.from_key(KEY)
    typed = typed_data(APPROVAL, CHAIN_ID, TREASURY)
    signed = Account.sign_typed_data(KEY, full_message=typed)
    assert recover(APPROVAL, CHAIN_ID, TREASURY, signed.signature) == account.address
    decision = SignedDecision(APPROVAL, account.address, signed.signature, "keystore", 1)
    assert decision.kind == "approval"


@pytest.mark.parametrize(
    ("chain_id", "treasury", "change"),
    [
        (1, TREASURY, {}),
        (CHAIN_ID, OTHER_TREASURY, {}),
        (CHAIN_ID, TREASURY, {"proposal_id": 8}),
        (CHAIN_ID, TREASURY, {"amount": 123_456_790}),
        (CHAIN_ID, TREASURY, {"nonce": 3}),
        (CHAIN_ID, TREASURY, {"deadline": 1_800_000_001}),
    ],
)
def test_another_domain_or_message_recovers_someone_else(
    chain_id: int, treasury: str, change: dict
) -> None:
    signed = Account.sign_typed_data(KEY, full_message=typed_data(APPROVAL, CHAIN_ID, TREASURY))
    other = dataclasses.replace(APPROVAL, **change)
    assert recover(other, chain_id, treasury, signed.signature) != Account.from_key(KEY).address


def test_approval_and_rejection_digests_differ() -> None:
    as_approval = dataclasses.replace(APPROVAL, nonce=0)
    assert digest(as_approval, CHAIN_ID, TREASURY) != digest(REJECTION, CHAIN_ID, TREASURY)


def test_malformed_and_malleable_signatures_are_refused() -> None:
    signature = Account.sign_typed_data(
        KEY, full_message=typed_data(APPROVAL, CHAIN_ID, TREASURY)
    ).signature
    order = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
    s = int.from_bytes(signature[32:64], "big")
    flipped = signature[:32] + (order - s).to_bytes(32, "big") + bytes([55 - signature[64]])
    for bad in (signature[:64], signature + b"\x00", flipped, signature[:64] + b"\x05"):
        with pytest.raises(TreasuryError) as caught:
            recover(APPROVAL, CHAIN_ID, TREASURY, bad)
        assert caught.value.code == "treasury.bad_signature"


def test_store_id_must_be_32_bytes() -> None:
    with pytest.raises(TreasuryError) as caught:
        digest(dataclasses.replace(APPROVAL, store_id=b"\x01" * 31), CHAIN_ID, TREASURY)
    assert caught.value.params == {"field": "store_id"}
