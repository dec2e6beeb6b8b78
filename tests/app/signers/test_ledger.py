"""The Ledger signer runs ledgereth's real code against a device double (tests/fixtures/
ledger_double.py) that answers the Ethereum app's APDUs from a software key."""

from __future__ import annotations

import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data

from app.signers.errors import LedgerFailure
from app.signers.ledger import LedgerSigner
from tests.app.signers.conftest import approval_typed_data
from tests.fixtures.ledger_double import INS_GET_ADDRESS, INS_SIGN_TX, software_account


def test_address_is_the_key_at_the_path(ledger_double):
    first = LedgerSigner(ledger_double)
    second = LedgerSigner(ledger_double, "44'/60'/1'/0/0")
    assert first.address == software_account().address
    assert second.address == software_account("m/44'/60'/1'/0/0").address
    assert first.address != second.address
    assert [apdu[1] for apdu in ledger_double.log] == [INS_GET_ADDRESS, INS_GET_ADDRESS]


def test_approval_signature_recovers_to_the_ledger_address(ledger_double):
    signer = LedgerSigner(ledger_double)
    typed = approval_typed_data()
    signature = signer.sign_typed_data(typed)
    assert len(signature) == 65 and signature[64] in (27, 28)
    signable = encode_typed_data(full_message=typed)
    assert Account.recover_message(signable, signature=signature) == signer.address
    # byte for byte what the software key signs
    expected = Account.sign_typed_data(software_account().key, full_message=typed)
    assert signature == bytes(expected.signature)


def test_a_declined_signature_is_a_clear_error(ledger_double):
    signer = LedgerSigner(ledger_double)
    ledger_double.decline_next()
    with pytest.raises(LedgerFailure) as declined:
        signer.sign_typed_data(approval_typed_data())
    assert declined.value.code == "signer.ledger_declined"
    assert "rejected on the Ledger" in declined.value.text("en")


def test_a_ledger_signed_transaction_is_accepted_by_anvil(chain, ledger_double):
    w3 = chain.w3
    signer = LedgerSigner(ledger_double)
    funder = chain.accounts[0]
    w3.eth.wait_for_transaction_receipt(
        w3.eth.send_raw_transaction(
            funder.sign_transaction(
                {
                    "type": 2,
                    "chainId": w3.eth.chain_id,
                    "nonce": w3.eth.get_transaction_count(funder.address),
                    "to": signer.address,
                    "value": 10**18,
                    "gas": 21_000,
                    "maxFeePerGas": 10**10,
                    "maxPriorityFeePerGas": 10**9,
                }
            ).raw_transaction
        )
    )
    data = bytes(range(256)) * 3  # several 255-byte chunks to the device
    tx = {
        "type": 2,
        "chainId": w3.eth.chain_id,
        "nonce": 0,
        "to": funder.address,
        "value": 12345,
        "data": "0x" + data.hex(),
        "gas": 100_000,
        "maxFeePerGas": 10**10,
        "maxPriorityFeePerGas": 10**9,
    }
    signed = signer.sign_transaction(tx)
    chunks = [apdu[2] for apdu in ledger_double.log if apdu[1] == INS_SIGN_TX]
    assert chunks == [0x00, 0x80, 0x80, 0x80]  # first and continuation chunks
    assert Account.recover_transaction(signed.raw) == signer.address
    tx_hash = w3.eth.send_raw_transaction(signed.raw)
    assert "0x" + bytes(tx_hash).hex() == signed.tx_hash
    receipt = w3.eth.wait_for_transaction_receipt(tx_hash)
    assert receipt["status"] == 1 and receipt["from"] == signer.address
    assert bytes(w3.eth.get_transaction(tx_hash)["input"]) == data
