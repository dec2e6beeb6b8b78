"""wallet: unlock time (scrypt n=2**17 on the real keystore: a deliberate cost) and signing after
unlock. Balances of 200 tokens join once the chain layer's batched reads are wired to the wallet."""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from app.chain.signer import sender_of
from app.storage import open_database
from app.wallet.keystore import SCRYPT_N
from app.wallet.session import WalletSession
from app.wallet.wallet import Wallet
from bench.report import Result, result

PASSWORD = "bench-Harbour-42-lantern"
KEY = "0x" + "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--unlocks", type=int, default=3, help="unlocks to time (median)")
    parser.add_argument("--signatures", type=int, default=200, help="signatures to time")


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
        result("unlock (scrypt n=2^17, median)", statistics.median(unlocks), "s", ("<=", 1.5)),
        result("unlock (fastest)", min(unlocks), "s", (">=", 0.3)),
        result("sign after unlock (median)", statistics.median(signs) * 1000, "ms", ("<=", 10)),
        result("sign after unlock (p95)", _p95(signs) * 1000, "ms"),
    ]


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
