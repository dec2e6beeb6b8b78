"""Every treasury action ends in one confirmation step that says exactly what will be signed or
sent; "Back" signs and sends nothing, and the password prompt repeats what it signs."""

from __future__ import annotations

from app.treasury.actions import State
from app.treasury.confirmation import Confirmation
from app.treasury.rules import Status
from tests.app.treasury.desk_helpers import routed_report, serve_reports
from tests.ui.treasury.steps import WAIT, as_account, choose, confirmed, propose, review
from ui.treasury.confirm_dialog import ConfirmDialog, signing_text


def test_propose_and_approve_are_confirmed_with_what_they_sign_and_back_sends_nothing(
    qtbot, page, tenv, hostile_api
):
    asked: list[tuple[str, str]] = []
    signers = {s.address: s for s in [tenv.proposer, *tenv.approvers]}

    def signer_for(account, what):
        asked.append((account, what))
        return signers[account]

    page.signer_for = signer_for
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    treasury = tenv.admin.contract("DistributionTreasury", tenv.platform.treasury)

    dialog, _ = propose(qtbot, page, "PSTA", report.period)
    step = review(qtbot, page, dialog.ok.click)
    rows = {key: label.text() for key, label in step.rows.items()}
    assert rows["store"].startswith("PSTA · 0x")
    assert rows["period"] == report.period
    assert rows["amount"] == "300.00 sUSD"  # the investors' share, as the language writes it
    assert page.snapshot.coin_symbol == "sUSD"  # read from the deployment's stablecoin
    assert rows["report"] == report.report_hash
    assert rows["signer"] == tenv.proposer.address
    assert rows["channel"] == "keystore on this computer"
    assert rows["gas"].startswith("up to ") and "ETH" in rows["gas"]
    assert rows["expiry"].endswith("UTC")
    assert step.confirm_button.text() == "Sign and send"
    with qtbot.assertNotEmitted(page.action_done, wait=300):
        step.reject()  # Back
    assert treasury.functions.proposalCount().call() == 0 and asked == []

    dialog, _ = propose(qtbot, page, "PSTA", report.period)
    action = confirmed(qtbot, page, dialog.ok.click)
    assert action.state == State.CONFIRMED and treasury.functions.proposalCount().call() == 1
    ((account, what),) = asked
    assert account == tenv.proposer.address
    assert what.startswith("Propose a distribution: 300.00 sUSD to the holders of PSTA")
    assert "gas up to" in what

    approver = tenv.approvers[0]
    as_account(qtbot, page, approver.address)
    choose(page.queue, 1)
    step = review(qtbot, page, page.queue.buttons["approve"].click)
    assert step.windowTitle() == "Review before signing"
    assert step.rows["signer"].text() == approver.address
    assert "(" in step.rows["expiry"].text() and "left" in step.rows["expiry"].text()
    assert step.rows["gas"].text() == "no gas: off-chain signature"
    assert step.rows["deadline"].text() == step.rows["expiry"].text().split(" (")[0]
    assert step.rows["nonce"].text() == "0" and step.confirm_button.text() == "Sign"
    for key in ("report", "signer"):  # shown in full, never cut at the dialog's edge
        label = step.rows[key]
        qtbot.waitUntil(label.isVisible)
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    with qtbot.waitSignal(page.finished, timeout=WAIT) as done:
        step.confirm_button.click()
    assert (done.args[0].kind, done.args[0].channel) == ("approval", "keystore")
    assert asked[-1][1].startswith("Approve proposal #1: 300.00 sUSD")
    assert asked[-1][1].endswith("(an off-chain signature, no gas)")


def test_a_rejection_is_signed_then_sent_and_the_confirmation_says_so(
    qtbot, page, tenv, hostile_api
):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    dialog, _ = propose(qtbot, page, "PSTA", report.period)
    confirmed(qtbot, page, dialog.ok.click)
    approver = tenv.approvers[0]
    as_account(qtbot, page, approver.address)
    choose(page.queue, 1)
    reason = "The October refunds are missing from the report; resubmit after the bank's fix."
    page.queue.reason.setText(reason)
    step = review(qtbot, page, page.queue.buttons["reject"].click)
    assert step.rows["gas"].text() == "paid when the signed rejection is sent (estimated then)"
    assert step.rows["note"].text() == reason and step.confirm_button.text() == "Sign and send"
    assert "deadline" in step.rows and step.rows["signer"].text() == approver.address
    with qtbot.waitSignal(page.finished, timeout=WAIT) as done:
        step.confirm_button.click()
    assert done.args[0].state == State.CONFIRMED
    treasury = tenv.admin.contract("DistributionTreasury", tenv.platform.treasury)
    assert treasury.functions.proposal(1).call()[4] == Status.REJECTED
    (kept,) = page.desk.workflow.signatures.for_proposal(1)
    assert (kept.kind, kept.signer, kept.message.reason) == ("rejection", approver.address, reason)


def test_the_confirmation_names_the_platforms_stablecoin_not_a_fixed_one(qtbot):
    confirmation = Confirmation(
        kind="propose", proposal_id=None, symbol="PSTA", store_id="0x" + "ab" * 32,
        period=202611, amount=300_000_000, report_hash="0x" + "cd" * 32, signer="0x" + "11" * 20,
        channel="keystore", gas=90_000, max_fee_wei=None, expiry=1_800_000_000,
        now=1_799_000_000, coin="USDC",
    )  # fmt: skip
    step = ConfirmDialog(confirmation)
    qtbot.addWidget(step)
    assert step.rows["amount"].text() == "300.00 USDC"
    assert signing_text(confirmation).startswith(
        "Propose a distribution: 300.00 USDC to the holders of PSTA"
    )
