"""Two approvers, one of them air-gapped, from the command line on anvil with the revenue report
served over loopback: export-for-signing, sign on a machine with no network, import-signature,
execute. Bad, foreign and tampered files change nothing."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from eth_utils import to_checksum_address

from app.chain.artifacts import load_artifact
from app.signers.airgap import checksum_of, compact
from app.storage import open_database
from app.treasury.audit import AuditTrail
from app.treasury.rules import Status
from app.treasury.signature_store import SignatureStore
from app.treasury.typed_approval import ApprovalMessage, digest
from tests.app.treasury.desk_helpers import (
    PASSWORD,
    offline_cli,
    offline_dir,
    routed_report,
    serve_reports,
    staff_dir,
    treasury_cli,
)

PW = PASSWORD + "\n"


@pytest.fixture
def staff(tmp_path, tenv, chain, hostile_api, monkeypatch):
    monkeypatch.setenv("PST_DESK_API_TOKEN", hostile_api.token)
    return staff_dir(tmp_path / "staff", tenv)


@pytest.fixture
def offline(tmp_path, tenv):
    """The air-gapped machine: the second approver's key and nothing else (no network)."""
    return offline_dir(tmp_path / "offline", tenv.approvers[1]._account.key.hex())


def kept(staff: Path, tenv) -> list:
    db = open_database(staff / "pst-desk.sqlite3")
    try:
        store = SignatureStore(db, tenv.chain.w3.eth.chain_id, tenv.platform.treasury)
        return [(d.signer, d.channel) for d in store.for_proposal(1)]
    finally:
        db.close()


def test_one_approver_signs_air_gapped_then_the_payout_executes(
    staff, offline, tenv, hostile_api, tmp_path, capsys
):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    proposer, (first, second) = tenv.proposer.address, tenv.approvers
    cli = lambda *a, **k: treasury_cli(staff, tenv, *a, api=hostile_api, **k)  # noqa: E731
    assert cli("propose", "PSTA", report.period, account=proposer, stdin=PW) == 0
    assert cli("approve", "1", account=first.address, stdin=PW) == 0

    request, qr = tmp_path / "request.json", tmp_path / "request.png"
    argv = ("export-for-signing", "1", str(request), "--qr", str(qr), "--signer", second.address)
    assert cli(*argv) == 0
    import zxingcpp  # a runtime dependency: the app reads QR pictures
    from PIL import Image

    [code] = zxingcpp.read_barcodes(Image.open(qr))
    assert code.text == compact(json.loads(request.read_text()))
    # the proposer cannot be asked (maker-checker), and a file is never overwritten
    capsys.readouterr()
    assert cli("export-for-signing", "1", str(tmp_path / "p.json"), "--signer", proposer) == 1
    assert not (tmp_path / "p.json").exists()
    assert cli(*argv[:3], "--signer", second.address) == 1
    assert "already exists" in capsys.readouterr().err

    signature = tmp_path / "signature.json"
    sign = ("sign", str(request), "--out", str(signature))
    assert offline_cli(offline, second.address, *sign, stdin="yes\n" + PW) == 0
    shown = capsys.readouterr().out
    assert "proposal #1 on chain 31337" in shown and "reconciliation: ok" in shown
    assert report.period in shown and "PSTA" in shown

    assert cli("import-signature", str(signature)) == 0
    assert f"imported the approval of proposal #1 by {second.address}" in capsys.readouterr().out
    assert set(kept(staff, tenv)) == {(first.address, "keystore"), (second.address, "airgap")}
    db = open_database(staff / "pst-desk.sqlite3")
    try:
        channels = [
            e.details.get("channel") for e in AuditTrail(db).entries() if e.kind == "signed"
        ]
    finally:
        db.close()
    assert sorted(channels) == ["airgap", "keystore"]

    assert cli("execute", "1", account=first.address, stdin=PW) == 0
    treasury = tenv.chain.w3.eth.contract(
        address=tenv.platform.treasury, abi=load_artifact("DistributionTreasury").abi
    )
    assert treasury.functions.proposal(1).call()[4] == Status.EXECUTED


def test_an_air_gapped_rejection_is_sent_by_another_staff_account(
    staff, offline, tenv, hostile_api, tmp_path, capsys
):
    """The offline approver's key never touches the network: their signed rejection, imported,
    is sent by any staff account from its own key (the contract lets anyone send it), through
    the same pipeline as every action, and the proposal is Rejected on chain."""
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    proposer, (first, second) = tenv.proposer.address, tenv.approvers
    cli = lambda *a, **k: treasury_cli(staff, tenv, *a, api=hostile_api, **k)  # noqa: E731
    assert cli("propose", "PSTA", report.period, account=proposer, stdin=PW) == 0
    request, signature = tmp_path / "request.json", tmp_path / "rejection.json"
    assert cli("export-for-signing", "1", str(request), "--signer", second.address) == 0
    why = "the bank statement shows a refund the report misses"
    sign = ("sign", str(request), "--out", str(signature), "--reject", "--reason", why, "--yes")
    assert offline_cli(offline, second.address, *sign, stdin=PW) == 0
    capsys.readouterr()
    # nothing imported yet: refused in words, nothing sent
    assert cli("reject", "1", "--signed-by", second.address, account=first.address, stdin=PW) == 1
    assert "Import their signed rejection first" in capsys.readouterr().err
    assert cli("import-signature", str(signature)) == 0
    w3 = tenv.chain.w3
    treasury = w3.eth.contract(
        address=tenv.platform.treasury, abi=load_artifact("DistributionTreasury").abi
    )
    sent_before = w3.eth.get_transaction_count(first.address)
    second_before = w3.eth.get_transaction_count(second.address)
    assert cli("reject", "1", "--signed-by", second.address, account=first.address, stdin=PW) == 0
    assert "reject proposal #1: confirmed" in capsys.readouterr().out
    assert treasury.functions.proposal(1).call()[4] == Status.REJECTED
    (rejected,) = treasury.events.Rejected().get_logs(from_block=0)
    assert (rejected["args"]["approver"], rejected["args"]["reason"]) == (second.address, why)
    tx = w3.eth.get_transaction(rejected["transactionHash"])
    assert tx["from"] == first.address  # sent from the sender's own key
    assert w3.eth.get_transaction_count(first.address) == sent_before + 1
    assert w3.eth.get_transaction_count(second.address) == second_before


def test_bad_foreign_and_tampered_signature_files_change_nothing(
    staff, offline, tenv, hostile_api, tmp_path, capsys
):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    proposer, (_, second) = tenv.proposer.address, tenv.approvers
    cli = lambda *a, **k: treasury_cli(staff, tenv, *a, api=hostile_api, **k)  # noqa: E731
    assert cli("propose", "PSTA", report.period, account=proposer, stdin=PW) == 0
    request, signature = tmp_path / "request.json", tmp_path / "signature.json"
    assert cli("export-for-signing", "1", str(request), "--signer", second.address) == 0
    sign = ("sign", str(request), "--out", str(signature), "--yes")
    assert offline_cli(offline, second.address, *sign, stdin=PW) == 0
    good = json.loads(signature.read_text())
    capsys.readouterr()

    def refused(fields: dict, words: str) -> None:
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(fields))
        assert cli("import-signature", str(path)) == 1
        assert words in capsys.readouterr().err
        assert kept(staff, tenv) == []

    refused({**good, "signature": "0x" + "11" * 65}, "checksum does not match")
    foreign = json.loads(json.dumps(good))
    foreign["typed_data"]["domain"]["chainId"] = 1
    refused(checksum_of_fields(foreign), "digest")  # its digest is now wrong too
    refused(checksum_of_fields({**good, "format": "pst-desk/treasury-sign-request"}), "request")
    other = "0x" + "12" * 20
    forged = json.loads(json.dumps(good))
    forged["typed_data"]["domain"]["verifyingContract"] = other
    m = forged["typed_data"]["message"]
    message = ApprovalMessage(
        m["proposalId"],
        bytes.fromhex(m["storeId"][2:]),
        m["period"],
        m["amount"],
        bytes.fromhex(m["reportHash"][2:]),
        m["nonce"],
        m["deadline"],
    )
    forged["digest"] = "0x" + digest(message, 31337, other).hex()
    forged["typed_data"]["domain"]["verifyingContract"] = to_checksum_address(other)
    refused(checksum_of_fields(forged), "not this network's treasury")
    assert cli("import-signature", str(tmp_path / "missing.json")) == 1
    assert kept(staff, tenv) == []
    # a report that no longer matches the proposal's hash is not sent out for signing
    serve_reports(hostile_api, report.model_copy(update={"investor_share": 1}))
    assert (
        cli("export-for-signing", "1", str(tmp_path / "r2.json"), "--signer", second.address) == 1
    )
    assert "cannot be exported for signing" in capsys.readouterr().err
    assert not (tmp_path / "r2.json").exists()
    # the good one, as a scanned QR code's text on standard input
    assert cli("import-signature", "-", stdin=compact(good)) == 0
    assert kept(staff, tenv) == [(second.address, "airgap")]
    # The review: the same file again added a second audit entry; a back-dated file (its
    # checksum recomputed) imported as if signed in 2000.
    capsys.readouterr()
    assert cli("import-signature", str(signature)) == 0
    assert "was imported already. Nothing was changed." in capsys.readouterr().out
    assert [e.details["channel"] for e in signed_entries(staff)] == ["airgap"]
    (entry,) = signed_entries(staff)
    assert entry.details["signed_at_claimed"] is True
    assert abs(entry.details["received_at"] - time.time()) < 120  # this desk's clock
    assert "signed_at_implausible" not in entry.details


def signed_entries(staff):
    db = open_database(staff / "pst-desk.sqlite3")
    try:
        return [e for e in AuditTrail(db).entries() if e.kind == "signed"]
    finally:
        db.close()


def test_a_back_dated_signature_file_is_flagged_as_claimed(
    staff, offline, tenv, hostile_api, tmp_path, capsys
):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    proposer, (_, second) = tenv.proposer.address, tenv.approvers
    cli = lambda *a, **k: treasury_cli(staff, tenv, *a, api=hostile_api, **k)  # noqa: E731
    assert cli("propose", "PSTA", report.period, account=proposer, stdin=PW) == 0
    request, signature = tmp_path / "request.json", tmp_path / "signature.json"
    assert cli("export-for-signing", "1", str(request), "--signer", second.address) == 0
    sign = ("sign", str(request), "--out", str(signature), "--yes")
    assert offline_cli(offline, second.address, *sign, stdin=PW) == 0
    back_dated = checksum_of_fields({**json.loads(signature.read_text()), "signed_at": 946684800})
    path = tmp_path / "back-dated.json"
    path.write_text(json.dumps(back_dated))
    capsys.readouterr()
    assert cli("import-signature", str(path)) == 0
    out, err = capsys.readouterr()
    assert "the file claims it was signed 2000-01-01 00:00 UTC" in out
    assert "before the proposal existed or in the future" in err
    (entry,) = signed_entries(staff)
    assert (entry.details["signed_at"], entry.details["signed_at_implausible"]) == (
        946684800,
        True,
    )


def checksum_of_fields(fields: dict) -> dict:
    return {**fields, "checksum": checksum_of(fields)}


def test_clear_signing_writes_this_networks_descriptors(staff, tenv, tmp_path, capsys):
    out = tmp_path / "erc7730"
    assert treasury_cli(staff, tenv, "clear-signing", str(out)) == 0
    assert "ERC-7730 descriptors for chain 31337" in capsys.readouterr().out
    approval = json.loads((out / "eip712-treasury-approval.json").read_text())
    assert approval["context"]["eip712"]["deployments"] == [
        {"chainId": 31337, "address": tenv.platform.treasury}
    ]
    assert approval["metadata"]["constants"]["stablecoin"] == tenv.platform.stablecoin
    token = json.loads((out / "calldata-profit-share-token.json").read_text())
    assert {"chainId": 31337, "address": tenv.store.token} in token["context"]["contract"][
        "deployments"
    ]
