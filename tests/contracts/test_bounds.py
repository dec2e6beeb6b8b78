"""No overflow, ever: points-per-share, the supply and the total distributed are bounded so no
later mint, transfer or claim can overflow (a 1-unit supply once took 1M sUSD and bricked the
token). Tests at the bounds: the largest supply, the largest distribution, the smallest supply
a distribution accepts."""

from __future__ import annotations

import pytest

from tests.contracts.conftest import PST, USD, Env
from tests.contracts.helpers import assert_reverts

MAGNITUDE = 10**38
MAX_SUPPLY = 2**128 - 1
MAX_POINTS = 2**125
MAX_TOTAL = 2**120 - 1
MIN_SUPPLY = PST


@pytest.fixture
def distributor(env: Env) -> Env:
    distributor = env.token.functions.DISTRIBUTOR_ROLE().call()
    env.admin.send(env.token.functions.grantRole(distributor, env.admin.address))
    env.admin.send(env.stablecoin.functions.approve(env.token.address, 2**256 - 1))
    env.admin.send(env.stablecoin.functions.mint(env.admin.address, 2**200))
    return env


def _mint(env: Env, i: int, amount: int) -> None:
    env.admin.send(env.token.functions.mint(env.investors[i].address, amount))


def _claim_all(env: Env, holders: range) -> int:
    paid = 0
    for i in holders:
        due = env.token.functions.claimableOf(env.investors[i].address).call()
        if due:
            before = env.stablecoin.functions.balanceOf(env.investors[i].address).call()
            env.investors[i].send(env.token.functions.claim())
            after = env.stablecoin.functions.balanceOf(env.investors[i].address).call()
            assert after - before == due
            paid += due
    return paid


def test_the_bounds_are_the_documented_ones(env: Env) -> None:
    token = env.token.functions
    assert token.MAX_SUPPLY().call() == MAX_SUPPLY
    assert token.MAX_POINTS_PER_SHARE().call() == MAX_POINTS
    assert token.MAX_TOTAL_DISTRIBUTED().call() == MAX_TOTAL
    assert token.MIN_DISTRIBUTION_SUPPLY().call() == MIN_SUPPLY
    assert token.MAGNITUDE().call() == MAGNITUDE  # over the 6-decimal sandbox coin
    assert token.MAX_STABLECOIN_DECIMALS().call() == 18  # MAGNITUDE is never above 1e38
    # The arithmetic they promise: no product or correction can leave an int256.
    assert MAX_POINTS * MAX_SUPPLY + MAGNITUDE * MAX_TOTAL < 2**254


def test_a_tiny_supply_refuses_a_distribution_instead_of_bricking_the_token(
    distributor: Env,
) -> None:
    env = distributor
    _mint(env, 0, 1)  # the review's case: 1 base unit, then 1M sUSD
    assert_reverts(env.token.functions.distribute(1_000_000 * USD), env.admin, "SupplyTooSmall")
    _mint(env, 1, MIN_SUPPLY - 2)
    assert_reverts(env.token.functions.distribute(USD), env.admin, "SupplyTooSmall")
    _mint(env, 1, 1)  # exactly the smallest supply allowed
    env.admin.send(env.token.functions.distribute(USD))


def test_the_largest_distribution_at_the_smallest_supply_then_the_largest_supply(
    distributor: Env,
) -> None:
    env, token = distributor, distributor.token.functions
    _mint(env, 0, MIN_SUPPLY)
    largest = MAX_POINTS * MIN_SUPPLY // MAGNITUDE
    assert_reverts(token.distribute(largest + 1), env.admin, "PointsPerShareTooHigh")
    env.admin.send(token.distribute(largest))
    assert token.magnifiedPointsPerShare().call() <= MAX_POINTS
    assert_reverts(token.distribute(1), env.admin, "PointsPerShareTooHigh")
    # Points-per-share sits at its bound: the largest mints and moves still cannot overflow.
    _mint(env, 1, MAX_SUPPLY - MIN_SUPPLY)
    assert_reverts(token.mint(env.investors[2].address, 1), env.admin, "ERC20ExceededSafeSupply")
    env.investors[1].send(token.transfer(env.investors[2].address, MAX_SUPPLY - MIN_SUPPLY))
    env.investors[0].send(token.transfer(env.investors[2].address, MIN_SUPPLY // 2))
    env.investors[2].send(token.burn(MAX_SUPPLY // 2))
    _mint(env, 3, MAX_SUPPLY // 2)
    assert token.claimableOf(env.investors[0].address).call() == largest
    assert token.claimableOf(env.investors[2].address).call() == 0
    assert _claim_all(env, range(4)) == largest


def test_the_largest_total_distribution_at_the_largest_supply(distributor: Env) -> None:
    env, token = distributor, distributor.token.functions
    _mint(env, 0, MAX_SUPPLY // 3)
    _mint(env, 1, MAX_SUPPLY - MAX_SUPPLY // 3)
    env.admin.send(token.distribute(MAX_TOTAL - 5))
    assert_reverts(token.distribute(6), env.admin, "DistributedTooMuch")
    env.admin.send(token.distribute(5))
    env.investors[1].send(token.transfer(env.investors[0].address, MAX_SUPPLY // 3))
    paid = _claim_all(env, range(2))
    assert MAX_TOTAL - 4 <= paid <= MAX_TOTAL  # floors: under a unit per holder and distribution
    assert env.stablecoin.functions.balanceOf(env.token.address).call() == MAX_TOTAL - paid
