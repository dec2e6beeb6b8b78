"""The treasury's rows of `python -m bench gas`: route, propose, an approval (an EIP-712 signature
off chain: no transaction, so no gas), and execute with two key signatures and with three where
one is a 2-of-3 Safe (EIP-1271). Measured in the second month, as a real month would be.

The approvals go through the app's own approve path (TreasuryWorkflow.sign_approval, the
desk's signature store in a temporary database), and each approver's transaction count is
checked unchanged: the zero is what the app does, not what this bench chose to do."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from eth_account import Account
from eth_utils import keccak

from app.chain.client import connect
from app.chain.deploy import LocalSender, role
from app.chain.signer import LocalSigner
from app.chain.transactions import TransactionPipeline
from app.config.profiles import NetworkProfile
from app.storage import open_database
from app.treasury.actions import ActionStore
from app.treasury.audit import AuditTrail
from app.treasury.safe import (
    deploy_safe,
    deploy_safe_contracts,
    safe_signature,
    safe_typed_data,
)
from app.treasury.typed_approval import ApprovalMessage, digest, typed_data
from app.treasury.workflow import TreasuryWorkflow
from bench.gas_payouts import gas_of
from bench.report import Result, result

if TYPE_CHECKING:
    from bench.gas import Bench

USD = 10**6
HOUR = 3_600
Sig = tuple[str, int, bytes]


SAFE_OWNER_KEYS = [keccak(text=f"bench safe owner {n}") for n in range(3)]


def _message(b: Bench, pid: int, signer: str) -> ApprovalMessage:
    t = b.treasury.functions
    store_id, _proposer, _expires, period, _status, amount, report_hash = t.proposal(pid).call()
    deadline = int(b.w3.eth.get_block("latest")["timestamp"]) + HOUR
    nonce = t.nonces(signer).call()
    return ApprovalMessage(pid, store_id, period, amount, report_hash, nonce, deadline)


def _signature(b: Bench, pid: int, approver: LocalSender) -> Sig:
    """The approver signs the proposal's Approval locally: nothing is sent."""
    message = _message(b, pid, approver.address)
    typed = typed_data(message, b.w3.eth.chain_id, b.treasury.address)
    signed = Account.sign_typed_data(approver.account.key, full_message=typed)
    return (approver.address, message.deadline, bytes(signed.signature))


def _safe_approver(b: Bench) -> str:
    """A Safe 1.4.1 (2 of 3 owners) holding the approver role."""
    contracts = deploy_safe_contracts(b.admin)
    owners = [Account.from_key(k).address for k in SAFE_OWNER_KEYS]
    safe = deploy_safe(b.admin, contracts, owners, 2)
    b.admin.send(b.treasury.functions.grantRole(role("APPROVER_ROLE"), safe))
    return safe


def _safe_signature(b: Bench, pid: int, safe: str) -> Sig:
    """Two of the Safe's owners sign the Safe message of the treasury digest."""
    message = _message(b, pid, safe)
    treasury_digest = digest(message, b.w3.eth.chain_id, b.treasury.address)
    typed = safe_typed_data(b.w3.eth.chain_id, safe, treasury_digest)
    owners = {
        Account.from_key(k).address: bytes(Account.sign_typed_data(k, full_message=typed).signature)
        for k in SAFE_OWNER_KEYS[:2]
    }
    return (safe, message.deadline, safe_signature(owners))


@contextmanager
def _desk_workflow(b: Bench) -> Iterator[TreasuryWorkflow]:
    """The app's treasury workflow on the bench's chain, its store in a temporary database."""
    url = str(getattr(b.w3.provider, "endpoint_uri", ""))
    profile = NetworkProfile(name="bench", rpc_url=url, chain_id=int(b.w3.eth.chain_id))
    with tempfile.TemporaryDirectory(prefix="pst-bench-") as tmp:
        db = open_database(Path(tmp) / "pst-desk.sqlite3")
        client = connect(profile)
        try:
            yield TreasuryWorkflow(
                TransactionPipeline(client, db), ActionStore(db), b.treasury.address, AuditTrail(db)
            )
        finally:
            client.close()
            db.close()


def _approve_in_app(b: Bench, flow: TreasuryWorkflow, pid: int) -> list[Sig]:
    """Each approver approves as the desk does (sign_approval); none of them sends anything.
    The signatures execute gets, as the desk would send them."""
    for approver in b.approvers[:2]:
        sent = b.w3.eth.get_transaction_count(approver.address, "pending")
        flow.sign_approval(pid, LocalSigner(approver.account))
        after = b.w3.eth.get_transaction_count(approver.address, "pending")
        assert after == sent, f"approving sent {after - sent} transaction(s)"
    return flow._execute_signatures(pid)


def _gas_sent_by(b: Bench, senders: set[str], first_block: int) -> int:
    """Gas of every transaction the senders had mined since `first_block`."""
    total = 0
    for number in range(first_block, b.w3.eth.block_number + 1):
        for tx in b.w3.eth.get_block(number, full_transactions=True)["transactions"]:
            if tx["from"] in senders:  # type: ignore[index]
                total += int(b.w3.eth.get_transaction_receipt(tx["hash"])["gasUsed"])  # type: ignore[index]
    return total


def treasury_results(b: Bench) -> list[Result]:
    sid, report = b.store.store_id, keccak(text="report")
    gas: dict[str, int] = {}
    approvers = b.approvers[:2]
    with _desk_workflow(b) as flow:
        for period in (202601, 202602):  # the second month is the steady state reported
            b.admin.send(b.coin.functions.mint(b.router.address, 100_000 * USD + 7))
            gas["route"] = gas_of(b.investors[5], b.router.functions.route())
            call = b.treasury.functions.propose(sid, period, 1_000 * USD, report)
            gas["propose"] = int(b.proposer.send(call)["gasUsed"])
            pid = b.treasury.functions.proposalCount().call()
            before = b.w3.eth.block_number + 1
            sigs = _approve_in_app(b, flow, pid)
            gas["approve (off-chain signature)"] = _gas_sent_by(
                b, {a.address for a in approvers}, before
            )
            gas["execute with 2 signatures"] = gas_of(
                b.proposer, b.treasury.functions.execute(pid, sigs)
            )
    # A third month with three signatures, one of them a Safe's (EIP-1271: two owners inside).
    safe = _safe_approver(b)
    b.admin.send(b.coin.functions.mint(b.router.address, 100_000 * USD + 7))
    b.investors[5].send(b.router.functions.route())
    b.proposer.send(b.treasury.functions.propose(sid, 202603, 1_000 * USD, report))
    pid = b.treasury.functions.proposalCount().call()
    sigs = [_signature(b, pid, a) for a in approvers] + [_safe_signature(b, pid, safe)]
    sigs.sort(key=lambda s: int(s[0], 16))
    gas["execute with 3 signatures (one Safe)"] = gas_of(
        b.proposer, b.treasury.functions.execute(pid, sigs)
    )
    targets: dict[str, tuple[str, float]] = {
        "approve (off-chain signature)": ("==", 0),
        "execute with 2 signatures": ("<=", 150_000),
    }
    return [result(name, value, "gas", targets.get(name)) for name, value in gas.items()]
