"""`python main.py treasury ...` in-process on anvil, reports from a loopback REST server: a whole
period, the rules the GUI applies (maker-checker, caps, report hash, reconciliation reason,
expiry), and the audit trail's export and verify."""

from __future__ import annotations

import json

import pytest

from app.treasury.rules import Status
from tests.app.treasury.conftest import USD
from tests.app.treasury.desk_helpers import (
    PASSWORD,
    routed_report,
    serve_reports,
    staff_dir,
    treasury_cli,
)
from tests.app.treasury.reports import make_report

PW = PASSWORD + "\n"


@pytest.fixture
def staff(tmp_path, tenv, chain, hostile_api, monkeypatch):
    monkeypatch.setenv("PST_DESK_API_TOKEN", hostile_api.token)
    return staff_dir(tmp_path / "staff", tenv)


def _proposal(tenv, pid):
    treasury = tenv.chain.w3.eth.contract(
        address=tenv.platform.treasury,
        abi=__import__("app.chain.artifacts", fromlist=["x"])
        .load_artifact("DistributionTreasury")
        .abi,
    )
    return treasury.functions.proposal(pid).call()


def _signatures(staff, tenv):
    from app.storage import open_database
    from app.treasury.signature_store import SignatureStore

    db = open_database(staff / "pst-desk.sqlite3")
    try:
        store = SignatureStore(db, tenv.chain.w3.eth.chain_id, tenv.platform.treasury)
        return store.for_proposal(1)
    finally:
        db.close()


def test_a_whole_period_then_the_audit_trail_exports_and_verifies(
    staff, tenv, hostile_api, capsys, tmp_path
):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    proposer, (first, second) = tenv.proposer.address, tenv.approvers
    cli = lambda *a, **k: treasury_cli(staff, tenv, *a, api=hostile_api, **k)  # noqa: E731
    assert cli("propose", "PSTA", report.period, account=proposer, stdin=PW) == 0
    out = capsys.readouterr().out
    assert "payout preview: 4 of 5 holders paid" in out and "confirmed" in out
    # No bank statements imported here: the proposal carries no matched-lines hash, and says so.
    assert "matched bank lines hash" not in out
    assert cli("show", "1") == 0
    assert "bank lines: No matched-lines hash was recorded" in capsys.readouterr().out
    assert cli("approve", "1", account=first.address, stdin=PW) == 0
    assert cli("approve", "1", account=second.address, stdin=PW) == 0
    assert "(no transaction)" in capsys.readouterr().out
    assert {s.signer for s in _signatures(staff, tenv)} == {first.address, second.address}
    assert cli("execute", "1", account=first.address, stdin=PW) == 0
    assert _proposal(tenv, 1)[4] == Status.EXECUTED
    capsys.readouterr()
    assert cli("list") == 0
    assert "executed  2/2 approvals" in capsys.readouterr().out
    assert cli("show", "--store", "PSTA") == 0
    assert "reconciliation ok  paid by #1" in capsys.readouterr().out

    exported = tmp_path / "audit.json"
    assert cli("audit-export", str(exported)) == 0
    assert cli("audit-export", str(tmp_path / "audit.csv")) == 0
    kinds = [e["kind"] for e in json.loads(exported.read_text())["entries"]]
    assert kinds == ["routed", "proposed", "signed", "signed", "executed"]
    capsys.readouterr()
    assert cli("audit-verify", str(exported)) == 0
    out = capsys.readouterr().out
    assert "ok: 5 entries are internally consistent" in out
    assert "a trail rewritten and rehashed, or cut short, would pass this check too" in out
    assert "chain: 3 entries naming a transaction match their logs; 2 name none" in out
    assert cli("audit-verify", str(tmp_path / "audit.csv")) == 0
    assert cli("audit-verify") == 0
    # The review: the executed amount rewritten and every hash recomputed passed as "intact".
    rewritten = json.loads(exported.read_text())
    rewritten["entries"][4]["amount"] = "1"
    _rehash(rewritten)
    forged = tmp_path / "rewritten.json"
    forged.write_text(json.dumps(rewritten))
    capsys.readouterr()
    assert cli("audit-verify", str(forged)) == 1
    out = capsys.readouterr().out
    assert "internally consistent" in out
    assert "FAILED against the chain: Entry 5 (executed) differs from its log in amount" in out
    document = json.loads(exported.read_text())
    document["entries"][2]["actor"] = proposer  # pretend the proposer approved
    exported.write_text(json.dumps(document))
    capsys.readouterr()
    assert cli("audit-verify", str(exported)) == 1
    assert "FAILED at entry 3 (edited)" in capsys.readouterr().out


def _rehash(document: dict) -> None:
    """A forger's export: every entry's hash recomputed after a change."""
    from app.treasury.audit import GENESIS, hash_entry
    from app.treasury.audit_export import _entry

    prev = GENESIS
    for i, row in enumerate(document["entries"]):
        row["prev_hash"] = prev
        row["entry_hash"] = prev = hash_entry(prev, _entry(row, i + 1).body())
    document["head"] = prev


def test_the_rules_the_gui_applies_hold_headless(staff, tenv, hostile_api, capsys):
    report = routed_report(tenv)
    tampered = report.model_copy(update={"investor_share": report.investor_share + 1})
    serve_reports(hostile_api, tampered)
    proposer, approver = tenv.proposer.address, tenv.approvers[0].address
    cli = lambda *a, **k: treasury_cli(staff, tenv, *a, api=hostile_api, **k)  # noqa: E731
    assert cli("propose", "PSTA", report.period, account=proposer, stdin=PW) == 1
    assert "does not match its hash" in capsys.readouterr().err

    # Routed less than the report says: a difference that needs a written reason.
    short = make_report(
        period=report.period, gross=report.gross_sales, settled=report.settled_proceeds * 2
    )
    serve_reports(hostile_api, short)
    assert cli("propose", "PSTA", report.period, account=proposer, stdin=PW) == 1
    assert "write why" in capsys.readouterr().err
    reason = "bank settled twice by mistake; refund ticket 4471"
    assert (
        cli("propose", "PSTA", report.period, "--reason", reason, account=proposer, stdin=PW)
        == 1  # the share of the doubled settlement is above the pending balance
    )
    assert "pending balance" in capsys.readouterr().err

    serve_reports(hostile_api, report)
    assert cli("propose", "PSTA", report.period, account=proposer, stdin=PW) == 0
    assert cli("approve", "1", account=proposer, stdin=PW) == 1  # maker-checker
    assert "another approver" in capsys.readouterr().err
    tenv.chain.advance(7 * 86_400 + 1)
    assert cli("approve", "1", account=approver, stdin=PW) == 1
    assert "expired" in capsys.readouterr().err
    assert _signatures(staff, tenv) == []  # nothing was signed


def test_a_cap_and_a_wrong_password_refuse_before_anything_is_sent(
    staff, tenv, hostile_api, capsys
):
    report = routed_report(tenv, 4_000_000 * USD)  # investors' share 1.2M > the 1M cap
    serve_reports(hostile_api, report)
    proposer = tenv.proposer.address
    nonce = tenv.chain.w3.eth.get_transaction_count(proposer)
    cli = lambda *a, **k: treasury_cli(staff, tenv, *a, api=hostile_api, **k)  # noqa: E731
    assert cli("propose", "PSTA", report.period, account=proposer, stdin=PW) == 1
    assert "cap per period" in capsys.readouterr().err
    assert cli("propose", "PSTA", report.period, account=proposer, stdin="wrong\n") == 1
    assert cli("propose", "PSTA", report.period) == 2  # no --account
    assert tenv.chain.w3.eth.get_transaction_count(proposer) == nonce


def test_reject_needs_an_approver_and_cancel_the_proposer(staff, tenv, hostile_api, capsys):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    proposer, approver = tenv.proposer.address, tenv.approvers[0].address
    cli = lambda *a, **k: treasury_cli(staff, tenv, *a, api=hostile_api, **k)  # noqa: E731
    assert cli("propose", "PSTA", report.period, account=proposer, stdin=PW) == 0
    assert cli("reject", "1", "--reason", "wrong month", account=approver, stdin=PW) == 0
    assert _proposal(tenv, 1)[4] == Status.REJECTED
    assert cli("propose", "PSTA", report.period, account=proposer, stdin=PW) == 0
    assert cli("cancel", "2", account=approver, stdin=PW) == 1  # neither proposer nor admin
    assert "Only the proposer or an administrator" in capsys.readouterr().err
    assert cli("cancel", "2", account=proposer, stdin=PW) == 0
    assert _proposal(tenv, 2)[4] == Status.CANCELLED
    capsys.readouterr()
    assert cli("show", "2") == 0
    out = capsys.readouterr().out
    assert "cancelled" in out and "proposed  tx 0x" in out and "cancelled tx 0x" in out


def test_a_blank_reason_or_a_non_approver_leaves_nothing_to_resume(
    staff, tenv, hostile_api, capsys
):
    """The review: `reject N --reason ""` was signed and sent; a non-approver's failed reject
    stayed open and the next command reported it as "resumed: reject #N by <proposer>"."""
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    proposer, approver = tenv.proposer.address, tenv.approvers[0].address
    cli = lambda *a, **k: treasury_cli(staff, tenv, *a, api=hostile_api, **k)  # noqa: E731
    assert cli("propose", "PSTA", report.period, account=proposer, stdin=PW) == 0
    nonce = tenv.chain.w3.eth.get_transaction_count(approver)
    for blank in ("", "   "):
        capsys.readouterr()
        assert cli("reject", "1", "--reason", blank, account=approver, stdin=PW) == 1
        assert "A rejection needs a reason" in capsys.readouterr().err
    # over what the platform's API takes: it could be signed and sent, never shared
    assert cli("reject", "1", "--reason", "拒" * 1_001, account=approver, stdin=PW) == 1
    assert "has 1001 characters; at most 1000 fit" in capsys.readouterr().err
    assert _signatures(staff, tenv) == []  # nothing signed
    assert tenv.chain.w3.eth.get_transaction_count(approver) == nonce  # nothing sent
    assert cli("reject", "1", "--reason", "no", account=proposer, stdin=PW) == 1
    capsys.readouterr()
    assert cli("show", "1") == 0
    captured = capsys.readouterr()
    assert "resumed" not in captured.err, captured.err
    assert _proposal(tenv, 1)[4] == Status.PENDING
