"""StoreGovernor guards the other tests left untried: a DAO always has a voting period."""

from __future__ import annotations

from app.chain.artifacts import load_artifact
from tests.contracts.conftest import Env
from tests.contracts.helpers import revert_name


def test_a_governor_without_a_voting_period_cannot_be_deployed(env: Env) -> None:
    artifact = load_artifact("StoreGovernor")
    factory = env.chain.w3.eth.contract(abi=artifact.abi, bytecode=artifact.bytecode)

    def deploy(period: int) -> str:
        call = factory.constructor("Store A DAO", env.store.token, env.store.timelock, period, 4)
        return revert_name(call, env.admin)

    assert deploy(1) == ""
    assert deploy(0) == "InvalidVotingPeriod"
