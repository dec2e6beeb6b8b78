"""ComplianceRegistry's two views: compliance sees every KYC change at once; governance sees a
renewal at once and an officer's cut only GOVERNANCE_NOTICE blocks later, and never a cut undone
within the notice (so one officer key cannot decide a DAO vote by a short revocation)."""

from __future__ import annotations

from app.chain.deploy import DEV_GOVERNANCE_NOTICE
from tests.contracts.conftest import YEAR, Env
from tests.contracts.helpers import events


def _block_of(receipt: object) -> int:
    return int(receipt["blockNumber"])  # type: ignore[index]


def _governance(env: Env, account: str, blocks: range) -> list[int]:
    at = env.compliance.functions.governanceExpiryAt
    return [int(at(account, b).call()) for b in blocks]


def test_the_notice_is_the_deployments(env: Env) -> None:
    assert env.compliance.functions.GOVERNANCE_NOTICE().call() == DEV_GOVERNANCE_NOTICE > 1


def test_a_revocation_counts_for_compliance_at_once_and_for_governance_after_the_notice(
    env: Env,
) -> None:
    kyc, n = env.compliance.functions, DEV_GOVERNANCE_NOTICE
    holder = env.investors[0].address
    old = kyc.expiryOf(holder).call()
    receipt = env.kyc.send(kyc.revoke(holder))
    revoked = _block_of(receipt)
    (scheduled,) = events(env.compliance, "GovernanceCutScheduled", receipt)
    assert (scheduled["account"], scheduled["expiry"], scheduled["effective"]) == (
        holder,
        0,
        revoked + n,
    )
    assert not kyc.isAllowed(holder).call()
    assert kyc.expiryOf(holder).call() == 0
    assert kyc.pendingGovernanceCut(holder).call() == [0, revoked + n]
    env.chain.mine_blocks(n + 2)
    # Read from the pending cut (no write since): the notice's last block still has the old one.
    assert _governance(env, holder, range(revoked - 1, revoked + n)) == [old] * (n + 1)
    assert _governance(env, holder, range(revoked + n, revoked + n + 2)) == [0, 0]
    assert kyc.pendingGovernanceCut(holder).call() == [0, 0]  # in force: nothing still to come


def test_a_cut_in_force_stays_in_the_history_when_the_account_changes_again(env: Env) -> None:
    kyc, n = env.compliance.functions, DEV_GOVERNANCE_NOTICE
    holder = env.investors[0].address
    old = kyc.expiryOf(holder).call()
    revoked = _block_of(env.kyc.send(kyc.revoke(holder)))
    env.chain.mine_blocks(n + 2)
    renewal = env.chain.timestamp() + 2 * YEAR
    renewed = _block_of(env.kyc.send(kyc.setKyc(holder, renewal)))
    env.chain.mine_blocks(1)
    assert _governance(env, holder, range(revoked + n - 1, revoked + n + 1)) == [old, 0]
    assert _governance(env, holder, range(renewed - 1, renewed + 1)) == [0, renewal]


def test_a_renewal_or_extension_counts_at_once(env: Env) -> None:
    kyc = env.compliance.functions
    holder, outsider = env.investors[0].address, env.outsider.address
    old = kyc.expiryOf(holder).call()
    later = old + YEAR
    renewed = _block_of(env.kyc.send(kyc.setKyc(holder, later)))
    allowed = _block_of(env.kyc.send(kyc.setKyc(outsider, later)))
    env.chain.mine_blocks(1)
    assert _governance(env, holder, range(renewed - 1, renewed + 1)) == [old, later]
    assert _governance(env, outsider, range(allowed - 1, allowed + 1)) == [0, later]
    assert kyc.pendingGovernanceCut(holder).call() == [0, 0]


def test_a_cut_undone_within_the_notice_never_reaches_governance(env: Env) -> None:
    kyc, n = env.compliance.functions, DEV_GOVERNANCE_NOTICE
    holder = env.investors[0].address
    old = kyc.expiryOf(holder).call()
    revoked = _block_of(env.kyc.send(kyc.revoke(holder)))
    env.chain.mine_blocks(n - 2)
    env.kyc.send(kyc.setKyc(holder, old))  # restored in the notice's last block
    assert kyc.isAllowed(holder).call()
    env.chain.mine_blocks(2 * n)
    assert _governance(env, holder, range(revoked - 1, revoked + 2 * n)) == [old] * (2 * n + 1)
    assert kyc.pendingGovernanceCut(holder).call() == [0, 0]
    # Undone by a renewal to a later expiry just as well (it counts at once).
    revoked = _block_of(env.kyc.send(kyc.revoke(holder)))
    renewed = _block_of(env.kyc.send(kyc.setKyc(holder, old + 1)))
    env.chain.mine_blocks(2 * n)
    assert _governance(env, holder, range(revoked, renewed)) == [old]
    assert _governance(env, holder, range(renewed, revoked + 2 * n)) == [old + 1] * (2 * n - 1)


def test_a_lesser_cut_keeps_the_pending_notice_and_a_deeper_one_waits_its_own(env: Env) -> None:
    kyc, n = env.compliance.functions, DEV_GOVERNANCE_NOTICE
    holder = env.investors[0].address
    old = kyc.expiryOf(holder).call()
    first = _block_of(env.kyc.send(kyc.setKyc(holder, old - 1_000)))  # a cut, not a revocation
    assert kyc.pendingGovernanceCut(holder).call() == [old - 1_000, first + n]
    env.kyc.send(kyc.setKyc(holder, old - 500))  # less of a cut: at or below it since `first`
    assert kyc.pendingGovernanceCut(holder).call() == [old - 500, first + n]
    deeper = _block_of(env.kyc.send(kyc.revoke(holder)))
    assert kyc.pendingGovernanceCut(holder).call() == [0, deeper + n]
    env.chain.mine_blocks(n + 2)
    assert _governance(env, holder, range(deeper + n - 1, deeper + n + 1)) == [old, 0]
