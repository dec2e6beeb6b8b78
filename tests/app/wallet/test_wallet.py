"""The wallet service on a real SQLite store and real files (cheap scrypt: not a KDF test)."""

import json
import random
import stat

import pytest
from eth_account import Account
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from app.events import EventBus
from app.wallet.accounts import AccountKind
from app.wallet.errors import (
    AccountExists,
    CorruptKeystore,
    DestinationExists,
    InvalidPrivateKey,
    PasswordMismatch,
    TamperedKeystore,
    VerificationIncomplete,
    WalletExists,
    WatchOnly,
    WeakPassword,
    WrongPassword,
)
from app.wallet.keystore import encrypt_private_key
from app.wallet.verification import NewWalletDraft
from app.wallet.wallet import Wallet

from .conftest import FAST_N, KEY_HEX, PASSWORD, PHRASE, snapshot

LEGAL_WINNER_0 = Account.from_mnemonic(PHRASE, account_path="m/44'/60'/0'/0/0").address


def verified_draft(phrase: str = PHRASE) -> NewWalletDraft:
    draft = NewWalletDraft(phrase, rng=random.Random(7))
    words = phrase.split()
    assert draft.verification.check({p: words[p - 1] for p in draft.verification.positions}).ok
    return draft


def test_create_saves_only_after_verification(wallet, data_dir):
    draft = NewWalletDraft.generate(24)
    with pytest.raises(VerificationIncomplete):
        wallet.create(draft, PASSWORD, PASSWORD)
    assert wallet.accounts() == [] and not (data_dir / "wallet").exists()

    positions = draft.verification.positions
    assert len(positions) == 3 and all(1 <= p <= 24 for p in positions)
    wrong = {p: "zoo" if draft.words[p - 1] != "zoo" else "abandon" for p in positions}
    result = draft.verification.check(wrong)
    assert not result.ok and result.wrong_positions == positions
    answers = {p: "  " + draft.words[p - 1].upper() for p in positions}
    assert draft.verification.check(answers).ok

    account = wallet.create(draft, PASSWORD, PASSWORD, label="Main")
    assert (account.label, account.kind, account.derivation_index) == ("Main", AccountKind.HD, 0)
    assert wallet.recovery_phrase(PASSWORD) == (draft.mnemonic, "")


def test_files_are_owner_only_and_nothing_secret_is_in_clear(wallet, data_dir):
    bus = EventBus()
    seen = []
    bus.subscribe("wallet", lambda topic, changes: seen.append(changes))
    wallet = Wallet(data_dir, wallet.records._db, scrypt_n=FAST_N, bus=bus)
    account = wallet.restore(PHRASE, PASSWORD, PASSWORD, passphrase="extra words")[0]
    imported = wallet.import_private_key("0x" + KEY_HEX, PASSWORD)
    assert seen and seen[-1].wallet

    files = [p for p in (data_dir / "wallet").rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"seed.json", account.keystore_file, imported.keystore_file}
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE((data_dir / "wallet" / "keystores").stat().st_mode) == 0o700
    everything = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    for secret in (PHRASE, "extra words", KEY_HEX, PASSWORD, PHRASE.split()[3] + " "):
        assert secret.encode() not in everything
    assert wallet.recovery_phrase(PASSWORD) == (PHRASE, "extra words")


def test_restore_derives_the_standard_path_and_more_accounts_later(wallet):
    accounts = wallet.restore(PHRASE, PASSWORD, PASSWORD, indexes=[0, 3])
    assert [a.derivation_index for a in accounts] == [0, 3]
    assert accounts[0].address == LEGAL_WINNER_0
    fourth = Account.from_mnemonic(PHRASE, account_path="m/44'/60'/0'/0/4").address
    assert wallet.add_hd_account(PASSWORD).address == fourth  # next after the highest index
    assert wallet.add_hd_account(PASSWORD, index=1, label="Savings").label == "Savings"
    with pytest.raises(AccountExists):
        wallet.add_hd_account(PASSWORD, index=3)
    with pytest.raises(WrongPassword):
        wallet.add_hd_account("not the password")
    with pytest.raises(AccountExists):  # the same phrase again: index 0 is here already
        wallet.restore(PHRASE, PASSWORD, PASSWORD)
    with pytest.raises(WrongPassword):
        wallet.restore(PHRASE, "not the password", None, indexes=[7])
    other = "abandon " * 11 + "about"
    with pytest.raises(WalletExists):  # another phrase: refused, nothing added
        wallet.restore(other, PASSWORD, PASSWORD, indexes=[7])
    [seventh] = wallet.restore(PHRASE, PASSWORD, None, indexes=[0, 7], labels=["x", "Demo"])
    assert seventh.derivation_index == 7 and seventh.label == "Demo"
    assert [a.derivation_index for a in wallet.accounts()] == [0, 3, 4, 1, 7]
    key = wallet.private_key(fourth, PASSWORD)
    assert Account.from_key(bytes(key)).address == fourth


def test_new_wallet_password_rules(wallet, data_dir):
    with pytest.raises(WeakPassword, match="weak"):
        wallet.restore(PHRASE, "password123", "password123")
    with pytest.raises(PasswordMismatch):
        wallet.restore(PHRASE, PASSWORD, PASSWORD + "x")
    with pytest.raises(PasswordMismatch):
        wallet.import_private_key(KEY_HEX, PASSWORD, None)
    assert wallet.accounts() == [] and snapshot(data_dir) == {}


def test_import_key_watch_only_and_upgrade(wallet):
    address = Account.from_key(bytes.fromhex(KEY_HEX)).address
    watch = wallet.add_watch_only(address.lower(), label="Cold")
    assert (watch.address, watch.kind, watch.can_sign) == (address, AccountKind.WATCH, False)
    assert not wallet.has_password()
    with pytest.raises(WatchOnly):
        wallet.private_key(address, PASSWORD)
    upgraded = wallet.import_private_key(KEY_HEX, PASSWORD, PASSWORD)
    assert (upgraded.kind, upgraded.label) == (AccountKind.IMPORTED, "Cold")
    with pytest.raises(AccountExists, match="Cold"):
        wallet.import_private_key(KEY_HEX.upper(), PASSWORD)
    # later imports prove the wallet password instead of setting one
    other = "0x" + "11" * 32
    with pytest.raises(WrongPassword):
        wallet.import_private_key(other, "a different Strong-password-77", None)
    assert wallet.import_private_key(other, PASSWORD).label == "Imported 2"
    for bad in ("", "0x1234", "zz" * 32, "00" * 32, KEY_HEX + "00"):
        with pytest.raises(InvalidPrivateKey) as caught:
            wallet.import_private_key(bad, PASSWORD)
        assert (bad not in caught.value.user_message) or not bad


def test_keystore_import_and_export_interoperate(wallet, tmp_path):
    tmp_path = tmp_path / "outside"
    tmp_path.mkdir()
    foreign = encrypt_private_key(bytes.fromhex(KEY_HEX), "their password", n=FAST_N)
    source = tmp_path / "foreign.json"
    source.write_text(json.dumps(foreign))
    before = snapshot(tmp_path)
    with pytest.raises(WrongPassword):
        wallet.import_keystore(source.read_bytes(), "nope", PASSWORD, PASSWORD)
    account = wallet.import_keystore(source.read_bytes(), "their password", PASSWORD, PASSWORD)
    assert snapshot(tmp_path) == before  # the source file is only read

    copy = wallet.export_keystore(account.address, PASSWORD, tmp_path / "copy.json")
    assert bytes(Account.decrypt(json.loads(copy.read_text()), PASSWORD)).hex() == KEY_HEX
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with pytest.raises(DestinationExists):
        wallet.export_keystore(account.address, PASSWORD, copy)
    with pytest.raises(WeakPassword):
        wallet.export_keystore(account.address, PASSWORD, tmp_path / "x.json", new_password="1234")
    with pytest.raises(WrongPassword):
        wallet.export_keystore(account.address, "wrong", tmp_path / "y.json")
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "y.json").exists()
    fresh = wallet.export_keystore(
        account.address,
        PASSWORD,
        tmp_path / "re.json",
        new_password="Another long-passphrase 9",
        new_confirmation="Another long-passphrase 9",
    )
    document = json.loads(fresh.read_text())
    assert bytes(Account.decrypt(document, "Another long-passphrase 9")).hex() == KEY_HEX


def test_wrong_password_corrupt_and_tampered_files_leave_everything_untouched(wallet, data_dir):
    account = wallet.restore(PHRASE, PASSWORD, PASSWORD)[0]
    path = wallet.files.path_of(account.keystore_file)
    before = snapshot(data_dir)

    with pytest.raises(WrongPassword):
        wallet.private_key(account.address, "Wrong-password-123")
    assert snapshot(data_dir) == before

    document = json.loads(path.read_text())
    cipher = document["crypto"]["ciphertext"]
    document["crypto"]["ciphertext"] = ("0" if cipher[0] != "0" else "1") + cipher[1:]
    path.write_text(json.dumps(document))  # an outside edit: bytes differ from what we wrote
    tampered = snapshot(data_dir)
    with pytest.raises(TamperedKeystore) as caught:
        wallet.private_key(account.address, PASSWORD)
    assert "changed outside PST Desk" in caught.value.user_message
    assert snapshot(data_dir) == tampered

    path.write_text('{"version": 3, "crypto": ')  # truncated, as by a failing disk
    corrupt = snapshot(data_dir)
    with pytest.raises(CorruptKeystore, match="damaged"):
        wallet.private_key(account.address, PASSWORD)
    assert snapshot(data_dir) == corrupt

    (data_dir / "wallet" / "seed.json").unlink()
    with pytest.raises(CorruptKeystore, match="missing"):
        wallet.recovery_phrase(PASSWORD)
    with pytest.raises(CorruptKeystore):
        wallet.import_keystore(b"{broken", "x", PASSWORD)


def test_a_failed_database_write_leaves_no_new_files(wallet, data_dir):
    wallet.import_private_key(KEY_HEX, PASSWORD, PASSWORD)
    before, rows_before = snapshot(data_dir), wallet.accounts()
    engine = wallet.records._db.engine

    def read_only(dbapi_connection, _record):  # real SQLite refusing writes, as a full disk would
        dbapi_connection.execute("PRAGMA query_only = 1")

    engine.dispose()
    event.listen(engine, "connect", read_only)
    try:
        with pytest.raises(OperationalError):
            wallet.import_private_key("0x" + "22" * 32, PASSWORD)
    finally:
        event.remove(engine, "connect", read_only)
        engine.dispose()
    assert snapshot(data_dir) == before and wallet.accounts() == rows_before


def test_importing_a_bad_external_keystore_fails_typed_and_leaves_it_untouched(wallet, tmp_path):
    good = encrypt_private_key(bytes.fromhex(KEY_HEX), "their password", n=FAST_N)
    relabelled = {**good, "address": "22" * 20}
    files = {
        "good.json": (json.dumps(good), "wrong password", WrongPassword),
        "corrupt.json": (json.dumps(good)[:-40], "their password", CorruptKeystore),
        "tampered.json": (json.dumps(relabelled), "their password", TamperedKeystore),
    }
    outside = tmp_path / "outside"
    outside.mkdir()
    for name, (text, _, _) in files.items():
        (outside / name).write_text(text)
    before = snapshot(outside)
    for name, (_, password, error) in files.items():
        with pytest.raises(error) as caught:
            wallet.import_keystore((outside / name).read_bytes(), password, PASSWORD, PASSWORD)
        assert caught.value.user_message and "their password" not in caught.value.user_message
    assert snapshot(outside) == before and wallet.accounts() == []
