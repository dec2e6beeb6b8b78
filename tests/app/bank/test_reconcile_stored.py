"""Reconciling imported statements (reconcile_stored) on anvil, with the settlements from a
loopback server: a routing transaction named by the sweeps of two months backs the first only,
when only the later month is reconciled too (the earlier month's sweep is read from outside the
periods asked for)."""

from __future__ import annotations

import datetime as dt

from app.backend.client import ApiClient
from app.backend.models import Settlement, SettlementList
from app.bank.matching import UNITS_PER_CENT, BankLine, Reason, Status, Tolerances
from app.bank.models import BankAccount, SweepRule
from app.bank.reconciliation import reconcile_stored, routed_transfers
from app.bank.statements import ParsedStatement, StatementFormat
from app.bank.store import StatementStore
from app.chain.client import connect
from app.chain.registry import discover
from app.config.profiles import NetworkProfile
from app.storage import open_database
from tests.app.treasury import conftest as treasury_fixtures
from tests.app.treasury.conftest import MERCHANT, USD
from tests.fixtures.hostile import ok

deployed_treasury = treasury_fixtures.deployed_treasury
tenv = treasury_fixtures.tenv

ACCOUNT = "HK-PSTA-0001"
OCT, NOV = dt.date(2026, 10, 30), dt.date(2026, 11, 2)
CENTS = 1_000 * 100  # what each day credits and sweeps: 1,000.00 USD


def _statement(day: dt.date, tx_hash: str) -> ParsedStatement:
    """A day's statement: the provider's settlement credited, then swept under `tx_hash`."""
    lines = (
        _line(f"{day}-credit", day, CENTS, f"PP-{day:%Y%m%d}"),
        _line(f"{day}-sweep", day, -CENTS, tx_hash),
    )
    return ParsedStatement(
        StatementFormat.CAMT053, ACCOUNT, f"STMT-{day:%Y%m%d}", "USD", day, day, 0, 0, lines,
        f"hash-{day}",
    )  # fmt: skip


def _line(entry: str, day: dt.date, amount: int, reference: str) -> BankLine:
    return BankLine(ACCOUNT, entry, day, amount, reference)


def _settlements(day: dt.date) -> SettlementList:
    item = Settlement(
        id=f"PP-{day:%Y%m%d}", merchant_id=MERCHANT, provider="PayPal", value_date=day,
        amount=CENTS, currency="USD", paid_to=ACCOUNT,
    )  # fmt: skip
    return SettlementList(merchant_id=MERCHANT, period=f"{day:%Y-%m}", items=[item])


def test_a_routing_reused_in_the_next_month_backs_the_first_sweep_only(
    tenv, hostile_api, tmp_path
) -> None:  # noqa: ANN001
    client = connect(NetworkProfile(name="test", rpc_url=tenv.chain.url, chain_id=31337))
    db = open_database(tmp_path / "store.sqlite3")
    api = ApiClient(hostile_api.url, hostile_api.token, retries=0)
    try:
        before = {t.tx_hash for t in routed_transfers(client, db, [tenv.store.router])}
        tenv.route(1_000 * USD)  # one routing on chain, of exactly one day's sweep
        (routing,) = [
            t for t in routed_transfers(client, db, [tenv.store.router]) if t.tx_hash not in before
        ]
        assert routing.total == CENTS * UNITS_PER_CENT
        store = StatementStore(db)
        store.set_accounts([
            BankAccount(
                id=ACCOUNT, merchant_id=MERCHANT, token_symbol="PSTA", currency="USD",
                opened_on=OCT, sweep=SweepRule(
                    schedule="daily", destination_name="On-ramp", destination_account="ONRAMP-1"
                ),
            )
        ])  # fmt: skip
        # October's sweep names the routing; November's names it again (no routing of its own).
        store.import_statements(
            [_statement(OCT, routing.tx_hash), _statement(NOV, routing.tx_hash)]
        )
        route = f"/v1/merchants/{MERCHANT}/settlements?period="
        for day in (OCT, NOV):
            hostile_api.set(route + f"{day:%Y-%m}", ok(_settlements(day)))
        # October's reconciliation reads September's edge too (the settlement lag): none there.
        hostile_api.set(route + "2026-09", ok({"merchant_id": MERCHANT, "period": "2026-09",
                                                "items": []}))  # fmt: skip
        deployment = discover(client, tenv.platform.registry)
        tolerances = Tolerances()
        as_of = NOV + dt.timedelta(days=3)

        both = reconcile_stored(store, api, client, db, deployment, ["2026-10", "2026-11"],
                                as_of=as_of, tolerances=tolerances)  # fmt: skip
        november = reconcile_stored(store, api, client, db, deployment, ["2026-11"],
                                    as_of=as_of, tolerances=tolerances)  # fmt: skip
        october = reconcile_stored(store, api, client, db, deployment, ["2026-10"],
                                   as_of=as_of, tolerances=tolerances)  # fmt: skip
    finally:
        api.close()
        db.close()
        client.close()

    for result in (both, november):  # November alone still knows October's sweep took it
        (difference,) = result.differences
        assert (difference.reason, difference.item) == (Reason.NOT_ROUTED, f"{NOV}-sweep")
        assert difference.value_date == NOV
    statuses = {s.period: s.status for s in both.statuses()}
    assert statuses == {"2026-10": Status.MATCHED, "2026-11": Status.DIFFERENCES}
    (group,) = [g for g in october.groups if g.sweep]
    assert (group.value_date, group.tx_hash) == (OCT, routing.tx_hash)
    assert october.differences == []
