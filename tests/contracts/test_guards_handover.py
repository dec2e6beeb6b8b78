"""The token's DAO handover, guards the other tests left untried: only the admin offers it, and
the sale must be a contract too."""

from __future__ import annotations

from tests.contracts.conftest import Env
from tests.contracts.helpers import assert_reverts

ZERO = "0x" + "00" * 20


def test_only_the_admin_offers_the_handover(env: Env) -> None:
    offer = env.token.functions.proposeHandover(
        env.store.timelock, env.store.sale, env.platform.treasury, ZERO
    )
    for caller in (env.outsider, env.investors[0], env.kyc):
        assert_reverts(offer, caller, "AccessControlUnauthorizedAccount")
    assert env.token.functions.pendingHandover().call()[0] == ZERO


def test_the_sale_must_be_a_contract(env: Env) -> None:
    offer = env.token.functions.proposeHandover(
        env.store.timelock, env.investors[0].address, env.platform.treasury, ZERO
    )
    assert_reverts(offer, env.admin, "NotAContract")
