"""ProfitShareToken's accumulator: exact pro-rata entitlement, escrow while KYC is lapsed, and
never paying out more than it received."""

from __future__ import annotations

from tests.contracts.conftest import PST, USD, Env
from tests.contracts.helpers import assert_reverts, events


def _setup(env: Env, balances: list[int]) -> None:
    distributor = env.token.functions.DISTRIBUTOR_ROLE().call()
    env.admin.send(env.token.functions.grantRole(distributor, env.admin.address))
    env.admin.send(env.stablecoin.functions.approve(env.token.address, 2**256 - 1))
    for investor, balance in zip(env.investors, balances, strict=False):
        if balance:
            env.admin.send(env.token.functions.mint(investor.address, balance))


def _distribute(env: Env, amount: int) -> None:
    env.admin.send(env.token.functions.distribute(amount))


def _claimable(env: Env, i: int) -> int:
    return env.token.functions.claimableOf(env.investors[i].address).call()


def _coin(env: Env, address: str) -> int:
    return env.stablecoin.functions.balanceOf(address).call()


def test_distribution_is_pro_rata_and_claim_pays_exactly_the_claimable(env: Env) -> None:
    _setup(env, [1 * PST, 3 * PST])
    _distribute(env, 1_000 * USD)
    assert [_claimable(env, 0), _claimable(env, 1)] == [250 * USD, 750 * USD]
    before = _coin(env, env.investors[1].address)
    receipt = env.investors[1].send(env.token.functions.claim())
    assert _coin(env, env.investors[1].address) - before == 750 * USD
    assert events(env.token, "ProfitClaimed", receipt) == [
        {"holder": env.investors[1].address, "amount": 750 * USD}
    ]
    assert _claimable(env, 1) == 0
    assert_reverts(env.token.functions.claim(), env.investors[1], "NothingToClaim")


def test_only_the_distributor_role_distributes_and_only_to_existing_holders(env: Env) -> None:
    _setup(env, [])
    assert_reverts(env.token.functions.distribute(USD), env.admin, "NoHolders")
    env.admin.send(env.token.functions.mint(env.investors[0].address, PST))
    assert_reverts(env.token.functions.distribute(0), env.admin, "ZeroAmount")
    env.outsider.send(env.stablecoin.functions.approve(env.token.address, USD))
    assert_reverts(
        env.token.functions.distribute(USD), env.outsider, "AccessControlUnauthorizedAccount"
    )


def test_transfers_carry_entitlement_correctly(env: Env) -> None:
    _setup(env, [2 * PST, 2 * PST])
    _distribute(env, 100 * USD)  # 50 / 50
    env.investors[0].send(env.token.functions.transfer(env.investors[1].address, 2 * PST))
    _distribute(env, 100 * USD)  # 0 / 100: the past stays with whoever held the tokens then
    assert [_claimable(env, 0), _claimable(env, 1)] == [50 * USD, 150 * USD]


def test_later_holders_get_nothing_from_earlier_distributions_and_burners_keep_theirs(
    env: Env,
) -> None:
    _setup(env, [PST])
    _distribute(env, 10 * USD)
    env.admin.send(env.token.functions.mint(env.investors[1].address, PST))
    assert _claimable(env, 1) == 0
    env.investors[0].send(env.token.functions.burn(PST))
    assert _claimable(env, 0) == 10 * USD
    _distribute(env, 10 * USD)
    assert [_claimable(env, 0), _claimable(env, 1)] == [10 * USD, 10 * USD]


def test_lapsed_kyc_keeps_accruing_cannot_claim_and_the_money_stays_escrowed(env: Env) -> None:
    _setup(env, [PST, PST])
    alice = env.investors[0]
    env.kyc.send(env.compliance.functions.setKyc(alice.address, env.chain.timestamp() + 10))
    _distribute(env, 20 * USD)
    env.chain.advance(11)
    _distribute(env, 20 * USD)  # still accrues while lapsed
    assert _claimable(env, 0) == 20 * USD
    assert_reverts(env.token.functions.claim(), alice, "ClaimerNotAllowed")
    assert _coin(env, env.token.address) == 40 * USD
    env.kyc.send(env.compliance.functions.setKyc(alice.address, env.chain.timestamp() + 1_000))
    alice.send(env.token.functions.claim())
    assert _claimable(env, 0) == 0
    assert _coin(env, env.token.address) == 20 * USD  # bob's share, untouched


def test_dust_stays_in_the_token_and_is_carried_not_lost_or_overpaid(env: Env) -> None:
    _setup(env, [PST, PST, PST])
    _distribute(env, 100)  # 100 base units over 3 equal holders: 33 each, 1 unit of dust
    assert [_claimable(env, i) for i in range(3)] == [33, 33, 33]
    assert env.token.functions.magnifiedDust().call() > 0
    _distribute(env, 2)  # with the carried dust, 102 over 3: 34 each exactly
    assert [_claimable(env, i) for i in range(3)] == [34, 34, 34]
    assert env.token.functions.magnifiedDust().call() == 0
    _distribute(env, 1)  # a third of a unit each: floored, the unit stays in the token
    assert [_claimable(env, i) for i in range(3)] == [34, 34, 34]
    for i in range(3):
        env.investors[i].send(env.token.functions.claim())
    assert env.token.functions.totalDistributed().call() == 103
    assert _coin(env, env.token.address) == 1


def test_total_paid_never_exceeds_total_received_with_uneven_balances(env: Env) -> None:
    # Uneven balances whose sum (9e18 + 90) is above the minimum supply a distribution needs.
    balances = [b * 10**17 + b for b in (7, 11, 13, 17, 19, 23)]
    _setup(env, balances)
    for amount in (1, 5, 97, 1_000_003):
        _distribute(env, amount)
    received = env.token.functions.totalDistributed().call()
    owed = sum(_claimable(env, i) for i in range(len(balances)))
    assert received - len(balances) <= owed <= received
    for i in range(len(balances)):
        env.investors[i].send(env.token.functions.claim())
    assert _coin(env, env.token.address) == received - owed
