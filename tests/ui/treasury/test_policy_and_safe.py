"""The approval view's policy lines say what blocks and why (a tier above which one more
approval is needed; the monthly cap, which here leaves room), and a Safe approver shows its
owners and threshold."""

from __future__ import annotations

from app.chain.deploy import role
from app.chain.signer import LocalSigner
from app.treasury.safe import sign_as_safe
from app.treasury.typed_approval import SignedDecision, typed_data
from tests.app.treasury import conftest as treasury_fixtures
from tests.app.treasury.desk_helpers import (
    SAFE_THIRD_OWNER,
    routed_report,
    serve_reports,
    treasury_safe,
)
from tests.ui.treasury.steps import WAIT, as_account, choose, confirmed, propose, reload

USD = treasury_fixtures.USD


def shown(qtbot, page, proposal_id=1):
    page.tabs.setCurrentWidget(page.history)
    choose(page.history, proposal_id)
    view = page.history.approval
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.view.id == proposal_id)
    return view


def test_tier_and_monthly_cap_block_in_words_and_a_safe_shows_its_owners(
    qtbot, page, tenv, hostile_api
):
    treasury = tenv.admin.contract("DistributionTreasury", tenv.platform.treasury)
    store = tenv.store.store_id
    cap, interval, _, _ = treasury.functions.policyOf(store).call()
    # Above 100 sUSD a payout needs one more approval; at most 500 sUSD a month.
    tenv.admin.send(treasury.functions.setPolicy(store, cap, interval, 100 * USD, 500 * USD))
    report = routed_report(tenv)  # 300 sUSD to the holders
    serve_reports(hostile_api, report)
    dialog, _ = propose(qtbot, page, "PSTA", report.period)
    confirmed(qtbot, page, dialog.ok.click)
    reload(qtbot, page)
    view = shown(qtbot, page)
    policy = view.policy.text().splitlines()
    assert policy[0] == "⚠ Approvals: 0 of 3 needed — 3 still missing before it can execute"
    tier = next(line for line in policy if "Above" in line)
    assert tier == (
        "⚠ Above 100.00 this store needs 3 approvals (one more than the base) — this amount is "
        "above it"
    )
    velocity = next(line for line in policy if "this month" in line)
    assert velocity == "✓ Paid out this month 0.00 of 500.00 allowed"

    # A 2-of-3 Safe (owners: approver 2, the admin, a third key) holds the approver role and
    # signs.
    first, second = tenv.approvers
    platform = LocalSigner(tenv.admin.account)
    safe = treasury_safe(tenv)
    flow = page.desk.workflow
    proposal, now = flow.proposal_now(1)
    message = flow.approval_message(proposal, safe)
    decision = sign_as_safe(message, flow.chain_id, flow.treasury, safe, [second, platform], now)
    flow.record(decision)
    as_account(qtbot, page, first.address)
    view = shown(qtbot, page)
    qtbot.waitUntil(lambda: len(view.detail.signatures) == 1, timeout=WAIT)
    (line,) = view.detail.signatures
    assert (line.signer, line.channel, line.counts) == (safe, "safe", True)
    assert view.signatures_model.item(0).cells[3] == "Safe (EIP-1271)"
    assert view.safes.text().startswith(f"Safe {safe} (v1.4.1): 2 of 3 owners — ")
    owners = (second.address, tenv.admin.address, SAFE_THIRD_OWNER)
    assert all(owner in view.safes.text() for owner in owners)
    assert view.policy.text().startswith("⚠ Approvals: 1 of 3 needed")

    # Its owner's own approval, kept before the rule (the desk now refuses it): the Safe no
    # longer counts beside it, and the view says why in full.
    personal = flow.approval_message(proposal, second.address)
    signature = second.sign_typed_data(typed_data(personal, flow.chain_id, flow.treasury))
    flow.signatures.add(SignedDecision(personal, second.address, signature, "keystore", now))
    reload(qtbot, page)
    view = shown(qtbot, page)
    qtbot.waitUntil(lambda: len(view.detail.signatures) == 2, timeout=WAIT)
    counted = {s.signer: s.counts for s in view.detail.signatures}
    assert counted == {safe: False, second.address: True}
    assert view.policy.text().startswith("⚠ Approvals: 1 of 3 needed")
    assert (
        f"⚠ The Safe {safe}'s approval of proposal #1 does not count: its owner "
        f"{second.address} approved too"
    ) in view.safes.text()


def test_a_signature_of_an_approver_whose_role_was_revoked_no_longer_counts(
    qtbot, page, tenv, hostile_api
):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    dialog, _ = propose(qtbot, page, "PSTA", report.period)
    confirmed(qtbot, page, dialog.ok.click)
    first = tenv.approvers[0]
    page.desk.workflow.sign_approval(1, first)
    reload(qtbot, page)
    view = shown(qtbot, page)
    qtbot.waitUntil(lambda: len(view.detail.signatures) == 1, timeout=WAIT)
    assert view.detail.signatures[0].counts and page.history.model.item(0).cells[5] == "1 / 2"

    treasury = tenv.admin.contract("DistributionTreasury", tenv.platform.treasury)
    tenv.admin.send(treasury.functions.revokeRole(role("APPROVER_ROLE"), first.address))
    reload(qtbot, page)
    view = shown(qtbot, page)
    qtbot.waitUntil(lambda: not view.detail.signatures[0].counts, timeout=WAIT)
    assert page.history.model.item(0).cells[5] == "0 / 2"  # what execute would count
    assert view.signatures_model.item(0).cells[4] == "does not count now"
    assert view.signatures_model.item(0).tone == "muted"
