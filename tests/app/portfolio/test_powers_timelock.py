"""Powers over the store DAO's timelock that let one key veto what the holders voted (a plain key
as canceller, executors restricted to keys), and a handover offered to a timelock other than the
store DAO's: each is flagged, in three languages."""

from __future__ import annotations

from app.chain.deploy import role
from app.portfolio.powers_model import Kind, Powers
from tests.app.portfolio.conftest import World

ZERO = "0x" + "00" * 20
CANCELLER, EXECUTOR = role("CANCELLER_ROLE"), role("EXECUTOR_ROLE")


def _as_timelock(world: World, timelock: str, *calls: tuple[str, bytes, str]) -> None:
    """The timelock administers itself: its role changes are simulated as its own calls."""
    contract = world.contract("StoreTimelock", timelock)
    world.chain.rpc("anvil_impersonateAccount", [timelock])
    world.chain.rpc("anvil_setBalance", [timelock, hex(10**18)])
    try:
        for fn, role_id, account in calls:
            data = contract.encode_abi(fn, [role_id, account])
            tx = world.chain.w3.eth.send_transaction(
                {"from": timelock, "to": timelock, "data": data}
            )
            assert world.chain.w3.eth.wait_for_transaction_receipt(tx)["status"] == 1
    finally:
        world.chain.rpc("anvil_stopImpersonatingAccount", [timelock])


def _flags(powers: Powers, code: str) -> list[str]:
    return [f.holder.address for f in powers.flags if f.code == code and f.holder]


def test_a_key_that_cancels_or_alone_executes_the_daos_decisions_is_flagged(
    world: World, read_powers
) -> None:
    timelock, key = world.stores[2].timelock, world.outsider.address
    before = read_powers("PSP2")
    assert not _flags(before, "powers.flag.timelock_canceller")
    assert not _flags(before, "powers.flag.timelock_executor")  # anyone may execute

    _as_timelock(world, timelock, ("grantRole", CANCELLER, key), ("grantRole", EXECUTOR, key))
    try:
        # A key beside "anyone" as executor withholds nothing; as canceller it vetoes.
        powers = read_powers("PSP2")
        assert _flags(powers, "powers.flag.timelock_canceller") == [key]
        assert not _flags(powers, "powers.flag.timelock_executor")
        _as_timelock(world, timelock, ("revokeRole", EXECUTOR, ZERO))
        try:
            powers = read_powers("PSP2")
        finally:
            _as_timelock(world, timelock, ("grantRole", EXECUTOR, ZERO))
    finally:
        _as_timelock(world, timelock, ("revokeRole", CANCELLER, key), ("revokeRole", EXECUTOR, key))
    assert _flags(powers, "powers.flag.timelock_executor") == [key]
    executor = next(f for f in powers.flags if f.code == "powers.flag.timelock_executor")
    said = executor.reason("PSP2")
    assert key in said.text("en") and "plain key" in said.text("en")
    assert "执行者" in said.text("zh_CN") and "執行者" in said.text("zh_TW")
    canceller = next(f for f in powers.flags if f.code == "powers.flag.timelock_canceller")
    assert canceller.role == "CANCELLER_ROLE" and "否决" in canceller.reason("PSP2").text("zh_CN")
    after = read_powers("PSP2")
    assert [h.kind for h in after.holders("timelock", "EXECUTOR_ROLE")] == [Kind.ANYONE]
    assert not {f.code for f in after.flags} & {
        "powers.flag.timelock_canceller",
        "powers.flag.timelock_executor",
    }


def test_a_handover_offered_to_another_timelock_is_flagged(world: World, read_powers) -> None:
    store, token = world.stores[0], world.token(0)
    other = world.stores[1].timelock  # a real timelock, but another store's DAO's
    terms = (store.sale, world.platform.treasury, ZERO)
    world.admin.send(token.functions.proposeHandover(other, *terms))
    powers = read_powers("PSP0")
    assert _flags(powers, "powers.flag.handover_timelock") == [other]
    flag = next(f for f in powers.flags if f.code == "powers.flag.handover_timelock")
    said = flag.reason("PSP0")
    assert other in said.text("en") and store.timelock in said.text("en")
    assert "时间锁" in said.text("zh_CN") and "時間鎖" in said.text("zh_TW")
    world.admin.send(token.functions.proposeHandover(store.timelock, *terms))
    assert not _flags(read_powers("PSP0"), "powers.flag.handover_timelock")
