"""portfolio: refreshing a portfolio of N holdings (default 200): HTTP round trips and wall time.

Runs its own anvil with one platform and N stores in its registry, each a real ProfitShareToken
(deployed from the artifact) in which the investor holds tokens and has received a distribution,
so the snapshot reads and the ledger replay both do real work. The events are indexed before
timing; a refresh is what the portfolio page does on a new block: the head, one batched read,
and the ledger from SQLite.

GUI hook: the GUI's part of this bench (the longest GUI-thread stall while a refresh runs) lives
in an optional module `bench/portfolio_gui.py` defining `run_with(world: BenchWorld, args) ->
list[Result]`; when it exists, `run` calls it with the same world after its own measures.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eth_abi import encode as abi_encode
from eth_account import Account
from eth_account.signers.local import LocalAccount
from eth_utils import keccak, to_checksum_address

from app.chain.artifacts import load_artifact
from app.chain.client import ChainClient, connect
from app.chain.deploy import StoreSpec, role
from app.chain.devnode import AnvilNode
from app.chain.indexer import EventIndexer
from app.config.profiles import NetworkProfile
from app.portfolio.holdings import PortfolioReader
from app.storage import Database, open_database
from bench.report import Result, result
from tests.fixtures.world import deploy_world

MNEMONIC = "test test test test test test test test test test test junk"  # anvil's public default
YEAR = 365 * 86_400
CONSTRUCTOR = ["string", "string", "address", "address", "address"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--holdings", type=int, default=200, help="stores the investor holds")
    parser.add_argument("--repeat", type=int, default=7, help="timed refreshes (median)")


@dataclass
class BenchWorld:
    """What the GUI part of the bench needs: a chain with N holdings, indexed, and the account."""

    client: ChainClient
    db: Database
    registry: str
    investor: str
    holdings: int


class _FastSender:
    """Sends pre-signed transactions without waiting for each receipt (anvil mines at once)."""

    def __init__(self, client: ChainClient, account: LocalAccount) -> None:
        self.client, self.account = client, account
        self.nonce = int(client.rpc("eth_getTransactionCount", [account.address, "pending"]), 16)
        self.last = ""

    def send(self, to: str | None, data: str, gas: int = 500_000) -> str | None:
        tx: dict[str, Any] = {
            "type": 2,
            "chainId": self.client.chain_id,
            "nonce": self.nonce,
            "value": 0,
            "data": data,
            "gas": gas,
            "maxFeePerGas": 10**11,
            "maxPriorityFeePerGas": 10**9,
        }
        created = None
        if to is None:
            created = _create_address(self.account.address, self.nonce)
        else:
            tx["to"] = to
        signed = self.account.sign_transaction(tx)
        self.last = self.client.rpc("eth_sendRawTransaction", ["0x" + signed.raw_transaction.hex()])
        self.nonce += 1
        return created

    def settle(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not (receipt := self.client.rpc("eth_getTransactionReceipt", [self.last])):
            if time.monotonic() > deadline:
                raise RuntimeError("bench set-up: no receipt for the last transaction")
            # anvil's automine can stop with hundreds of transactions sent in a burst still in
            # its pool (seen from 1,600 sends at 200 holdings): mine them by hand
            self.client.rpc("evm_mine", [])
            time.sleep(0.05)
        if receipt.get("status") != "0x1":
            raise RuntimeError("bench set-up: the last transaction failed")


def _create_address(sender: str, nonce: int) -> str:
    """keccak(rlp([sender, nonce]))[12:], the address a CREATE from `sender` gets."""
    raw = nonce.to_bytes((nonce.bit_length() + 7) // 8, "big")
    item = raw if len(raw) == 1 and raw[0] < 0x80 else bytes([0x80 + len(raw)]) + raw
    payload = bytes([0x94]) + bytes.fromhex(sender[2:]) + item
    return to_checksum_address(keccak(bytes([0xC0 + len(payload)]) + payload)[12:])


def _populate(client: ChainClient, admin: LocalAccount, investor: str, count: int) -> str:
    spec = StoreSpec("BENCH", "Bench Store", "PSTB", admin.address, admin.address)
    world = deploy_world(
        client.w3,
        admin,
        [spec],
        kyc_officer=True,
        kyc=[investor],
        kyc_expiry=int(time.time()) + YEAR,
        coins={admin.address: count * 10**9},
    )
    slow, platform, template = world.admin, world.platform, world.stores[0]
    coin = slow.contract("SandboxStablecoin", platform.stablecoin)
    registry = slow.contract("StoreRegistry", platform.registry)
    artifact = load_artifact("ProfitShareToken")
    fast = _FastSender(client, admin)
    tokens = []
    for i in range(count):
        args = (f"Bench {i}", f"PB{i}", platform.stablecoin, platform.compliance, admin.address)
        data = artifact.bytecode + abi_encode(CONSTRUCTOR, args).hex()
        tokens.append(fast.send(None, data, gas=6_000_000))
    for i, token in enumerate(tokens):
        pst = slow.contract("ProfitShareToken", str(token)).functions
        for name in ("MINTER_ROLE", "DISTRIBUTOR_ROLE"):
            fast.send(token, pst.grantRole(role(name), admin.address)._encode_transaction_data())
        fast.send(token, pst.mint(investor, (i + 1) * 10**18)._encode_transaction_data())
        fast.send(token, pst.mint(admin.address, 10**18)._encode_transaction_data())
        approve = coin.functions.approve(token, 10**9)._encode_transaction_data()
        fast.send(platform.stablecoin, approve)
        fast.send(token, pst.distribute(10**9)._encode_transaction_data())
        store = registry.functions.registerStore(
            (i + 1).to_bytes(32, "big"),
            token,
            template.router,
            template.governor,
            template.sale,
            admin.address,
            b"\x00" * 32,
            1,
        )
        fast.send(platform.registry, store._encode_transaction_data())
    fast.settle()
    return platform.registry


@contextmanager
def bench_world(count: int) -> Iterator[BenchWorld]:
    Account.enable_unaudited_hdwallet_features()
    admin = Account.from_mnemonic(MNEMONIC)
    investor = Account.from_mnemonic(MNEMONIC, account_path="m/44'/60'/0'/0/1").address
    with AnvilNode.start() as node, tempfile.TemporaryDirectory() as folder:
        client = connect(NetworkProfile(name="bench", rpc_url=node.url, chain_id=31337))
        db = open_database(Path(folder) / "bench.sqlite3")
        try:
            registry = _populate(client, admin, investor, count)
            yield BenchWorld(client, db, registry, investor, count)
        finally:
            db.close()
            client.close()


def run(args: argparse.Namespace) -> list[Result]:
    with bench_world(args.holdings) as world:
        client = world.client
        reader = PortfolioReader(client, world.db, registry=world.registry)
        indexer = EventIndexer(client, world.db, confirmations=0)
        started = time.perf_counter()
        reader.watch(indexer)
        indexer.sync()
        reader.snapshot(world.investor)  # first refresh: block times fetched and cached
        first = time.perf_counter() - started
        times, trips, holdings = [], 0, 0
        for _ in range(args.repeat):
            before = client.round_trips
            began = time.perf_counter()
            snapshot = reader.snapshot(world.investor)
            times.append(time.perf_counter() - began)
            trips = client.round_trips - before
            holdings = len(snapshot.holdings)
        assert all(h.claimable > 0 and h.ledger.claimable == h.claimable for h in snapshot.holdings)
        n = args.holdings
        results = [
            result(f"holdings shown (of {n})", holdings, "holdings", ("==", n)),
            result(f"refresh of {n} holdings: HTTP round trips", trips, "trips", ("<=", 3)),
            result(
                f"refresh of {n} holdings: time (median)",
                statistics.median(times) * 1000,
                "ms",
                ("<=", 300),
            ),
            result(f"refresh of {n} holdings: time (worst)", max(times) * 1000, "ms"),
            result("first refresh incl. discovery and indexing", first * 1000, "ms"),
        ]
        try:
            gui = importlib.import_module("bench.portfolio_gui")
        except ModuleNotFoundError:
            return results
        return results + gui.run_with(world, args)
