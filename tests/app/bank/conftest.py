"""A sandbox bank in-process (no servers, no chain) with a few business days booked, and a
local store that knows its accounts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bank.matching import UNITS_PER_CENT
from app.bank.store import StatementStore
from app.sandbox.bank.bank import SandboxBank
from app.sandbox.business_day import lost_reference
from app.sandbox.world import SandboxWorld
from app.storage import open_database


@pytest.fixture(scope="session")
def sandbox_bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxBank]:
    root = tmp_path_factory.mktemp("bank-world")
    world = SandboxWorld(root, merchants=60)
    for _ in range(3):
        world.advance_day()
    bank = SandboxBank(world, root)
    bank.book_through(world.sim_date)
    # Book the sweeps as the on-ramp would, with a made-up transaction hash each.
    for order in bank.ledger.pending_sweeps():
        assert order.amount * UNITS_PER_CENT > 0
        bank.ledger.complete_sweep(order, lost_reference(order))
    yield bank
    bank.close()
    world.close()


@pytest.fixture
def statements(tmp_path: Path, sandbox_bank: SandboxBank) -> Iterator[StatementStore]:
    db = open_database(tmp_path / "store.sqlite3")
    store = StatementStore(db)
    store.set_accounts(sandbox_bank.accounts().items)
    yield store
    db.close()
