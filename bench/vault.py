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
one transaction to keep the set-up short.

*Verifying against the chain* is `ChainBinding.verify` on a fresh anvil: the StoreRegistry record
(commitment, key version) of every one of the 1,000 entries, read in one batch, compared with the
commitment computed from each entry's sealed record. The vault is locked, so this is the chain
check alone (opening is measured above). The registry records are made honestly, through the
registry's own `registerStore` with each entry's real commitment and key version 1, but cheaply:
the 1,000 stores are bench-only records whose router names the admin account and whose token,
governor and sale are stubs (code without behaviour, set by anvil: the registry takes only
contracts there; the binding reads only the credential fields), sent as pre-signed transactions
in JSON-RPC batches. The round trips are counted on the client's HTTP
session for the first, cold verify (which also looks up Multicall3 once); the time is the median
of warm runs. Skipped, with a note, when anvil is not installed (`--no-chain` skips it too).
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
from typing import Any

import keyring
import keyring.backends.fail
from eth_utils import keccak, to_checksum_address

from app.storage import open_database
from app.storage.db import Database
from app.storage.schema import VaultEntry
from app.vault import StoreCredential, Vault
from app.vault.envelope import Binding, seal
from app.vault.keys import KeyringStore
from app.vault.records import encode
from bench.report import Result, result

PASSWORD = "bench vault password"
ANVIL_MNEMONIC = "test test test test test test test test test test test junk"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--entries", type=int, default=1000, help="vault size to open")
    parser.add_argument("--runs", type=int, default=5, help="runs per measure (median)")
    parser.add_argument("--no-chain", action="store_true", help="skip the chain verification")


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
        chain = None if getattr(args, "no_chain", False) else _chain_verify(db, runs)
        db.close()
    results = [
        result("unlock (vault password, scrypt 2^17)", 1000 * unlock, "ms", ("<=", 1500)),
        result(f"open {entries:,} entries after unlock", 1000 * open_seconds, "ms", ("<=", 200)),
        result("open, per entry", 1e6 * open_seconds / entries, "us"),
    ]
    if keyring_ms is not None:
        results.insert(1, result("unlock (OS keyring)", keyring_ms, "ms", ("<=", 1500)))
    if chain is not None:
        trips, verify_seconds = chain
        results += [
            result(f"verify {entries:,} commitments on chain: round trips", trips, "trips",
                   ("<=", 3)),
            result(f"verify {entries:,} commitments on chain: time", 1000 * verify_seconds, "ms"),
        ]  # fmt: skip
    return results


def _chain_verify(db: Database, runs: int) -> tuple[int, float] | None:
    """(HTTP round trips of a cold verify, median seconds of a warm one), or None without anvil."""
    from app.chain.devnode import AnvilNode, anvil_binary
    from app.chain.errors import ChainUnavailable

    try:
        anvil_binary()
    except ChainUnavailable as error:
        print(f"note: chain verification skipped: {error.user_message}")
        return None
    with AnvilNode.start(extra_args=["--accounts", "1"]) as node:
        return _verify_on(db, node.url, runs)


def _verify_on(db: Database, url: str, runs: int) -> tuple[int, float]:
    from eth_account import Account

    from app.chain.client import connect
    from app.chain.transactions import TransactionPipeline
    from app.config.profiles import NetworkProfile
    from app.vault.binding import ChainBinding
    from app.vault.binding_state import BindingState
    from tests.fixtures.world import deploy_world

    Account.enable_unaudited_hdwallet_features()
    admin = Account.from_mnemonic(ANVIL_MNEMONIC)  # anvil's public test mnemonic, account 0
    profile = NetworkProfile(name="bench", rpc_url=url, chain_id=31337)
    client = connect(profile)
    try:
        registry = deploy_world(client.w3, admin).platform.registry
        vault = Vault(db)  # locked: the chain check alone
        _register_all(client, admin, registry, vault.entries("sandbox"))
        binding = ChainBinding(vault, client, registry, TransactionPipeline(client, db))
        report = binding.verify("sandbox")
        bound = sum(e.state is BindingState.BOUND for e in report.entries)
        if bound != len(report.entries):
            raise SystemExit(f"only {bound} of {len(report.entries)} entries verified as bound")
        return report.round_trips, _median_seconds(lambda: binding.verify("sandbox"), runs)
    finally:
        client.close()


def _register_all(client: Any, admin: Any, registry: str, entries: list[Any]) -> None:
    """registerStore for every entry (its commitment, key version 1), pre-signed and batched."""
    from web3.types import RPCEndpoint

    from app.chain.calldata import encode_call
    from app.vault import commitment
    from app.vault.binding_state import chain_store_id

    nonce = client.w3.eth.get_transaction_count(admin.address)
    fee = 2 * int(client.w3.eth.get_block("latest")["baseFeePerGas"]) + 10**9
    # The registry takes only contracts as a store's token, sale and governor, and each token
    # once: a stub (code: STOP) per store as its token, one for every sale and governor; the
    # binding reads only the credential fields.
    stub = to_checksum_address(keccak(text="bench-stub")[:20])
    tokens = [to_checksum_address(keccak(chain_store_id(e.store_id))[:20]) for e in entries]
    stubs = [(RPCEndpoint("anvil_setCode"), [a, "0x00"]) for a in [stub, *tokens]]
    for start in range(0, len(stubs), 250):
        client.provider.make_batch_request(stubs[start : start + 250])
    raw = []
    for n, entry in enumerate(entries):
        data = encode_call("StoreRegistry",
            "registerStore", chain_store_id(entry.store_id), tokens[n], admin.address, stub, stub,
            admin.address, commitment(entry), entry.key_version,
        )  # fmt: skip
        tx = {
            "type": 2, "chainId": 31337, "nonce": nonce + n, "to": registry, "value": 0,
            "data": data, "gas": 500_000, "maxFeePerGas": fee, "maxPriorityFeePerGas": 10**9,
        }  # fmt: skip
        raw.append("0x" + bytes(admin.sign_transaction(tx).raw_transaction).hex())
    # Mined by hand, many to a block: a flood of automined transactions stalls anvil.
    client.rpc("evm_setAutomine", [False])
    for start in range(0, len(raw), 250):
        answers = client.provider.make_batch_request(
            [(RPCEndpoint("eth_sendRawTransaction"), [r]) for r in raw[start : start + 250]]
        )
        refused = [a["error"] for a in answers if "error" in a]
        if refused:
            raise SystemExit(f"registering the bench stores failed: {refused[0]}")
    for _ in range(100):
        client.rpc("evm_mine")
        if int(client.rpc("txpool_status")["pending"], 16) == 0:
            break
    client.rpc("evm_setAutomine", [True])
    last_hash = "0x" + keccak(bytes.fromhex(raw[-1][2:])).hex()
    last = client.rpc("eth_getTransactionReceipt", [last_hash])
    if not last or int(last["status"], 16) != 1:
        raise SystemExit("registering the bench stores failed")
