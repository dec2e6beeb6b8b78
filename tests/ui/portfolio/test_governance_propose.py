"""The DAO panel: "New proposal…" explains the threshold, validates, and sends a signal through
the pipeline; deadlines read as dates and blocks; the account's vote shows how, weight and when."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.portfolio.governance import ProposalState, Support
from tests.app.portfolio.conftest import PST, USD, world  # noqa: F401 - the fixture
from tests.ui.portfolio.test_page import desk  # noqa: F401 - the fixture
from tests.ui.wallet.test_page import when_modal
from ui.portfolio.proposal_dialog import CREDIT, ProposalDialog


def _panel(qtbot, desk, investor: int = 0):  # noqa: F811
    d = desk(investor)
    d.view(qtbot)
    panel = d.page.governance
    qtbot.waitUntil(lambda: panel.power is not None, timeout=20_000)
    return d, panel


def _with_dialog(qtbot, panel, action: Callable[[ProposalDialog], None]) -> None:
    """Click "New proposal…" and run `action` on the dialog while it is open (exec() blocks the
    test, so the action runs inside it); the dialog never stays open, failures surface here."""
    done: list[BaseException | None] = []

    def run(dialog: ProposalDialog) -> None:
        try:
            action(dialog)
            done.append(None)
        except BaseException as error:  # re-raised below, out of Qt's event loop
            done.append(error)
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_modal(qtbot, ProposalDialog, run)
    panel.propose_button.click()
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    if done[0] is not None:
        raise done[0]


def _reload_until(qtbot, d, panel, seen: Callable[[], bool]) -> None:
    """Refresh the page (it indexes new events), then the panel, until `seen()`."""
    for _ in range(10):
        drawn = d.page.view
        d.page.refresh()
        qtbot.waitUntil(lambda drawn=drawn: d.page.view is not drawn, timeout=20_000)
        before = panel.proposals
        panel.reload()
        qtbot.waitUntil(lambda before=before: panel.proposals is not before, timeout=20_000)
        if seen():
            return
    raise AssertionError("the panel never showed it")


def test_too_few_votes_is_explained_and_nothing_can_be_signed(qtbot, desk, world, chain):  # noqa: F811
    world.buy(world.investors[0], 0, 60)  # held, votes never activated: none
    d, panel = _panel(qtbot, desk)

    def refused(dialog: ProposalDialog) -> None:
        assert "You cannot propose yet" in dialog.threshold.text()
        assert "1%" in dialog.threshold.text() and not dialog.propose_button.isEnabled()
        dialog.title.setText("Anything")
        dialog.check()  # even asked directly, the core refuses
        assert dialog.intent is None and "Activate your votes" in dialog.status.text()

    _with_dialog(qtbot, panel, refused)


def test_a_signal_is_validated_proposed_then_voted_and_shown_with_dates(
    qtbot,
    qtmodeltester,
    desk,  # noqa: F811
    world,  # noqa: F811
    chain,
):
    alice = world.investors[0]
    world.buy(alice, 0, 60)
    store = world.stores[0]
    token = world.contract("ProfitShareToken", store.token).functions
    world.sender(alice).send(token.delegate(alice.address))
    chain.mine_blocks(1)
    d, panel = _panel(qtbot, desk)

    def signal(dialog: ProposalDialog) -> None:
        assert (
            "You have 60.00 votes" in dialog.threshold.text() and dialog.propose_button.isEnabled()
        )
        assert not dialog.amount.isVisible()
        dialog.check()  # no title yet
        assert dialog.intent is None and "title" in dialog.status.text()
        dialog.kind.setCurrentIndex(dialog.kind.findData(CREDIT))
        assert dialog.amount.isVisibleTo(dialog) and "Available: 0.00" in dialog.available.text()
        dialog.amount.setText("5")
        dialog.check()  # nothing stray to credit
        assert dialog.intent is None and "Only 0.00 is available" in dialog.status.text()
        dialog.kind.setCurrentIndex(0)
        dialog.title.setText("Second warehouse")
        dialog.text.setPlainText("For the 11.11 peak.")
        dialog.check()
        assert dialog.result() == QDialog.DialogCode.Accepted and dialog.intent is not None

    _with_dialog(qtbot, panel, signal)
    qtbot.waitUntil(lambda: "New proposal: confirmed" in panel.status.text(), timeout=30_000)

    _reload_until(qtbot, d, panel, lambda: bool(panel.proposals))
    (proposal,) = panel.proposals
    assert proposal.title == "Second warehouse" and proposal.state is ProposalState.ACTIVE
    qtmodeltester.check(panel.model)
    deadline = panel.model.index(0, 5).data()
    assert "(estimated)" in deadline and f"block {proposal.deadline_block:,}" in deadline
    assert "UTC" in deadline  # a date as well as the block
    assert panel.model.index(0, 6).data() == "can vote"

    panel.table.selectRow(0)
    panel.reason.setText("stock for the peak")
    panel.vote_buttons[Support.AGAINST].click()
    qtbot.waitUntil(lambda: "Vote against: confirmed" in panel.status.text(), timeout=30_000)

    _reload_until(qtbot, d, panel, lambda: panel.proposals[0].my_vote is not None)
    qtbot.waitUntil(lambda: "voted against" in panel.model.index(0, 6).data(), timeout=20_000)
    mine = panel.model.index(0, 6)
    assert "60.00 PSP0" in mine.data() and "UTC" in mine.data()
    assert "Your reason: stock for the peak" in mine.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.proposals[0].my_vote.weight == 60 * PST


def test_the_credit_dialog_builds_the_treasury_call(qtbot, desk, world, chain):  # noqa: F811
    alice = world.investors[0]
    world.buy(alice, 0, 60)
    store = world.stores[0]
    token = world.contract("ProfitShareToken", store.token).functions
    world.sender(alice).send(token.delegate(alice.address))
    coin = world.contract("SandboxStablecoin", world.platform.stablecoin).functions
    world.admin.send(coin.mint(world.platform.treasury, 40 * USD))
    chain.mine_blocks(1)
    d, panel = _panel(qtbot, desk)
    intents = []
    # signing is tested above; `what` names the transaction in the current language
    panel._send = lambda intent, what: intents.append((intent, what()))

    def credit(dialog: ProposalDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(CREDIT))
        assert "Credit stray funds" in dialog.title.text()
        assert "40.00 sUSD" in dialog.available.text()
        dialog.amount.setText("40.000001")
        dialog.check()
        assert dialog.intent is None and "Only 40.00 is available" in dialog.status.text()
        dialog.amount.setText("12.5")
        dialog.check()

    _with_dialog(qtbot, panel, credit)
    qtbot.waitUntil(lambda: bool(intents), timeout=5_000)
    ((intent, what),) = intents
    assert intent.to == store.governor and what == "New proposal"
    assert "creditToStore" not in intent.description and "Credit stray funds" in intent.description
