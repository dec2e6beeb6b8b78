"""The keystore signer is the wallet's signing grant: typed data and transactions, the password
given once and wiped."""

from __future__ import annotations

import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data

from app.chain.signer import sender_of
from app.signers.keystore import KeystoreSigner
from app.wallet.errors import WalletLocked, WrongPassword
from app.wallet.grant import SigningGrant
from app.wallet.session import WalletSession
from tests.app.signers.conftest import KEY_HEX, PASSWORD, approval_typed_data

TX = {
    "type": 2,
    "chainId": 31337,
    "nonce": 3,
    "to": "0xCdCDCdCdcdcdcdCdcDcDCdcDcDCdCdcdCdcDCDcD",
    "value": 5,
    "gas": 21_000,
    "maxFeePerGas": 10**10,
    "maxPriorityFeePerGas": 10**9,
}


def test_keystore_signer_signs_typed_data_and_transactions_with_the_grant(wallet):
    address = wallet.import_private_key(KEY_HEX, PASSWORD, PASSWORD).address
    session = WalletSession(wallet)
    typed = approval_typed_data()
    with SigningGrant(session, address, PASSWORD) as grant:
        signer = KeystoreSigner(grant)
        assert signer.address == address
        signature = signer.sign_typed_data(typed)
        signed = signer.sign_transaction(TX)
    assert signature == bytes(Account.sign_typed_data(KEY_HEX, full_message=typed).signature)
    assert Account.recover_message(encode_typed_data(full_message=typed), signature=signature) == (
        address
    )
    assert sender_of(signed.raw) == address
    assert not session.is_unlocked()  # the grant never unlocked the session
    with pytest.raises(WalletLocked):  # and its password is gone
        signer.sign_typed_data(typed)


def test_a_wrong_password_signs_nothing(wallet):
    address = wallet.import_private_key(KEY_HEX, PASSWORD, PASSWORD).address
    signer = KeystoreSigner(SigningGrant(WalletSession(wallet), address, "Not-the-password-1"))
    with pytest.raises(WrongPassword):
        signer.sign_typed_data(approval_typed_data())


def test_an_unlocked_session_signs_typed_data_without_a_password(wallet):
    address = wallet.import_private_key(KEY_HEX, PASSWORD, PASSWORD).address
    session = WalletSession(wallet)
    session.unlock(address, PASSWORD)
    signer = KeystoreSigner(SigningGrant(session, address, None))
    typed = approval_typed_data(chain_id=1)
    assert signer.sign_typed_data(typed) == bytes(
        Account.sign_typed_data(KEY_HEX, full_message=typed).signature
    )
