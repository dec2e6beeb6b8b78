"""Air-gapped signing files: round trip through files and QR codes, and every bad, foreign or
tampered file refused with its own error while nothing changes."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from eth_account import Account

from app.backend.canonical import report_hash
from app.chain.signer import LocalSigner
from app.signers.airgap import (
    Expected,
    SignRequest,
    answer,
    checksum_of,
    compact,
    read_request,
    read_signature,
    reason_digest,
    write_json,
)
from app.signers.airgap_signer import AirgapSigner
from app.signers.errors import AirgapFileError, AirgapPending, SignerError
from app.signers.qr import write_qr
from app.treasury.typed_approval import ApprovalMessage, recover, typed_data

TREASURY = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
KEY = "0x" + "42" * 32
OFFLINE = LocalSigner.from_key(KEY)


class OfflineKey(LocalSigner):
    """A software key that signs typed data too (the keystore and Ledger signers are tested on
    their own; here the files are the subject)."""

    def sign_typed_data(self, typed: dict[str, Any]) -> bytes:
        return bytes(Account.sign_typed_data(KEY, full_message=typed).signature)


def report_fields() -> dict[str, Any]:
    body = {
        "token_symbol": "PSTGLIM",
        "merchant_id": "M00042",
        "period": "2026-10",
        "gross_sales": 120_000_000_000,
        "settled_proceeds": 100_000_000_000,
        "routed_on_chain": 100_000_000_000,
        "investor_share": 20_000_000_000,
        "platform_fee": 2_000_000_000,
        "merchant_share": 78_000_000_000,
        "investor_share_bp": 2000,
        "published_at": "2026-11-03T00:00:00Z",
    }
    return {**body, "report_hash": report_hash(body)}


def reconciliation(
    routed: int = 100_000_000_000,
    credited: int | None = 20_000_000_000,
    override: str | None = None,
) -> dict[str, Any]:
    """The summary the desk writes for `report_fields()` and these chain figures."""
    from app.backend.models import RevenueReport
    from app.treasury.reconcile import reconcile, summary_of

    report = RevenueReport.model_validate(report_fields())
    rec = reconcile(report, routed, tolerance_bp=50, credited_to_investors=credited)
    inputs = {"routed_on_chain": routed, "credited_to_investors": credited}
    return {**summary_of(rec), "inputs": inputs, "override_reason": override}


RECONCILIATION = reconciliation()


def make_request(chain_id: int = 31337, treasury: str = TREASURY) -> SignRequest:
    report = report_fields()
    message = ApprovalMessage(
        proposal_id=3,
        store_id=bytes.fromhex("aa" * 32),
        period=202610,
        amount=20_000_000_000,
        report_hash=bytes.fromhex(report["report_hash"][2:]),
        nonce=0,
        deadline=1_900_000_000,
    )
    return SignRequest(message, chain_id, treasury, OFFLINE.address, report, RECONCILIATION)


def write(path: Path, fields: dict[str, Any]) -> Path:
    path.write_text(json.dumps(fields), encoding="utf-8")
    return path


def resealed(fields: dict[str, Any]) -> dict[str, Any]:
    """A forger's copy: the checksum recomputed after the change."""
    return {**fields, "checksum": checksum_of(fields)}


def refused(code: str, call: Any, *args: Any) -> AirgapFileError:
    with pytest.raises(AirgapFileError) as error:
        call(*args)
    assert error.value.code == code, error.value.code
    for language in ("en", "zh_CN", "zh_TW"):
        assert "{" not in error.value.text(language)
    return error.value


def test_request_and_signature_round_trip(tmp_path):
    request = make_request()
    path = tmp_path / "request.json"
    write_json(path, request.fields())
    read = read_request(path, Expected(31337, TREASURY))
    assert read == request
    signed = answer(read, OfflineKey(Account.from_key(KEY)), signed_at=1_800_000_000)
    sig_path = tmp_path / "signature.json"
    write_json(sig_path, signed.fields())
    back = read_signature(sig_path, Expected(31337, TREASURY))
    assert back == signed and back.kind == "approval"
    assert recover(back.message, 31337, TREASURY, back.signature) == OFFLINE.address
    assert back.request_checksum == request.fields()["checksum"]


def test_a_signed_rejection_carries_its_reason(tmp_path):
    signed = answer(
        make_request(), OfflineKey(Account.from_key(KEY)), signed_at=1, reject_reason="Wrong 月"
    )
    path = write_json_at(tmp_path / "sig.json", signed.fields())
    back = read_signature(path)
    assert back.kind == "rejection" and back.reason == "Wrong 月"
    forged = signed.fields()
    forged["reason"] = "Another reason"
    refused("signer.airgap_typed_data", read_signature, write(path, resealed(forged)))


def write_json_at(path: Path, fields: dict[str, Any]) -> Path:
    write_json(path, fields)
    return path


def test_the_qr_code_holds_the_same_json(tmp_path):
    import zxingcpp  # a runtime dependency: the app reads QR pictures
    from PIL import Image

    fields = make_request().fields()
    write_qr(tmp_path / "request.png", fields)
    [decoded] = zxingcpp.read_barcodes(Image.open(tmp_path / "request.png"))
    assert decoded.text == compact(fields)
    assert read_request(decoded.text) == make_request()  # a scanned code reads like the file


MAX_REASONS = ("x" * 2_000, ("银行重复入账了十月的退款批次" * 143)[:2_000])  # the most allowed


@pytest.mark.parametrize("reason", MAX_REASONS, ids=["latin", "cjk"])
def test_a_request_with_the_longest_override_reason_still_fits_one_qr_code(tmp_path, reason):
    """The reason's words stay in the file; the QR code holds their SHA-256 beside everything
    the signer checks (it overflowed at 3,059 bytes with a 260-character reason)."""
    import zxingcpp  # a runtime dependency: the app reads QR pictures
    from PIL import Image

    assert len(reason) == 2_000
    request = replace(make_request(), reconciliation=reconciliation(override=reason))
    fields = request.fields()
    assert len(compact(fields).encode()) > 2_953  # one code's most at low error correction
    write_qr(tmp_path / "request.png", fields)
    [decoded] = zxingcpp.read_barcodes(Image.open(tmp_path / "request.png"))
    scanned = read_request(decoded.text)
    assert scanned.message == request.message and scanned.report == request.report
    assert "override_reason" not in scanned.reconciliation
    assert scanned.reconciliation["override_reason_sha256"] == reason_digest(reason)
    assert (
        read_request(write(tmp_path / "file.json", fields)).reconciliation["override_reason"]
        == reason
    )  # the file keeps the words
    both = json.loads(json.dumps(fields))
    both["reconciliation"]["override_reason_sha256"] = reason_digest(reason + ".")
    refused(
        "signer.airgap_reconciliation", read_request, write(tmp_path / "b.json", resealed(both))
    )


def test_files_are_never_overwritten(tmp_path):
    path = tmp_path / "request.json"
    path.write_text("someone's file")
    refused("signer.airgap_exists", write_json, path, make_request().fields())
    refused("signer.airgap_exists", write_qr, path, make_request().fields())
    assert path.read_text() == "someone's file"


def test_bad_files(tmp_path):
    path = tmp_path / "f.json"
    path.write_bytes(b"\x89PNG\r\n")
    refused("signer.airgap_not_ours", read_request, path)
    refused("signer.airgap_not_ours", read_request, write(path, [1, 2]))  # type: ignore[arg-type]
    refused("signer.airgap_not_ours", read_request, write(path, {"format": "x"}))
    refused("signer.airgap_unreadable", read_request, tmp_path / "missing.json")
    fields = make_request().fields()
    refused("signer.airgap_wrong_kind", read_signature, write(path, fields))
    refused("signer.airgap_version", read_request, write(path, resealed({**fields, "version": 2})))
    no_report = resealed({k: v for k, v in fields.items() if k != "report"})
    refused("signer.airgap_field", read_request, write(path, no_report))


def test_tampered_requests(tmp_path):
    path = tmp_path / "f.json"
    fields = make_request().fields()

    amount_changed = json.loads(json.dumps(fields))
    amount_changed["typed_data"]["message"]["amount"] += 1
    refused("signer.airgap_checksum", read_request, write(path, amount_changed))
    refused("signer.airgap_digest", read_request, write(path, resealed(amount_changed)))

    types_changed = json.loads(json.dumps(fields))
    types_changed["typed_data"]["types"]["Approval"][3]["type"] = "uint128"
    refused("signer.airgap_typed_data", read_request, write(path, resealed(types_changed)))

    report_changed = json.loads(json.dumps(fields))
    report_changed["report"]["investor_share"] += 1
    refused("signer.airgap_report_mismatch", read_request, write(path, resealed(report_changed)))

    rehashed = json.loads(json.dumps(report_changed))
    body = {k: v for k, v in rehashed["report"].items() if k != "report_hash"}
    rehashed["report"]["report_hash"] = report_hash(body)  # now it no longer matches the message
    refused("signer.airgap_report_mismatch", read_request, write(path, resealed(rehashed)))


def test_foreign_files(tmp_path):
    path = write_json_at(tmp_path / "f.json", make_request(chain_id=1).fields())
    error = refused("signer.airgap_other_chain", read_request, path, Expected(31337, TREASURY))
    assert "chain 1" in error.text("en") and "31337" in error.text("en")
    other = "0x" + "12" * 20
    path = write_json_at(tmp_path / "g.json", make_request(treasury=other).fields())
    refused("signer.airgap_other_treasury", read_request, path, Expected(31337, TREASURY))


def test_a_signature_that_does_not_recover_to_the_named_signer(tmp_path):
    signed = answer(make_request(), OfflineKey(Account.from_key(KEY)), signed_at=1).fields()
    stranger = Account.create()
    forged = dict(signed)
    forged["signer"] = stranger.address
    path = tmp_path / "sig.json"
    error = refused("signer.airgap_wrong_signer", read_signature, write(path, resealed(forged)))
    assert OFFLINE.address in error.text("en")
    broken = dict(signed)
    broken["signature"] = "0x" + "00" * 65
    refused("signer.airgap_bad_signature", read_signature, write(path, resealed(broken)))


def test_only_the_asked_signer_answers():
    with pytest.raises(AirgapFileError) as error:
        answer(make_request(), OfflineKey(Account.create()), signed_at=1)
    assert error.value.code == "signer.airgap_not_the_signer"


def test_airgap_signer_writes_the_request_then_reads_the_signature(tmp_path):
    request_path, signature_path = tmp_path / "req.json", tmp_path / "sig.json"
    request = make_request()
    signer = AirgapSigner(
        OFFLINE.address,
        request_path,
        signature_path,
        report=request.report,
        reconciliation=RECONCILIATION,
        qr_path=tmp_path / "req.png",
    )
    typed = typed_data(request.message, 31337, TREASURY)
    with pytest.raises(AirgapPending) as pending:
        signer.sign_typed_data(typed)
    assert str(request_path) in pending.value.text("en")
    assert (tmp_path / "req.png").stat().st_size > 0
    # the offline machine
    offline = answer(read_request(request_path), OfflineKey(Account.from_key(KEY)), signed_at=5)
    write_json(signature_path, offline.fields())
    signature = signer.sign_typed_data(typed)
    assert recover(request.message, 31337, TREASURY, signature) == OFFLINE.address
    other = typed_data(make_request(chain_id=31337).message, 31337, "0x" + "12" * 20)
    with pytest.raises(AirgapFileError):
        signer.sign_typed_data(other)
    with pytest.raises(SignerError) as no_tx:
        signer.sign_transaction({})
    assert no_tx.value.code == "signer.airgap_no_transactions"


def test_a_replaced_reconciliation_is_refused(tmp_path):
    """The review: a flagged reconciliation replaced by a clean one, the checksum recomputed,
    was shown as "reconciliation: ok" and signed. The summary is recomputed from the report
    (covered by the reportHash signed) and the chain's figures the file states."""
    flagged = dataclasses.replace(
        make_request(), reconciliation=reconciliation(routed=80_000_000_000)
    )
    fields = flagged.fields()
    assert read_request(write(tmp_path / "genuine.json", fields)).reconciliation["ok"] is False
    clean = {
        "checks": [],
        "ok": True,
        "override_reason": None,
        "platform_sales": 1,
        "routed": 1,
        "settled": 1,
        "tolerance_bp": 50,
    }  # fmt: skip (the review's replacement)
    for n, rec in enumerate([
        clean,
        {**clean, "inputs": fields["reconciliation"]["inputs"]},
        {**fields["reconciliation"], "ok": True},
        {**fields["reconciliation"], "checks": [
            {**c, "flagged": False} for c in fields["reconciliation"]["checks"]]},
        {"ok": True, "checks": [], "missing": True},
    ]):  # fmt: skip
        path = write(tmp_path / f"forged-{n}.json", resealed({**fields, "reconciliation": rec}))
        refused("signer.airgap_reconciliation", read_request, path)


def test_a_rejection_reason_is_capped_where_it_is_signed_and_never_breaks_sharing(tmp_path):
    """Over 1,000 characters (what the platform's API takes) an offline rejection is refused
    before signing; one signed before the cap is kept, and sharing it only warns."""
    from app.backend.client import ApiClient
    from app.cli.treasury_sign import _share
    from app.treasury.errors import ProposalRefused
    from app.treasury.queue_watch import SignatureFeed
    from app.treasury.typed_approval import RejectionMessage, SignedDecision

    request = make_request()
    with pytest.raises(ProposalRefused) as too_long:
        answer(request, OfflineKey.from_key(KEY), signed_at=1, reject_reason="r" * 1_001)
    assert "at most 1000" in too_long.value.user_message
    assert "最多 1000" in too_long.value.text("zh_CN")
    signed = answer(request, OfflineKey.from_key(KEY), signed_at=1, reject_reason="r" * 1_000)
    assert signed.reason == "r" * 1_000

    m = request.message
    older = RejectionMessage(
        m.proposal_id, m.store_id, m.period, m.amount, m.report_hash, "r" * 1_001, 0, m.deadline
    )
    decision = SignedDecision(older, OFFLINE.address, b"\x01" * 65, "airgap", 1)
    with ApiClient("http://127.0.0.1:9", "token") as api:  # never reached: refused before
        feed = SignatureFeed(api)
        assert feed.share(decision) is False and feed.unshared == []  # never retried
        _share(api, decision)  # the CLI's: a warning, no traceback
