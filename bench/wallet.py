"""wallet: unlock time (scrypt n=2**17 on the real keystore: a deliberate cost), signing after
unlock, and the balances of an account holding 200 PSTs (plus ETH and the stablecoin).

The balances part runs its own anvil: the platform, then 200 real ProfitShareToken deployments,
each registered in the StoreRegistry (so the wallet discovers them as it would in production) and
minted to the holder (real balances). Set-up sends through anvil's unlocked dev account, which
is only a faster way to the same state; the measured part is the app's own discovery and read.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from eth_account import Account
from web3 import Web3

from app.chain.batch import BatchReader
from app.chain.client import ChainClient, connect
from app.chain.deploy import PlatformAddresses, store_id
from app.chain.devnode import AnvilNode
from app.chain.signer import sender_of
from app.config.profiles import NetworkProfile
from app.storage import open_database
from app.wallet.balances import AssetCatalog, read_balances
from app.wallet.keystore import SCRYPT_N
from app.wallet.session import WalletSession
from app.wallet.wallet import Wallet
from bench.report import Result, result
from tests.fixtures.world import deploy_world

PASSWORD = "bench-Harbour-42-lantern"
KEY = "0x" + "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--unlocks", type=int, default=3, help="unlocks to time (median)")
    parser.add_argument("--signatures", type=int, default=200, help="signatures to time")
    parser.add_argument("--tokens", type=int, default=200, help="PSTs the account holds")
    parser.add_argument("--repeat", type=int, default=5, help="balance refreshes to time")


def run(args: argparse.Namespace) -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db = open_database(root / "bench.sqlite3")
        try:
            wallet = Wallet(root, db, scrypt_n=SCRYPT_N)
            account = wallet.import_private_key(KEY, PASSWORD, PASSWORD)
            session = WalletSession(wallet)
            unlocks = []
            for _ in range(max(1, args.unlocks)):
                session.lock()
                start = time.perf_counter()
                session.unlock(account.address, PASSWORD)
                unlocks.append(time.perf_counter() - start)
            signs = []
            for nonce in range(max(1, args.signatures)):
                tx = {
                    "type": 2,
                    "chainId": 31337,
                    "nonce": nonce,
                    "to": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                    "value": 10**15,
                    "data": b"",
                    "gas": 21_000,
                    "maxFeePerGas": 2 * 10**9,
                    "maxPriorityFeePerGas": 10**9,
                }
                start = time.perf_counter()
                signed = session.sign_transaction(account.address, tx)
                signs.append(time.perf_counter() - start)
            assert sender_of(signed.raw) == account.address
            session.lock()
        finally:
            db.close()
    return [
        *_balances(args.tokens, args.repeat),
        result("unlock (scrypt n=2^17, median)", statistics.median(unlocks), "s", ("<=", 1.5)),
        result("unlock (fastest)", min(unlocks), "s", (">=", 0.3)),
        result("sign after unlock (median)", statistics.median(signs) * 1000, "ms", ("<=", 10)),
        result("sign after unlock (p95)", _p95(signs) * 1000, "ms"),
    ]


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


ANVIL_MNEMONIC = "test test test test test test test test test test test junk"  # public, test-only


def _balances(count: int, repeat: int) -> list[Result]:
    Account.enable_unaudited_hdwallet_features()
    admin = Account.from_mnemonic(ANVIL_MNEMONIC, account_path="m/44'/60'/0'/0/0")
    holder = Account.from_mnemonic(ANVIL_MNEMONIC, account_path="m/44'/60'/0'/0/1").address
    node = AnvilNode.start()
    try:
        w3 = Web3(Web3.HTTPProvider(node.url, request_kwargs={"timeout": 60}))
        platform = deploy_world(w3, admin, kyc_officer=True).platform
        profile = NetworkProfile(
            name="bench", rpc_url=node.url, chain_id=31337, registry_address=platform.registry
        )
        client = connect(profile)
        try:
            started = time.perf_counter()
            _deploy_tokens(client, admin.address, platform, holder, count)
            setup = time.perf_counter() - started
            before = client.round_trips
            started = time.perf_counter()
            catalog = AssetCatalog.discover(client)
            first = read_balances(BatchReader(client, transport="batch"), holder, catalog.assets)
            cold = time.perf_counter() - started
            cold_trips = client.round_trips - before
            reader = BatchReader(client, transport="batch")
            times, trips = [], 0
            for _ in range(max(1, repeat)):
                started = time.perf_counter()
                refreshed = read_balances(reader, holder, catalog.assets)
                times.append(time.perf_counter() - started)
                trips = refreshed.round_trips
            held = [h for h in refreshed.holdings if h.asset.store_id is not None]
            assert len(held) == count, len(held)
            assert all(h.amount == 10**18 + i for i, h in enumerate(held)), "wrong balances"
            assert first.holdings == refreshed.holdings
        finally:
            client.close()
    finally:
        node.stop()
    return [
        result(f"balances of {count} PSTs + ETH + sUSD: round trips", trips, "", ("<=", 3)),
        result(f"balances of {count} PSTs: refresh (median)", statistics.median(times) * 1e3, "ms"),
        result("first load with registry discovery: round trips", cold_trips, ""),
        result("first load with registry discovery: time", cold * 1000, "ms"),
        result(f"set-up: deploy, register, mint {count} PSTs", setup, "s"),
    ]


def _deploy_tokens(
    client: ChainClient, admin: str, platform: PlatformAddresses, holder: str, count: int
) -> None:
    """`count` real ProfitShareTokens, registered and minted to `holder` (1 PST + i base units)."""
    from app.chain.artifacts import load_artifact

    def send(to: str | None, data: str) -> Any:
        tx: dict[str, Any] = {"from": admin, "data": data, "gas": hex(8_000_000)}
        if to is not None:
            tx["to"] = to
        tx_hash = client.rpc("eth_sendTransaction", [tx])
        receipt = None
        for _ in range(500):  # anvil mines each transaction at once, but may answer first
            receipt = client.rpc("eth_getTransactionReceipt", [tx_hash])
            if receipt:
                break
            time.sleep(0.002)
        if not receipt or receipt.get("status") != "0x1":
            raise RuntimeError(f"set-up transaction failed: {data[:10]} {receipt}")
        return receipt

    artifact = load_artifact("ProfitShareToken")
    factory = client.w3.eth.contract(abi=artifact.abi, bytecode=artifact.bytecode)
    compliance = client.contract("ComplianceRegistry", platform.compliance)
    registry = client.contract("StoreRegistry", platform.registry)
    send(platform.compliance, compliance.encode_abi("setKyc", [holder, 2**63]))
    minter = bytes.fromhex(Web3.keccak(text="MINTER_ROLE").hex().removeprefix("0x"))
    # The registry takes only contracts as a store's sale and governor; the bench reads neither,
    # so one stub (code: STOP) stands for both in every store.
    stub = Web3.to_checksum_address(Web3.keccak(text="bench-stub")[:20])
    client.rpc("anvil_setCode", [stub, "0x00"])
    for i in range(count):
        built = factory.constructor(
            f"Bench Store {i}", f"PB{i}", platform.stablecoin, platform.compliance, admin
        )
        token_address = send(None, built.data_in_transaction)["contractAddress"]
        token = client.contract("ProfitShareToken", token_address)
        send(token.address, token.encode_abi("grantRole", [minter, admin]))
        send(token.address, token.encode_abi("mint", [holder, 10**18 + i]))
        sid = store_id(f"BENCH{i:05}")
        args = [sid, token.address, admin, stub, stub, admin, b"\x00" * 32, 1]
        send(platform.registry, registry.encode_abi("registerStore", args))
    client.rpc("anvil_mine", [hex(1)])
