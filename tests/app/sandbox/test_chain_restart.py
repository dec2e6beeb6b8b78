"""The sandbox chain across restarts: kept (no redeploy), caught up with reports published while
it was stopped, recovered from anvil's own exit dump, refused when its state is damaged beyond
that, and deployed afresh with --reset."""

from __future__ import annotations

import time

import pytest

from app.backend.models import OfferingStatus
from app.bank.client import BankClient
from app.bank.models import LineKind
from app.bank.reconciliation import months
from app.sandbox.calendar import SIM_START
from app.sandbox.launcher import SandboxProcess, SandboxStartError
from app.sandbox.settlements import BANK_PERIOD, BANK_START, account_id
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
    """Months before the bank: one routing per report. From the bank's start: every business day
    up to the sim date booked, and each sweep line names the routing of exactly its amount."""
    treasury = view.contract("DistributionTreasury", view.deployment.treasury).functions
    closed = [o for o in view.api.offerings().items if o.status is OfferingStatus.CLOSED]
    sim_date = view.api.health().sim_date
    with BankClient(view.sandbox.bank_url, view.sandbox.token) as bank:
        assert bank.health().booked_through == sim_date
        sweeps = {
            o.id: [
                line
                for period in months(BANK_START, sim_date)
                for line in bank.lines(account_id(o.merchant_id), period).items
                if line.kind is LineKind.SWEEP
            ]
            for o in closed
        }
    # Read after the bank: every sweep it booked was routed by then (the clock may run on).
    block = view.client.block_number()
    for offering in closed:
        store = view.store_of(offering)
        reports = [
            r for r in view.api.reports(offering.token_symbol).items if r.period < BANK_PERIOD
        ]
        router = view.contract("RevenueRouter", store.router)
        routed = router.events.Routed.get_logs(from_block=0, to_block=block)
        monthly = routed[: len(reports)]
        assert [e["args"]["total"] for e in monthly] == [r.routed_on_chain for r in reports]
        daily = {"0x" + bytes(e["transactionHash"]).hex(): e for e in routed[len(reports) :]}
        on_chain = [s for s in sweeps[offering.id] if s.reference in daily]
        assert len(sweeps[offering.id]) - len(on_chain) <= 1  # the demo's lost sweep
        assert len(daily) >= len(on_chain) >= (sim_date - BANK_START).days - 5
        for sweep in on_chain:
            assert daily[sweep.reference]["args"]["total"] == -sweep.amount * 10_000
        credited = treasury.receivedOf(store.store_id).call(block_identifier=block)
        assert credited == sum(e["args"]["toInvestors"] for e in routed)


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
        assert view.client.block_number() > blocks  # the new days were routed
        _assert_routed_matches_reports(view)
    print(f"restart with the chain: {restart_seconds:.1f} s")

    # Our dump damaged: anvil's own dump at exit, whole and as new, takes its place.
    state, exit_state = (
        tmp_path / "sandbox" / n for n in ("anvil-state.json", "anvil-exit-state.json")
    )
    assert exit_state.exists()
    state.write_text('{"accounts": ', encoding="utf-8")
    # This time the sim clock runs (a day per 0.2 s): each new day's sweeps get routed.
    with (
        SandboxProcess.start(tmp_path, merchants=MERCHANTS, day_seconds=0.2) as fourth,
        chain_view(fourth) as view,
    ):
        assert view.client.rpc("eth_getTransactionReceipt", [marker]) is not None
        first_day = view.api.health().sim_date
        deadline = time.monotonic() + 180  # a loaded CI machine routes slowly
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
