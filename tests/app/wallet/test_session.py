"""Lock, idle auto-lock (fake clock, no sleeping) and signing through the chain's Signer shape."""

import pytest
from eth_account import Account

from app.chain.signer import Signer, sender_of
from app.wallet.errors import WalletLocked, WatchOnly, WrongPassword
from app.wallet.session import SigningCancelled, WalletSession

from .conftest import KEY_HEX, PASSWORD

TX = {
    "type": 2,
    "chainId": 31337,
    "nonce": 0,
    "to": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "value": 1,
    "data": b"",
    "gas": 21_000,
    "maxFeePerGas": 2 * 10**9,
    "maxPriorityFeePerGas": 10**9,
}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def setup(wallet):
    account = wallet.import_private_key(KEY_HEX, PASSWORD, PASSWORD)
    clock = FakeClock()
    return wallet, account.address, clock, WalletSession(wallet, idle_timeout=300, clock=clock)


def test_unlock_sign_lock(setup):
    _, address, _, session = setup
    with pytest.raises(WalletLocked):
        session.sign_transaction(address, TX)
    with pytest.raises(WrongPassword):
        session.unlock(address, "Not-the-password-1")
    assert not session.is_unlocked()
    session.unlock(address, PASSWORD)
    assert session.is_unlocked(address.lower()) and session.unlocked_addresses() == [address]
    signed = session.sign_transaction(address, TX)
    assert sender_of(signed.raw) == address
    assert signed.tx_hash == "0x" + Account.sign_transaction(TX, KEY_HEX).hash.hex()
    key = session._keys[address]
    session.lock()
    assert key == bytes(32)  # the held key was zeroed, not just dropped
    assert not session.is_unlocked() and session.seconds_until_lock() is None


def test_idle_lock_fires_and_activity_postpones_it(setup):
    _, address, clock, session = setup
    session.unlock(address, PASSWORD)
    clock.now += 299
    assert not session.poll() and session.seconds_until_lock() == pytest.approx(1)
    session.touch()
    clock.now += 200
    session.sign_transaction(address, TX)  # signing is activity too
    clock.now += 299
    assert session.is_unlocked()
    clock.now += 1
    assert session.poll() and not session.is_unlocked()
    with pytest.raises(WalletLocked):
        session.sign_transaction(address, TX)


def test_a_locked_session_asks_the_prompt_and_keeps_nothing(setup):
    _, address, _, session = setup
    asked = []

    def prompt(request):
        asked.append(request)
        return bytearray(PASSWORD.encode())

    signer = session.signer(address, prompt)
    signed = signer.sign_transaction(TX)
    assert sender_of(signed.raw) == address and asked[0].address == address
    assert asked[0].label == "Imported 1" and not session.is_unlocked()
    with pytest.raises(SigningCancelled):
        session.signer(address, lambda request: None).sign_transaction(TX)
    with pytest.raises(WrongPassword):
        session.signer(address, lambda request: "wrong").sign_transaction(TX)


def test_session_signer_satisfies_the_chain_signer_protocol(setup):
    _, address, _, session = setup
    session.unlock(address, PASSWORD)
    signer: Signer = session.signer(address)
    assert signer.address == address
    assert sender_of(signer.sign_transaction(dict(TX)).raw) == address


def test_watch_only_accounts_cannot_unlock(setup):
    wallet, _, _, session = setup
    watched = wallet.add_watch_only("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
    with pytest.raises(WatchOnly):
        session.unlock(watched.address, PASSWORD)
    with pytest.raises(ValueError):
        session.idle_timeout = 0


def test_signatures_are_byte_identical_to_eth_account(setup):
    _, address, _, session = setup
    session.unlock(address, PASSWORD)
    legacy = {
        k: v for k, v in TX.items() if k not in ("type", "maxFeePerGas", "maxPriorityFeePerGas")
    }
    legacy["gasPrice"] = 10**9
    with_access_list = {
        **TX,
        "accessList": [{"address": TX["to"], "storageKeys": ["0x" + "00" * 32]}],
    }
    for tx in (TX, legacy, with_access_list, {**TX, "from": address}):
        ours = session.sign_transaction(address, tx)
        theirs = Account.sign_transaction(tx, KEY_HEX)
        assert ours.raw == bytes(theirs.raw_transaction)
        assert ours.tx_hash == "0x" + bytes(theirs.hash).hex()
    with pytest.raises(ValueError, match="from"):
        session.sign_transaction(address, {**TX, "from": TX["to"]})
