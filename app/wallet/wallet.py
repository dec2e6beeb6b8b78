"""The wallet: accounts on disk (encrypted) and in SQLite (metadata), under one wallet password.

Every key and the recovery phrase are v3 envelopes (scrypt) encrypted with the same password, as
Electrum does with its wallet password but with a real KDF. A new wallet password must pass the
strength rules and be confirmed; later operations prove it by opening an existing envelope.
Each operation either completes (files written, then rows committed) or leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.errors import Phrase
from app.events import WALLET, Changes, EventBus
from app.storage.db import Database
from app.storage.files import atomic_write
from app.wallet import keystore
from app.wallet.accounts import Account, AccountKind, clean_label, parse_private_key
from app.wallet.addresses import to_checksummed
from app.wallet.errors import (
    AccountExists,
    CorruptKeystore,
    DestinationExists,
    NoSeed,
    PasswordMismatch,
    TamperedKeystore,
    VerificationIncomplete,
    WalletExists,
    WatchOnly,
)
from app.wallet.files import WalletFiles, keystore_file_name
from app.wallet.keystore import Password, wipe
from app.wallet.mnemonic import (
    check_account_index,
    private_key_from_seed,
    seed_from_mnemonic,
    validate_mnemonic,
)
from app.wallet.password import check_new_password
from app.wallet.records import AccountRecords, NewSeed
from app.wallet.verification import NewWalletDraft

TOPIC = WALLET
MIN_TEST_SCRYPT_N = 2**10


class Wallet:
    """Accounts of one data directory. `scrypt_n` below 2**17 is for tests not about the KDF."""

    def __init__(
        self,
        data_dir: Path,
        db: Database,
        *,
        scrypt_n: int = keystore.SCRYPT_N,
        bus: EventBus | None = None,
    ) -> None:
        if scrypt_n < MIN_TEST_SCRYPT_N or scrypt_n & (scrypt_n - 1):
            raise ValueError("scrypt_n must be a power of two, at least 2**10")
        self.files = WalletFiles(data_dir)
        self.records = AccountRecords(db, self.files)
        self._n = scrypt_n
        self._bus = bus

    # --- reading -------------------------------------------------------------------------------

    def accounts(self) -> list[Account]:
        return self.records.all()

    def account(self, address: str) -> Account:
        return self.records.get(address)

    def has_seed(self) -> bool:
        return self.records.seed() is not None

    def has_password(self) -> bool:
        """True once anything secret is stored (so a wallet password has been chosen)."""
        return self.has_seed() or any(a.keystore_file for a in self.accounts())

    def verify_password(self, password: Password) -> None:
        """WrongPassword unless `password` opens the wallet (one KDF run)."""
        if self.has_seed():
            self._read_seed(password)
            return
        signer = next((a for a in self.accounts() if a.keystore_file), None)
        if signer is not None:
            wipe(self.private_key(signer.address, password))

    def private_key(self, address: str, password: Password) -> bytearray:
        """The account's key, decrypted; the caller wipes it when done."""
        account = self.account(address)
        if account.keystore_file is None:
            raise WatchOnly(address=account.address)
        document = self.files.read_checked(
            account.keystore_file,
            self.records.keystore_sha256(account.address),
            Phrase("wallet.what_account", address=account.address),
        )
        key = keystore.decrypt_private_key(document, password)
        if keystore.address_of_key(key) != account.address:
            wipe(key)
            raise TamperedKeystore("wallet.other_key", address=account.address)
        return key

    def recovery_phrase(self, password: Password) -> tuple[str, str]:
        """(mnemonic, passphrase), for a 'show recovery phrase' screen."""
        return self._read_seed(password)

    # --- creating and importing ----------------------------------------------------------------

    def create(
        self,
        draft: NewWalletDraft,
        password: Password,
        confirmation: Password | None,
        *,
        passphrase: str = "",
        label: str | None = None,
    ) -> Account:
        """Save a newly generated phrase and its first account, once the words were verified."""
        if not draft.ready_to_save:
            raise VerificationIncomplete()
        labels = [label] if label else None
        accounts = self.restore(
            draft.mnemonic, password, confirmation, passphrase=passphrase, labels=labels
        )
        return accounts[0]

    def restore(
        self,
        mnemonic: str,
        password: Password,
        confirmation: Password | None,
        *,
        passphrase: str = "",
        indexes: Iterable[int] = (0,),
        labels: list[str] | None = None,
    ) -> list[Account]:
        """Store a recovery phrase and the accounts at the given indexes of m/44'/60'/0'/0/i.
        With the phrase already stored, the same phrase (and passphrase) adds the accounts at
        those indexes that are not here yet; another phrase is refused."""
        phrase = validate_mnemonic(mnemonic)
        wanted = sorted({check_account_index(i) for i in indexes})
        if not wanted:
            raise ValueError("restore at least one account")
        names = [clean_label(x) for x in labels] if labels else []
        if self.has_seed():
            return self._restore_more(phrase, passphrase, password, wanted, names)
        self._accept_password(password, confirmation)
        seed = seed_from_mnemonic(phrase, passphrase)
        words = len(phrase.split())
        # The passphrase follows the phrase after a newline (a phrase never contains one).
        plaintext = bytearray((phrase + ("\n" + passphrase if passphrase else "")).encode())
        marker = {"kind": "recovery-phrase", "words": words, "passphrase": bool(passphrase)}
        envelope = keystore.encrypt(plaintext, password, n=self._n, extra={"pstdesk": marker})
        wipe(plaintext)
        new: list[tuple[Account, dict[str, Any] | None]] = []
        for position, index in enumerate(wanted):
            name = names[position] if position < len(names) else f"Account {index + 1}"
            new.append(self._hd_account(seed, index, name, password))
        saved = self.records.save(new, seed=NewSeed(envelope, words, bool(passphrase)))
        self._changed()
        return saved

    def _restore_more(
        self, phrase: str, passphrase: str, password: Password, wanted: list[int], names: list[str]
    ) -> list[Account]:
        stored, stored_passphrase = self._read_seed(password)  # checks the password too
        if (stored, stored_passphrase) != (phrase, passphrase):
            raise WalletExists()
        used = {a.derivation_index for a in self.accounts() if a.derivation_index is not None}
        missing = [i for i in wanted if i not in used]
        if not missing:
            raise AccountExists("wallet.index_exists", index=wanted[0])
        seed = seed_from_mnemonic(phrase, passphrase)
        labels = dict(zip(wanted, names, strict=False))
        new: list[tuple[Account, dict[str, Any] | None]] = [
            self._hd_account(seed, i, labels.get(i, f"Account {i + 1}"), password) for i in missing
        ]
        saved = self.records.save(new)
        self._changed()
        return saved

    def add_hd_account(
        self, password: Password, *, index: int | None = None, label: str | None = None
    ) -> Account:
        """Derive one more account from the stored phrase (the next unused index by default)."""
        if not self.has_seed():
            raise NoSeed()
        used = {a.derivation_index for a in self.accounts() if a.derivation_index is not None}
        chosen = check_account_index(index if index is not None else max(used, default=-1) + 1)
        if chosen in used:
            raise AccountExists("wallet.index_exists", index=chosen)
        name = clean_label(label) if label else f"Account {chosen + 1}"
        mnemonic, passphrase = self._read_seed(password)
        seed = seed_from_mnemonic(mnemonic, passphrase)
        saved = self.records.save([self._hd_account(seed, chosen, name, password)])
        self._changed()
        return saved[0]

    def import_private_key(
        self,
        key_text: str | bytes | bytearray,
        password: Password,
        confirmation: Password | None = None,
        *,
        label: str | None = None,
    ) -> Account:
        key = parse_private_key(key_text)
        try:
            return self._import_key(key, password, confirmation, label)
        finally:
            wipe(key)

    def import_keystore(
        self,
        raw: bytes | str,
        keystore_password: Password,
        password: Password,
        confirmation: Password | None = None,
        *,
        label: str | None = None,
    ) -> Account:
        """Bring in a v3 keystore from another tool, re-encrypted under the wallet password
        (and this app's scrypt cost). The source file is only read."""
        key = keystore.decrypt_private_key(keystore.parse(raw), keystore_password)
        try:
            return self._import_key(key, password, confirmation, label)
        finally:
            wipe(key)

    def export_keystore(
        self,
        address: str,
        password: Password,
        destination: Path,
        *,
        new_password: Password | None = None,
        new_confirmation: Password | None = None,
    ) -> Path:
        """Write the account's keystore to `destination` (never overwriting): a copy of the
        stored file, or re-encrypted under `new_password`. Either opens in eth-account."""
        if destination.exists():
            raise DestinationExists(path=str(destination))
        if new_password is not None:
            check_new_password(_text(new_password), _text(new_confirmation or ""))
        key = self.private_key(address, password)  # proves the password, checks the file
        try:
            if new_password is None:
                stored = self.files.path_of(self.account(address).keystore_file or "")
                data = stored.read_bytes()
            else:
                document = keystore.encrypt_private_key(key, new_password, n=self._n)
                data = keystore.dumps(document)
        finally:
            wipe(key)
        try:
            atomic_write(destination, data, overwrite=False)
        except FileExistsError:
            raise DestinationExists(path=str(destination)) from None
        return destination

    def add_watch_only(self, address: str, *, label: str | None = None) -> Account:
        checked = to_checksummed(address)
        name = clean_label(label) if label else f"Watch {checked[:6]}…{checked[-4:]}"
        saved = self.records.save([(Account(checked, name, AccountKind.WATCH), None)])
        self._changed()
        return saved[0]

    def rename(self, address: str, label: str) -> Account:
        account = self.records.rename(address, clean_label(label))
        self._changed()
        return account

    # --- internals -----------------------------------------------------------------------------

    def _hd_account(
        self, seed: bytes, index: int, label: str, password: Password
    ) -> tuple[Account, dict[str, Any]]:
        key = private_key_from_seed(seed, index)
        try:
            address = keystore.address_of_key(key)
            document = keystore.encrypt_private_key(key, password, n=self._n)
        finally:
            wipe(key)
        file_name = keystore_file_name(address)
        return Account(address, label, AccountKind.HD, index, file_name), document

    def _import_key(
        self,
        key: bytearray,
        password: Password,
        confirmation: Password | None,
        label: str | None,
    ) -> Account:
        address = keystore.address_of_key(key)
        existing = {a.address: a for a in self.accounts()}
        previous = existing.get(address)
        if previous is not None and previous.kind is not AccountKind.WATCH:
            raise AccountExists("wallet.account_exists_as", address=address, label=previous.label)
        name = clean_label(label) if label else (previous.label if previous else None)
        self._accept_password(password, confirmation)
        document = keystore.encrypt_private_key(key, password, n=self._n)
        count = sum(a.kind is AccountKind.IMPORTED for a in existing.values())
        account = Account(
            address,
            name or f"Imported {count + 1}",
            AccountKind.IMPORTED,
            None,
            keystore_file_name(address),
        )
        saved = self.records.save([(account, document)], replace_watch=previous is not None)
        self._changed()
        return saved[0]

    def _accept_password(self, password: Password, confirmation: Password | None) -> None:
        if self.has_password():
            self.verify_password(password)
            return
        if confirmation is None:
            raise PasswordMismatch("wallet.confirm_new_password")
        check_new_password(_text(password), _text(confirmation))

    def _read_seed(self, password: Password) -> tuple[str, str]:
        record = self.records.seed()
        if record is None:
            raise NoSeed()
        document = self.files.read_checked(
            record.file_name, record.file_sha256, Phrase("wallet.what_seed")
        )
        plaintext = keystore.decrypt(document, password)
        try:
            text = plaintext.decode("utf-8")
        except UnicodeDecodeError:
            raise CorruptKeystore("wallet.seed_damaged") from None
        finally:
            wipe(plaintext)
        mnemonic, _, passphrase = text.partition("\n")
        return mnemonic, passphrase

    def _changed(self) -> None:
        if self._bus is not None:
            self._bus.publish(TOPIC, Changes(wallet=True))


def _text(value: Password) -> str:
    return value if isinstance(value, str) else bytes(value).decode("utf-8", "replace")
