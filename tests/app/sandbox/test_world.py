"""SandboxWorld: persistence, the simulated clock, peers, promotions, and the chain hook."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from app.backend.models import Category, OfferingStatus
from app.sandbox import peers
from app.sandbox.calendar import SIM_START
from app.sandbox.world import NotFound, SandboxWorld

SEED = 99


@pytest.fixture()
def world(tmp_path):
    found = SandboxWorld(tmp_path, seed=SEED, merchants=120)
    yield found
    found.close()


def test_fifteen_thousand_merchants_start_quickly(tmp_path):
    started = time.perf_counter()
    big = SandboxWorld(tmp_path, seed=SEED, merchants=15_000)
    elapsed = time.perf_counter() - started
    big.close()
    assert elapsed < 10.0, f"start-up took {elapsed:.1f} s"
    started = time.perf_counter()
    again = SandboxWorld(tmp_path, seed=SEED, merchants=15_000)
    assert time.perf_counter() - started < 10.0
    assert len(again.roster.rows) == 15_000
    again.close()


def test_state_survives_a_restart(tmp_path, world):
    name = world.profile("M00010").summary.name
    version = world.data_version
    assert world.advance_day() and world.advance_day()
    offering = world.offerings(OfferingStatus.CLOSED).items[0]
    token, sale = "0x" + "ab" * 20, "0x" + "cd" * 20
    world.set_offering_addresses(offering.id, token, sale)
    assert world.data_version == version + 3
    world.close()

    reopened = SandboxWorld(tmp_path, seed=SEED, merchants=120)
    assert reopened.sim_date == SIM_START + dt.timedelta(days=2)
    assert reopened.data_version == version + 3
    assert reopened.profile("M00010").summary.name == name
    assert reopened.offering(offering.id).token_address == token
    assert reopened.offering(offering.id).sale_address == sale
    reopened.close()

    other_seed = SandboxWorld(tmp_path, seed=SEED + 1, merchants=120)
    assert other_seed.sim_date == SIM_START  # another world: generated afresh
    other_seed.close()
    reset = SandboxWorld(tmp_path, seed=SEED + 1, merchants=120, reset=True)
    assert reset.offering(offering.id).token_address is None
    reset.close()


def test_bad_addresses_change_nothing(world):
    offering = world.offerings().items[0]
    with pytest.raises(ValueError):
        world.set_offering_addresses(offering.id, "0x1234", None)
    assert world.offering(offering.id) == offering
    with pytest.raises(NotFound):
        world.set_offering_addresses("OFF-9999", "0x" + "ab" * 20, None)


def test_a_new_month_brings_a_new_report(world):
    offering = world.offerings(OfferingStatus.CLOSED).items[0]
    before = world.reports(offering.token_symbol).items
    assert before[-1].period == "2026-09"
    while world.sim_date < dt.date(2026, 11, 4):  # October's report publishes on Nov 4
        world.advance_day()
    after = world.reports(offering.token_symbol).items
    assert after[:-1] == before
    assert after[-1].period == "2026-10"


def test_series_grow_by_one_day_per_tick(world):
    _, first = world.series_body("M00001")
    world.advance_day()
    etag, second = world.series_body("M00001")
    assert len(second) > len(first)
    assert world.series_body("M00001") == (etag, second)


def test_peer_statistics(world):
    stats = world.peers(Category.APPAREL)
    assert stats.as_of == SIM_START
    for quantiles in (stats.growth_24m_bp, stats.return_rate_bp, stats.dio_days_x100):
        assert quantiles == sorted(quantiles)
        assert quantiles[0] < quantiles[100]
    # Apparel returns more than electronics: the categories differ.
    electronics = world.peers(Category.CONSUMER_ELECTRONICS)
    assert stats.return_rate_bp[50] > electronics.return_rate_bp[50]
    world.advance_day()
    assert world.peers(Category.APPAREL) == stats  # recomputed at most once per 30 sim days
    assert peers.anchor_date(SIM_START + dt.timedelta(days=29)) == SIM_START
    assert peers.anchor_date(SIM_START + dt.timedelta(days=30)) == SIM_START + dt.timedelta(days=30)


def test_peer_sample_is_bounded_and_stable(tmp_path):
    big = SandboxWorld(tmp_path, seed=SEED, merchants=3000)
    sample = peers.sample_indices(big.roster, Category.HOME_KITCHEN)
    assert len(sample) == peers.SAMPLE_PER_CATEGORY
    assert (sample == peers.sample_indices(big.roster, Category.HOME_KITCHEN)).all()
    big.close()


def test_promotions_and_repayments(world):
    row = world.roster.rows[4]
    promotions = world.promotions(row.id).items
    assert {p.event.value for p in promotions} == {
        "singles_day", "black_friday", "cyber_monday", "christmas", "prime_day", "618",
    }  # fmt: skip
    assert all(p.end <= world.sim_date for p in promotions)
    assert all(p.peer_median_uplift_bp > 0 for p in promotions if p.event.value != "christmas")
    items = world.repayments(row.id).items
    assert [i.installment for i in items] == list(range(1, len(items) + 1))
    future = [i for i in items if i.due_date > world.sim_date]
    assert future and all(i.amount_paid == 0 and i.paid_date is None for i in future)
