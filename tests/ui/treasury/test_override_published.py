"""The proposer's override reason reaches approvers on other machines: signed by the proposer
(EIP-712 OverrideReason) once the proposal exists, published through the platform's API, and
shown in the approval view of another data directory only after its signature checks out against
the proposal's proposer and report hash. A real sandbox API server over loopback, anvil."""

from __future__ import annotations

import pytest

from app.backend.client import ApiClient
from app.backend.errors import BackendHttpError
from app.chain.context import ChainContext
from app.config.profiles import NetworkProfile
from app.storage import open_database
from app.treasury.desk import TreasuryDesk
from app.treasury.errors import TreasuryError
from app.treasury.execution import run
from app.treasury.override_note import OverrideNote, sign_override
from app.treasury.queue_watch import SignatureFeed
from app.treasury.signature_exchange import collect_override, publish_override, share_overrides
from tests.app.signers import test_cli_sync
from tests.app.treasury import conftest as treasury_fixtures
from tests.app.treasury.desk_helpers import routed_report, serve_reports
from tests.app.treasury.reports import make_report
from tests.ui.treasury.steps import WAIT, as_account, choose
from tests.ui.treasury.test_approval_view import shown

platform = test_cli_sync.platform  # the sandbox's API server, linked to the treasury
USD = treasury_fixtures.USD
REASON = "银行把十月的退款批次记了两次（工单 4471）；更正在下个月入账。" * 20  # 760 chars


def test_an_override_reason_signed_elsewhere_is_shown_verified(
    qtbot, page, tenv, hostile_api, platform, tmp_path
):
    period = routed_report(tenv).period
    routed = 1_000 * USD
    serve_reports(
        hostile_api,
        make_report(period=period, gross=routed * 15 // 10, settled=routed * 12 // 10,
                    routed=routed, investor_share=299 * USD + 7),
    )  # fmt: skip
    shared = ApiClient(platform.url, hostile_api.token)  # the platform's signature service
    reports = ApiClient(hostile_api.url, hostile_api.token)
    profile = NetworkProfile(
        name="two", rpc_url=tenv.chain.url, registry_address=tenv.platform.registry
    )
    db = open_database(tmp_path / "proposer.sqlite3")  # the proposer's own machine
    chain = ChainContext.open(profile, db)
    try:
        theirs = TreasuryDesk(chain, reports)
        theirs.sync()
        draft = theirs.draft("PSTA", period, REASON).draft
        action = theirs.workflow.propose(draft, tenv.proposer.address)
        done = run(theirs.workflow, action.id, tenv.proposer)
        pid = done.proposal_id
        note = theirs.workflow.override_notes.get(pid)
        assert note is not None and note.reason == REASON
        assert share_overrides(theirs.workflow, shared, []) == 0  # posted, nothing to take in
        assert theirs.workflow.override_notes.unshared() == []
        assert collect_override(shared, pid) == note

        # The API cannot alter it, nor take one the proposer did not sign.
        altered = OverrideNote(pid, note.report_hash, REASON + "!", note.proposer, note.signature)
        proposal = theirs.workflow.reader.proposal(pid)
        by_approver = sign_override(
            tenv.approvers[0], proposal, "forged", theirs.workflow.chain_id,
            theirs.workflow.treasury,
        )  # fmt: skip
        for bad in (altered, by_approver):
            with pytest.raises(BackendHttpError) as refused:
                publish_override(shared, bad)
            assert refused.value.server_code in ("proposer", "duplicate")
            with pytest.raises(TreasuryError):
                page.desk.workflow.keep_override_note(bad)
        assert page.desk.workflow.override_notes.get(pid) is None

        # This page is another data directory: the reason arrives with the next poll, verified.
        page.feed = SignatureFeed(shared)
        as_account(qtbot, page, tenv.approvers[0].address)
        choose(page.queue, pid)
        page.poll.setInterval(100)
        view = shown(qtbot, page.queue, pid)
        qtbot.waitUntil(lambda: view.detail.override_reason == REASON, timeout=WAIT)
        page.poll.stop()
        assert view.detail.override_signed and view.detail.override_by == tenv.proposer.address
        assert view.override.isVisible() and view.override.text() == REASON
        assert tenv.proposer.address in view.override_title.text()
        assert view.override_signer.text() == f"Signed by the proposer ({tenv.proposer.address})"
        (entry,) = [e for e in page.desk.audit.entries() if e.kind == "override"]
        assert (entry.details["channel"], entry.proposal_id) == ("api", pid)
    finally:
        chain.close()
        db.close()
        shared.close()
        reports.close()
