"""The DAO really owns the store: one handover flow moves every power over the token to the
store's timelock (admin, pause), the sale (mint) and the treasury (distribute); the deployer keeps
nothing, an optional guardian may only pause transfers, for at most 7 days, and never claims.
What the holders vote for is what takes effect: the platform cannot swap the terms after the
vote."""

from __future__ import annotations

import pytest
from eth_utils import keccak

from app.chain.dao import VOTE_FOR, hand_over_to_dao, plan_handover, run_proposal, token_powers
from app.chain.deploy import ZERO_ADDRESS, LocalSender, role
from tests.contracts.conftest import PST, USD, Env
from tests.contracts.helpers import assert_reverts

WEEK = 7 * 86_400


def _voters(env: Env) -> list[LocalSender]:
    voters = env.investors[:3]
    for voter, amount in zip(voters, (40, 30, 30), strict=True):
        env.admin.send(env.token.functions.mint(voter.address, amount * PST))
        voter.send(env.token.functions.delegate(voter.address))
    return voters


def _guardian(env: Env) -> LocalSender:
    return LocalSender(env.chain.w3, env.chain.accounts[17])


def _with_profit(env: Env) -> None:
    """100 sUSD distributed to the voters while the platform still may (before the handover),
    and the platform holding every other power too, which the handover must strip."""
    for name in ("DISTRIBUTOR_ROLE", "PAUSER_ROLE", "GUARDIAN_ROLE"):
        env.admin.send(env.token.functions.grantRole(role(name), env.admin.address))
    env.admin.send(env.stablecoin.functions.approve(env.token.address, 100 * USD))
    env.admin.send(env.token.functions.distribute(100 * USD))


@pytest.fixture
def handed_over(env: Env) -> Env:
    voters = _voters(env)
    _with_profit(env)
    hand_over_to_dao(
        env.admin, env.registry.address, env.store, voters[:2], guardian=_guardian(env).address
    )
    return env


def test_before_the_handover_the_platform_holds_what_it_needs(env: Env) -> None:
    powers = token_powers(env.token)
    assert powers["DEFAULT_ADMIN_ROLE"] == [env.admin.address]
    assert env.store.sale in powers["MINTER_ROLE"]
    assert powers["DISTRIBUTOR_ROLE"] == [env.platform.treasury]


def test_after_the_handover_every_power_is_a_contract_of_the_store(handed_over: Env) -> None:
    env = handed_over
    assert token_powers(env.token) == {
        "DEFAULT_ADMIN_ROLE": [env.store.timelock],
        "PAUSER_ROLE": [env.store.timelock],
        "MINTER_ROLE": [env.store.sale],  # the admin's own MINTER_ROLE is gone too
        "DISTRIBUTOR_ROLE": [env.platform.treasury],
        "GUARDIAN_ROLE": [_guardian(env).address],
    }
    assert env.registry.functions.ownerOf(env.store.store_id).call() == env.store.timelock


def test_after_the_handover_the_deployer_cannot_mint_pause_or_grant_itself_a_power(
    handed_over: Env,
) -> None:
    env, token, me = handed_over, handed_over.token.functions, handed_over.admin
    denied = "AccessControlUnauthorizedAccount"
    for name in ("MINTER_ROLE", "DEFAULT_ADMIN_ROLE", "PAUSER_ROLE", "DISTRIBUTOR_ROLE"):
        assert_reverts(token.grantRole(role(name), me.address), me, denied)
    assert_reverts(token.mint(me.address, PST), me, denied)
    assert_reverts(token.pause(), me, denied)
    assert_reverts(token.distribute(USD), me, denied)
    assert_reverts(
        token.proposeHandover(me.address, me.address, me.address, me.address), me, denied
    )
    # The guardian key holds no more than its brake either.
    guardian = _guardian(env)
    assert_reverts(token.pause(), guardian, denied)
    assert_reverts(token.grantRole(role("MINTER_ROLE"), guardian.address), guardian, denied)
    # The sale still mints, bounded by its own cap and deadline.
    buyer = env.investors[3]
    buyer.send(env.stablecoin.functions.approve(env.sale.address, 10 * USD))
    buyer.send(env.sale.functions.buy(PST))
    assert token.balanceOf(buyer.address).call() == PST


def test_the_guardian_pauses_transfers_not_claims_and_the_pause_ends_by_itself(
    handed_over: Env,
) -> None:
    env, token = handed_over, handed_over.token.functions
    alice, bob, guardian = env.investors[0], env.investors[1], _guardian(env)
    guardian.send(token.guardianPause())
    until = token.transfersPausedUntil().call()
    assert until <= env.chain.timestamp() + WEEK
    assert token.paused().call() and not token.claimsPaused().call()
    assert_reverts(token.transfer(bob.address, PST), alice, "TransfersPaused")
    assert token.transferCheck(alice.address, bob.address, PST).call()[1] == 2  # PAUSED
    alice.send(token.claim())  # claims go on
    assert token.claimableOf(alice.address).call() == 0
    env.chain.advance(WEEK)
    alice.send(token.transfer(bob.address, PST))  # ended by itself
    # No back-to-back pauses: the guardian waits a week after the last one ended.
    assert_reverts(token.guardianPause(), guardian, "GuardianCoolingDown")
    env.chain.advance(WEEK)
    guardian.send(token.guardianPause())


def test_only_a_dao_vote_pauses_claims_and_it_can_end_a_guardian_pause(handed_over: Env) -> None:
    env, token = handed_over, handed_over.token.functions
    alice, bob = env.investors[0], env.investors[1]
    _guardian(env).send(token.guardianPause())
    voters = env.investors[:2]
    pause = env.token.encode_abi("pause", [])
    run_proposal(env.store, voters[0], voters, [(env.token.address, pause)], "Pause PSTA")
    assert token.claimsPaused().call()
    assert_reverts(token.claim(), alice, "EnforcedPause")
    assert_reverts(token.claimFor(alice.address), bob, "EnforcedPause")
    unpause = env.token.encode_abi("unpause", [])
    run_proposal(env.store, voters[0], voters, [(env.token.address, unpause)], "Unpause PSTA")
    assert not token.paused().call()
    alice.send(token.transfer(bob.address, PST))
    alice.send(token.claim())


def test_the_handover_is_offered_by_the_admin_and_taken_only_by_that_timelock(env: Env) -> None:
    token, me = env.token.functions, env.admin
    handover = plan_handover(me, env.registry.address, env.store)
    for offer in handover.offers:
        me.send(offer)
    pending = token.pendingHandover().call()
    assert tuple(pending) == (
        env.store.timelock,
        env.store.sale,
        env.platform.treasury,
        ZERO_ADDRESS,
    )
    terms = (env.store.sale, env.platform.treasury, ZERO_ADDRESS)
    for caller in (me, env.investors[0]):
        assert_reverts(token.acceptHandover(*terms), caller, "NotPendingTimelock")
    # The timelock takes exactly the pending terms, each of them.
    other = env.store.router
    for changed in ((other, *terms[1:]), (terms[0], other, terms[2]), (*terms[:2], other)):
        assert_reverts(token.acceptHandover(*changed), env.store.timelock, "HandoverTermsChanged")
    assert_reverts(token.acceptHandover(*terms), env.store.timelock, "")
    # Only contracts take the powers, and the minter must be a sale of this very token.
    outsider = env.outsider.address
    assert_reverts(
        token.proposeHandover(outsider, env.store.sale, env.platform.treasury, ZERO_ADDRESS),
        me,
        "NotAContract",
    )
    assert_reverts(
        token.proposeHandover(env.store.timelock, env.store.sale, outsider, ZERO_ADDRESS),
        me,
        "NotAContract",
    )
    assert_reverts(
        token.proposeHandover(env.store.timelock, outsider, env.platform.treasury, ZERO_ADDRESS),
        me,
        "NotAContract",
    )
    # A zero timelock cancels the offer.
    me.send(token.proposeHandover(ZERO_ADDRESS, ZERO_ADDRESS, ZERO_ADDRESS, ZERO_ADDRESS))
    assert token.pendingHandover().call()[0] == ZERO_ADDRESS
    assert token_powers(env.token)["DEFAULT_ADMIN_ROLE"] == [me.address]


def test_the_minter_must_be_a_sale_of_this_token(env: Env) -> None:
    token, me = env.token.functions, env.admin
    other = me.deploy(
        "OfferingSale",
        env.platform.registry,  # a sale that would mint some other token
        env.platform.stablecoin,
        env.platform.compliance,
        env.merchant.address,
        10 * USD,
        6,
        PST,
        env.chain.timestamp() + 1_000,
    )
    for sale in (other.address, env.store.router):  # another token's sale; not a sale at all
        assert_reverts(
            token.proposeHandover(env.store.timelock, sale, env.platform.treasury, ZERO_ADDRESS),
            me,
            "SaleOfAnotherToken",
        )


def test_terms_rewritten_after_the_vote_make_the_acceptance_revert_and_nothing_moves(
    env: Env,
) -> None:
    """The review's attack: the vote is queued, then the platform (still the admin) offers its own
    sale with a huge cap and itself as guardian. Executing the vote must take neither."""
    voters, me = _voters(env), env.admin
    governor, token = env.governor.functions, env.token.functions
    handover = plan_handover(me, env.registry.address, env.store)
    for offer in handover.offers:
        me.send(offer)
    targets = [target for target, _ in handover.accepts]
    datas = [data for _, data in handover.accepts]
    values, digest = [0] * len(targets), keccak(text=handover.description)
    voters[0].send(governor.propose(targets, values, datas, handover.description))
    proposal = governor.hashProposal(targets, values, datas, digest).call()
    env.chain.mine_blocks(governor.votingDelay().call() + 1)
    for voter in voters:
        voter.send(governor.castVote(proposal, VOTE_FOR))
    env.chain.mine_blocks(governor.votingPeriod().call() + 1)
    voters[0].send(governor.queue(targets, values, datas, digest))
    offered = token.pendingHandover().call()

    own_sale = me.deploy(
        "OfferingSale",
        env.store.token,
        env.platform.stablecoin,
        env.platform.compliance,
        me.address,
        1,
        6,
        2**127,
        env.chain.timestamp() + 10**7,
    )
    me.send(token.proposeHandover(env.store.timelock, own_sale.address, *offered[2:3], me.address))
    env.chain.advance(env.timelock.functions.getMinDelay().call() + 1)
    execute = governor.execute(targets, values, datas, digest)
    assert_reverts(execute, voters[0], "HandoverTermsChanged")  # bubbled up by the timelock
    assert governor.state(proposal).call() == 5  # still Queued
    assert token_powers(env.token)["DEFAULT_ADMIN_ROLE"] == [me.address]
    assert token_powers(env.token)["GUARDIAN_ROLE"] == []
    assert own_sale.address not in token_powers(env.token)["MINTER_ROLE"]
    assert env.registry.functions.ownerOf(env.store.store_id).call() == me.address

    # Offered again on the voted terms, the same queued vote takes the token.
    me.send(token.proposeHandover(*offered))
    voters[0].send(execute)
    assert token_powers(env.token) == {
        "DEFAULT_ADMIN_ROLE": [env.store.timelock],
        "PAUSER_ROLE": [env.store.timelock],
        "MINTER_ROLE": [env.store.sale],
        "DISTRIBUTOR_ROLE": [env.platform.treasury],
        "GUARDIAN_ROLE": [],
    }
    assert env.registry.functions.ownerOf(env.store.store_id).call() == env.store.timelock
