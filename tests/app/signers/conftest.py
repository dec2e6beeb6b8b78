"""Signer test helpers: a wallet with one imported key and EIP-712 Approval typed data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.storage import open_database
from app.wallet.wallet import Wallet

FAST_N = 2**10
PASSWORD = "violet-Harbour-42-lantern"
KEY_HEX = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"


@pytest.fixture
def wallet(tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    database = open_database(data / "pst-desk.sqlite3")
    yield Wallet(data, database, scrypt_n=FAST_N)
    database.close()


def approval_typed_data(chain_id: int = 31337, treasury: str = "0x" + "ab" * 20) -> dict[str, Any]:
    from app.treasury.typed_approval import ApprovalMessage, typed_data

    message = ApprovalMessage(
        proposal_id=7,
        store_id=bytes.fromhex("11" * 32),
        period=202610,
        amount=1_234_567_890,
        report_hash=bytes.fromhex("22" * 32),
        nonce=0,
        deadline=1_900_000_000,
    )
    return typed_data(message, chain_id, treasury)
