"""`POST/GET /v1/treasury/proposals/{id}/signatures` on a real sandbox API server (uvicorn on
loopback) verifying against a real treasury on anvil: what is accepted, each refusal with its own
problem, nothing stored for a refusal; and the app's side (publish, collect) from two clients."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from eth_account import Account

from app.backend.client import ApiClient, NotModified
from app.backend.errors import BackendHttpError
from app.backend.signatures import fetch_signatures
from app.chain.client import ChainClient, connect
from app.chain.deploy import LocalSender
from app.config.profiles import NetworkProfile
from app.sandbox.services import ApiService
from app.sandbox.signatures_api import book_of
from app.sandbox.world import SandboxWorld
from app.treasury.signature_exchange import collect, publish
from app.treasury.typed_approval import (
    ApprovalMessage,
    RejectionMessage,
    SignedDecision,
    typed_data,
)
from tests.app.treasury.conftest import USD
from tests.app.treasury.reports import make_report

HOUR = 3600
TOKEN = "signatures-test-token"


@dataclass
class Desk:
    """The sandbox API server linked to the test treasury, and what a test needs around it."""

    tenv: Any
    api: ApiClient
    other: ApiClient  # a second machine's client
    client: ChainClient
    treasury: Any  # web3 contract

    @property
    def now(self) -> int:
        return int(self.tenv.chain.w3.eth.get_block("latest")["timestamp"])

    def propose(self, amount: int = 100 * USD) -> int:
        self.tenv.route(1_000 * USD)
        proposer = LocalSender(self.tenv.chain.w3, self.tenv.proposer._account)
        treasury = proposer.contract("DistributionTreasury", self.tenv.platform.treasury)
        report = make_report(merchant_id="M00001", period="2026-10")
        proposer.send(
            treasury.functions.propose(
                self.tenv.store.store_id, 202610, amount, bytes.fromhex(report.report_hash[2:])
            )
        )
        return int(treasury.functions.proposalCount().call())

    def decision(
        self, pid: int, account: Any, *, reason: str | None = None, **change: Any
    ) -> SignedDecision:
        f = self.treasury.functions
        store_id, _proposer, _expires, period, _status, amount, report_hash = f.proposal(pid).call()
        fields = {
            "proposal_id": pid,
            "store_id": bytes(store_id),
            "period": period,
            "amount": amount,
            "report_hash": bytes(report_hash),
            "nonce": f.nonces(account.address).call(),
            "deadline": self.now + HOUR,
        }
        signer = change.pop("signer", account.address)
        fields.update(change)
        message: ApprovalMessage | RejectionMessage = (
            ApprovalMessage(**fields)
            if reason is None
            else RejectionMessage(reason=reason, **fields)
        )
        typed = typed_data(message, self.client.chain_id, self.tenv.platform.treasury)
        signature = bytes(Account.sign_typed_data(account.key, full_message=typed).signature)
        return SignedDecision(message, signer, signature, "api", self.now)


@pytest.fixture
def desk(tenv, tmp_path) -> Iterator[Desk]:
    world = SandboxWorld(tmp_path / "world", merchants=12)
    server = ApiService(world, TOKEN)
    server.start()
    client = connect(NetworkProfile(name="test", rpc_url=tenv.chain.url, chain_id=31337))
    book_of(world).link(client, tenv.platform.treasury)
    api, other = ApiClient(server.url, TOKEN), ApiClient(server.url, TOKEN)
    try:
        yield Desk(
            tenv,
            api,
            other,
            client,
            client.contract("DistributionTreasury", tenv.platform.treasury),
        )
    finally:
        api.close()
        other.close()
        server.stop()
        book_of(world).close()
        client.close()
        world.close()


def refused(desk: Desk, decision: SignedDecision, status: int, problem: str) -> None:
    with pytest.raises(BackendHttpError) as error:
        publish(desk.api, decision)
    assert (error.value.status, error.value.server_code) == (status, problem), error.value


def test_an_approval_is_verified_stored_and_seen_by_a_second_machine(desk):
    pid = desk.propose()
    first, second = (a._account for a in desk.tenv.approvers)
    publish(desk.api, desk.decision(pid, first))
    got = collect(desk.other, pid, desk.client.chain_id, desk.tenv.platform.treasury)
    assert got is not None
    decisions, etag = got
    assert [d.signer for d in decisions] == [first.address]
    assert decisions[0].channel == "api" and decisions[0].message.proposal_id == pid
    # unchanged: the ETag answers 304; a new signature changes it
    assert isinstance(fetch_signatures(desk.other, pid, etag), NotModified)
    publish(desk.api, desk.decision(pid, second, reason="The report is stale"))
    again = collect(desk.other, pid, desk.client.chain_id, desk.tenv.platform.treasury, etag)
    assert again is not None
    assert [(d.signer, d.kind) for d in again[0]] == [
        (first.address, "approval"),
        (second.address, "rejection"),
    ]
    assert again[0][1].message.reason == "The report is stale"  # type: ignore[union-attr]


def test_each_refusal_has_its_problem_and_stores_nothing(desk):
    pid = desk.propose()
    first, second = (a._account for a in desk.tenv.approvers)
    proposer = desk.tenv.proposer._account
    outsider = desk.tenv.holders[0]
    refused(desk, desk.decision(pid, proposer), 403, "proposer")
    refused(desk, desk.decision(pid, outsider), 403, "not_an_approver")
    refused(desk, desk.decision(pid, first, deadline=desk.now - 1), 422, "expired")
    refused(desk, desk.decision(pid, first, amount=1), 422, "mismatch")
    refused(desk, desk.decision(pid, outsider, signer=first.address), 422, "invalid_signature")
    refused(desk, desk.decision(pid, first, nonce=7), 422, "stale_nonce")
    refused(desk, desk.decision(pid, first, proposal_id=pid + 1), 404, "unknown_proposal")
    answer = fetch_signatures(desk.other, pid)
    assert not isinstance(answer, NotModified) and answer.value.items == []

    publish(desk.api, desk.decision(pid, first))
    refused(desk, desk.decision(pid, first), 409, "duplicate")

    # a signature made before the signer invalidated their signatures dies with the nonce;
    # stored already, it stays a duplicate; signed again at the new nonce, it replaces it
    old = desk.decision(pid, second)
    publish(desk.api, old)
    sender = LocalSender(desk.tenv.chain.w3, second)
    sender.send(
        sender.contract(
            "DistributionTreasury", desk.treasury.address
        ).functions.invalidateSignatures()
    )
    refused(desk, old, 409, "duplicate")
    renewed = desk.decision(pid, second)
    assert renewed.message.nonce == old.message.nonce + 1
    publish(desk.api, renewed)
    answer = fetch_signatures(desk.other, pid)
    assert not isinstance(answer, NotModified)
    assert [(i.signer, i.message.nonce) for i in answer.value.items] == [
        (first.address, 0),
        (second.address, renewed.message.nonce),
    ]


class OwnerKey:
    """A Safe owner's key that signs typed data."""

    def __init__(self, key: bytes) -> None:
        self.account = Account.from_key(key)
        self.address = self.account.address

    def sign_typed_data(self, typed: dict[str, Any]) -> bytes:
        return bytes(Account.sign_typed_data(self.account.key, full_message=typed).signature)


def test_a_safe_signs_through_eip_1271(desk):
    from app.chain.deploy import role
    from app.treasury.safe import deploy_safe, deploy_safe_contracts, sign_as_safe

    owners = [OwnerKey(bytes([n]) * 32) for n in (0x61, 0x62, 0x63)]
    admin = desk.tenv.admin
    safe = deploy_safe(admin, deploy_safe_contracts(admin), [o.address for o in owners], 2)
    treasury = admin.contract("DistributionTreasury", desk.tenv.platform.treasury)
    admin.send(treasury.functions.grantRole(role("APPROVER_ROLE"), safe))
    pid = desk.propose()
    template = desk.decision(pid, owners[0].account)  # the proposal's fields
    message = dataclasses.replace(
        template.message, nonce=desk.treasury.functions.nonces(safe).call()
    )
    chain_id, address = desk.client.chain_id, desk.tenv.platform.treasury
    one_owner = sign_as_safe(message, chain_id, address, safe, owners[:1], desk.now)
    refused(desk, one_owner, 422, "invalid_signature")  # below the Safe's threshold
    two_owners = sign_as_safe(message, chain_id, address, safe, owners[1:], desk.now)
    publish(desk.api, two_owners)
    got = collect(desk.other, pid, chain_id, address)
    assert got is not None
    assert [(d.signer, d.channel, d.signature) for d in got[0]] == [
        (safe, "safe", two_owners.signature)
    ]


def test_seeded_signatures_are_added_once_and_forgotten_with_a_fresh_chain(desk, tmp_path):
    from app.sandbox.signatures_api import SignatureBook

    pid = desk.propose()
    seeded = desk.decision(pid, desk.tenv.approvers[0]._account)
    book = SignatureBook(tmp_path / "signatures.sqlite3")
    try:
        book.link(desk.client, desk.tenv.platform.treasury)
        assert book.add_seeded([seeded]) == 1
        assert book.add_seeded([seeded]) == 0  # a restart hands them over again
        assert [i.signer for i in book.listed(pid).items] == [seeded.signer]
        book.forget()
        assert book.listed(pid).items == []
    finally:
        book.close()


def test_a_safe_and_its_owner_are_never_both_stored(desk):
    """A key counts once: the review posted approver 1's approval and a Safe approval signed by
    approver 1 and another owner; execute would refuse the pair (OwnerCountedTwice)."""
    from app.chain.deploy import role
    from app.treasury.safe import deploy_safe, deploy_safe_contracts, sign_as_safe

    first, second = (a._account for a in desk.tenv.approvers)
    outside = [OwnerKey(bytes([n]) * 32) for n in (0x64, 0x65)]
    admin = desk.tenv.admin
    owners = [first.address, *(o.address for o in outside)]
    safe = deploy_safe(admin, deploy_safe_contracts(admin), owners, 2)
    treasury = admin.contract("DistributionTreasury", desk.tenv.platform.treasury)
    admin.send(treasury.functions.grantRole(role("APPROVER_ROLE"), safe))
    pid = desk.propose()
    chain_id, address = desk.client.chain_id, desk.tenv.platform.treasury
    message = dataclasses.replace(
        desk.decision(pid, first).message, nonce=desk.treasury.functions.nonces(safe).call()
    )
    publish(desk.api, desk.decision(pid, first))
    first_key = OwnerKey(first.key)
    doubled = sign_as_safe(message, chain_id, address, safe, [first_key, outside[0]], desk.now)
    refused(desk, doubled, 409, "owner_counted_twice")
    by_others = sign_as_safe(message, chain_id, address, safe, outside, desk.now)
    refused(desk, by_others, 409, "owner_counted_twice")  # the owner approved personally
    publish(desk.api, desk.decision(pid, second))  # an approver who owns no part of it counts
    got = collect(desk.other, pid, chain_id, address)
    assert got is not None
    assert [d.signer for d in got[0]] == [first.address, second.address]


def test_an_implausible_signing_time_is_refused_and_the_channel_is_kept_as_claimed(desk):
    """The review posted a valid approval with channel "ledger" and signed_at 0."""
    pid = desk.propose()
    first = desk.tenv.approvers[0]._account
    good = desk.decision(pid, first)
    for when in (0, desk.now + 3600):
        refused(desk, dataclasses.replace(good, signed_at=when), 422, "implausible_time")
    publish(desk.api, dataclasses.replace(good, channel="ledger"))
    answer = fetch_signatures(desk.other, pid)
    assert not isinstance(answer, NotModified)
    (item,) = answer.value.items
    assert item.channel == "ledger"  # what the poster claims; received_at is the server's
    assert abs(item.received_at.timestamp() - time.time()) < 120
