"""`python main.py sandbox` with its chain: the chain holds what the REST data says.

Everything here reads the session's `sandbox_chain` (started once, its sim clock standing still).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from eth_account import Account
from eth_utils import to_checksum_address

from app.backend.models import Offering, OfferingStatus, RevenueReport
from app.chain.errors import RpcError
from app.chain.revert import artifact_decoder, revert_data
from app.sandbox.chain_plan import SANDBOX_MNEMONIC
from app.sandbox.settlements import BANK_PERIOD, BANK_START
from app.treasury.signature_store import decisions_from_json
from app.treasury.typed_approval import recover
from tests.fixtures.sandbox import ChainView, chain_view

PENDING, EXECUTED = 1, 2  # DistributionTreasury.Status


@pytest.fixture(scope="module")
def view(sandbox_chain) -> Iterator[ChainView]:
    with chain_view(sandbox_chain) as opened:
        yield opened


def _offerings(view: ChainView, status: OfferingStatus | None = None) -> list[Offering]:
    return [o for o in view.api.offerings().items if status is None or o.status is status]


def _reports(view: ChainView, offering: Offering) -> dict[int, RevenueReport]:
    items = view.api.reports(offering.token_symbol).items
    return {int(r.period.replace("-", "")): r for r in items}


def test_it_announces_the_chain_the_registry_and_the_demo_accounts(sandbox_chain):
    assert sandbox_chain.rpc_url.startswith("http://127.0.0.1:")
    assert sandbox_chain.chain_id == 31337
    assert sandbox_chain.registry == to_checksum_address(sandbox_chain.registry)
    assert sandbox_chain.mnemonic == SANDBOX_MNEMONIC
    roles = {"platform", "proposer", "approver-1", "approver-2", "investor", "lapsed-investor"}
    assert roles <= set(sandbox_chain.accounts)
    Account.enable_unaudited_hdwallet_features()
    investor = Account.from_mnemonic(SANDBOX_MNEMONIC, account_path="m/44'/60'/0'/0/4")
    assert sandbox_chain.accounts["investor"] == investor.address


def test_every_offering_has_its_token_and_sale_on_chain_and_in_the_registry(view):
    offerings = _offerings(view)
    assert len(offerings) >= 12
    by_token = {s.token: s for s in view.deployment.stores}
    assert len(by_token) == len(offerings)
    for offering in offerings:
        store = by_token[offering.token_address]
        assert store == view.store_of(offering)
        assert store.sale == offering.sale_address
        assert view.client.has_code(store.token) and view.client.has_code(store.sale)
    reads = []
    for offering in offerings:
        store = view.store_of(offering)
        token = view.contract("ProfitShareToken", store.token).functions
        sale = view.contract("OfferingSale", store.sale).functions
        router = view.contract("RevenueRouter", store.router).functions
        reads += [token.symbol(), token.totalSupply(), sale.sold(), sale.cap(), sale.deadline()]
        reads += [sale.price(), router.split()]
    values = iter(view.read(reads))
    for offering in offerings:
        symbol, supply, sold, cap, deadline, price, split = (next(values) for _ in range(7))
        assert symbol == offering.token_symbol
        assert supply == sold == offering.sold
        assert (cap, price) == (offering.supply, offering.price_per_token)
        assert deadline == int(offering.closes_at.timestamp())
        investors, fee = offering.investor_share_bp, offering.platform_fee_bp
        assert tuple(split) == (investors, fee, 10_000 - investors - fee)


def test_offerings_were_sold_to_several_investors_in_different_amounts(sandbox_chain, view):
    investors = ["investor", "investor-2", "investor-3", "lapsed-investor"]
    addresses = [sandbox_chain.accounts[role] for role in investors]
    sold = [o for o in _offerings(view) if o.sold]
    reads = [
        view.contract("ProfitShareToken", o.token_address).functions.balanceOf(a)
        for o in sold
        for a in addresses
    ]
    values = iter(view.read(reads))
    holdings = {o.token_symbol: [next(values) for _ in addresses] for o in sold}
    for offering in sold:
        amounts = holdings[offering.token_symbol]
        assert sum(amounts) == offering.sold
        assert sum(1 for a in amounts if a) >= 3
        assert len(set(amounts)) >= 3, "holdings should differ"
    lapsed_holds = [h[3] for h in holdings.values()]
    assert any(lapsed_holds)


def test_routed_revenue_matches_the_reports_then_the_daily_settlements(view):
    """Months before the bank went live: one routing per report, to the base unit. From then
    on: one routing per business day, together exactly what the providers settled."""
    closed = _offerings(view, OfferingStatus.CLOSED)
    treasury = view.contract("DistributionTreasury", view.deployment.treasury)
    received = view.read([treasury.functions.receivedOf(view.store_of(o).store_id) for o in closed])
    sim_date = view.api.health().sim_date
    for offering, credited in zip(closed, received, strict=True):
        reports = list(_reports(view, offering).values())
        assert reports, f"{offering.token_symbol} has no reports"
        assert all(r.period < BANK_PERIOD for r in reports)
        router = view.contract("RevenueRouter", view.store_of(offering).router)
        routed = router.events.Routed.get_logs(from_block=0)
        monthly, daily = routed[: len(reports)], routed[len(reports) :]
        assert [e["args"]["total"] for e in monthly] == [r.routed_on_chain for r in reports]
        assert sum(e["args"]["toInvestors"] for e in monthly) == sum(
            r.investor_share for r in reports
        )
        settled = view.api.settlements(offering.merchant_id, BANK_PERIOD).items
        days = {s.value_date for s in settled}
        assert len(daily) == len(days) >= (sim_date - BANK_START).days - 3
        assert sum(e["args"]["total"] for e in daily) == sum(s.amount for s in settled) * 10_000
        investors = sum(e["args"]["toInvestors"] for e in routed)
        assert credited == investors


def test_executed_distributions_match_the_reports(view):
    treasury = view.contract("DistributionTreasury", view.deployment.treasury)
    executed = treasury.events.Executed.get_logs(from_block=0)
    by_store: dict[bytes, list] = defaultdict(list)
    for event in executed:
        by_store[bytes(event["args"]["storeId"])].append(event["args"])
    closed = _offerings(view, OfferingStatus.CLOSED)
    total_checked = 0
    for offering in closed:
        store = view.store_of(offering)
        reports = _reports(view, offering)
        paid = by_store[store.store_id]
        # Every month but the latest is paid out; the latest may wait for approval.
        assert {e["period"] for e in paid} >= set(sorted(reports)[:-1])
        for event in paid:
            report = reports[event["period"]]
            assert event["amount"] == report.investor_share
            assert "0x" + bytes(event["reportHash"]).hex() == report.report_hash
        token = view.contract("ProfitShareToken", store.token)
        assert token.functions.totalDistributed().call() == sum(e["amount"] for e in paid)
        total_checked += len(paid)
    assert total_checked >= 50


def test_proposals_wait_for_approval_with_the_report_hashes(sandbox_chain, view):
    treasury = view.contract("DistributionTreasury", view.deployment.treasury).functions
    count = treasury.proposalCount().call()
    ids = list(range(1, count + 1))
    states = view.read([treasury.stateOf(i) for i in ids])
    pending = [
        p
        for p, state in zip(view.read([treasury.proposal(i) for i in ids]), states, strict=True)
        if state == PENDING
    ]
    assert len(pending) >= 2
    # Approvals are signatures beside the chain: one proposal has one so far, signed for it.
    path = Path(sandbox_chain.lines["treasury-signatures"])
    signed = decisions_from_json(path.read_text())
    pending_ids = [i for i, state in zip(ids, states, strict=True) if state == PENDING]
    counts = {pid: sum(d.message.proposal_id == pid for d in signed) for pid in pending_ids}
    assert set(counts.values()) >= {0, 1}
    chain_id = view.client.chain_id
    for decision in signed:
        assert recover(
            decision.message, chain_id, view.deployment.treasury, decision.signature
        ) == (decision.signer)
    by_store = {view.store_of(o).store_id: o for o in _offerings(view)}
    for store_id, _, _, period, _, amount, report_hash in pending:
        report = _reports(view, by_store[bytes(store_id)])[period]
        assert "0x" + bytes(report_hash).hex() == report.report_hash
        assert amount == report.investor_share
        assert treasury.pendingOf(store_id).call() >= amount


def test_the_lapsed_investor_keeps_earning_but_cannot_claim(sandbox_chain, view):
    lapsed = sandbox_chain.accounts["lapsed-investor"]
    compliance = view.contract("ComplianceRegistry", view.deployment.compliance).functions
    latest = view.client.w3.eth.get_block("latest")["timestamp"]
    assert not compliance.isAllowed(lapsed).call()
    assert 0 < compliance.expiryOf(lapsed).call() < latest
    owed = [
        (o, view.contract("ProfitShareToken", o.token_address).functions.claimableOf(lapsed))
        for o in _offerings(view, OfferingStatus.CLOSED)
    ]
    earning = [
        o for (o, f), value in zip(owed, view.read([f for _, f in owed]), strict=True) if value > 0
    ]
    assert earning
    token = view.contract("ProfitShareToken", earning[0].token_address)
    claim = {"to": token.address, "data": token.encode_abi("claim", [])}
    with pytest.raises(RpcError) as refused:
        view.client.rpc("eth_call", [{**claim, "from": lapsed}, "latest"])
    assert "claimer not allowed" in artifact_decoder().describe(revert_data(refused.value) or b"")
    assert compliance.isAllowed(sandbox_chain.accounts["investor"]).call()


def test_each_store_is_owned_by_its_dao_timelock(view):
    for offering in _offerings(view):
        store = view.store_of(offering)
        timelock = view.contract("StoreGovernor", store.governor).functions.timelock().call()
        if offering.status is OfferingStatus.UPCOMING:  # no holders yet to vote the handover
            assert store.pending_owner == timelock
        else:
            assert (store.owner, store.pending_owner) == (timelock, None)


def test_chain_time_is_near_the_sim_date(view):
    sim_date = view.api.health().sim_date
    latest = view.client.w3.eth.get_block("latest")["timestamp"]
    today = dt.datetime.combine(sim_date, dt.time(8), tzinfo=dt.UTC).timestamp()
    assert abs(latest - today) < 3 * 86_400


def test_the_market_is_deployed_allowed_as_a_spender_and_named_by_the_registry(view):
    """Issue 16: the sandbox's PSTMarket pays its fee to the platform's fee account (the one
    every revenue router pays)."""
    market = view.deployment.market
    assert market is not None
    terms = view.contract("PSTMarket", market).functions
    compliance = view.contract("ComplianceRegistry", view.deployment.compliance).functions
    router = view.contract("RevenueRouter", view.deployment.stores[0].router).functions
    fee_to, platform_fee, coin, allowed = view.read(
        [
            terms.feeRecipient(),
            router.feeRecipient(),
            terms.stablecoin(),
            compliance.isAllowed(market),
        ]
    )
    assert fee_to == platform_fee
    assert coin.lower() == view.deployment.stablecoin.lower()
    assert allowed is True


def test_a_safe_is_the_treasurys_third_approver(sandbox_chain, view):
    from app.chain.deploy import role
    from app.treasury.safe import safe_info

    safe = sandbox_chain.lines["treasury-safe"]
    info = safe_info(view.client, safe)
    accounts = sandbox_chain.accounts  # the shown ones: the fee account, the third owner, is not
    assert {accounts["approver-2"], accounts["platform"]} < set(info.owners)
    # Not approver 1: the treasury never counts a Safe beside one of its owners.
    assert accounts["approver-1"] not in info.owners
    assert (len(info.owners), info.threshold, info.version) == (3, 2, "1.4.1")
    treasury = view.contract("DistributionTreasury", view.deployment.treasury).functions
    assert treasury.hasRole(role("APPROVER_ROLE"), safe).call()
