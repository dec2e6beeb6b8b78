"""The wallet's rows in SQLite: account metadata and the seed record (never a secret).

`save` is the one place that adds accounts: files first (new names only), then the rows in one
transaction; if the rows cannot be committed the new files are removed, so a failure leaves the
wallet exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app.storage.db import Database
from app.storage.schema import WalletAccount, WalletSeed
from app.wallet.accounts import Account, AccountKind
from app.wallet.addresses import to_checksummed
from app.wallet.errors import AccountExists, AccountNotFound
from app.wallet.files import SEED_FILE, WalletFiles


@dataclass(frozen=True)
class SeedRecord:
    file_name: str
    file_sha256: str
    word_count: int
    has_passphrase: bool


@dataclass(frozen=True)
class NewSeed:
    document: dict[str, Any]
    word_count: int
    has_passphrase: bool


class AccountRecords:
    def __init__(self, db: Database, files: WalletFiles) -> None:
        self._db = db
        self._files = files

    def all(self) -> list[Account]:
        with self._db.session() as session:
            rows = session.scalars(select(WalletAccount).order_by(WalletAccount.ordinal))
            return [_account(row) for row in rows]

    def get(self, address: str) -> Account:
        return _account(self._row(to_checksummed(address))[0])

    def keystore_sha256(self, address: str) -> str:
        return self._row(to_checksummed(address))[1] or ""

    def seed(self) -> SeedRecord | None:
        with self._db.session() as session:
            row = session.get(WalletSeed, 1)
            if row is None:
                return None
            return SeedRecord(row.file_name, row.file_sha256, row.word_count, row.has_passphrase)

    def rename(self, address: str, label: str) -> Account:
        with self._db.session() as session:
            row = session.get(WalletAccount, to_checksummed(address))
            if row is None:
                raise AccountNotFound(address=address)
            row.label = label
            return _account(row)

    def save(
        self,
        new: list[tuple[Account, dict[str, Any] | None]],
        *,
        seed: NewSeed | None = None,
        replace_watch: bool = False,
    ) -> list[Account]:
        existing = {a.address: a for a in self.all()}
        for account, _ in new:
            old = existing.get(account.address)
            if old is not None and not (replace_watch and old.kind is AccountKind.WATCH):
                raise AccountExists(address=account.address)
        written: list[str] = []
        try:
            hashes: dict[str, str] = {}
            if seed is not None:
                hashes[SEED_FILE] = self._files.write_new(SEED_FILE, seed.document)
                written.append(SEED_FILE)
            for account, document in new:
                if document is not None and account.keystore_file:
                    name = account.keystore_file
                    hashes[name] = self._files.write_new(name, document)
                    written.append(name)
            with self._db.session() as session:
                if seed is not None:
                    session.add(
                        WalletSeed(
                            id=1,
                            file_name=SEED_FILE,
                            file_sha256=hashes[SEED_FILE],
                            word_count=seed.word_count,
                            has_passphrase=seed.has_passphrase,
                            created_at=_now(),
                        )
                    )
                ordinal = session.scalar(select(func.max(WalletAccount.ordinal))) or 0
                for account, _ in new:
                    old_row = session.get(WalletAccount, account.address)
                    if old_row is not None:  # a watch-only address gaining its key
                        session.delete(old_row)
                        session.flush()
                    ordinal += 1
                    session.add(_new_row(account, ordinal, hashes.get(account.keystore_file or "")))
        except BaseException:
            for name in written:
                self._files.remove(name)
            raise
        return [account for account, _ in new]

    def _row(self, address: str) -> tuple[WalletAccount, str | None]:
        with self._db.session() as session:
            row = session.get(WalletAccount, address)
            if row is None:
                raise AccountNotFound(address=address)
            return row, row.keystore_sha256


def _account(row: WalletAccount) -> Account:
    kind = AccountKind(row.kind)
    return Account(row.address, row.label, kind, row.derivation_index, row.keystore_file)


def _new_row(account: Account, ordinal: int, sha: str | None) -> WalletAccount:
    return WalletAccount(
        address=account.address,
        ordinal=ordinal,
        label=account.label,
        kind=account.kind.value,
        derivation_index=account.derivation_index,
        keystore_file=account.keystore_file,
        keystore_sha256=sha,
        created_at=_now(),
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
