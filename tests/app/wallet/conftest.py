"""Wallet test fixtures: a real SQLite store in a tmp dir and a wallet with a cheap scrypt.

Tests that are not about the KDF use scrypt n=2**10 through the explicit `scrypt_n` parameter;
the KDF tests (vectors, interop, the benchmark) use the real cost.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from eth_account import Account

from app.storage import open_database
from app.wallet.wallet import Wallet

Account.enable_unaudited_hdwallet_features()  # for cross-checks against eth-account

FAST_N = 2**10
PASSWORD = "violet-Harbour-42-lantern"  # scores "strong" or better
# BIP-39 vector "legal winner ..." (12 words); its m/44'/60'/0'/0/0 address, from eth-account
PHRASE = "legal winner thank year wave sausage worth useful legal winner thank yellow"
KEY_HEX = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def db(data_dir: Path):
    database = open_database(data_dir / "pst-desk.sqlite3")
    yield database
    database.close()


@pytest.fixture
def wallet(data_dir: Path, db) -> Wallet:
    return Wallet(data_dir, db, scrypt_n=FAST_N)


def snapshot(root: Path) -> dict[str, str]:
    """Every file under `root` with the SHA-256 of its bytes (SQLite side files excluded)."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "sqlite3" not in p.name
    }
