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
