"""indexer: 100,000 Transfer events (from the bench-only EventEmitter) indexed into SQLite, and an
incremental sync with nothing new. Runs its own anvil with a high block gas limit so the events
come from a few cheap transactions."""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from eth_account import Account
from sqlalchemy import func, select

from app.chain.client import connect
from app.chain.deploy import LocalSender
from app.chain.devnode import AnvilNode
from app.chain.indexer import EventIndexer
from app.config.profiles import NetworkProfile
from app.storage import open_database
from app.storage.schema import ChainEvent
from bench.report import Result, result

MNEMONIC = "test test test test test test test test test test test junk"  # anvil's public default
PER_TX = 50_000  # ~1,900 gas an event: 95M gas a transaction


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--events", type=int, default=100_000)


def _emit(client, emitter, sender: str, total: int) -> None:
    """Emit through anvil's unlocked dev account with a fixed gas limit: estimating gas for a
    50,000-event call would cost more than the call itself."""
    hashes = []
    for start in range(0, total, PER_TX):
        count = min(PER_TX, total - start)
        data = emitter.encode_abi("emitTransfers", [start, count])
        tx = {
            "from": sender,
            "to": emitter.address,
            "data": data,
            "gas": hex(2_500 * count + 50_000),
        }
        hashes.append(client.rpc("eth_sendTransaction", [tx]))
    for tx_hash in hashes:
        receipt = client.rpc("eth_getTransactionReceipt", [tx_hash])
        assert receipt and int(receipt["status"], 16) == 1, receipt


def run(args: argparse.Namespace) -> list[Result]:
    Account.enable_unaudited_hdwallet_features()
    account = Account.from_mnemonic(MNEMONIC)
    results: list[Result] = []
    with (
        AnvilNode.start(extra_args=["--gas-limit", "1000000000"]) as node,
        tempfile.TemporaryDirectory() as tmp,
    ):
        client = connect(NetworkProfile(name="bench", rpc_url=node.url, chain_id=31337))
        emitter = LocalSender(client.w3, account).deploy("EventEmitter")
        _emit(client, emitter, account.address, args.events)
        db = open_database(Path(tmp) / "bench.sqlite3")
        indexer = EventIndexer(client, db, confirmations=0)
        indexer.watch(emitter.address)

        started = time.perf_counter()
        report = indexer.sync()
        elapsed = time.perf_counter() - started
        with db.session() as session:
            stored = session.scalar(select(func.count()).select_from(ChainEvent))
        assert stored == report.events_added == args.events, (stored, report)

        quiet = []
        for _ in range(7):
            started = time.perf_counter()
            nothing = indexer.sync()
            quiet.append(time.perf_counter() - started)
            assert nothing.events_added == 0
        results += [
            result(f"full index of {args.events:,} events", elapsed, "s"),
            result("indexing rate", args.events / elapsed, "events/s", (">=", 10_000)),
            result("eth_getLogs requests", report.requests, "requests"),
            result(
                "incremental sync, nothing new (median of 7)",
                statistics.median(quiet) * 1000,
                "ms",
                ("<=", 50),
            ),
        ]
        db.close()
        client.close()
    return results
