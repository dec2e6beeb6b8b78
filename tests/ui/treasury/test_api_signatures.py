"""Signatures through the platform's API: an approval signed on a colleague's machine reaches
this page within the refresh interval (no manual refresh), and this page's own approval is
posted for the others. A real sandbox API server over loopback, verifying against anvil."""

from __future__ import annotations

from app.backend.client import ApiClient
from app.chain.context import ChainContext
from app.config.profiles import NetworkProfile
from app.storage import open_database
from app.treasury.desk import TreasuryDesk
from app.treasury.queue_watch import SignatureFeed
from app.treasury.signature_exchange import collect, publish
from tests.app.signers import test_cli_sync
from tests.app.treasury.desk_helpers import routed_report, serve_reports
from tests.ui.treasury.steps import WAIT, as_account, choose, click, confirmed, propose

platform = test_cli_sync.platform  # the sandbox's API server, linked to the treasury


def test_a_colleagues_approval_arrives_through_the_api_and_ours_is_posted(
    qtbot, page, tenv, hostile_api, platform, tmp_path
):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    dialog, _ = propose(qtbot, page, "PSTA", report.period)
    confirmed(qtbot, page, dialog.ok.click)
    api = ApiClient(platform.url, hostile_api.token)
    page.feed = SignatureFeed(api)  # the platform's API (reports come from the test server)
    as_account(qtbot, page, tenv.approvers[1].address)
    page.tabs.setCurrentWidget(page.queue)
    choose(page.queue, 1)

    # The colleague's machine: its own store, its own desk; it signs and posts.
    profile = NetworkProfile(
        name="two", rpc_url=tenv.chain.url, registry_address=tenv.platform.registry
    )
    db = open_database(tmp_path / "two.sqlite3")
    chain = ChainContext.open(profile, db)
    try:
        theirs = TreasuryDesk(chain, api).workflow
        first = tenv.approvers[0]
        publish(api, theirs.sign_approval(1, first))
        page.poll.setInterval(100)
        view = page.queue.approval
        qtbot.waitUntil(
            lambda: view.detail is not None and len(view.detail.signatures) == 1, timeout=WAIT
        )
        assert view.detail.signatures[0].signer == first.address
        assert page.queue.model.item(0).cells[5] == "1 / 2"  # without a refresh
        page.poll.stop()

        decision = click(qtbot, page, page.queue.buttons["approve"])  # ours, posted
        got = collect(api, 1, theirs.chain_id, theirs.treasury)
        assert got is not None
        assert {d.signer for d in got[0]} == {first.address, decision.signer}
    finally:
        chain.close()
        db.close()
        api.close()
