"""rpc: reading N holdings (balanceOf + claimableOf per token), batched against one call per read.

Runs its own anvil. The tokens are the real ProfitShareToken: one store is deployed and its
runtime code cloned at N addresses (anvil_setCode), since deploying 500 whole stores would
dominate the run without changing what is measured: HTTP round trips and wall time per refresh.
"""

from __future__ import annotations

import argparse
import statistics
import time

from eth_account import Account

from app.chain.batch import BatchReader, Read, call
from app.chain.client import ChainClient, connect
from app.chain.deploy import LocalSender, StoreSpec
from app.chain.devnode import AnvilNode
from app.config.profiles import NetworkProfile
from bench.report import Result, result
from tests.fixtures.world import deploy_world

MNEMONIC = "test test test test test test test test test test test junk"  # anvil's public default


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sizes", default="1,50,500", help="holding counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="timed repetitions (median)")


def _holdings(client: ChainClient, sender: LocalSender, count: int) -> tuple[list[str], str]:
    spec = StoreSpec("BENCH", "Bench Store", "PSTB", sender.address, sender.address)
    store = deploy_world(sender.w3, sender.account, [spec]).stores[0]
    code = client.rpc("eth_getCode", [store.token, "latest"])
    tokens = [store.token]
    for i in range(1, count):
        clone = "0x" + f"{0xB0000 + i:040x}"
        client.rpc("anvil_setCode", [clone, code])
        tokens.append(clone)
    return tokens, sender.address


def _reads(client: ChainClient, tokens: list[str], holder: str) -> list[Read]:
    reads = []
    for token in tokens:
        functions = client.contract("ProfitShareToken", token).functions
        reads += [call(functions.balanceOf(holder)), call(functions.claimableOf(holder))]
    return reads


def _measure(client: ChainClient, reader: BatchReader, reads: list[Read], repeat: int):
    times, trips = [], 0
    for _ in range(repeat):
        before = client.round_trips
        started = time.perf_counter()
        answers = reader.read(reads)
        times.append(time.perf_counter() - started)
        trips = client.round_trips - before
        assert all(a.ok for a in answers), [a.error for a in answers if not a.ok][:3]
    return trips, statistics.median(times)


def run(args: argparse.Namespace) -> list[Result]:
    sizes = [int(s) for s in args.sizes.split(",")]
    Account.enable_unaudited_hdwallet_features()
    account = Account.from_mnemonic(MNEMONIC)
    results: list[Result] = []
    with AnvilNode.start() as node:
        client = connect(NetworkProfile(name="bench", rpc_url=node.url, chain_id=31337))
        sender = LocalSender(client.w3, account)
        tokens, holder = _holdings(client, sender, max(sizes))
        batched = BatchReader(client, transport="batch")
        single = BatchReader(client, transport="single")
        for n in sizes:
            reads = _reads(client, tokens[:n], holder)
            b_trips, b_time = _measure(client, batched, reads, args.repeat)
            s_trips, s_time = _measure(client, single, reads, args.repeat)
            results += [
                result(f"batched, N={n}: HTTP round trips", b_trips, "trips", ("<=", 3)),
                result(f"batched, N={n}: time", b_time * 1000, "ms"),
                result(f"one call per read, N={n}: HTTP round trips", s_trips, "trips"),
                result(f"one call per read, N={n}: time", s_time * 1000, "ms"),
            ]
            if n == max(sizes):
                results.append(
                    result(f"speed-up of batching at N={n}", s_time / b_time, "x", (">=", 10))
                )
        client.close()
    return results
