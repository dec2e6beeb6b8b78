"""`treasury approve ID --for-safe SAFE` on anvil with a real Safe 1.4.1 (2 of 3: approver 2,
the admin "Platform" and a third key): approver 1 signs air-gapped (a file), the Safe approves
through approver 2's and the Platform's parts on the desk, then the payout executes. "no" signs
nothing; an owner signs once; a key counts once per proposal."""

from __future__ import annotations

import pytest

from app.storage import open_database
from app.treasury.rules import Status
from app.wallet.wallet import Wallet
from tests.app.treasury.desk_helpers import (
    FAST_N,
    PASSWORD,
    offline_cli,
    offline_dir,
    routed_report,
    serve_reports,
    staff_dir,
    treasury_cli,
    treasury_safe,
)

PW = PASSWORD + "\n"
YES = "yes\n" + PW


@pytest.fixture
def staff(tmp_path, tenv, chain, hostile_api, monkeypatch):
    """The desk's data directory: the proposer's, both approvers' and the Platform's keys."""
    monkeypatch.setenv("PST_DESK_API_TOKEN", hostile_api.token)
    root = staff_dir(tmp_path / "staff", tenv)
    db = open_database(root / "pst-desk.sqlite3")
    Wallet(root, db, scrypt_n=FAST_N).import_private_key(
        tenv.admin.account.key.hex(), PASSWORD, None
    )
    db.close()
    return root


@pytest.fixture
def safe(tenv):
    return treasury_safe(tenv)


@pytest.fixture
def offline(tmp_path, tenv):
    """Approver 1's air-gapped machine: their key and no network."""
    return offline_dir(tmp_path / "offline", tenv.approvers[0]._account.key.hex())


def test_air_gapped_approver_and_a_safe_through_two_owners_then_execute(
    staff, offline, safe, tenv, hostile_api, tmp_path, capsys
):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    proposer, (first, second), platform = tenv.proposer.address, tenv.approvers, tenv.admin
    cli = lambda *a, **k: treasury_cli(staff, tenv, *a, api=hostile_api, **k)  # noqa: E731
    assert cli("propose", "PSTA", report.period, account=proposer, stdin=PW) == 0

    # Approver 1, air-gapped: export, sign offline, import.
    request, signature = tmp_path / "request.json", tmp_path / "signature.json"
    assert cli("export-for-signing", "1", str(request), "--signer", first.address) == 0
    sign = ("sign", str(request), "--out", str(signature))
    assert offline_cli(offline, first.address, *sign, stdin=YES) == 0
    assert cli("import-signature", str(signature)) == 0
    capsys.readouterr()

    # Approver 1 owns no part of the Safe: the Safe counts beside them.
    for_safe = ("approve", "1", "--for-safe", safe)
    assert cli(*for_safe, account=first.address, stdin=YES) == 1
    assert "is not an owner of the Safe" in capsys.readouterr().err

    # Approver 2 answers "no": nothing is signed.
    assert cli(*for_safe, account=second.address, stdin="no\n") == 3
    out, err = capsys.readouterr()
    assert f"sign the Safe message for proposal #1 as {second.address}" in out
    assert f"Safe {safe}: 0 of 2 owners signed" in out
    assert "not signed: the confirmation was not 'yes'" in err

    assert cli(*for_safe, account=second.address, stdin=YES) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-2] == f"Safe {safe}: 1 of 2 owners signed"
    assert out.splitlines()[-1].startswith("1 more of these owners must sign: ")

    # An owner signs once.
    assert cli(*for_safe, account=second.address, stdin=YES) == 1
    assert "already signed their part" in capsys.readouterr().err

    assert cli(*for_safe, account=platform.address, stdin=YES) == 0
    out = capsys.readouterr().out
    assert f"Safe {safe}: 1 of 2 owners signed ({second.address})" in out
    lines = out.splitlines()
    assert lines[-2] == f"Safe {safe}: 2 of 2 owners signed"
    assert lines[-1].startswith("the Safe's approval of proposal #1 is recorded")

    assert cli("show", "1") == 0
    shown = capsys.readouterr().out
    assert "approved by: " in shown and safe in shown and first.address in shown
    assert cli("execute", "1", account=second.address, stdin=PW) == 0
    treasury = tenv.admin.contract("DistributionTreasury", tenv.platform.treasury)
    assert treasury.functions.proposal(1).call()[4] == Status.EXECUTED


def test_for_safe_needs_an_address(staff, tenv, hostile_api, capsys):
    argv = ("approve", "1", "--for-safe", "not-a-safe")
    assert treasury_cli(staff, tenv, *argv, account=tenv.approvers[1].address) == 2
    assert "--for-safe needs the Safe's address" in capsys.readouterr().err
