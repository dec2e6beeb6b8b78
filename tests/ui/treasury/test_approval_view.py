"""The approval view on anvil: an approver reads the report, the reconciliation with the
proposer's override reason in full, every holder's payout (searchable, adding up to the amount to
the base unit), the policy lines and the signatures so far as they arrive."""

from __future__ import annotations

from dataclasses import replace

from app.errors import Phrase
from app.services.proposal_evidence import NOTE_ACTION, ProposalEvidence
from tests.app.treasury import conftest as treasury_fixtures
from tests.app.treasury.desk_helpers import routed_report, serve_reports
from tests.app.treasury.reports import make_report
from tests.ui.treasury.steps import WAIT, as_account, choose, click, confirmed, propose

USD = treasury_fixtures.USD
REASON = (
    "The bank booked the October refund batch twice (ticket 4471); its correction lands next "
    "month, so the routed amount is the true one. Checked with operations on the call of "
    "3 November; the bank's letter is in the shared drive under treasury/2026-10/refunds.pdf."
)


def shown(qtbot, tab, proposal_id):
    tab.parent().parent().setCurrentWidget(tab)  # the page's tabs: as a person would
    view = tab.approval
    qtbot.waitUntil(
        lambda: view.detail is not None and view.detail.view.id == proposal_id, timeout=WAIT
    )
    return view


def test_an_approver_sees_the_override_reason_every_payout_and_each_signature(
    qtbot, qtmodeltester, page, tenv, hostile_api, language, qapp
):
    period = routed_report(tenv).period
    routed = 1_000 * USD  # routed_report routes this much; the bank says it settled 20% more
    different = make_report(
        period=period,
        gross=routed * 15 // 10,
        settled=routed * 12 // 10,
        routed=routed,
        investor_share=299 * USD + 7,
    )
    serve_reports(hostile_api, different)
    dialog, check = propose(qtbot, page, "PSTA", period, reason=REASON)
    assert check.refusal == "", check.refusal
    confirmed(qtbot, page, dialog.ok.click)

    first, second = tenv.approvers
    as_account(qtbot, page, first.address)
    choose(page.queue, 1)
    view = shown(qtbot, page.queue, 1)
    detail = view.detail
    assert view.override.isVisible() and view.override.text() == REASON  # in full
    assert tenv.proposer.address in view.override_title.text()
    # Whether the proposer signed those words (checked against the proposal) is said beside them.
    assert detail.override_signed and view.override_signer.isVisible()
    assert view.override_signer.text() == f"Signed by the proposer ({tenv.proposer.address})"
    view.show_detail(replace(detail, override_signed=False))  # only this desk's own record
    assert view.override_signer.text() == "Not signed: recorded on this computer only"
    language.apply("zh_CN")
    qapp.processEvents()
    assert view.override_signer.text() == "未签名：仅记录在本机"
    view.show_detail(detail)
    assert view.override_signer.text() == f"已由提议人签名（{tenv.proposer.address}）"
    language.apply("en")
    qapp.processEvents()
    assert "⚠" in view.reconciliation.text()
    assert "routed 16.66% less than settled" in view.reconciliation.text()
    assert (
        "(30.00% of it)" in view.report.text() and "tolerance 0.50 %" in view.reconciliation.text()
    )
    assert "bp" not in view.report.text() + view.reconciliation.text()  # plain words only
    assert "0x" + bytes(detail.view.state.report_hash).hex() in view.status.text()
    assert different.report_hash in view.status.text()

    # Every holder, exact integers: the payouts plus what stays in the token are the amount.
    assert view.holders_model.rowCount() == len(treasury_fixtures.HOLDINGS)
    assert sum(h.payout for h in detail.holders) == detail.total_paid
    assert detail.total_paid + detail.dust == detail.amount == 299 * USD + 7
    assert view.total.text().startswith("✓") and "299.000007" in view.total.text()
    # Fractions the token kept from earlier payouts can complete a unit now: the holders get
    # one more than the amount, and the line says where it comes from.
    earlier = replace(detail, total_paid=detail.amount + 1, dust=-1)
    view._show_holders(earlier)
    said = view.total.text()
    assert said.startswith("✓") and "including 1 base unit the token kept from earlier" in said
    assert f"Paid to {len(treasury_fixtures.HOLDINGS)} holders:" in said
    assert "-1" not in said and "299.000008" in said
    view._show_holders(detail)
    # A problem found while reading (the holder list short of the supply while an indexer lags,
    # the report changed since) reads in the language shown, again after a change of language.
    problems = replace(
        detail,
        report_problem=Phrase("treasury.report_moved"),
        preview_problem=Phrase("treasury.incomplete_holders", supply=1, total=2),
    )
    view.show_detail(problems)
    assert view.total.text().startswith("⚠ The holder list is incomplete: balances add up to 1,")
    language.apply("zh_TW")
    qapp.processEvents()
    assert "⚠ 後端現在提供的報告與提案的雜湊值不符。" in view.report.text()
    assert view.total.text() == (
        "⚠ 持有人列表不完整：餘額合計為 1，而代幣供應量為 2。請重新整理持有人列表後重試。"
    )
    language.apply("en")
    qapp.processEvents()
    assert "⚠ The report the backend serves now does not have the proposal's hash." in (
        view.report.text()
    )
    view.show_detail(detail)
    qtmodeltester.check(view.holders_model)
    target = tenv.holders[2].address
    view.search.setText(target[2:10].lower())
    assert view.holders_filter.rowCount() == 1
    assert view.holders_filter.index(0, 0).data() == target
    view.search.clear()
    assert view.holders_filter.rowCount() == len(treasury_fixtures.HOLDINGS)

    assert detail.signatures == () and view.no_signatures.isVisible()
    assert "Approvals: 0 of 2 needed" in view.policy.text() and view.policy.text().startswith(
        "⚠ Approvals"
    )
    assert "Expires" in view.policy.text()

    click(qtbot, page, page.queue.buttons["approve"])
    as_account(qtbot, page, second.address)
    choose(page.queue, 1)
    view = shown(qtbot, page.queue, 1)
    (signature,) = view.detail.signatures
    assert (signature.signer, signature.kind) == (first.address, "approval")
    assert signature.channel == "keystore" and signature.signed_at > 0 and signature.counts
    assert view.signatures_model.rowCount() == 1
    assert view.signatures_model.item(0).cells[0] == first.address
    assert view.signatures_model.item(0).cells[3] == "keystore on this computer"
    assert "Approvals: 1 of 2 needed" in view.policy.text()
    qtmodeltester.check(view.signatures_model)


def test_a_proposal_carries_its_bank_lines_hash_and_the_approver_sees_it_checked(
    qtbot, page, tenv, hostile_api
):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    # The matched lines' hash as app.bank would give it: the proposal's, then after a line
    # was re-imported with another amount. The service, the audit trail and the chain are real.
    proposed, later = "0x" + "ab" * 32, "0x" + "cd" * 32
    hashes = {(report.merchant_id, report.period): proposed}
    evidence = ProposalEvidence(
        lambda merchant, period: hashes.get((merchant, period)), page.desk.audit
    )
    page.evidence = evidence
    for tab in page.proposal_tabs:
        tab.approval.evidence = evidence
    dialog, check = propose(qtbot, page, "PSTA", report.period)
    assert check.review.draft.lines_hash == proposed
    assert dialog.hash.text() == report.report_hash and dialog.lines_hash.text() == proposed
    confirmed(qtbot, page, dialog.ok.click)
    notes = [e for e in page.desk.audit.entries() if e.details.get("action") == NOTE_ACTION]
    assert [n.details["lines_hash"] for n in notes] == [proposed]
    assert notes[0].details["report_hash"] == report.report_hash

    as_account(qtbot, page, tenv.approvers[0].address)
    choose(page.queue, 1)
    view = shown(qtbot, page.queue, 1)
    qtbot.waitUntil(lambda: view.lines is not None, timeout=WAIT)
    said = view.bank_lines.text()
    assert f"Report hash {report.report_hash}" in said
    assert f"Bank lines hash as proposed {proposed}" in said
    assert f"Bank lines hash now {proposed}" in said and "✓" in said and "⚠" not in said

    hashes[(report.merchant_id, report.period)] = later  # the lines changed since
    proposal = page.queue.selected()
    view.load(proposal.id, page.queue.loader(proposal))
    qtbot.waitUntil(lambda: view.lines is not None and view.lines.flagged, timeout=WAIT)
    said = view.bank_lines.text()
    assert f"Bank lines hash now {later}" in said and "⚠" in said
    assert view.bank_lines.objectName() == "fail"
