"""The service end to end on anvil: refresh, charts, notices, CSV and statement data."""

import csv
import datetime as dt
import io

from app.chain.context import ChainContext
from app.chain.deploy import store_id
from app.events import Changes, EventBus
from app.portfolio.ledger import FlowKind
from app.portfolio.notifications import TOPIC, NoticeKind
from app.services.portfolio import PortfolioService
from tests.app.portfolio.conftest import PST, USD


def _day(seconds: int) -> dt.date:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).date()


def test_refresh_view_notices_csv_and_statement(world, chain, client, db):
    alice, bob = world.investors[0], world.investors[1]
    bus, notices, updates = EventBus(), [], []
    bus.subscribe(TOPIC, lambda _t, notice: notices.append(notice))
    bus.subscribe("portfolio.updated", lambda _t, changes: updates.append(changes))
    profile = client.profile.with_endpoints(registry_address=world.platform.registry)
    context = ChainContext(profile, db, client=client, index_confirmations=0)
    service = PortfolioService(context, bus, merchant_ids=lambda: ["M00090", "M00091", "M99999"])
    world.buy(alice, 0, 30)
    world.buy(bob, 0, 10)
    world.buy(alice, 1, 10)
    start_day = _day(chain.timestamp())
    first, changes = service.refresh(alice.address)
    assert changes == Changes(holdings=True) and updates == [changes]
    assert notices == []  # the first snapshot is the baseline
    assert first.merchants == {world.stores[0].token: "M00090", world.stores[1].token: "M00091"}
    assert world.stores[0].store_id == store_id("M00090")
    assert [(s.symbol, s.share_bp) for s in first.allocation] == [("PSP0", 7_500), ("PSP1", 2_500)]

    chain.advance(40 * 86_400)  # next month
    world.distribute(0, 400 * USD)  # alice 300
    world.transfer(alice, bob.address, 0, 10 * PST)  # leaves at average cost: 100 sUSD
    world.set_kyc(alice.address, chain.timestamp() + 10 * 86_400)
    second, _ = service.refresh(alice.address)
    kinds = [n.kind for n in notices]
    assert kinds == [NoticeKind.DISTRIBUTION_CLAIMABLE, NoticeKind.KYC_EXPIRING]
    assert notices[0].amount == 300 * USD and "300.00 sUSD more" in notices[0].message
    assert "expires in 9 days" in notices[1].message or "expires in 10 days" in notices[1].message

    view = second
    assert view.returns.distributions == 300 * USD and view.returns.cost_basis == 300 * USD
    assert view.returns.yield_12m_bp == 10_000  # 300 accrued on 300 at cost
    assert view.returns.irr_accrual_bp is not None and view.returns.irr_accrual_bp > 0
    months = view.monthly_distributions
    assert sum(months.total) == 300 * USD and months.by_token["PSP0"][-1] == 300 * USD
    assert view.cumulative.invested[-1] == 400 * USD and view.cumulative.received[-1] == 100 * USD

    rows = list(csv.DictReader(io.StringIO(service.csv(view))))
    assert [r["kind"] for r in rows] == [
        "purchase",
        "purchase",
        "distribution",
        "transfer_out",
    ]
    assert rows[2]["amount"] == str(300 * USD) and rows[2]["amount_formatted"] == "300.00"
    assert rows[3]["cash_effect"] == str(100 * USD) and rows[3]["valued_by_rule"] == "yes"
    assert all(r["tx_hash"].startswith("0x") for r in rows)

    end_day = _day(chain.timestamp())
    statement = service.statement(alice.address, start_day, end_day)
    assert statement.totals.purchases == 400 * USD
    assert statement.totals.distributions == 300 * USD and statement.totals.claims == 0
    (psp0,) = [h for h in statement.holdings if h.symbol == "PSP0"]
    assert psp0.balance == 20 * PST and psp0.claimable == 300 * USD
    assert [y.year for y in statement.tax_years] == list(range(start_day.year, end_day.year + 1))
    assert sum(y.totals.distributions for y in statement.tax_years) == 300 * USD
    assert all(y.partial for y in statement.tax_years)
    assert statement.money(300 * USD) == "300.00 sUSD"

    # a statement for the first days only: before the distribution
    early = service.statement(alice.address, start_day, start_day)
    assert early.totals.distributions == 0
    assert {h.symbol: h.balance for h in early.holdings} == {"PSP0": 30 * PST, "PSP1": 10 * PST}
    assert [r.entry.kind for r in early.rows] == [FlowKind.PURCHASE, FlowKind.PURCHASE]
    service.close()
