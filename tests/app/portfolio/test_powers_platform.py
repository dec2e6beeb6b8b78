"""Powers the platform keeps over a store's money after the handover (review F6): the treasury
that holds the store's undistributed profit share (its admin, proposers, approvers, threshold and
this store's cap), the registry's admin and registrars, the sale's terms; flags when one plain key
can stop the store's payouts, when they are stopped, and when a handover offer names a sale that
is not the store's or a plain key as guardian."""

from __future__ import annotations

from app.chain.deploy import role
from app.errors import Phrase
from app.portfolio.powers import by_code
from app.portfolio.powers_model import Holder, Kind, Powers
from tests.app.portfolio.conftest import PRICE, World

ADMIN = role("DEFAULT_ADMIN_ROLE")
ZERO = "0x" + "00" * 20


def _holders(powers: Powers, scope: str, role_name: str) -> list[tuple[str, Kind]]:
    return [(h.address, h.kind) for h in powers.holders(scope, role_name)]


def test_the_treasury_registry_and_sale_are_named_with_who_holds_their_roles(
    world: World, read_powers, anvil
) -> None:
    powers = read_powers("PSP1")
    admin, store = world.admin.address, world.stores[1]
    treasury = powers.treasury
    assert treasury is not None and treasury.address == world.platform.treasury
    assert treasury.threshold == 2 and treasury.cap_per_period > 0 and treasury.pending == 0
    assert _holders(powers, "treasury", "DEFAULT_ADMIN_ROLE") == [(admin, Kind.KEY)]
    assert _holders(powers, "treasury", "PROPOSER_ROLE") == [(anvil.accounts[7].address, Kind.KEY)]
    assert [a for a, _ in _holders(powers, "treasury", "APPROVER_ROLE")] == [
        anvil.accounts[n].address for n in (8, 17, 18)
    ]
    assert powers.registry == world.platform.registry
    assert _holders(powers, "registry", "DEFAULT_ADMIN_ROLE") == [(admin, Kind.KEY)]
    assert _holders(powers, "registry", "REGISTRAR_ROLE") == [(admin, Kind.KEY)]
    sale = powers.sale
    assert sale is not None and sale.address == store.sale
    on_chain = world.contract("OfferingSale", store.sale).functions
    assert (sale.price, sale.cap, sale.deadline) == (
        PRICE,
        on_chain.cap().call(),
        on_chain.deadline().call(),
    )
    assert sale.proceeds_recipient.address == anvil.accounts[15].address  # the merchant
    assert sale.proceeds_recipient.kind is Kind.KEY
    assert (sale.coin_symbol, sale.coin_decimals) == ("sUSD", 6)
    # The admin key could stop this store's payouts alone: flagged, with what it can do.
    (flag,) = [f for f in powers.flags if f.code == "powers.flag.treasury_admin"]
    assert flag.scope == "treasury" and not flag.platform_held
    assert "stop this store's payouts" in flag.reason("PSP1").text("en")
    assert "停止该店铺的派付" in flag.reason("PSP1").text("zh_CN")
    assert "停止該店鋪的派付" in flag.reason("PSP1").text("zh_TW")


def test_the_compliance_officer_is_said_to_stop_transfers_claims_and_votes() -> None:
    said = Phrase("powers.explain.compliance")
    assert "revoke a holder's KYC, which stops their transfers and claims" in said.text("en")
    assert "for later proposals, their votes" in said.text("en")
    assert "投票" in said.text("zh_CN") and "投票" in said.text("zh_TW")


def test_a_store_whose_payouts_the_admin_stopped_is_flagged(world: World, read_powers) -> None:
    """Review F6: the platform key set this store's cap to 0 after the handover."""
    treasury = world.contract("DistributionTreasury", world.platform.treasury).functions
    world.admin.send(treasury.setPolicy(world.stores[2].store_id, 0, 0, 0, 0))
    powers = read_powers("PSP2")
    assert powers.treasury is not None and powers.treasury.cap_per_period == 0
    (stopped,) = [f for f in powers.flags if f.code == "powers.flag.payouts_off"]
    assert "cannot be paid out now" in stopped.reason("PSP2").text("en")
    assert "caps this store's payouts at 0" in stopped.reason("PSP2").text("en")
    assert "上限设为 0" in stopped.reason("PSP2").text("zh_CN")
    assert "powers.flag.payouts_off" not in {f.code for f in read_powers("PSP1").flags}


def test_too_few_approvers_stop_the_payouts_and_say_so(world: World, read_powers, anvil) -> None:
    treasury = world.contract("DistributionTreasury", world.platform.treasury).functions
    for n in (17, 18):
        world.admin.send(treasury.revokeRole(role("APPROVER_ROLE"), anvil.accounts[n].address))
    (stopped,) = [f for f in read_powers("PSP1").flags if f.code == "powers.flag.payouts_off"]
    assert "needs 2 approvals and the treasury has 1 approver" in stopped.reason("PSP1").text("en")


def test_a_treasury_administered_by_a_contract_is_not_flagged(world: World, read_powers) -> None:
    safe = world.admin.deploy("TestSignerWallet", world.admin.address)  # a Safe stand-in
    treasury = world.contract("DistributionTreasury", world.platform.treasury).functions
    world.admin.send(treasury.grantRole(ADMIN, safe.address))
    world.admin.send(treasury.renounceRole(ADMIN, world.admin.address))
    powers = read_powers("PSP0")
    assert _holders(powers, "treasury", "DEFAULT_ADMIN_ROLE") == [(safe.address, Kind.CONTRACT)]
    assert "powers.flag.treasury_admin" not in {f.code for f in powers.flags}


def test_a_handover_offering_another_sale_and_a_key_as_guardian_is_flagged(
    world: World, read_powers
) -> None:
    """Review A1: the platform rewrote the offer while the DAO's vote waited in the timelock."""
    store, token = world.stores[0], world.token(0)
    # A sale of this token, but not the store's: a price of 1 base unit, proceeds to the platform.
    deadline = world.chain.timestamp() + 86_400
    other_sale = world.admin.deploy(
        "OfferingSale", store.token, world.platform.stablecoin, world.platform.compliance,
        world.admin.address, 1, 6, 2**127, deadline,
    ).address  # fmt: skip
    key = world.outsider.address
    terms = (store.timelock, other_sale, world.platform.treasury, key)
    world.admin.send(token.functions.proposeHandover(*terms))
    powers = read_powers("PSP0")
    offer = powers.pending_handover
    assert offer is not None and offer.guardian_kind is Kind.KEY
    flags = {f.code: f for f in powers.flags}
    sale_flag = flags["powers.flag.handover_sale"].reason("PSP0")
    assert other_sale in sale_flag.text("en") and store.sale in sale_flag.text("en")
    assert "认购合约" in sale_flag.text("zh_CN")
    guardian = flags["powers.flag.handover_guardian_key"].reason("PSP0").text("en")
    assert key in guardian and "plain key" in guardian
    assert "powers.flag.handover_treasury" not in flags

    # The honest offer: the store's own sale, no guardian.
    world.admin.send(token.functions.proposeHandover(store.timelock, store.sale, terms[2], ZERO))
    codes = {f.code for f in read_powers("PSP0").flags}
    assert not {c for c in codes if c.startswith("powers.flag.handover")}


def test_a_lookalike_of_a_registered_contract_is_shown_and_flagged_as_unverified(
    world: World, read_powers
) -> None:
    """The registry names the timelock; a contract that answers every view the same way with
    other code (here the build's own code with another metadata hash, which never runs) is not
    the app's build, and is labelled and flagged as unverified, in three languages."""
    timelock = world.stores[2].timelock
    original = world.chain.rpc("eth_getCode", [timelock, "latest"])
    assert read_powers("PSP2").timelock.kind is Kind.TIMELOCK
    at = len(original) - 40  # inside the metadata hash, the 32 bytes before "solc"
    lookalike = original[:at] + ("0" if original[at] != "0" else "1") + original[at + 1 :]
    world.chain.rpc("anvil_setCode", [timelock, lookalike])
    try:
        powers = read_powers("PSP2")
    finally:
        world.chain.rpc("anvil_setCode", [timelock, original])
    assert powers.timelock.kind is Kind.UNVERIFIED
    assert powers.unverified == ((Holder(timelock, Kind.UNVERIFIED), Kind.TIMELOCK),)
    assert {h.kind for h in powers.holders("timelock", "DEFAULT_ADMIN_ROLE")} == {Kind.UNVERIFIED}
    flags = [f for f in powers.flags if f.code == "powers.flag.unverified"]
    assert [f.holder.address for f in flags if f.holder] == [timelock]
    reason = flags[0].reason("PSP2")
    assert "unverified contract" in reason.text("en") and "timelock" in reason.text("en")
    assert "未经验证" in reason.text("zh_CN") and "時間鎖" in reason.text("zh_TW")
    # The store's other contracts are the app's builds: nothing else is unverified.
    assert read_powers("PSP2").unverified == ()
    # An address with no code named as a contract is what it is: one key.
    assert by_code(Kind.ROUTER, "0x") is Kind.KEY
    assert by_code(Kind.TIMELOCK, lookalike) is Kind.UNVERIFIED
    assert by_code(Kind.TIMELOCK, original) is Kind.TIMELOCK
