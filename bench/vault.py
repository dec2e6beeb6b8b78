"""Vault: unlock, and opening a vault of 1,000 entries after unlock.

*Unlock* is what a user waits for after typing the vault password: a fresh `Vault` over the
database derives the master key with scrypt (n = 2**17, r = 8, p = 1) and checks it against the
stored verifier. That is the slow path (no OS keyring); when a working Secret Service is
reachable, the keyring path (read the key over D-Bus, check the verifier) is measured too.

*Opening* is `Vault.open_all`: read all 1,000 rows from SQLite, unwrap each entry's data key with
the master key (AES-256-GCM), decrypt and authenticate each sealed record (AES-256-GCM, binding
entry id, kind, store id and key version), parse and validate it (TOTP seeds included), check the
clear metadata (platform, login, label) against the sealed copy, and compute each entry's chain
commitment (keccak256). Plaintexts are dropped as soon as they are checked. Each figure is the
median of several runs; the 1,000 entries are sealed by the same code the app uses, inserted in
one transaction to keep the set-up short. (Checking the commitments against the chain comes with
the chain binding.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import keyring
import keyring.backends.fail

from app.storage import open_database
from app.storage.db import Database
from app.storage.schema import VaultEntry
from app.vault import StoreCredential, Vault
from app.vault.envelope import Binding, seal
from app.vault.keys import KeyringStore
from app.vault.records import encode
from bench.report import Result, result

PASSWORD = "bench vault password"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--entries", type=int, default=1000, help="vault size to open")
    parser.add_argument("--runs", type=int, default=5, help="runs per measure (median)")


def _fill(db: Database, vault: Vault, profile: str, count: int) -> None:
    key = vault._key(profile)
    now = dt.datetime.now(dt.UTC)
    with db.session() as session:
        for n in range(count):
            store_id = f"M{n:05d}"
            credential = StoreCredential(
                platform="Amazon",
                login=f"seller{n}@example.com",
                password=f"pw-{n}-{uuid.uuid4().hex}",
                api_keys=(uuid.uuid4().hex, uuid.uuid4().hex),
                totp_seed="JBSWY3DPEHPK3PXP",
                notes="recovery codes: 1111-2222-3333",
            )
            entry_id = uuid.uuid4().hex
            binding = Binding(entry_id, "store_credential", store_id, 1)
            session.add(
                VaultEntry(
                    entry_id=entry_id,
                    profile=profile,
                    kind="store_credential",
                    store_id=store_id,
                    platform="Amazon",
                    login=credential.login,
                    label="bench",
                    key_version=1,
                    envelope=seal(key, binding, encode(credential, "bench")),
                    created_at=now,
                    updated_at=now,
                )  # fmt: skip
            )


def _median_seconds(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _keyring_unlock_ms(db: Database, runs: int) -> float | None:
    store = KeyringStore(f"pst-desk-bench-{uuid.uuid4().hex[:8]}")
    if store.problem() is not None:
        return None
    try:
        Vault(db, keyring_store=store).unlock("keyring-bench")
        return 1000 * _median_seconds(
            lambda: Vault(db, keyring_store=store).unlock("keyring-bench"), runs
        )
    finally:
        for username in (store.username("keyring-bench", uid) for uid in _uids(db)):
            store.delete(username)


def _uids(db: Database) -> list[str]:
    from app.storage.schema import VaultKey

    with db.session() as session:
        return [row.vault_uid for row in session.query(VaultKey).all()]


def run(args: argparse.Namespace) -> list[Result]:
    entries, runs = getattr(args, "entries", 1000), getattr(args, "runs", 5)
    with tempfile.TemporaryDirectory(prefix="pst-bench-vault-") as root:
        db = open_database(Path(root) / "bench.sqlite3")
        previous = keyring.get_keyring()
        keyring.set_keyring(keyring.backends.fail.Keyring())  # the password path, deliberately
        try:
            vault = Vault(db)
            vault.unlock("sandbox", PASSWORD)
            _fill(db, vault, "sandbox", entries)
            unlock = _median_seconds(lambda: Vault(db).unlock("sandbox", PASSWORD), min(runs, 3))
            opened = Vault(db)
            opened.unlock("sandbox", PASSWORD)
            check = opened.open_all("sandbox")
            if len(check.entries) != entries or check.problems:
                raise SystemExit(f"opening found {len(check.problems)} problems")
            open_seconds = _median_seconds(lambda: opened.open_all("sandbox"), runs)
        finally:
            keyring.set_keyring(previous)
        keyring_ms = _keyring_unlock_ms(db, runs)
        db.close()
    results = [
        result("unlock (vault password, scrypt 2^17)", 1000 * unlock, "ms", ("<=", 1500)),
        result(f"open {entries:,} entries after unlock", 1000 * open_seconds, "ms", ("<=", 200)),
        result("open, per entry", 1e6 * open_seconds / entries, "us"),
    ]
    if keyring_ms is not None:
        results.insert(1, result("unlock (OS keyring)", keyring_ms, "ms", ("<=", 1500)))
    return results
