"""Air-gapped approval through the GUI on anvil: the page exports the request (file + QR), the
offline sign view signs it, the page imports the signature back and it counts; a tampered
signature file is refused and changes nothing."""

from __future__ import annotations

import json

from tests.app.treasury.desk_helpers import routed_report, serve_reports
from tests.ui.treasury.steps import WAIT, as_account, choose, confirmed, propose
from ui.treasury.airgap_dialogs import OfflineSignDialog


def test_export_sign_offline_and_import_a_signature(qtbot, page, tenv, hostile_api, tmp_path):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    dialog, _ = propose(qtbot, page, "PSTA", report.period)
    confirmed(qtbot, page, dialog.ok.click)
    offline = tenv.approvers[0]
    as_account(qtbot, page, tenv.approvers[1].address)  # the online colleague
    choose(page.queue, 1)
    assert page.queue.export_button.isEnabled()

    request = tmp_path / "proposal-1.request.json"
    with qtbot.waitSignal(page.exported, timeout=WAIT):
        page.export_for_signing(1, offline.address, request)
    shown = page.qr_dialog
    assert shown.isVisible() and not shown.code.pixmap().isNull()
    assert str(request) in shown.where.text()
    fields = json.loads(request.read_text(encoding="utf-8"))
    assert fields["signer"] == offline.address
    assert fields["typed_data"]["message"]["proposalId"] == 1
    shown.close()

    sign = OfflineSignDialog(lambda _account, _what: offline)  # the offline machine
    qtbot.addWidget(sign)
    sign.load(request)
    assert "Proposal #1: 300.00 sUSD to the holders of PSTA" in sign.details.text()
    with qtbot.waitSignal(sign.confirming) as step:
        sign.decide("approve")
    with qtbot.waitSignal(sign.signed) as done:
        step.args[0].confirm_button.click()
    signature = done.args[0]
    sign.shown.close()

    tampered = tmp_path / "tampered.json"
    forged = json.loads(signature.read_text(encoding="utf-8"))
    forged["signer"] = tenv.approvers[1].address
    tampered.write_text(json.dumps(forged), encoding="utf-8")
    with qtbot.waitSignal(page.import_refused, timeout=WAIT) as refused:
        page.import_signature(tampered)
    assert refused.args[0] and page.desk.workflow.signatures.for_proposal(1) == []

    with qtbot.waitSignal(page.imported, timeout=WAIT) as kept:
        page.import_signature(signature)
    decision = kept.args[0]
    assert (decision.signer, decision.channel, decision.kind) == (
        offline.address, "airgap", "approval",
    )  # fmt: skip
    assert "air-gapped" in page.banner.text()
    qtbot.waitUntil(lambda: page.snapshot.proposals[0].state.approvals == 1, timeout=WAIT)
    choose(page.queue, 1)
    view = page.queue.approval
    qtbot.waitUntil(lambda: view.detail is not None and len(view.detail.signatures) == 1)
    assert view.signatures_model.item(0).cells[3] == "air-gapped file or QR"


def test_an_imported_air_gapped_rejection_is_sent_from_the_audit_tab(
    qtbot, page, tenv, hostile_api, tmp_path
):
    """The offline approver signs a rejection; back online any staff account (here the
    proposer, who could never reject it themselves) sends it from its own key, confirmed first,
    and the proposal is Rejected on chain."""
    from app.treasury.rules import Status
    from tests.ui.treasury.steps import reload

    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    dialog, _ = propose(qtbot, page, "PSTA", report.period)
    confirmed(qtbot, page, dialog.ok.click)
    offline = tenv.approvers[0]
    request = tmp_path / "proposal-1.request.json"
    with qtbot.waitSignal(page.exported, timeout=WAIT):
        page.export_for_signing(1, offline.address, request)
    page.qr_dialog.close()
    sign = OfflineSignDialog(lambda _account, _what: offline)
    qtbot.addWidget(sign)
    sign.load(request)
    sign.reason.setText("the statement shows a refund")
    with qtbot.waitSignal(sign.confirming) as step:
        sign.decide("reject")
    with qtbot.waitSignal(sign.signed) as done:
        step.args[0].confirm_button.click()
    sign.shown.close()
    with qtbot.waitSignal(page.imported, timeout=WAIT):
        page.import_signature(done.args[0])
    assert "Audit tab" in page.banner.text()
    reload(qtbot, page)

    audit = page.audit
    (row,) = [e.seq for e in audit._entries.values() if e.details.get("decision") == "rejection"]
    assert not audit.send_button.isEnabled()
    from ui.treasury.tabs import select_key

    select_key(audit.view, row)
    assert audit.send_button.isEnabled()
    sent = confirmed(qtbot, page, audit.send_button.click)
    assert (sent.kind, sent.state, sent.actor) == ("reject", "confirmed", tenv.proposer.address)
    assert sent.signed_by == offline.address
    assert page.desk.workflow.reader.proposal(1).status == Status.REJECTED


def test_a_request_and_its_signature_travel_as_pictures_of_their_qr_codes(
    qtbot, qapp, language, page, tenv, hostile_api, tmp_path
):
    """No file moves: the offline machine reads a picture of the QR code the page shows, signs,
    and the page imports a picture of the signature's QR code. A picture without a code, a code
    that is not ours and a tampered one are refused in the reader's language, changing nothing."""
    from app.signers.qr import write_qr
    from ui.shared.qr import qr_image

    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    dialog, _ = propose(qtbot, page, "PSTA", report.period)
    confirmed(qtbot, page, dialog.ok.click)
    offline = tenv.approvers[0]
    as_account(qtbot, page, tenv.approvers[1].address)
    with qtbot.waitSignal(page.exported, timeout=WAIT):
        page.export_for_signing(1, offline.address, tmp_path / "proposal-1.request.json")
    request = tmp_path / "request-on-screen.png"  # the camera's view of the page's QR code
    assert page.qr_dialog.code.pixmap().save(str(request), "PNG")
    page.qr_dialog.close()

    sign = OfflineSignDialog(lambda _account, _what: offline)
    qtbot.addWidget(sign)
    sign.load(request)
    assert sign.problem.text() == ""
    assert "Proposal #1: 300.00 sUSD to the holders of PSTA" in sign.details.text()
    with qtbot.waitSignal(sign.confirming) as step:
        sign.decide("approve")
    with qtbot.waitSignal(sign.signed) as done:
        step.args[0].confirm_button.click()
    assert done.args[0] == tmp_path / "request-on-screen.signature.json"
    signature = tmp_path / "signature-photo.jpg"  # a phone's picture: JPEG
    assert sign.shown.code.pixmap().save(str(signature), "JPEG", 80)
    sign.shown.close()

    blank = tmp_path / "blank.png"
    assert qr_image("x").scaled(4, 4).save(str(blank), "PNG")  # a picture, but no code
    foreign = tmp_path / "foreign.png"
    assert qr_image("https://example.com/pay?to=0x01").save(str(foreign), "PNG")
    forged = json.loads(done.args[0].read_text(encoding="utf-8"))
    forged["signer"] = tenv.approvers[1].address
    tampered = tmp_path / "tampered.png"
    write_qr(tampered, forged)
    language.apply("zh_CN")
    qapp.processEvents()
    for picture, said in (
        (blank, "没有可读取的二维码"),
        (foreign, "不是 PST Desk 签名文件"),
        (tampered, "在写入后被改动"),
    ):
        with qtbot.waitSignal(page.import_refused, timeout=WAIT) as refused:
            page.import_signature(picture)
        assert said in refused.args[0] and "没有任何更改" in refused.args[0]
        assert str(picture) in refused.args[0]  # named as the picture, not "QR code"
    assert page.desk.workflow.signatures.for_proposal(1) == []
    language.apply("en")
    qapp.processEvents()

    with qtbot.waitSignal(page.imported, timeout=WAIT) as kept:
        page.import_signature(signature)
    decision = kept.args[0]
    assert (decision.signer, decision.channel, decision.kind) == (
        offline.address, "airgap", "approval",
    )  # fmt: skip
    qtbot.waitUntil(lambda: page.snapshot.proposals[0].state.approvals == 1, timeout=WAIT)
