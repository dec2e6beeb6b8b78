"""The sandbox chain across restarts: kept (no redeploy), caught up with reports published while
it was stopped, recovered from anvil's own exit dump, refused when its state is damaged beyond
that, and deployed afresh with --reset."""

from __future__ import annotations

import time

import pytest

from app.backend.models import OfferingStatus
from app.sandbox.calendar import SIM_START
from app.sandbox.launcher import SandboxProcess, SandboxStartError
from app.sandbox.world import SandboxWorld
from tests.fixtures.sandbox import ChainView, chain_view

MERCHANTS = 60
STILL = 3600.0  # seconds per simulated day: the clock stands still during a test


def _start(data_dir, *extra: str) -> SandboxProcess:
    return SandboxProcess.start(
        data_dir, merchants=MERCHANTS, day_seconds=STILL, extra_args=list(extra)
    )


def _send_marker(view: ChainView) -> str:
    """investor-3 pays investor-2 one sUSD: a transaction of the user's own, after seeding."""
    coin = view.contract("SandboxStablecoin", view.deployment.stablecoin)
    accounts = view.sandbox.accounts
    tx = {
        "from": accounts["investor-3"],
        "to": coin.address,
        "data": coin.encode_abi("transfer", [accounts["investor-2"], 1_000_000]),
    }
    tx_hash = view.client.rpc("eth_sendTransaction", [tx])
    assert view.client.w3.eth.wait_for_transaction_receipt(tx_hash, timeout=10)["status"] == 1
    return str(tx_hash)


def _assert_routed_matches_reports(view: ChainView) -> None:
    treasury = view.contract("DistributionTreasury", view.deployment.treasury).functions
    closed = [o for o in view.api.offerings().items if o.status is OfferingStatus.CLOSED]
    received = view.read([treasury.receivedOf(view.store_of(o).store_id) for o in closed])
    for offering, credited in zip(closed, received, strict=True):
        reports = view.api.reports(offering.token_symbol).items
        assert credited == sum(r.investor_share for r in reports), offering.token_symbol


def test_restart_keeps_the_chain_catches_up_and_reset_starts_afresh(tmp_path):
    with _start(tmp_path) as first, chain_view(first) as view:
        registry = first.registry
        marker = _send_marker(view)
        blocks = view.client.block_number()
        assert first.stop() == 0
    assert (tmp_path / "sandbox" / "anvil-state.json").exists()

    # While the sandbox is stopped, the REST world moves on to the next month's reports.
    world = SandboxWorld(tmp_path, merchants=MERCHANTS)
    for _ in range(5):
        world.advance_day()
    world.close()

    began = time.monotonic()
    with _start(tmp_path) as second, chain_view(second) as view:
        restart_seconds = time.monotonic() - began
        assert second.registry == registry
        assert view.client.rpc("eth_getTransactionReceipt", [marker]) is not None  # not redeployed
        assert view.client.block_number() > blocks  # the new months were routed
        _assert_routed_matches_reports(view)
    print(f"restart with the chain: {restart_seconds:.1f} s")

    # Our dump damaged: anvil's own dump at exit, whole and as new, takes its place.
    state, exit_state = (
        tmp_path / "sandbox" / n for n in ("anvil-state.json", "anvil-exit-state.json")
    )
    assert exit_state.exists()
    state.write_text('{"accounts": ', encoding="utf-8")
    # This time the sim clock runs (a day per 0.2 s): each month's new reports get routed.
    with (
        SandboxProcess.start(tmp_path, merchants=MERCHANTS, day_seconds=0.2) as fourth,
        chain_view(fourth) as view,
    ):
        assert view.client.rpc("eth_getTransactionReceipt", [marker]) is not None
        first_day = view.api.health().sim_date
        deadline = time.monotonic() + 60
        while True:  # until a month has turned and the chain has caught up with it
            moved = (view.api.health().sim_date - first_day).days >= 31
            try:
                _assert_routed_matches_reports(view)
                if moved:
                    break
            except AssertionError:
                if time.monotonic() > deadline:
                    raise
            time.sleep(0.2)

    for damaged in (state, exit_state):
        damaged.write_text('{"accounts": ', encoding="utf-8")
    with pytest.raises(SandboxStartError) as refused:
        _start(tmp_path).stop()  # stopped, should it start after all
    message = str(refused.value)
    assert "damaged" in message and "--reset" in message

    with _start(tmp_path, "--reset") as third, chain_view(third) as view:
        assert view.api.health().sim_date == SIM_START
        assert view.client.rpc("eth_getTransactionReceipt", [marker]) is None
        _assert_routed_matches_reports(view)
