"""The vault as the app uses it: unlock, list, add, reveal (audited), rotate, verify.

One `Vault` serves every network profile of a data directory; each profile has its own master
key, unlocked separately. Listing needs no unlock (only non-secret metadata is in clear);
everything that opens an envelope does. Methods that change something return a `Changes` or the
changed entry and publish ("vault", Changes(vault=True)) on the bus.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import threading
import uuid
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.events import VAULT, Changes, EventBus
from app.storage.db import Database
from app.storage.schema import VaultAccess, VaultEntry
from app.vault import master, records
from app.vault.entries import (
    EntryCheck,
    EntryInfo,
    Reveal,
    VaultCheck,
    commitment,
    metadata_problem,
)
from app.vault.envelope import Binding, open_envelope, seal
from app.vault.errors import EntryExists, EntryNotFound, VaultError, VaultLocked
from app.vault.keys import KeyringStore, VaultMode
from app.vault.master import VaultStatus, binding_of
from app.vault.records import ApiToken, EntryKind, Record, SecretField, StoreCredential

CHANGED = Changes(vault=True)


def default_actor() -> str:
    try:
        return getpass.getuser()[:120]
    except Exception:  # no user name in some containers; the record still needs a "who"
        return "unknown"


class Vault:
    def __init__(
        self,
        db: Database,
        *,
        keyring_store: KeyringStore | None = None,
        bus: EventBus | None = None,
        actor: str | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.db = db
        self.keyring = keyring_store or KeyringStore()
        self.bus = bus
        self.actor = actor or default_actor()
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._keys: dict[str, bytes] = {}
        self._lock = threading.Lock()

    # ---- keys -----------------------------------------------------------------------------

    def status(self, profile: str) -> VaultStatus:
        return master.status(self.db, self.keyring, profile, self.is_unlocked(profile))

    def is_unlocked(self, profile: str) -> bool:
        with self._lock:
            return profile in self._keys

    def unlock(self, profile: str, password: str | None = None) -> Changes:
        """Unlock the vault of `profile`, creating it on first use (keyring, else password)."""
        if master.exists(self.db, profile):
            key = master.unlock(self.db, self.keyring, profile, password)
        else:
            key = master.create(self.db, self.keyring, profile, password)
        with self._lock:
            self._keys[profile] = key
        return self._changed()

    def lock(self, profile: str | None = None) -> Changes:
        with self._lock:
            if profile is None:
                self._keys.clear()
            else:
                self._keys.pop(profile, None)
        return self._changed()

    def _key(self, profile: str) -> bytes:
        with self._lock:
            key = self._keys.get(profile)
        if key is None:
            raise VaultLocked("vault.profile_locked", profile=profile)
        return key

    def rotate_master_key(
        self,
        profile: str,
        new_password: str | None = None,
        mode: VaultMode | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Changes:
        """A new master key for `profile`; every data key re-wrapped in one transaction."""
        old = self._key(profile)
        new = master.rotate(
            self.db, self.keyring, profile, old,
            mode=mode, new_password=new_password, on_progress=on_progress,
        )  # fmt: skip
        with self._lock:
            self._keys[profile] = new
        return self._changed()

    # ---- entries --------------------------------------------------------------------------

    def entries(self, profile: str, kind: EntryKind | None = None) -> list[EntryInfo]:
        """Every entry's metadata, by store id; works while locked."""
        query = select(VaultEntry).where(VaultEntry.profile == profile)
        if kind is not None:
            query = query.where(VaultEntry.kind == kind.value)
        with self.db.session() as session:
            rows = session.scalars(query.order_by(VaultEntry.kind, VaultEntry.store_id)).all()
            return [EntryInfo.of(row) for row in rows]

    def entry(
        self, profile: str, store_id: str, kind: EntryKind = EntryKind.STORE_CREDENTIAL
    ) -> EntryInfo:
        with self.db.session() as session:
            return EntryInfo.of(self._row(session, profile, kind, store_id))

    @staticmethod
    def _row(session: Session, profile: str, kind: EntryKind, store_id: str) -> VaultEntry:
        row = session.scalars(
            select(VaultEntry).where(
                VaultEntry.profile == profile,
                VaultEntry.kind == kind.value,
                VaultEntry.store_id == store_id,
            )
        ).first()
        if row is None:
            if kind is EntryKind.API_TOKEN:
                raise EntryNotFound("vault.no_api_token", profile=profile)
            raise EntryNotFound(profile=profile, store=store_id)
        return row

    def _open(self, row: VaultEntry) -> tuple[Record, str]:
        plaintext = open_envelope(self._key(row.profile), binding_of(row), row.envelope)
        return records.decode(plaintext)

    def _write(
        self, profile: str, store_id: str, record: Record, label: str, replace: bool, action: str
    ) -> EntryInfo:
        kind = records.kind_of(record)
        label = records.check_label(label)
        key = self._key(profile)
        now = self._clock()
        with self.db.session() as session:
            try:
                row = self._row(session, profile, kind, store_id)
            except EntryNotFound:
                row = VaultEntry(
                    entry_id=uuid.uuid4().hex, profile=profile, kind=kind.value,
                    store_id=store_id, key_version=0, created_at=now,
                )  # fmt: skip
                session.add(row)
            else:
                if not replace:
                    raise EntryExists(store=store_id) from None
                self._open(row)  # replacing needs the current key, like rotating does
            self._seal_into(row, key, record, label, now)
            session.flush()
            self._record_access(session, profile, row, action, None, "", None)
            return EntryInfo.of(row)

    def _seal_into(
        self,
        row: VaultEntry,
        key: bytes,
        record: Record,
        label: str,
        now: dt.datetime,
        min_key_version: int = 0,
    ) -> None:
        """A new data key and key version + 1 (entry rotation), or `min_key_version` when that is
        higher (the registry only accepts increasing versions); metadata copied from the record."""
        row.key_version = max(row.key_version + 1, min_key_version)
        row.platform = record.platform if isinstance(record, StoreCredential) else ""
        row.login = record.login if isinstance(record, StoreCredential) else ""
        row.label, row.updated_at = label, now
        row.envelope = seal(key, binding_of(row), records.encode(record, label))

    def add_credential(
        self,
        profile: str,
        store_id: str,
        credential: StoreCredential,
        label: str = "",
        replace: bool = False,
    ) -> EntryInfo:
        """Keep `credential` for `store_id`; `replace=True` rotates an existing entry to it."""
        entry = self._write(
            profile, records.check_store_id(store_id), credential, label, replace,
            "edit" if replace else "add",
        )  # fmt: skip
        self._changed()
        return entry

    def rotate_entry(
        self,
        profile: str,
        store_id: str,
        credential: StoreCredential | None = None,
        *,
        label: str | None = None,
        min_key_version: int = 0,
    ) -> EntryInfo:
        """Re-seal under a new data key with key version + 1 (at least `min_key_version`),
        optionally with new content and label. The access log says "edit" when the content or
        label changes, "rotate" otherwise."""
        key = self._key(profile)
        with self.db.session() as session:
            row = self._row(session, profile, EntryKind.STORE_CREDENTIAL, store_id)
            record, old_label = self._open(row)
            new_label = old_label if label is None else records.check_label(label)
            self._seal_into(
                row, key, credential or record, new_label, self._clock(), min_key_version
            )
            session.flush()
            edited = credential is not None or label is not None
            self._record_access(
                session, profile, row, "edit" if edited else "rotate", None, "", None
            )
            entry = EntryInfo.of(row)
        self._changed()
        return entry

    def edited(self, profile: str, store_id: str, **changes: object) -> StoreCredential:
        """The stored credential with `changes` applied (fields left out are kept), for an edit
        that does not make the user re-type every secret. Not a reveal: nothing is shown."""
        with self.db.session() as session:
            row = self._row(session, profile, EntryKind.STORE_CREDENTIAL, store_id)
            record, _ = self._open(row)
        assert isinstance(record, StoreCredential)
        return dataclasses.replace(record, **changes)  # type: ignore[arg-type]

    def remove(self, profile: str, store_id: str) -> Changes:
        with self.db.session() as session:
            row = self._row(session, profile, EntryKind.STORE_CREDENTIAL, store_id)
            self._record_access(session, profile, row, "remove", None, "", None)
            session.delete(row)
        return self._changed()

    def reveal(
        self,
        profile: str,
        store_id: str,
        which: SecretField,
        purpose: str,
        actor: str | None = None,
    ) -> Reveal:
        """One secret field, recorded (store, field, purpose, time, who) before it is returned."""
        purpose = records.check_purpose(purpose)
        kind = EntryKind.API_TOKEN if which is SecretField.API_TOKEN else EntryKind.STORE_CREDENTIAL
        with self.db.session() as session:
            row = self._row(session, profile, kind, store_id)
            record, _ = self._open(row)
            if isinstance(record, ApiToken):
                value = record.token
            else:
                value = record.secret(which, self._clock().timestamp())
            access = self._record_access(
                session, profile, row, "reveal", which.value, purpose, actor
            )
            return Reveal(
                row.entry_id, store_id, which, row.key_version,
                records.purpose_hash(purpose), access.id, value,
            )  # fmt: skip

    def _record_access(
        self,
        session: Session,
        profile: str,
        row: VaultEntry | None,
        action: str,
        which: str | None,
        purpose: str,
        actor: str | None,
    ) -> VaultAccess:
        access = VaultAccess(
            profile=profile,
            action=action,
            entry_id=row.entry_id if row else None,
            kind=row.kind if row else None,
            store_id=row.store_id if row else None,
            field=which,
            key_version=row.key_version if row else None,
            purpose=purpose,
            purpose_hash="0x" + records.purpose_hash(purpose).hex() if purpose else "",
            actor=(actor or self.actor)[:120],
            accessed_at=self._clock(),
        )
        session.add(access)
        session.flush()
        return access

    def record(
        self, profile: str, action: str, store_id: str | None = None, detail: str = ""
    ) -> None:
        """An access log row for an action on the vault as a whole (export, import) or on one
        entry (bind); `detail` is language-neutral (a file name), shown as the row's purpose."""
        with self.db.session() as session:
            row = None
            if store_id is not None:
                row = self._row(session, profile, EntryKind.STORE_CREDENTIAL, store_id)
            self._record_access(session, profile, row, action, None, detail, None)

    def access_log(
        self, profile: str, store_id: str | None = None, action: str | None = None
    ) -> list[VaultAccess]:
        """The access log, oldest first; of one store and of one action when given."""
        query = select(VaultAccess).where(VaultAccess.profile == profile)
        if store_id is not None:
            query = query.where(VaultAccess.store_id == store_id)
        if action is not None:
            query = query.where(VaultAccess.action == action)
        with self.db.session() as session:
            return list(session.scalars(query.order_by(VaultAccess.id)).all())

    # ---- API token ------------------------------------------------------------------------

    def set_api_token(self, profile: str, token: str) -> EntryInfo:
        """Keep the REST API token of `profile` (replacing, and rotating, any earlier one)."""
        entry = self._write(
            profile, profile, ApiToken(token), "REST API token", replace=True, action="token"
        )
        self._changed()
        return entry

    def api_token(self, profile: str) -> str | None:
        """The REST API token of `profile`, or None; the app's own use is not an audited reveal."""
        with self.db.session() as session:
            try:
                row = self._row(session, profile, EntryKind.API_TOKEN, profile)
            except EntryNotFound:
                self._key(profile)  # locked is still an error, even with no token
                return None
            record, _ = self._open(row)
        assert isinstance(record, ApiToken)
        return record.token

    # ---- opening --------------------------------------------------------------------------

    def open_all(self, profile: str) -> VaultCheck:
        """Decrypt and authenticate every entry, check its clear metadata against the sealed
        copy, and compute its commitment. Plaintexts are dropped at once."""
        key = self._key(profile)
        checks = []
        for entry in self.entries(profile):
            binding = Binding(entry.entry_id, entry.kind.value, entry.store_id, entry.key_version)
            try:
                record, label = records.decode(open_envelope(key, binding, entry.envelope))
                problem = metadata_problem(entry, record, label)
                checks.append(EntryCheck(entry, problem, commitment(entry)))
            except VaultError as error:
                checks.append(EntryCheck(entry, str(error), None))
        return VaultCheck(profile, checks)

    def _changed(self) -> Changes:
        if self.bus is not None:
            self.bus.publish(VAULT, CHANGED)
        return CHANGED
