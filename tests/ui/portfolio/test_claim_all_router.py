"""The Portfolio page's Claim all as one transaction through the platform's claim router, on
anvil: the dialog says so, and every holding is paid by one transaction, exactly what was shown (a
refusing token: tests/ui/portfolio/test_page.py)."""

# ruff: noqa: F811 - `world` and `desk` are imported fixtures
from __future__ import annotations

from tests.app.portfolio.conftest import USD, World, world  # noqa: F401
from tests.ui.portfolio.test_page import _coin, desk  # noqa: F401
from tests.ui.shared.i18n.scan import latin_words
from ui.shared.i18n import Language


def test_claim_all_is_one_transaction(qtbot, desk, world: World, language: Language):
    alice = world.investors[0]
    for i in range(3):
        world.buy(alice, i, 5)
        world.distribute(i, 100 * USD)
    d = desk(0)
    view = d.view(qtbot)
    shown = view.snapshot.totals.claimable
    before = _coin(world, alice.address)

    dialog = d.page.claim_all()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "in one transaction" in dialog.intro.text() and "3 holdings" in dialog.intro.text()
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error is not None, timeout=60_000)

    report = dialog.report
    assert report is not None and report.complete, dialog.summary.text()
    assert len({r.tx_hash for r in report.succeeded}) == 1 and len(report.succeeded) == 3
    assert _coin(world, alice.address) - before == shown == 300 * USD
    assert dialog.steps.count() == 2  # sending, confirmed: one transaction
    assert "Every claim went through." in dialog.summary.text()
    assert dialog.steps.item(1).text().startswith("✓ Claim all (PSP0, PSP1, PSP2): confirmed")
    language.apply("zh_CN")  # the steps are worded again, with nothing left in English
    qtbot.waitUntil(lambda: dialog.steps.item(1).text().startswith("✓ 全部领取（"))
    for row in range(dialog.steps.count()):
        text = dialog.steps.item(row).text()
        assert latin_words(text, "PSP0", "PSP1", "PSP2") == [], text
    dialog.close()


def test_a_claim_not_mined_within_the_wait_is_not_called_failed(
    qtbot, desk, world: World, language: Language
):
    """No receipt within the wait (a slow block, a lagging node): the step says it was sent and
    is not confirmed yet, the summary says it is tracked, and it is never worded as failed; once
    mined, the pipeline records it confirmed and the money arrived once."""
    alice = world.investors[0]
    world.buy(alice, 0, 5)
    world.distribute(0, 100 * USD)
    d = desk(0)
    view = d.view(qtbot)
    before = _coin(world, alice.address)
    d.service.actions.timeout = 1.5
    w3 = world.chain.w3
    w3.provider.make_request("evm_setAutomine", [False])
    try:
        dialog = d.page.claim_all()
        assert dialog is not None
        qtbot.addWidget(dialog)
        qtbot.waitUntil(
            lambda: dialog.report is not None or dialog.error is not None, timeout=60_000
        )
        report = dialog.report
        assert report is not None and report.failed is not None and report.failed.unknown
        assert report.failed.state == "unknown" and not report.succeeded
        last = dialog.steps.item(dialog.steps.count() - 1).text()
        assert last.startswith("? Claim all (PSP0): sent, not confirmed yet"), last
        summary = dialog.summary.text()
        assert summary.startswith("Not confirmed yet: PSP0") and "Failed" not in summary
        assert dialog.summary.objectName() != "error"
        language.apply("zh_CN")
        qtbot.waitUntil(lambda: dialog.summary.text().startswith("尚未确认：PSP0"))
        assert "已发送，尚未确认" in dialog.steps.item(dialog.steps.count() - 1).text()
        dialog.close()
    finally:
        w3.provider.make_request("evm_setAutomine", [True])
    w3.provider.make_request("evm_mine", [])
    pipeline = d.service.actions.pipeline
    pending = pipeline.pending()
    assert len(pending) == 1
    assert pipeline.wait(pending[0].intent_id, timeout=30).status == "confirmed"
    assert _coin(world, alice.address) - before == view.snapshot.totals.claimable == 100 * USD
