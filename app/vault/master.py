"""The master key of one profile's vault: create, unlock, and rotate it atomically.

Rotation re-wraps every entry's data key in one database transaction. In keyring mode the new key
is first stored under a ":next" keyring name, so both keys stay known until the transaction
commits; the next unlock finishes (or discards) a rotation that was cut off half-way.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.db import Database
from app.storage.schema import VaultEntry, VaultKey
from app.vault.envelope import KEY_SIZE, Binding, rewrap
from app.vault.errors import (
    KeyringUnavailable,
    MasterKeyMissing,
    PasswordRequired,
    VaultError,
    WrongPassword,
)
from app.vault.keys import (
    KEYRING_LOST_BANNER,
    PASSWORD_KEYRING_BACK_BANNER,
    PASSWORD_ONLY_BANNER,
    KdfParams,
    KeyringStore,
    VaultMode,
    check_password,
    derive_key,
    matches,
    verifier,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VaultStatus:
    """What the GUI shows about a profile's vault: keyed how, unlocked or not, and any banner."""

    profile: str
    initialized: bool
    mode: VaultMode | None
    unlocked: bool
    keyring_problem: str | None

    @property
    def needs_password(self) -> bool:
        """Unlocking (or creating) this vault needs the vault password."""
        if self.mode is VaultMode.PASSWORD:
            return True
        return self.mode is None and self.keyring_problem is not None

    @property
    def banner(self) -> str | None:
        if self.mode is VaultMode.PASSWORD and not self.keyring_problem:
            return PASSWORD_KEYRING_BACK_BANNER
        if self.mode is VaultMode.PASSWORD or (self.mode is None and self.keyring_problem):
            return PASSWORD_ONLY_BANNER
        if self.mode is VaultMode.KEYRING and self.keyring_problem:
            return KEYRING_LOST_BANNER
        return None


def binding_of(entry: VaultEntry) -> Binding:
    return Binding(entry.entry_id, entry.kind, entry.store_id, entry.key_version)


def exists(db: Database, profile: str) -> bool:
    with db.session() as session:
        return session.get(VaultKey, profile) is not None


def status(db: Database, store: KeyringStore, profile: str, unlocked: bool) -> VaultStatus:
    with db.session() as session:
        row = session.get(VaultKey, profile)
        mode = VaultMode(row.mode) if row else None
    return VaultStatus(profile, row is not None, mode, unlocked, store.problem())


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _password_row(row: VaultKey, password: str) -> bytes:
    """Point `row` at a fresh salt for `password`; returns the derived key."""
    params = KdfParams()
    salt = os.urandom(16)
    key = derive_key(check_password(password), salt, params)
    row.mode = VaultMode.PASSWORD.value
    row.kdf_salt, row.kdf_n, row.kdf_r, row.kdf_p = salt, params.n, params.r, params.p
    row.verifier = verifier(key, row.vault_uid)
    return key


def create(db: Database, store: KeyringStore, profile: str, password: str | None) -> bytes:
    """Key a new vault: in the OS keyring when it works, else by `password` (never in clear)."""
    uid = secrets.token_hex(8)
    row = VaultKey(profile=profile, vault_uid=uid, created_at=_now(), verifier=b"", mode="")
    keyring_problem = store.problem()
    if keyring_problem is None:
        key = secrets.token_bytes(KEY_SIZE)
        row.mode = VaultMode.KEYRING.value
        row.verifier = verifier(key, uid)
    elif password is None:
        raise PasswordRequired("vault.password_to_create")
    else:
        key = _password_row(row, password)
    with db.session() as session:
        if session.get(VaultKey, profile) is not None:
            raise VaultError("vault.exists", profile=profile)
        session.add(row)
        session.flush()
        if row.mode == VaultMode.KEYRING.value:
            # Inside the transaction: if the keyring refuses, no half-made vault is left behind.
            store.write(store.username(profile, uid), key)
    return key


def unlock(db: Database, store: KeyringStore, profile: str, password: str | None) -> bytes:
    with db.session() as session:
        row = session.get(VaultKey, profile)
        if row is None:
            raise VaultError("vault.none", profile=profile)
        session.expunge(row)
    if row.mode == VaultMode.PASSWORD.value:
        if password is None:
            raise PasswordRequired()
        assert row.kdf_salt is not None and row.kdf_n and row.kdf_r and row.kdf_p
        params = KdfParams(row.kdf_n, row.kdf_r, row.kdf_p)
        key = derive_key(password, row.kdf_salt, params)
        if not matches(key, row.vault_uid, row.verifier):
            raise WrongPassword()
        return key
    return _unlock_keyring(store, row)


def _unlock_keyring(store: KeyringStore, row: VaultKey) -> bytes:
    main = store.username(row.profile, row.vault_uid)
    pending = store.username(row.profile, row.vault_uid, pending=True)
    try:
        current = store.read(main)
        if current is not None and matches(current, row.vault_uid, row.verifier):
            _forget(store, pending)
            return current
        following = store.read(pending)
    except KeyringUnavailable as error:
        raise MasterKeyMissing("vault.key_unreachable", reason=error) from None
    if following is not None and matches(following, row.vault_uid, row.verifier):
        # A rotation committed but was cut off before the keyring caught up: finish it.
        store.write(main, following)
        _forget(store, pending)
        return following
    if current is None:
        raise MasterKeyMissing()
    raise WrongPassword("vault.keyring_other_key")


def _forget(store: KeyringStore, username: str) -> None:
    try:
        store.delete(username)
    except KeyringUnavailable:
        log.warning("could not remove a stale vault key from the keyring; it is harmless")


def rotate(
    db: Database,
    store: KeyringStore,
    profile: str,
    old_key: bytes,
    *,
    mode: VaultMode | None = None,
    new_password: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """Re-wrap every entry of `profile` under a new master key in one transaction; returns it."""
    with db.session() as session:
        row = session.get(VaultKey, profile)
        if row is None:
            raise VaultError("vault.none", profile=profile)
        old_mode, uid = VaultMode(row.mode), row.vault_uid
    target = mode or old_mode
    main = store.username(profile, uid)
    pending = store.username(profile, uid, pending=True)
    if target is VaultMode.PASSWORD and new_password is None:
        raise PasswordRequired("vault.password_for_new_key")
    if target is VaultMode.KEYRING:
        new_key = secrets.token_bytes(KEY_SIZE)
        store.write(pending, new_key)  # both keys known until the commit below
    try:
        with db.session() as session:
            row = session.get(VaultKey, profile)
            assert row is not None
            if target is VaultMode.PASSWORD:
                assert new_password is not None
                new_key = _password_row(row, new_password)
            else:
                row.mode = VaultMode.KEYRING.value
                row.kdf_salt = row.kdf_n = row.kdf_r = row.kdf_p = None
                row.verifier = verifier(new_key, uid)
            row.rotated_at = _now()
            _rewrap_all(session, profile, old_key, new_key, on_progress)
    except BaseException:
        if target is VaultMode.KEYRING:
            _forget(store, pending)
        raise
    if target is VaultMode.KEYRING:
        try:
            store.write(main, new_key)
            _forget(store, pending)
        except KeyringUnavailable:
            log.warning(
                "the keyring kept the new vault key under its pending name; unlock fixes it"
            )
    elif old_mode is VaultMode.KEYRING:
        _forget(store, main)
    return new_key


def _rewrap_all(
    session: Session,
    profile: str,
    old_key: bytes,
    new_key: bytes,
    on_progress: Callable[[int, int], None] | None,
) -> None:
    entries = session.scalars(select(VaultEntry).where(VaultEntry.profile == profile)).all()
    for done, entry in enumerate(entries, 1):
        entry.envelope = rewrap(old_key, new_key, binding_of(entry), entry.envelope)
        if on_progress:
            on_progress(done, len(entries))
