"""The vault's chain binding: each store credential's commitment in the StoreRegistry.

The registry keeps, per store, `credentialCommitment` and `keyVersion`; the vault computes the
same commitment from an entry's sealed record and key version (app/vault/envelope.py). A store id
in the vault (a merchant id such as "M00042") is `keccak256(text)` on chain, as the deployer does.

- `verify` reads every entry's registry record in ONE batched read (a JSON-RPC batch or one
  Multicall3 call: at most two HTTP round trips for 1,000 entries) and classifies each entry:
  bound (same key version and commitment), tampered (same key version, other commitment, or a
  local envelope that no longer opens), stale (the chain has a newer key version: another vault
  rotated), pending (this vault is ahead: its rotation has not reached the chain yet),
  unregistered (the store is not in the registry, or has no commitment yet), or unbound (the
  registry holds another commitment at the entry's key version, but this vault never registered
  one there: the local record of registrations is its own confirmed `rotateCredential`
  transactions; a sandbox store starts with such a placeholder at key version 1). Binding an
  unbound entry re-seals it above the registry's key version and registers it.
- `rotate` re-seals the entry locally first (key version above both the vault's and the chain's)
  and then sends `rotateCredential`. If the second step fails, `BindingIncomplete` says so, the
  entry shows as pending, and `bind` finishes it; the transaction is recorded under an intent id
  derived from (chain, registry, store, key version, commitment), so finishing never sends a
  second transaction while the first may still be mined.
- `reveal` records the access locally (always, before the secret is returned) and, for a
  treasury user of that store, also on chain with `recordAccess(store, purposeHash)`. A treasury
  user is an account the registry lets act for the store: its owner or an operator the owner
  authorised (the only accounts `recordAccess` accepts).
Authority is checked before anything changes, so a signer without it changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select

from app.chain.batch import BatchReader, Read, abi_read
from app.chain.calldata import encode_call
from app.chain.client import ChainClient, checksum
from app.chain.context import ChainContext
from app.chain.errors import ChainError, SimulationReverted
from app.chain.signer import Signer
from app.chain.transactions import Intent, TransactionPipeline
from app.chain.txstore import (
    CANCELLED,
    CONFIRMED,
    DROPPED,
    FAILED,
    LIVE_ATTEMPTS,
    NONCE_TAKEN,
    PENDING,
    TransactionRecord,
)
from app.storage.schema import ChainIntent
from app.vault.binding_state import (
    IS_OPERATOR,
    ROTATE_CREDENTIAL,
    STORE_INFO,
    ZERO32,
    BindingReport,
    BindingState,
    BindResult,
    ChainCredential,
    EntryBinding,
    RevealOutcome,
    chain_store_id,
    classify,
    decode_store,
)
from app.vault.entries import EntryInfo, commitment
from app.vault.errors import BindingError, BindingIncomplete, NotAuthorised, VaultError
from app.vault.records import EntryKind, SecretField, StoreCredential
from app.vault.service import Vault

_INTENT_NAMESPACE = uuid.UUID("5d1f3c1e-6c1a-4c61-9a55-7a0b1e2f0c11")


def operates_a_store(reader: BatchReader, registry: str, account: str) -> bool:
    """Whether `account` owns a store of the registry or is an authorised operator of one (may
    bind, rotate and record accesses of its credentials): the header's operator badge. Two
    batched reads: the store ids, then every store's owner and operator flag."""
    [ids] = [r.unwrap() for r in reader.read([abi_read("StoreRegistry", registry, "stores")])]
    if not ids:
        return False
    who = checksum(account)
    reads = [abi_read("StoreRegistry", registry, "ownerOf", i) for i in ids]
    reads += [abi_read("StoreRegistry", registry, "isOperator", i, who) for i in ids]
    answers = [r.unwrap() for r in reader.read(reads)]
    owners, operators = answers[: len(ids)], answers[len(ids) :]
    return any(checksum(o) == who for o in owners) or any(operators)


class ChainBinding:
    def __init__(
        self,
        vault: Vault,
        client: ChainClient,
        registry: str,
        pipeline: TransactionPipeline,
        *,
        reader: BatchReader | None = None,
        receipt_timeout: float = 60.0,
    ) -> None:
        self.vault = vault
        self.client = client
        self.registry = checksum(registry)
        self.pipeline = pipeline
        self.reader = reader or BatchReader(client)
        self.receipt_timeout = receipt_timeout

    @classmethod
    def over(cls, chain: ChainContext, vault: Vault) -> ChainBinding:
        """The vault bound through the session's chain context (its client and pipeline) to the
        profile's store registry."""
        if not chain.profile.registry_address:
            raise BindingError("vault.no_registry", profile=chain.profile.name)
        return cls(vault, chain.client, chain.profile.registry_address, chain.pipeline)

    def close(self) -> None:
        """Nothing of its own to close: the session closes the chain context."""

    # ---- reading ------------------------------------------------------------------------------

    def chain_state(
        self, store_ids: Sequence[str], account: str | None = None
    ) -> list[ChainCredential]:
        """The registry records of `store_ids` (and whether `account` operates each), batched."""
        reads = [
            Read("call", self.registry, STORE_INFO + chain_store_id(s), decode_store)
            for s in store_ids
        ]
        if account is not None:
            padded = bytes(12) + bytes.fromhex(checksum(account)[2:])
            reads += [
                Read(
                    "call",
                    self.registry,
                    IS_OPERATOR + chain_store_id(s) + padded,
                    lambda raw: int.from_bytes(raw[:32], "big") == 1,
                )
                for s in store_ids
            ]
        try:
            results = [r.unwrap() for r in self.reader.read(reads)]
        except ChainError as error:
            raise BindingError("vault.registry_unreadable", reason=error) from None
        states: list[ChainCredential] = results[: len(store_ids)]
        if account is None:
            return states
        operators = results[len(store_ids) :]
        return [
            ChainCredential(s.registered, s.owner, s.commitment, s.key_version, bool(op))
            for s, op in zip(states, operators, strict=True)
        ]

    def verify(self, profile: str) -> BindingReport:
        """Every store credential of `profile` against the registry, in one batched read. When
        the vault is unlocked, entries that no longer open count as tampered too."""
        entries = self.vault.entries(profile, EntryKind.STORE_CREDENTIAL)
        problems: dict[str, str] = {}
        if self.vault.is_unlocked(profile):
            for check in self.vault.open_all(profile).entries:
                if check.problem and check.entry.kind is EntryKind.STORE_CREDENTIAL:
                    problems[check.entry.store_id] = check.problem
        before = self.client.round_trips
        chain = self.chain_state([e.store_id for e in entries]) if entries else []
        ours = self.registered_here() if entries else set()
        report = []
        for entry, state in zip(entries, chain, strict=True):
            local = commitment(entry)
            here = (chain_store_id(entry.store_id), state.key_version) in ours
            problem = problems.get(entry.store_id)
            status, detail = classify(
                entry.key_version, local, state, problem, registered_here=here
            )
            report.append(
                EntryBinding(entry.store_id, entry.key_version, local, state, status, detail)
            )
        return BindingReport(profile, report, self.client.round_trips - before)

    def registered_here(self) -> set[tuple[bytes, int]]:
        """(chain store id, key version) of every commitment this vault's own confirmed
        transactions registered in this registry on this chain."""
        with self.pipeline.store.db.session() as session:
            calls = session.scalars(
                select(ChainIntent.data).where(
                    ChainIntent.chain_id == self.client.chain_id,
                    func.lower(ChainIntent.to_address) == self.registry.lower(),
                    ChainIntent.status == CONFIRMED,
                )
            ).all()
        found: set[tuple[bytes, int]] = set()
        for data in calls:
            if bytes(data[:4]) == ROTATE_CREDENTIAL and len(data) >= 100:
                found.add((bytes(data[4:36]), int.from_bytes(data[68:100], "big")))
        return found

    def _authorised_state(self, store_id: str, account: str) -> ChainCredential:
        (state,) = self.chain_state([store_id], account)
        if not state.registered:
            raise BindingError("vault.store_unregistered", store=store_id)
        if not state.may_act(account):
            raise NotAuthorised(account=checksum(account), store=store_id, owner=state.owner)
        return state

    # ---- changing ----------------------------------------------------------------------------

    def bind(self, profile: str, store_id: str, signer: Signer) -> BindResult:
        """Register the entry's commitment (first binding, or finishing a pending rotation).
        Where the registry already used the entry's key version (a fresh store starts at 1),
        the entry is re-sealed above it first."""
        entry = self.vault.entry(profile, store_id)
        state = self._authorised_state(store_id, signer.address)
        local = commitment(entry)
        if state.key_version == entry.key_version and state.commitment == local:
            return BindResult(entry, None)
        if state.key_version >= entry.key_version:
            here = (chain_store_id(store_id), state.key_version) in self.registered_here()
            status, _ = classify(entry.key_version, local, state, None, registered_here=here)
            if state.commitment != ZERO32 and status is BindingState.STALE:
                raise self._newer(store_id, state.key_version, entry.key_version)
            if state.commitment != ZERO32 and status is not BindingState.UNBOUND:
                raise BindingError(
                    "vault.registry_other_commitment", store=store_id, key_version=state.key_version
                )
            entry = self.vault.rotate_entry(
                profile, store_id, min_key_version=state.key_version + 1
            )
        result = self._send_rotation(entry, signer)
        self.vault.record(profile, "bind", store_id)
        return result

    def rotate(
        self,
        profile: str,
        store_id: str,
        signer: Signer,
        credential: StoreCredential | None = None,
        label: str | None = None,
    ) -> BindResult:
        """Rotate the entry (new data key, optionally new content) in the vault, then on chain."""
        entry = self.vault.entry(profile, store_id)
        state = self._authorised_state(store_id, signer.address)
        if state.key_version > entry.key_version and credential is None:
            raise self._newer(store_id, state.key_version, entry.key_version)
        entry = self.vault.rotate_entry(
            profile, store_id, credential, label=label, min_key_version=state.key_version + 1
        )
        return self._send_rotation(entry, signer)

    @staticmethod
    def _newer(store_id: str, chain_version: int, vault_version: int) -> BindingError:
        return BindingError(
            "vault.registry_newer",
            store=store_id,
            chain_version=chain_version,
            vault_version=vault_version,
        )

    def _send_rotation(self, entry: EntryInfo, signer: Signer) -> BindResult:
        local = commitment(entry)
        sid = chain_store_id(entry.store_id)
        intent = Intent(
            self.registry,
            encode_call("StoreRegistry", "rotateCredential", sid, local, entry.key_version),
            0,
            f"Bind the credentials of store {entry.store_id} (key version {entry.key_version})",
        )
        key = f"bind:{self.client.chain_id}:{self.registry}:{entry.store_id}:{entry.key_version}"
        try:
            record = self._send(intent, signer, f"{key}:{local.hex()}")
        except (ChainError, VaultError) as error:
            raise BindingIncomplete(entry.store_id, entry.key_version, error) from None
        return BindResult(entry, record)

    def _send(self, intent: Intent, signer: Signer, key: str) -> TransactionRecord:
        """Send `intent` once per `key`: a recorded live transaction is waited for, not resent."""
        for attempt in range(1, 100):
            intent_id = str(uuid.uuid5(_INTENT_NAMESPACE, f"{key}:{attempt}"))
            known = self.pipeline.store.get(intent_id)
            if known is not None and known.status in (FAILED, DROPPED, NONCE_TAKEN, CANCELLED):
                continue  # that try is over; the next attempt gets its own id
            if known is None:
                try:
                    prepared = self.pipeline.prepare(intent, signer.address)
                except SimulationReverted as error:
                    raise BindingError("vault.registry_refuses", reason=error.reason) from None
                known = self.pipeline.submit(prepared, signer, intent_id=intent_id)
            elif known.status == PENDING and known.latest.status in LIVE_ATTEMPTS:
                # Resuming: the recorded bytes may never have reached the node. Sending the same
                # bytes again is safe (same hash; a mined one is simply "known").
                self.pipeline.broadcast(known.latest.tx_hash, known.latest.raw)
            if known.status == PENDING:
                known = self.pipeline.wait(known.intent_id, self.receipt_timeout)
            if known.status != CONFIRMED:
                raise BindingError("vault.bind_ended", status=known.status)
            return known
        raise BindingError("vault.bind_attempts")

    # ---- reveal ------------------------------------------------------------------------------

    def reveal(
        self,
        profile: str,
        store_id: str,
        which: SecretField,
        purpose: str,
        signer: Signer | None = None,
        actor: str | None = None,
    ) -> RevealOutcome:
        """Reveal (recorded locally first); a treasury user's access is also recorded on chain."""
        shown = self.vault.reveal(profile, store_id, which, purpose, actor)
        if signer is None or which is SecretField.API_TOKEN:
            return RevealOutcome(shown, treasury_user=False)
        try:
            (state,) = self.chain_state([store_id], signer.address)
        except BindingError as error:
            return RevealOutcome(shown, False, chain_error=error.phrase())
        if not state.may_act(signer.address):
            return RevealOutcome(shown, treasury_user=False)
        intent = Intent(
            self.registry,
            encode_call(
                "StoreRegistry", "recordAccess", chain_store_id(store_id), shown.purpose_hash
            ),
            0,
            f"Record an access to the credentials of store {store_id}",
        )
        try:
            key = f"access:{self.client.chain_id}:{profile}:{shown.access_id}"
            record = self._send(intent, signer, key)
        except (ChainError, VaultError) as error:
            return RevealOutcome(shown, True, chain_error=error.phrase())
        return RevealOutcome(shown, True, recorded_on_chain=record.latest.tx_hash)
