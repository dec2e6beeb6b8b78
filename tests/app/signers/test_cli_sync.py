"""Two machines share approvals through the platform's API (a real sandbox API server over
loopback, verifying against anvil): one approves and shares, the other receives it, approves
too and executes; a signature the chain no longer accepts (nonce bumped) is not taken in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.chain.artifacts import load_artifact
from app.chain.client import connect
from app.chain.deploy import LocalSender
from app.config.profiles import NetworkProfile
from app.sandbox.services import ApiService
from app.sandbox.signatures_api import book_of
from app.sandbox.world import SandboxWorld
from app.storage import open_database
from app.treasury.rules import Status
from app.treasury.signature_store import SignatureStore
from tests.app.treasury.desk_helpers import (
    PASSWORD,
    routed_report,
    serve_reports,
    staff_dir,
    treasury_cli,
)

PW = PASSWORD + "\n"


class Server:
    def __init__(self, url: str) -> None:
        self.url = url


@pytest.fixture
def platform(tenv, hostile_api, tmp_path, monkeypatch) -> Iterator[Server]:
    """The sandbox's API server (same token as the report server), linked to the treasury."""
    monkeypatch.setenv("PST_DESK_API_TOKEN", hostile_api.token)
    world = SandboxWorld(tmp_path / "world", merchants=12)
    server = ApiService(world, hostile_api.token)
    server.start()
    client = connect(NetworkProfile(name="test", rpc_url=tenv.chain.url, chain_id=31337))
    book_of(world).link(client, tenv.platform.treasury)
    try:
        yield Server(server.url)
    finally:
        server.stop()
        book_of(world).close()
        client.close()
        world.close()


def signers_of(root: Path, tenv) -> set[str]:
    db = open_database(root / "pst-desk.sqlite3")
    try:
        store = SignatureStore(db, tenv.chain.w3.eth.chain_id, tenv.platform.treasury)
        return {d.signer for d in store.for_proposal(1)}
    finally:
        db.close()


def test_a_second_machine_sees_the_first_ones_approval(
    tenv, hostile_api, platform, tmp_path, capsys
):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    proposer, (first, second) = tenv.proposer.address, tenv.approvers
    one, two = staff_dir(tmp_path / "one", tenv), staff_dir(tmp_path / "two", tenv)
    assert treasury_cli(one, tenv, "propose", "PSTA", report.period, api=hostile_api,
                        account=proposer, stdin=PW) == 0  # fmt: skip
    assert treasury_cli(one, tenv, "approve", "1", account=first.address, stdin=PW) == 0

    sync = ("sync-signatures",)
    capsys.readouterr()
    assert treasury_cli(one, tenv, *sync, api=platform) == 0
    assert "0 signatures received, 1 shared" in capsys.readouterr().out
    assert signers_of(two, tenv) == set()
    assert treasury_cli(two, tenv, *sync, api=platform) == 0
    assert "1 signatures received, 0 shared" in capsys.readouterr().out
    assert signers_of(two, tenv) == {first.address}

    assert treasury_cli(two, tenv, "approve", "1", account=second.address, stdin=PW) == 0
    assert treasury_cli(two, tenv, "execute", "1", account=second.address, stdin=PW) == 0
    treasury = tenv.chain.w3.eth.contract(
        address=tenv.platform.treasury, abi=load_artifact("DistributionTreasury").abi
    )
    assert treasury.functions.proposal(1).call()[4] == Status.EXECUTED


def test_a_signature_invalidated_since_is_not_taken_in(
    tenv, hostile_api, platform, tmp_path, capsys
):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    proposer, first = tenv.proposer.address, tenv.approvers[0]
    one, two = staff_dir(tmp_path / "one", tenv), staff_dir(tmp_path / "two", tenv)
    assert treasury_cli(one, tenv, "propose", "PSTA", report.period, api=hostile_api,
                        account=proposer, stdin=PW) == 0  # fmt: skip
    assert treasury_cli(one, tenv, "approve", "1", account=first.address, stdin=PW) == 0
    assert treasury_cli(one, tenv, "sync-signatures", api=platform) == 0
    sender = LocalSender(tenv.chain.w3, first._account)  # e.g. after a key compromise
    sender.send(
        sender.contract(
            "DistributionTreasury", tenv.platform.treasury
        ).functions.invalidateSignatures()
    )
    capsys.readouterr()
    assert treasury_cli(two, tenv, "sync-signatures", api=platform) == 0
    assert "0 signatures received, 0 shared, 1 received but no longer accepted" in (
        capsys.readouterr().out
    )
    assert signers_of(two, tenv) == set()


def test_the_proposers_override_reason_reaches_a_second_machine(
    tenv, hostile_api, platform, tmp_path, capsys
):
    """Proposed with a reason on one machine (its API away at first: kept, shared later by
    sync-signatures), read on another with the proposer's signature checked."""
    from tests.app.treasury.reports import make_report

    routed = routed_report(tenv).routed_on_chain
    different = make_report(
        period=routed_report(tenv).period, gross=routed * 15 // 10, settled=routed * 12 // 10,
        routed=routed, investor_share=299 * 10**6 + 7,
    )  # fmt: skip
    serve_reports(hostile_api, different)
    proposer = tenv.proposer.address
    one, two = staff_dir(tmp_path / "one", tenv), staff_dir(tmp_path / "two", tenv)
    reason = "银行把退款记了两次（工单 4471）; the correction lands next month"
    argv = ("propose", "PSTA", different.period, "--reason", reason)
    assert treasury_cli(one, tenv, *argv, api=hostile_api, account=proposer, stdin=PW) == 0
    capsys.readouterr()
    assert treasury_cli(two, tenv, "show", "1", api=hostile_api) == 0
    assert "override reason" not in capsys.readouterr().out  # not on this machine yet
    assert treasury_cli(one, tenv, "sync-signatures", api=platform) == 0
    assert treasury_cli(two, tenv, "sync-signatures", api=platform) == 0
    capsys.readouterr()
    assert treasury_cli(two, tenv, "show", "1", api=hostile_api) == 0
    shown = capsys.readouterr().out
    assert f"override reason by {proposer} (signed by the proposer): {reason}" in shown
