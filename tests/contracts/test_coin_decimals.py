"""The magnitude follows the stablecoin's decimals, so the points-per-share bound is in coins, not
base units. The review's case: over an 18-decimal coin a fixed 1e38 let a store with 1,000 PST
distribute only ~425 coins in its life, then every distribution reverted PointsPerShareTooHigh."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from web3.contract import Contract
from web3.contract.contract import ContractConstructor

from app.chain.artifacts import load_artifact
from app.chain.deploy import LocalSender, role
from app.treasury.preview import magnitude_for
from tests.contracts.conftest import PST, Env
from tests.contracts.helpers import assert_reverts

COIN = 10**18  # one whole coin of an 18-decimal stablecoin
MAX_POINTS = 2**125


@dataclass
class Store18:
    admin: LocalSender  # mints and distributes
    coin: Contract
    token: Contract
    holders: list[LocalSender]


def _token_over(env: Env, coin: Contract) -> ContractConstructor:
    factory = env.admin.w3.eth.contract(abi=env.token.abi, bytecode=_bytecode())
    return factory.constructor(
        "Eighteen", "PST18", coin.address, env.compliance.address, env.admin.address
    )


def _bytecode() -> str:
    return load_artifact("ProfitShareToken").bytecode


def _deploy_token_over(env: Env, coin: Contract) -> Contract:
    receipt = env.admin.send(_token_over(env, coin))
    return env.admin.contract("ProfitShareToken", receipt["contractAddress"])


@pytest.fixture
def store18(env: Env) -> Store18:
    """A token over an 18-decimal coin; the admin mints and distributes; 1,000 PST in 3 hands."""
    coin = env.admin.deploy("TestCoin", 18)
    token = _deploy_token_over(env, coin)
    for name in ("MINTER_ROLE", "DISTRIBUTOR_ROLE"):
        env.admin.send(token.functions.grantRole(role(name), env.admin.address))
    holders = env.investors[:3]
    for holder, amount in zip(holders, (500 * PST, 333 * PST + 7, 167 * PST - 7), strict=True):
        env.admin.send(token.functions.mint(holder.address, amount))
    env.admin.send(coin.functions.mint(env.admin.address, 10**40))
    env.admin.send(coin.functions.approve(token.address, 2**256 - 1))
    return Store18(env.admin, coin, token, holders)


@pytest.mark.parametrize(
    ("decimals", "magnitude"), [(0, 10**38), (6, 10**38), (8, 10**36), (18, 10**26)]
)
def test_the_magnitude_is_set_from_the_coins_decimals(
    env: Env, decimals: int, magnitude: int
) -> None:
    token = _deploy_token_over(env, env.admin.deploy("TestCoin", decimals))
    assert token.functions.MAGNITUDE().call() == magnitude == magnitude_for(decimals)
    # Whatever the decimals, one whole coin raises points-per-share by at most 1e44 per unit,
    # and the notes' overflow bound holds.
    assert magnitude * 10**decimals <= 10**44
    assert magnitude * (2**120 - 1) + MAX_POINTS * (2**128 - 1) < 2**254


def test_a_coin_of_more_than_18_decimals_is_refused(env: Env) -> None:
    coin = env.admin.deploy("TestCoin", 19)
    assert_reverts(_token_over(env, coin), env.admin, "StablecoinDecimalsUnsupported")


def test_the_largest_lifetime_at_the_smallest_supply_is_in_whole_coins(env: Env) -> None:
    coin = env.admin.deploy("TestCoin", 18)
    token = _deploy_token_over(env, coin)
    f = token.functions
    for name in ("MINTER_ROLE", "DISTRIBUTOR_ROLE"):
        env.admin.send(f.grantRole(role(name), env.admin.address))
    env.admin.send(f.mint(env.investors[0].address, PST))  # one whole token
    env.admin.send(coin.functions.mint(env.admin.address, 10**40))
    env.admin.send(coin.functions.approve(token.address, 2**256 - 1))
    largest = MAX_POINTS * PST // 10**26  # 4.25e11 whole coins
    assert largest // COIN == 425_352_958_651
    assert_reverts(f.distribute(largest + 1), env.admin, "PointsPerShareTooHigh")
    env.admin.send(f.distribute(largest))
    assert f.claimableOf(env.investors[0].address).call() == largest


def test_ten_years_of_monthly_million_coin_distributions_pay_exactly(store18: Store18) -> None:
    """120 distributions of about a million coins over 1,000 PST, with transfers and claims in
    between: no bound comes near, and every claimable amount is exactly the contract's rule."""
    token, coin, holders = store18.token.functions, store18.coin.functions, store18.holders
    rng = random.Random(7)
    magnitude = token.MAGNITUDE().call()
    assert magnitude == 10**26
    balances = [token.balanceOf(h.address).call() for h in holders]
    corrections = [0, 0, 0]
    points, dust, supply = 0, 0, sum(balances)
    distributed, paid = 0, 0
    for month in range(120):
        amount = 1_000_000 * COIN + rng.randrange(COIN)  # and some odd base units
        store18.admin.send(token.distribute(amount))
        magnified = amount * magnitude + dust
        points, dust = points + magnified // supply, magnified % supply
        distributed += amount
        assert token.magnifiedPointsPerShare().call() == points
        if month % 12 != 11:
            continue
        # Once a year a transfer, then everyone claims.
        sender, receiver, value = month % 3, (month + 1) % 3, 3 * PST + 1
        holders[sender].send(token.transfer(holders[receiver].address, value))
        balances[sender] -= value
        balances[receiver] += value
        corrections[sender] += points * value
        corrections[receiver] -= points * value
        for i, holder in enumerate(holders):
            due = (points * balances[i] + corrections[i]) // magnitude
            assert token.claimableOf(holder.address).call() == due
            before = coin.balanceOf(holder.address).call()
            holder.send(token.claim())
            assert coin.balanceOf(holder.address).call() - before == due
            corrections[i] -= due * magnitude
            paid += due
    assert points < MAX_POINTS // 10**5  # a lifetime uses a tiny part of the bound
    assert token.totalDistributed().call() == distributed
    # Left in the token: under a base unit per holder, and the carried remainder.
    assert 0 <= distributed - paid < len(holders) + 1
    assert coin.balanceOf(store18.token.address).call() == distributed - paid
