"""The queue and the history update by themselves when a colleague signs: within the refresh
interval, rows change in place (the selection and the scroll stay), the approvals read "n / m",
and the notices say what changed: waiting, ready to execute (★), executed."""

from __future__ import annotations

from app.treasury.actions import Kind
from app.treasury.execution import run
from tests.app.treasury.desk_helpers import routed_report, serve_reports
from tests.ui.treasury.steps import WAIT, as_account, choose, confirmed, propose

POLL_MS = 100


def approvals_cell(tab, proposal_id):
    model = tab.model
    row = model.keys().index(proposal_id)
    return model.item(row).cells[5]


def test_a_colleagues_signature_shows_without_a_refresh_and_ready_is_announced(
    qtbot, page, tenv, hostile_api
):
    posted: list[tuple[str, str, bool]] = []
    page._notify = lambda title, text, starred: posted.append((title, text, starred))
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    dialog, _ = propose(qtbot, page, "PSTA", report.period)
    confirmed(qtbot, page, dialog.ok.click)
    as_account(qtbot, page, tenv.approvers[1].address)
    assert posted and posted[-1][0] == "Approval waiting" and "#1" in posted[-1][1]
    as_account(qtbot, page, tenv.proposer.address)  # the proposer watches it through
    page.tabs.setCurrentWidget(page.history)
    choose(page.history, 1)
    assert approvals_cell(page.history, 1) == "0 / 2"
    resets: list[int] = []
    page.history.model.modelReset.connect(lambda: resets.append(1))
    page.poll.setInterval(POLL_MS)

    flow = page.desk.workflow  # colleagues sign through their own desks (CLI, API, files)
    first, second = tenv.approvers
    flow.sign_approval(1, first)  # a signature: no block, only the signature store moves
    qtbot.waitUntil(lambda: approvals_cell(page.history, 1) == "1 / 2", timeout=WAIT)
    assert page.history.selected().id == 1 and resets == []  # in place: selection kept
    view = page.history.approval
    qtbot.waitUntil(lambda: len(view.detail.signatures) == 1, timeout=WAIT)
    assert view.detail.signatures[0].signer == first.address
    assert not any(starred for *_, starred in posted)

    flow.sign_approval(1, second)
    qtbot.waitUntil(lambda: approvals_cell(page.history, 1) == "2 / 2", timeout=WAIT)
    qtbot.waitUntil(lambda: any(starred for *_, starred in posted), timeout=WAIT)
    title, text, _ = next(p for p in posted if p[2])
    assert title == "★ Ready to execute" and "proposal #1" in text and "★" in text
    assert page.history.buttons["execute"].isEnabled()

    run(flow, flow.act(Kind.EXECUTE, 1, first.address).id, first)  # executed elsewhere
    qtbot.waitUntil(lambda: posted[-1][0] == "Payout executed", timeout=WAIT)
    qtbot.waitUntil(lambda: page.history.model.item(0).cells[4] == "executed", timeout=WAIT)
    page.poll.stop()
