"""Powers over a token on a real chain: role holders rebuilt from the indexed events, each holder
classified, and every way one key could mint, stop claims or move money flagged."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.chain.dao import hand_over_to_dao
from app.chain.deploy import role
from app.chain.indexer import EventIndexer
from app.portfolio.holdings import PortfolioReader
from app.portfolio.powers import PowersReader
from app.portfolio.powers_model import Holder, Kind, Powers
from tests.app.portfolio.conftest import World

MINTER = role("MINTER_ROLE")


def _codes(powers: Powers) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for flag in powers.flags:
        found.setdefault(flag.code, []).append(flag.holder.address if flag.holder else "")
    return found


def test_before_the_handover_the_platform_holds_the_powers_and_the_app_says_so(
    world: World, read_powers
) -> None:
    store = world.stores[0]
    powers = read_powers("PSP0")
    admin = world.admin.address
    assert not powers.handed_over
    assert powers.owner.address == admin and powers.owner.kind is Kind.KEY
    minters = powers.holders("token", "MINTER_ROLE")
    assert [(h.address, h.kind) for h in minters] == [(store.sale, Kind.SALE)]
    distributors = {(h.address, h.kind) for h in powers.holders("token", "DISTRIBUTOR_ROLE")}
    assert distributors == {(world.platform.treasury, Kind.TREASURY), (admin, Kind.KEY)}
    assert [h.address for h in powers.holders("token", "DEFAULT_ADMIN_ROLE")] == [admin]
    # The deploy renounced the timelock's admin: it administers itself; only the governor
    # proposes, and anyone may execute what a vote queued.
    assert [h.kind for h in powers.holders("timelock", "DEFAULT_ADMIN_ROLE")] == [Kind.TIMELOCK]
    assert [h.kind for h in powers.holders("timelock", "PROPOSER_ROLE")] == [Kind.GOVERNOR]
    assert [h.kind for h in powers.holders("timelock", "EXECUTOR_ROLE")] == [Kind.ANYONE]
    assert [h.address for h in powers.compliance_officers] == [admin]

    codes = _codes(powers)
    assert codes == {
        "powers.flag.token_admin": [admin],
        "powers.flag.pause": [admin],
        "powers.flag.store_owner": [admin],
        "powers.flag.treasury_admin": [admin],
    }
    # The token's and the store's powers go to the DAO at the handover; the treasury's do not.
    held = {flag.code for flag in powers.flags if flag.platform_held}
    assert held == set(codes) - {"powers.flag.treasury_admin"}
    reason = powers.flags[0].reason("PSP0")
    assert admin in reason.text("en") and "PSP0" in reason.text("zh_CN")
    assert "普通密钥" in reason.text("zh_CN") and "普通金鑰" in reason.text("zh_TW")


def test_the_store_facts_are_the_chains(world: World, read_powers) -> None:
    powers = read_powers("psp1")  # the symbol in any case
    store = world.stores[1]
    assert powers.token == store.token and powers.timelock.address == store.timelock
    assert powers.timelock_delay == 60
    g = powers.governor
    # The governor fixes a zero voting delay and a threshold of 1% of the supply (at least 1).
    assert (g.voting_delay, g.voting_period, g.proposal_threshold) == (0, 20, 1)
    assert (g.quorum_numerator, g.quorum_denominator, g.quorum) == (4, 100, 0)
    r = powers.router
    assert (r.address, r.investors_bp, r.fee_bp, r.merchant_bp, r.owner) == (
        store.router,
        3_000,
        200,
        6_800,
        None,
    )
    assert powers.paused is False and powers.claims_paused is False and powers.guardian is None
    assert powers.indexed_to is not None and powers.indexed_to >= powers.block_number - 1


def test_a_key_granted_minter_is_flagged_and_its_revoke_clears_it(world: World, read_powers):
    key = world.investors[2].address
    token = world.token(2)
    world.admin.send(token.functions.grantRole(MINTER, key))
    powers = read_powers("PSP2")
    minted = [f for f in powers.flags if f.code == "powers.flag.mint"]
    assert [f.holder.address for f in minted if f.holder] == [key]
    assert minted[0].holder is not None and minted[0].holder.kind is Kind.KEY
    assert not minted[0].platform_held  # an investor's key, not the store's owner
    assert "mint" in minted[0].reason("PSP2").text("en")

    world.admin.send(token.functions.revokeRole(MINTER, key))
    again = read_powers("PSP2")
    assert "powers.flag.mint" not in _codes(again)
    assert [h.kind for h in again.holders("token", "MINTER_ROLE")] == [Kind.SALE]


def test_a_paused_token_is_flagged(world: World, read_powers) -> None:
    world.admin.send(world.token(0).functions.pause())
    powers = read_powers("PSP0")
    assert powers.paused and powers.claims_paused
    assert "powers.flag.paused" in _codes(powers)


def _hand_over(world: World, guardian: str | None = None) -> None:
    voters = world.investors[:2]
    for voter in voters:
        world.buy(voter, 0, 100)
        world.sender(voter).send(world.token(0).functions.delegate(voter.address))
    senders = [world.sender(v) for v in voters]
    hand_over_to_dao(
        world.admin, world.platform.registry, world.stores[0], senders, guardian=guardian
    )


def test_a_handover_offered_is_shown_until_the_dao_accepts_it(world: World, read_powers):
    store, token = world.stores[0], world.token(0)
    zero = "0x" + "00" * 20
    world.admin.send(
        token.functions.proposeHandover(store.timelock, store.sale, world.platform.treasury, zero)
    )
    offered = read_powers("PSP0").pending_handover
    assert offered is not None
    assert (offered.timelock, offered.sale, offered.treasury, offered.guardian) == (
        store.timelock,
        store.sale,
        world.platform.treasury,
        None,
    )
    assert read_powers("PSP1").pending_handover is None


def test_after_the_handover_no_key_holds_a_power_and_nothing_is_flagged(
    world: World, read_powers
) -> None:
    store = world.stores[0]
    _hand_over(world)
    powers = read_powers("PSP0")
    assert powers.handed_over and powers.owner.kind is Kind.TIMELOCK
    kinds = {
        (item.role, holder.address, holder.kind)
        for item in powers.roles
        if item.scope == "token"
        for holder in item.holders
    }
    assert kinds == {
        ("DEFAULT_ADMIN_ROLE", store.timelock, Kind.TIMELOCK),
        ("PAUSER_ROLE", store.timelock, Kind.TIMELOCK),
        ("MINTER_ROLE", store.sale, Kind.SALE),
        ("DISTRIBUTOR_ROLE", world.platform.treasury, Kind.TREASURY),
    }
    # Only the treasury, platform-wide, stays the platform's: its admin key is flagged.
    assert _codes(powers) == {"powers.flag.treasury_admin": [world.admin.address]}
    assert powers.guardian is None and powers.pending_handover is None


def test_a_guardian_key_may_pause_transfers_for_a_bounded_time_and_is_not_flagged(
    world: World, read_powers
) -> None:
    guardian = world.outsider
    _hand_over(world, guardian=guardian.address)
    world.sender(guardian).send(world.token(0).functions.guardianPause())
    powers = read_powers("PSP0")
    assert powers.guardian is not None
    assert powers.guardian.holder.address == guardian.address
    assert powers.guardian.holder.kind is Kind.KEY
    assert powers.guardian.max_pause == 7 * 86_400
    ends = powers.guardian.pause_ends_at
    assert ends is not None and 0 < ends - powers.timestamp <= 7 * 86_400
    assert powers.paused and not powers.claims_paused  # transfers only: claims go on
    assert set(_codes(powers)) == {"powers.flag.treasury_admin"}


def test_a_guardian_contract_is_named_as_the_guardian(world: World, read_powers) -> None:
    contract = world.admin.deploy("SandboxStablecoin", world.admin.address)  # any contract
    _hand_over(world, guardian=contract.address)
    powers = read_powers("PSP0")
    assert powers.guardian is not None and powers.guardian.holder.kind is Kind.GUARDIAN
    assert [h.kind for h in powers.holders("token", "GUARDIAN_ROLE")] == [Kind.GUARDIAN]
    assert powers.guardian.pause_ends_at is None
    assert set(_codes(powers)) == {"powers.flag.treasury_admin"}


def test_a_key_given_the_admin_role_after_the_handover_is_flagged_as_such(
    world: World, read_powers
) -> None:
    _hand_over(world)
    store, token = world.stores[0], world.token(0)
    # Only the timelock can grant now: impersonate it on the dev chain, as a passed vote would.
    key = world.investors[3].address
    world.chain.rpc("anvil_impersonateAccount", [store.timelock])
    world.chain.rpc("anvil_setBalance", [store.timelock, hex(10**18)])
    token.functions.grantRole(role("MINTER_ROLE"), key).transact({"from": store.timelock})
    powers = read_powers("PSP0")
    minted = [f for f in powers.flags if f.code == "powers.flag.mint"]
    assert [(f.holder.address, f.platform_held) for f in minted if f.holder] == [(key, False)]


def test_the_powers_of_many_tokens_cost_the_round_trips_of_one(world: World, client, db, chain):
    powers = PowersReader(PortfolioReader(client, db, registry=world.platform.registry), db)
    indexer = EventIndexer(client, db, confirmations=0)
    powers.watch(indexer)
    indexer.sync()
    one = powers.read_many(["PSP0"])  # warm: discovery and the timelocks are read once
    three = powers.read_many(["PSP0", "PSP1", "PSP2"])
    before = client.round_trips
    powers.read_many(["PSP0"])
    single = client.round_trips - before
    before = client.round_trips
    again = powers.read_many(["PSP0", "PSP1", "PSP2"])
    assert client.round_trips - before == single == 3  # head, facts, holders' code
    assert [p.symbol for p in again] == ["PSP0", "PSP1", "PSP2"]
    assert again[0].flags == one[0].flags == three[0].flags
    assert {p.timelock.address for p in three} == {s.timelock for s in world.stores}


def test_an_unknown_token_is_refused(world: World, read_powers) -> None:
    with pytest.raises(Exception) as caught:
        read_powers("NOPE")
    assert getattr(caught.value, "code", "") == "powers.unknown_token"


def test_no_flags_never_hides_the_compliance_officers_power_to_stop_claims(
    world: World, read_powers
) -> None:
    """The officer (the platform's key here) can revoke every holder's KYC, which stops their
    claims: 'no single key can stop claims' is said only with that exception, in every language."""
    powers = read_powers("PSP1")
    assert [h.kind for h in powers.compliance_officers] == [Kind.KEY]
    said = powers.all_clear()
    assert said.text("en").startswith("Apart from the compliance officer")
    assert "合规专员" in said.text("zh_CN") and "合規專員" in said.text("zh_TW")
    assert "PSP1" in said.text("zh_TW")
    # Officers that are contracts (or none): the plain sentence holds.
    dao = Holder(world.stores[1].timelock, Kind.TIMELOCK)
    plain = replace(powers, compliance_officers=(dao,)).all_clear()
    assert (
        plain.text("en") == "No single key can mint PSP1, stop its claims or move investors' money."
    )
