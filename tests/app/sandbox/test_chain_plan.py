"""The seeding plan, worked out from the REST world without a chain."""

from __future__ import annotations

import pytest

from app.backend.models import OfferingStatus
from app.sandbox.chain_plan import INVESTORS, Outcome, build_plan, derive_address
from app.sandbox.world import SandboxWorld


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    opened = SandboxWorld(tmp_path_factory.mktemp("plan"), merchants=60)
    yield opened
    opened.close()


def test_the_plan_is_deterministic(world):
    assert build_plan(world) == build_plan(world)


def test_each_offering_is_sold_exactly_to_allowed_investors(world):
    plan = build_plan(world)
    assert len(plan.stores) >= 12
    for store in plan.stores:
        assert store.sold == store.offering.sold
        assert {role for role, _ in store.buys} <= set(INVESTORS)
        if store.offering.sold:
            assert store.buy_at < store.spec.sale_deadline
        if "lapsed-investor" in {role for role, _ in store.buys}:
            assert store.buy_at < plan.lapsed_expiry  # nobody buys with lapsed KYC
    assert plan.lapsed_expiry < plan.final < plan.kyc_expiry


def test_history_has_paid_months_pending_proposals_and_one_awaiting(world):
    plan = build_plan(world)
    outcomes = [p.outcome for s in plan.stores for p in s.periods]
    pending = [p for s in plan.stores for p in s.periods if p.outcome == Outcome.PENDING]
    assert outcomes.count(Outcome.EXECUTED) >= 50
    assert len(pending) >= 2 and {p.approvals for p in pending} >= {0, 1}
    assert Outcome.AWAITING in outcomes
    for store in plan.stores:
        if store.offering.status is not OfferingStatus.CLOSED:
            assert store.periods == ()
        for period in store.periods[:-1]:  # only the latest month can still wait
            assert period.outcome == Outcome.EXECUTED
            assert period.routed_at < plan.final


def test_split_and_accounts_come_from_the_offering_and_the_mnemonic(world):
    plan = build_plan(world)
    # anvil's first default account: the public test mnemonic's index 0.
    assert plan.accounts["platform"].address == "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    merchants = {s.spec.merchant for s in plan.stores}
    assert len(merchants) == len(plan.stores)
    assert derive_address(101) in merchants
    for store in plan.stores:
        assert store.spec.investors_bp == store.offering.investor_share_bp
        assert store.spec.fee_bp == store.offering.platform_fee_bp
        assert store.spec.key == store.offering.merchant_id
