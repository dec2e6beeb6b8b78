"""The sandbox's bank, platform API and chain on one business calendar: left running for days,
the live three-way reconciliation is green except for the injected faults, each shown as exactly
one difference, and every sweep's statement line carries its on-chain routing transaction."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator

import pytest

from app.backend.client import ApiClient
from app.bank.client import BankClient
from app.bank.matching import Reason, Status, matched_lines_hash
from app.bank.reconciliation import (
    ReconciliationDesk,
    months,
    period_bounds,
    reconcile_live,
    store_accounts,
)
from app.bank.store import StatementStore
from app.chain.client import connect
from app.chain.deploy import store_id
from app.chain.registry import discover
from app.config.profiles import NetworkProfile
from app.events import ALERTS_RAISED, EventBus
from app.sandbox.bank.ledger import SweepOrder
from app.sandbox.business_day import lost_reference
from app.sandbox.calendar import SIM_START
from app.sandbox.launcher import MAIN, SandboxProcess
from app.sandbox.settlements import BANK_START
from app.services.monitor import AlertsRaised
from app.services.revenue_control import RevenueControlAlerts

FAULT_DAYS = 4  # the faults fall on the four days after SIM_START
EXPECTED = {
    Reason.DIVERTED: SIM_START + dt.timedelta(days=1),
    Reason.MISSING_SETTLEMENT: SIM_START + dt.timedelta(days=2),
    Reason.NOT_ROUTED: SIM_START + dt.timedelta(days=3),
    Reason.DUPLICATE: SIM_START + dt.timedelta(days=4),
}


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    from app.chain.devnode import anvil_binary
    from app.chain.errors import ChainUnavailable

    try:
        anvil_binary()
    except ChainUnavailable as exc:
        pytest.skip(exc.user_message)
    data_dir = tmp_path_factory.mktemp("bank-live")
    with SandboxProcess.start(data_dir, merchants=60, day_seconds=1.0) as sandbox:
        yield sandbox


def _desk_periods(running, db, api, stores) -> dict[str, tuple[dict[str, int], dict[str, int]]]:
    """Per store: (the desk's routed totals by period for the bank's months, the sweeps'
    routed totals by value-date month from the imported statements)."""
    from app.chain.context import ChainContext
    from app.treasury.desk import TreasuryDesk

    profile = NetworkProfile(
        name="sandbox", rpc_url=running.rpc_url, chain_id=31337, registry_address=running.registry
    )
    chain = ChainContext(profile, db)
    try:
        desk = TreasuryDesk(chain, api)
        statements = StatementStore(db)
        desk.value_dates = statements.sweep_value_dates
        desk.sync()
        found = {}
        lines = statements.lines()
        for store in stores:
            on_chain = desk.deployment.store(store_id(store.merchant_id))
            routed, _credited = desk.routed_by_period(on_chain)
            swept: dict[str, int] = {}
            for line in lines:
                if (
                    line.account == store.account
                    and line.amount < 0
                    and line.reference
                    != lost_reference(SweepOrder(store.account, "", line.value_date, 0, True))
                ):
                    period = f"{line.value_date:%Y-%m}"
                    swept[period] = swept.get(period, 0) - line.amount * 10_000
            found[store.account] = ({p: v for p, v in routed.items() if p in swept}, swept)
        return found
    finally:
        chain.close()


def _wait_for_day(bank: BankClient, day: dt.date, timeout: float = 60.0) -> dt.date:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        booked = bank.health().booked_through
        if booked is not None and booked >= day:
            return booked
        time.sleep(0.2)
    raise AssertionError(f"the bank did not book {day} within {timeout} s")


def test_five_days_later_only_the_injected_faults_differ_each_once(running, tmp_path):
    from app.storage import open_database

    bank = BankClient(running.bank_url, running.token, timeout=30)
    api = ApiClient(running.api_url, running.token, timeout=30)
    client = connect(NetworkProfile(name="sandbox", rpc_url=running.rpc_url, chain_id=31337))
    db = open_database(tmp_path / "store.sqlite3")
    try:
        booked = _wait_for_day(bank, SIM_START + dt.timedelta(days=FAULT_DAYS + 2))
        deployment = discover(client, running.registry)
        result = reconcile_live(
            bank, api, client, db, deployment, months(BANK_START, booked + dt.timedelta(days=1))
        )
        stores = store_accounts(StatementStore(db), deployment)
        routed_by_period = _desk_periods(running, db, api, stores)
        # What a proposal carries beside its report hash: the desk's matched-lines hash of a
        # store's month is the one of the lines this reconciliation matched.
        desk = ReconciliationDesk(db, api, client, deployment, bank)
        desk.as_of = result.as_of
        clean = next(s for s in stores if s.account not in {d.account for d in result.differences})
        period = result.groups[-1].period
        lines = StatementStore(db).lines(*period_bounds(period))
        lines_hash = desk.lines_hash(clean.merchant_id, period)
        assert lines_hash == matched_lines_hash(result, lines, clean.account, period)
        assert lines_hash != matched_lines_hash(result, [], clean.account, period)
    finally:
        db.close()
        client.close()
        api.close()
        bank.close()

    found = Counter(d.reason for d in result.differences)
    assert found == Counter(EXPECTED.keys()), result.differences
    for difference in result.differences:
        assert difference.value_date == EXPECTED[difference.reason]
    faulty = {d.account for d in result.differences}
    assert len(faulty) == len(EXPECTED)  # each at a store of its own
    statuses = result.statuses()
    assert len({s.account for s in statuses}) >= 8
    for status in statuses:
        if (status.account, status.period) in {(d.account, d.period) for d in result.differences}:
            assert status.status is Status.DIFFERENCES
        else:
            assert status.status in (Status.MATCHED, Status.PENDING), status
    # The Treasury desk attributes routing by the sweeps' value dates, not block time: each
    # store's months hold exactly what its sweeps of that month routed (not all in one month).
    for store in stores:
        months_routed, swept = routed_by_period[store.account]
        assert months_routed == swept, store.account
    # Each fault is one revenue-control alert on the covenant alerts' path, raised once.
    bus = EventBus()
    heard: list[AlertsRaised] = []
    bus.subscribe(ALERTS_RAISED, lambda _topic, raised: heard.append(raised))
    alerts = RevenueControlAlerts(bus)
    alerts.update(result, stores)
    alerts.update(result, stores)
    raised = [a for r in heard for a in r.alerts]
    assert sorted(a.reason_code for a in raised) == sorted(
        f"bank.alert.{reason.value}" for reason in EXPECTED
    )
    assert all(a.covenant == "revenue_control" and a.severity == "breach" for a in raised)
    # Every business day since the bank went live was swept and routed the same day.
    swept_days = {(g.account, g.value_date) for g in result.groups if g.tx_hash}
    assert len(swept_days) >= 8 * (booked - BANK_START).days
    assert all(g.tx_hash and g.tx_hash.startswith("0x") for g in result.groups if g.sweep)


def _cli(running, data_dir, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PST_DESK_API_TOKEN": running.token, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(MAIN), "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_the_cli_fetches_imports_and_reconciles_a_month(running, tmp_path):
    with BankClient(running.bank_url, running.token) as bank:
        booked = _wait_for_day(bank, SIM_START + dt.timedelta(days=FAULT_DAYS + 2))
        symbol = bank.accounts().items[0].token_symbol
    period = f"{booked:%Y-%m}"
    target = tmp_path / "statement.sta"
    done = _cli(
        running, tmp_path, "bank", "statement", "--store", symbol, "--period", period,
        "--format", "mt940", "-o", str(target), "--bank-url", running.bank_url,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert target.read_text(encoding="utf-8").startswith("{1:F01")
    for expected in ("imported 1 statement(s)", "imported 0 statement(s), 0 new line(s)"):
        done = _cli(
            running, tmp_path, "treasury", "import-statement", str(target),
            "--bank-url", running.bank_url,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert expected in done.stdout
    done = _cli(
        running, tmp_path, "treasury", "--rpc-url", running.rpc_url, "--registry",
        running.registry, "--api-url", running.api_url, "reconcile", "--period", period,
        "--json", "--bank-url", running.bank_url,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    reasons = sorted(d["reason"] for d in report["differences"])
    assert reasons == sorted(r.value for r in EXPECTED)
    assert {s["status"] for s in report["stores"]} <= {"matched", "pending", "differences"}
    assert all(len(s["lines_hash"]) == 66 for s in report["stores"])
    assert sum(s["status"] == "differences" for s in report["stores"]) == len(EXPECTED)
    bad = _cli(running, tmp_path, "treasury", "reconcile", "--period", "2026-13")
    assert bad.returncode == 2 and "YYYY-MM" in bad.stderr
