"""The Treasury page on anvil with a proposer and two approvers: a whole period through the GUI,
maker-checker in the GUI and on chain, an expired proposal, a cap, a report whose hash does not
match and a reconciliation difference that needs a reason. Reports come from a loopback server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.backend.client import ApiClient
from app.chain.context import ChainContext
from app.config.profiles import NetworkProfile
from app.storage import open_database
from app.treasury.actions import State
from app.treasury.errors import ProposalRefused
from app.treasury.rules import Status
from tests.app.treasury import conftest as treasury_fixtures
from tests.app.treasury.desk_helpers import routed_report, serve_reports
from tests.app.treasury.reports import make_report
from tests.ui.treasury.steps import WAIT, as_account, choose, click, confirmed, propose, reload

USD = treasury_fixtures.USD


def test_a_whole_period_propose_approve_twice_execute_and_verify(qtbot, page, tenv, hostile_api):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    dialog, check = propose(qtbot, page, "PSTA", report.period)
    assert check.refusal == "" and dialog.ok.isEnabled()
    assert "4 of 5 holders paid" in dialog.preview.text()
    action = confirmed(qtbot, page, dialog.ok.click)
    assert action.state == State.CONFIRMED and action.proposal_id == 1
    qtbot.waitUntil(lambda: [v.id for v in page.snapshot.proposals] == [1], timeout=WAIT)

    # Maker-checker in the GUI: not in the proposer's queue; the button says why.
    assert page.snapshot.queue == ()
    choose(page.history, 1)
    assert not page.history.buttons["approve"].isEnabled()
    assert "another approver" in page.history.why.text()
    treasury = tenv.admin.contract("DistributionTreasury", tenv.platform.treasury)
    with pytest.raises(ProposalRefused):  # and in the core, before anything is signed
        page.desk.workflow.sign_approval(1, tenv.proposer)

    for approver in tenv.approvers:
        as_account(qtbot, page, approver.address)
        assert [v.id for v in page.snapshot.queue] == [1]
        assert any("#1" in n and "waits for your approval" in n for n in page.notices)
        choose(page.queue, 1)
        view = page.queue.approval
        qtbot.waitUntil(lambda v=view: v.detail is not None and v.detail.view.id == 1)
        assert "⚠" not in view.reconciliation.text() and "✓" in view.reconciliation.text()
        decision = click(qtbot, page, page.queue.buttons["approve"])
        assert (decision.kind, decision.signer) == ("approval", approver.address)
        assert page.snapshot.queue == ()  # signed off chain, no transaction

    choose(page.history, 1)
    action = click(qtbot, page, page.history.buttons["execute"])
    assert action.state == State.CONFIRMED
    assert treasury.functions.proposal(1).call()[4] == Status.EXECUTED
    token = tenv.admin.contract("ProfitShareToken", tenv.store.token)
    assert token.functions.claimableOf(tenv.holders[0].address).call() > 0
    kinds = [e.kind for e in page.snapshot.audit]
    assert kinds == ["routed", "proposed", "signed", "signed", "executed"]
    assert page.history.model.item(0).cells[-1] != ""  # the execution's tx hash is shown
    page.verify_audit()
    qtbot.waitUntil(lambda: "Verified: 5 entries" in page.audit.result.text())


def test_a_hash_mismatch_a_cap_and_a_difference_each_block_proposing(
    qtbot, qtmodeltester, page, tenv, hostile_api
):
    report = routed_report(tenv, 4_000_000 * USD)  # the investors' share is above the cap
    serve_reports(hostile_api, report)
    dialog, check = propose(qtbot, page, "PSTA", report.period)
    assert check.code == "AboveCap" and not dialog.ok.isEnabled()
    assert "cap per period" in dialog.problem.text()
    dialog.reject()

    tampered = report.model_copy(update={"investor_share": 1_000 * USD})
    serve_reports(hostile_api, tampered)
    dialog, check = propose(qtbot, page, "PSTA", report.period)
    assert check.code == "ReportHashMismatch" and not dialog.ok.isEnabled()
    assert page.stores.periods_model.item(0).tone == "bad"
    for model in (page.stores.stores_model, page.stores.periods_model):
        qtmodeltester.check(model)
    dialog.reject()

    routed = 4_000_000 * USD  # the bank settled 20% more than was routed
    different = make_report(
        period=report.period,
        gross=routed * 15 // 10,
        settled=routed * 12 // 10,
        routed=routed,
        investor_share=900_000 * USD,
    )
    serve_reports(hostile_api, different)
    dialog, check = propose(qtbot, page, "PSTA", report.period)
    assert check.code == "ReconciliationDifference" and not dialog.ok.isEnabled()
    assert "⚠ settled vs routed" in dialog.checks.text()
    # Settled below sales is normal (fees, refunds, lag): the line gives the ratio and its band.
    band = "✓ sales vs settled: 4,800,000.00 is 80.00% of 6,000,000.00 (expected 70.00% to 100.00%)"
    assert band in dialog.checks.text()
    assert page.stores.periods_model.item(0).cells[6].startswith("difference")
    reason = "Bank double-booked a settlement; refund ticket 4471 confirms it."
    with qtbot.waitSignal(dialog.checked, timeout=WAIT) as answer:
        dialog.reason.setPlainText(reason)
    assert answer.args[0].refusal == "" and dialog.ok.isEnabled()
    assert confirmed(qtbot, page, dialog.ok.click).state == State.CONFIRMED
    reload(qtbot, page)
    overrides = [e for e in page.snapshot.audit if e.kind == "override"]
    assert overrides and overrides[0].details["reason"] == reason


def test_an_expired_proposal_leaves_the_queue_and_cannot_be_approved(
    qtbot, page, tenv, hostile_api
):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    dialog, _ = propose(qtbot, page, "PSTA", report.period)
    confirmed(qtbot, page, dialog.ok.click)
    tenv.chain.advance(7 * 86_400 + 1)
    as_account(qtbot, page, tenv.approvers[0].address)
    assert page.snapshot.queue == () and page.snapshot.proposals[0].status == Status.EXPIRED
    choose(page.history, 1)
    assert "expired" in page.history.buttons["approve"].toolTip()
    with qtbot.waitSignal(page.action_failed, timeout=WAIT) as failed:
        page.act("approve", 1)
    assert "expired" in failed.args[0]
    assert page.desk.workflow.signatures.for_proposal(1) == []  # nothing was signed


def test_the_page_appears_only_for_an_unlocked_treasury_account(
    qtbot, qapp, tmp_path, tenv, chain, hostile_api
):
    from app.bank.matching import Tolerances
    from app.config import Settings
    from app.events import EventBus
    from app.wallet.session import WalletSession
    from app.wallet.wallet import Wallet
    from tests.app.treasury.desk_helpers import FAST_N, PASSWORD
    from ui.shared.bridge import EventBridge
    from ui.shared.theme import ThemeManager
    from ui.shell.main_window import MainWindow
    from ui.treasury.attach import TreasuryAttachment

    db = open_database(tmp_path / "store.sqlite3")
    bus = EventBus()
    wallet = Wallet(tmp_path, db, scrypt_n=FAST_N, bus=bus)
    approver, holder = tenv.approvers[0]._account, tenv.holders[0]
    wallet.import_private_key(approver.key.hex(), PASSWORD, PASSWORD)
    wallet.import_private_key(holder.key.hex(), PASSWORD)
    session = WalletSession(wallet, bus=bus)
    theme, bridge = ThemeManager(qapp, "light"), EventBridge(bus)
    window = MainWindow(Settings(), lambda _s: None, theme)
    qtbot.addWidget(window)
    api = ApiClient(hostile_api.url, hostile_api.token)
    attach = TreasuryAttachment(window, bridge, session, theme)
    profile = NetworkProfile(
        name="t", rpc_url=tenv.chain.url, registry_address=tenv.platform.registry
    )
    context = ChainContext(profile, db, bus)
    try:
        tolerances = Tolerances(amount_cents=25, settlement_lag_days=3, routing_lag_days=2)
        attach.set_platform(api, 50, tolerances=tolerances)
        attach.attach(context)
        attach.start()
        qtbot.waitUntil(lambda: attach.desk is not None, timeout=WAIT)
        session.unlock(holder.address, PASSWORD)  # an investor: no treasury role
        qtbot.waitUntil(lambda: not attach._checking, timeout=WAIT)
        assert attach.page is None
        session.lock()
        session.unlock(approver.address, PASSWORD)
        qtbot.waitUntil(lambda: attach.page is not None, timeout=WAIT)
        titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
        row = titles.index("Treasury")  # in its place all along, usable now
        assert window.pages.widget(row) is attach.page
        assert window.sidebar.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
        qtbot.waitUntil(lambda: attach.page.snapshot is not None, timeout=WAIT)
        assert attach.page.snapshot.roles.approver
        assert attach.page.reconciliation is not None  # matches within Settings' tolerances
        assert attach.page.reconciliation.source.tolerances == tolerances
        # Proposals carry the matched bank lines' hash of the same statements.
        evidence = attach.page.evidence
        assert evidence is not None and evidence.audit is attach.desk.audit
        assert evidence.lines_hash_of == attach.page.reconciliation.source.lines_hash
        assert attach.page.queue.approval.evidence is evidence
        assert attach.signer_for(approver.address).address == approver.address
    finally:
        qtbot.waitUntil(lambda: not attach._checking, timeout=WAIT)
        attach.close()
        context.close()
        bridge.close()
        api.close()
        session.lock()
        db.close()
        theme.deleteLater()
        bridge.deleteLater()
