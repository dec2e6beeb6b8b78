"""ComplianceRegistry: only a KYC officer changes anyone's KYC, and never for the zero address."""

from __future__ import annotations

from app.chain.artifacts import load_artifact
from tests.contracts.conftest import YEAR, Env
from tests.contracts.helpers import assert_reverts, revert_name

ZERO = "0x" + "00" * 20
DENIED = "AccessControlUnauthorizedAccount"


def test_only_a_kyc_officer_sets_batches_or_revokes(env: Env) -> None:
    kyc = env.compliance.functions
    expiry = env.chain.timestamp() + YEAR
    outsider, holder = env.outsider, env.investors[0]
    # The platform admin administers roles but is no officer: even it cannot touch KYC.
    for caller in (outsider, env.admin, holder):
        assert_reverts(kyc.setKyc(outsider.address, expiry), caller, DENIED)
        assert_reverts(kyc.setKycBatch([outsider.address], expiry), caller, DENIED)
        assert_reverts(kyc.revoke(holder.address), caller, DENIED)
    assert not kyc.isAllowed(outsider.address).call()
    assert kyc.isAllowed(holder.address).call()
    env.kyc.send(kyc.setKycBatch([outsider.address], expiry))
    assert kyc.expiryOf(outsider.address).call() == expiry
    env.kyc.send(kyc.revoke(outsider.address))
    assert kyc.expiryOf(outsider.address).call() == 0


def test_the_zero_address_is_never_allowlisted(env: Env) -> None:
    kyc = env.compliance.functions
    expiry = env.chain.timestamp() + YEAR
    assert_reverts(kyc.setKyc(ZERO, expiry), env.kyc, "ZeroAddress")
    assert_reverts(kyc.setKycBatch([env.outsider.address, ZERO], expiry), env.kyc, "ZeroAddress")
    assert_reverts(kyc.revoke(ZERO), env.kyc, "ZeroAddress")
    assert kyc.expiryOf(ZERO).call() == 0


def test_the_governance_history_answers_only_for_past_blocks(env: Env) -> None:
    kyc = env.compliance.functions
    holder = env.investors[0].address
    before = env.chain.w3.eth.block_number
    later = kyc.expiryOf(holder).call() + YEAR
    env.kyc.send(kyc.setKyc(holder, later))
    after = env.chain.w3.eth.block_number
    env.chain.mine_blocks(1)
    assert 0 < kyc.governanceExpiryAt(holder, before).call() < later
    assert kyc.governanceExpiryAt(holder, after).call() == later  # renewed in that block
    # A block not yet over could still change: no answer, rather than a guess.
    assert_reverts(kyc.governanceExpiryAt(holder, after + 10), env.outsider, "FutureLookup")
    assert_reverts(kyc.governanceExpiryAt(holder, 10**9), env.outsider, "FutureLookup")


def test_a_registry_without_a_governance_notice_cannot_be_deployed(env: Env) -> None:
    """With no notice an officer's revocation would reach a DAO vote in the next block."""
    artifact = load_artifact("ComplianceRegistry")
    factory = env.chain.w3.eth.contract(abi=artifact.abi, bytecode=artifact.bytecode)
    assert revert_name(factory.constructor(env.admin.address, 1), env.admin) == ""
    assert revert_name(factory.constructor(env.admin.address, 0), env.admin) == (
        "InvalidGovernanceNotice"
    )


def test_first_not_allowed_names_the_first_party_refused_in_order(env: Env) -> None:
    """A settlement checks both sides in one call and learns which side to name in its error."""
    kyc = env.compliance.functions
    holder, other, outsider = env.investors[0], env.investors[1], env.outsider
    assert kyc.firstNotAllowed(holder.address, other.address).call() == ZERO
    assert kyc.firstNotAllowed(outsider.address, holder.address).call() == outsider.address
    assert kyc.firstNotAllowed(holder.address, outsider.address).call() == outsider.address
    env.kyc.send(kyc.setKyc(holder.address, env.chain.timestamp() + 10))
    env.chain.advance(11)  # lapsed: refused from the expiry on, like isAllowed
    assert not kyc.isAllowed(holder.address).call()
    assert kyc.firstNotAllowed(holder.address, outsider.address).call() == holder.address
    assert kyc.firstNotAllowed(other.address, holder.address).call() == holder.address
