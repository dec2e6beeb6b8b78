"""Approving as a Safe on the Treasury page, on anvil with a real Safe 1.4.1 (2 of 3: approver 2,
the admin "Platform" and a third key): approver 1 signs air-gapped; approver 2 and the Platform
each press "Approve for Safe 0x…", read what is signed (the Safe message for the proposal) and
give the password; the view shows "Safe 0x…: k of n owners signed" and who; at the threshold
the Safe's approval is recorded and the payout executes. A key counts once per proposal."""

from __future__ import annotations

from app.chain.signer import LocalSigner
from app.treasury.actions import State
from app.treasury.rules import Status
from app.treasury.safe_approvals import SafeProgress
from tests.app.treasury.desk_helpers import (
    SAFE_THIRD_OWNER,
    routed_report,
    serve_reports,
    treasury_safe,
)
from tests.ui.treasury.steps import WAIT, as_account, choose, click, confirmed, propose, review


def detail_of(qtbot, tab, proposal_id):
    tab.parent().parent().setCurrentWidget(tab)  # the page's tabs: as a person would
    choose(tab, proposal_id)
    view = tab.approval
    qtbot.waitUntil(
        lambda: view.detail is not None and view.detail.view.id == proposal_id, timeout=WAIT
    )
    return view


def test_the_safe_approves_through_two_owners_on_the_desk_then_it_executes(
    qtbot, page, tenv, hostile_api
):
    safe = treasury_safe(tenv)
    first, second = tenv.approvers
    platform = LocalSigner(tenv.admin.account)
    asked: list[tuple[str, str]] = []
    signers = {s.address: s for s in [tenv.proposer, first, second, platform]}

    def signer_for(account, what):
        asked.append((account, what))
        return signers[account]

    page.signer_for = signer_for
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    dialog, _ = propose(qtbot, page, "PSTA", report.period)
    confirmed(qtbot, page, dialog.ok.click)
    page.desk.workflow.sign_approval(1, first, channel="airgap")  # approver 1, air-gapped

    # Approver 1 owns no part of the Safe: no Safe button for them.
    as_account(qtbot, page, first.address)
    assert not page.snapshot.safes

    # Approver 2: the queue offers "Approve for Safe 0x…" next to Approve.
    as_account(qtbot, page, second.address)
    view = detail_of(qtbot, page.queue, 1)
    assert view.safe_progress.text().splitlines()[0] == f"Safe {safe}: 0 of 2 owners signed"
    button = page.queue.safe_buttons[safe]
    assert button.isEnabled() and page.queue.buttons["approve"].isEnabled()
    step = review(qtbot, page, button.click)
    assert step.heading.text() == f"Approve proposal #1 for Safe {safe}"
    assert "the Safe message for proposal #1" in step.lead.text()
    rows = {key: label.text() for key, label in step.rows.items()}
    assert rows["safe"] == f"{safe}: 0 of 2 owners signed"
    assert rows["signer"] == second.address and rows["channel"] == "Safe (EIP-1271)"
    assert rows["gas"] == "no gas: off-chain signature"
    assert step.confirm_button.text() == "Sign"
    with qtbot.waitSignal(page.finished, timeout=WAIT) as done:
        step.confirm_button.click()
    progress = done.args[0]
    assert isinstance(progress, SafeProgress) and (progress.count, progress.approved) == (1, False)
    account, what = asked[-1]
    assert account == second.address
    assert what.startswith(f"Approve proposal #1 for Safe {safe}: 300.00 sUSD")
    assert "the Safe message for proposal #1" in what
    assert page.banner.text() == (
        f"Safe {safe}: 1 of 2 owners signed — your part is kept; 1 more owner(s) must sign."
    )
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        pass
    view = detail_of(qtbot, page.queue, 1)
    qtbot.waitUntil(lambda: view.detail.safe_progress[0].count == 1, timeout=WAIT)
    lines = view.safe_progress.text().splitlines()
    assert lines[:2] == [f"Safe {safe}: 1 of 2 owners signed", f"✓ Signed: {second.address}"]
    assert lines[2] == f"Waiting for 1 more of: {tenv.admin.address}, {SAFE_THIRD_OWNER}"
    # Their part went to the Safe: neither Approve nor the Safe's button again.
    assert not page.queue.safe_buttons[safe].isEnabled()
    approve = page.queue.buttons["approve"]
    assert not approve.isEnabled()
    assert approve.toolTip() == (
        "Your part went to the Safe's approval: a key counts once per proposal."
    )

    # The Platform, an owner without a treasury role of its own: all proposals, the same step.
    as_account(qtbot, page, platform.address)
    detail_of(qtbot, page.history, 1)
    button = page.history.safe_buttons[safe]
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)
    step = review(qtbot, page, button.click)
    assert step.rows["safe"].text() == (f"{safe}: 1 of 2 owners signed\n✓ {second.address}")
    with qtbot.waitSignal(page.finished, timeout=WAIT) as done:
        step.confirm_button.click()
    assert done.args[0].approved
    assert page.banner.text() == (
        f"Safe {safe}: 2 of 2 owners signed — the Safe's approval of proposal #1 is recorded "
        "(no gas)."
    )
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        pass
    view = detail_of(qtbot, page.history, 1)
    qtbot.waitUntil(lambda: any(s.signer == safe for s in view.detail.signatures), timeout=WAIT)
    assert "The Safe's approval is recorded." in view.safe_progress.text()
    assert page.history.model.item(0).cells[5] == "2 / 2"
    assert page.history.safe_buttons[safe].toolTip() == "The Safe has approved it."

    # Approver 2 executes with approver 1's signature and the Safe's.
    as_account(qtbot, page, second.address)
    detail_of(qtbot, page.history, 1)
    action = click(qtbot, page, page.history.buttons["execute"])
    assert action.state == State.CONFIRMED
    treasury = tenv.admin.contract("DistributionTreasury", tenv.platform.treasury)
    assert treasury.functions.proposal(1).call()[4] == Status.EXECUTED
