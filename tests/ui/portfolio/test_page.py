"""The Portfolio page on anvil (the portfolio core's three-store platform, reverted per test):
claim pays exactly what was shown, claim all is one transaction that a refusing token stops,
subscribe leaves the tokens and a zero allowance, a vote with a reason lands on chain, the PDF
statement holds the right totals, the KYC banner explains a lapse, notices reach the page."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.chain.context import ChainContext
from app.config.profiles import NetworkProfile
from app.events import EventBus
from app.portfolio.notifications import TOPIC, Notice, NoticeKind
from app.services.portfolio import PortfolioService, PortfolioView
from app.services.wallet import WalletService
from app.storage import open_database
from app.units import format_units
from app.wallet.session import WalletSession
from app.wallet.wallet import Wallet
from tests.app.portfolio.conftest import PST, USD, World, world  # noqa: F401 - the fixture
from tests.ui.shared.i18n.scan import latin_words
from tests.ui.wallet.test_page import when_modal
from ui.portfolio.holdings_model import CLAIMABLE
from ui.portfolio.page import PortfolioPage
from ui.shared.bridge import EventBridge
from ui.shared.i18n import Language
from ui.wallet.password_dialog import PasswordDialog

PASSWORD = "violet-Harbour-42-lantern"


@dataclass
class Desk:
    page: PortfolioPage
    service: PortfolioService
    wallet: WalletService
    bus: EventBus

    def view(self, qtbot: Any, *, after: int = -1) -> PortfolioView:
        """The next view drawn at a block beyond `after` (refreshes when asked)."""
        self.page.refresh()
        qtbot.waitUntil(
            lambda: self.page.view is not None and self.page.view.snapshot.block_number > after,
            timeout=20_000,
        )
        assert self.page.view is not None
        return self.page.view

    def indexed_view(self, qtbot: Any, block: int) -> PortfolioView:
        """A view whose events are indexed up to `block`: a refresh that began before a
        transaction in `block` may answer first, with its events not yet indexed."""
        for _ in range(5):
            drawn = self.page.view
            self.page.refresh()
            qtbot.waitUntil(lambda drawn=drawn: self.page.view is not drawn, timeout=20_000)
            assert self.page.view is not None
            if (self.page.view.snapshot.indexed_to or -1) >= block:
                return self.page.view
        raise AssertionError(f"no view indexed up to block {block}")


@pytest.fixture
def desk(qtbot, tmp_path, world: World, chain) -> Iterator[Callable[..., Desk]]:  # noqa: F811
    made: list[tuple[Any, ...]] = []

    def make(investor: int = 0, *, unlocked: bool = True) -> Desk:
        account = world.investors[investor]
        root = tmp_path / f"d{len(made)}"
        root.mkdir()
        db = open_database(root / "pst-desk.sqlite3")
        wallet = Wallet(root, db, scrypt_n=2**10)
        wallet.import_private_key(bytes(account.key).hex(), PASSWORD, PASSWORD, label="Investor")
        session = WalletSession(wallet, idle_timeout=600)
        if unlocked:
            session.unlock(account.address, bytearray(PASSWORD.encode()))
        bus = EventBus()
        profile = NetworkProfile(
            name="test", rpc_url=chain.url, chain_id=31337, registry_address=world.platform.registry
        )
        client = ChainContext(profile, db, bus)  # closed with the desk
        wallet_service = WalletService(wallet, db, session=session, bus=bus, chain=client)
        service = PortfolioService(client, bus)
        bridge = EventBridge(bus)
        page = PortfolioPage(service, wallet=wallet_service, bridge=bridge, poll_ms=0)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        made.append((service, wallet_service, client, db, bridge))
        return Desk(page, service, wallet_service, bus)

    yield make
    from ui.shared.runner import pending_ops

    qtbot.waitUntil(lambda: pending_ops() == 0, timeout=30_000)
    for service, wallet_service, client, db, bridge in made:
        bridge.close()
        service.close()
        wallet_service.close()
        client.close()
        db.close()


def _coin(platform: World, address: str) -> int:
    coin = platform.contract("SandboxStablecoin", platform.platform.stablecoin)
    return int(coin.functions.balanceOf(address).call())


def test_claim_pays_exactly_the_claimable_shown(qtbot, qtmodeltester, desk, world, chain) -> None:  # noqa: F811, E501
    alice = world.investors[0]
    world.buy(alice, 0, 10)
    world.buy(world.investors[1], 0, 20)
    world.distribute(0, 1_000 * USD + 1)  # an odd amount: the token floors each share
    d = desk(0)
    view = d.view(qtbot)
    (holding,) = view.snapshot.holdings
    qtmodeltester.check(d.page.model)
    shown = d.page.model.index(0, CLAIMABLE).data()
    assert shown == format_units(holding.claimable, 6) == "333.333333"
    assert holding.claimable == world.token(0).functions.claimableOf(alice.address).call()
    card = d.page.totals.figures["claimable"]
    assert card.value.text().startswith("333.33 ") and card.toolTip().startswith("333.333333 sUSD")
    before = _coin(world, alice.address)

    d.page.table.selectRow(0)
    qtbot.mouseClick(d.page.claim_button, qtbot_button())
    qtbot.waitUntil(lambda: "Claimed" in d.page.message.text(), timeout=30_000)

    assert _coin(world, alice.address) - before == holding.claimable
    after = d.indexed_view(qtbot, chain.w3.eth.block_number)  # the claim's event indexed
    assert after.snapshot.holdings[0].claimable == 0
    assert after.snapshot.holdings[0].distributions == holding.claimable


def test_claim_all_is_one_transaction_and_a_refusing_token_claims_nothing(
    qtbot,
    desk,
    world,  # noqa: F811
) -> None:
    alice = world.investors[0]
    for i in range(3):
        world.buy(alice, i, 5)
        world.distribute(i, 100 * USD)
    world.admin.send(world.token(1).functions.pause())  # the second claim is refused
    d = desk(0, unlocked=False)
    d.view(qtbot)
    model = d.page.model
    symbols = [model.item(row).info.symbol for row in range(model.rowCount())]
    assert len(symbols) == 3 and symbols == sorted(symbols)  # by token, A to Z, at first
    before = _coin(world, alice.address)

    asked: list[str] = []

    def type_password(dialog: PasswordDialog) -> None:
        asked.append(dialog.signing.text())  # the prompt says what the password will sign
        dialog.password.setText(PASSWORD)
        dialog.accept()

    when_modal(qtbot, PasswordDialog, type_password)
    dialog = d.page.claim_all()
    assert dialog is not None
    assert asked == ["You are about to sign: a claim of your profit share of every token you hold"]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error is not None, timeout=60_000)

    # One transaction through the claim router: PSP1's refusal reverts it in simulation, so
    # nothing is signed and nothing is paid (tests/app/portfolio/test_claim_router.py).
    summary = dialog.summary.text()
    assert "Failed: PSP0, PSP1, PSP2 — enforced pause" in summary and "Claimed" not in summary
    assert _coin(world, alice.address) == before
    assert not d.wallet.session.is_unlocked(alice.address)  # the password signed, nothing more
    dialog.close()


def test_subscribe_leaves_the_tokens_and_no_allowance(
    qtbot,
    desk,
    world,  # noqa: F811
    language: Language,
) -> None:
    bob = world.investors[1]
    world.buy(bob, 0, 1)
    d = desk(1)
    d.view(qtbot)
    dialog = d.page.subscribe()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.choose(world.stores[2].token)
    dialog.amount.setText("3.5")
    dialog.check()
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=20_000)
    labels = [
        dialog.details.itemAt(r, dialog.details.ItemRole.LabelRole).widget().text()
        for r in range(dialog.details.rowCount())
    ]
    assert labels[0] == "Allowlist" and {"Cap", "Deadline", "Price", "Allowance"} <= set(labels)
    assert dialog.subscribe_button.isEnabled()
    assert "2 transactions" in dialog.subscribe_button.text()

    dialog.subscribe()
    qtbot.waitUntil(lambda: dialog.subscription is not None, timeout=60_000)

    assert world.token(2).functions.balanceOf(bob.address).call() == 3 * PST + PST // 2
    coin = world.contract("SandboxStablecoin", world.platform.stablecoin)
    assert coin.functions.allowance(bob.address, world.stores[2].sale).call() == 0
    assert dialog.steps.count() == 4
    assert dialog.steps.item(3).text().startswith("✓ Buy 3.50 PSP2: confirmed")
    language.apply("zh_CN")  # the steps are worded again, with nothing left in English
    qtbot.waitUntil(lambda: dialog.steps.item(3).text().startswith("✓ 购买 3.50 PSP2：已确认"))
    for row in range(dialog.steps.count()):
        text = dialog.steps.item(row).text()
        assert latin_words(text, "PSP2", "sUSD") == [], text
    dialog.close()


def test_activate_votes_and_vote_with_a_reason(qtbot, desk, world, chain) -> None:  # noqa: F811
    alice = world.investors[0]
    world.buy(alice, 0, 60)
    d = desk(0)
    d.view(qtbot)
    panel = d.page.governance
    qtbot.waitUntil(lambda: panel.power is not None, timeout=20_000)
    assert not panel.power.active and panel.activate_button.isEnabled()
    panel.activate_button.click()
    qtbot.waitUntil(lambda: "Activate my votes: confirmed" in panel.status.text(), timeout=30_000)
    qtbot.waitUntil(lambda: panel.power.active, timeout=20_000)
    assert not panel.activate_button.isEnabled()  # activated once, for good
    assert panel.power.votes == 60 * PST

    store = world.stores[0]
    governor = world.contract("StoreGovernor", store.governor)
    chain.mine_blocks(1)  # the proposer's votes count from the block after the activation
    receipt = world.sender(alice).send(
        governor.functions.propose([world.platform.registry], [0], [b""], "Rotate keys\nWhy: test")
    )
    chain.mine_blocks(2)
    d.indexed_view(qtbot, receipt["blockNumber"])  # indexes ProposalCreated
    panel.reload()
    qtbot.waitUntil(lambda: len(panel.proposals) == 1, timeout=20_000)
    assert panel.model.index(0, 1).data() == "active"
    vote_for = panel.vote_buttons[next(iter(panel.vote_buttons))]
    panel.table.clearSelection()
    assert not vote_for.isEnabled() and vote_for.toolTip() == "Select a proposal to vote on."
    panel.table.selectRow(0)
    assert vote_for.isEnabled() and vote_for.toolTip() == ""
    panel.reason.setText("good for the store")
    vote_for.click()
    qtbot.waitUntil(lambda: "Vote for: confirmed" in panel.status.text(), timeout=30_000)

    proposal_id = panel.proposals[0].proposal_id
    against, for_, abstain = governor.functions.proposalVotes(proposal_id).call()
    assert (against, for_, abstain) == (0, 60 * PST, 0)
    assert governor.functions.hasVoted(proposal_id, alice.address).call()
    qtbot.waitUntil(lambda: panel.model.index(0, 2).data() == "60.00", timeout=20_000)
    # Voted: the buttons say so instead of offering a vote the governor would refuse.
    qtbot.waitUntil(lambda: not vote_for.isEnabled(), timeout=5_000)
    assert vote_for.toolTip() == "This account has already voted on this proposal."


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_statement_holds_the_totals(qtbot, desk, world, chain, tmp_path) -> None:  # noqa: F811
    alice = world.investors[0]
    world.buy(alice, 0, 10)
    world.buy(alice, 1, 4)
    world.distribute(0, 250 * USD)
    world.distribute(1, 75 * USD + 3)
    world.sender(alice).send(world.token(0).functions.claim())
    d = desk(0)
    view = d.view(qtbot)
    today = view.snapshot.timestamp
    import datetime as dt

    end = dt.datetime.fromtimestamp(today, dt.UTC).date()
    start = end.replace(month=1, day=1)
    written: list[Any] = []
    d.page.export_pdf(tmp_path / "statement.pdf", start, end, done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=30_000)
    text = subprocess.run(
        ["pdftotext", "-layout", str(written[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    statement = d.service.statement(alice.address, start, end)
    totals = statement.totals
    assert totals.distributions == view.snapshot.totals.distributions == 325 * USD + 3
    assert totals.purchases == view.snapshot.totals.invested
    for amount in (totals.distributions, totals.claims, totals.purchases):
        assert statement.money(amount) in text
    assert "Tax-year summary" in text and f"{end.year} (part)" in text
    assert "PSP0" in text and "PSP1" in text
    pages = text.rstrip("\f").split("\f")
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
    assert "Every cash flow" in pages[-1] or len(pages) == 1  # the notes never end alone
    for row in statement.rows:  # every hash whole (in two halves of one cell), none elided
        half = (len(row.entry.tx_hash) + 1) // 2
        assert row.entry.tx_hash[:half] in text and row.entry.tx_hash[half:] in text
    assert "…" not in text


def test_kyc_banner_warns_then_explains_a_lapse(qtbot, desk, world, chain) -> None:  # noqa: F811
    alice = world.investors[0]
    world.buy(alice, 0, 1)
    # An hour of slack: blocks mined meanwhile must not turn 10 whole days into 9.
    world.set_kyc(alice.address, chain.timestamp() + 10 * 86_400 + 3_600)
    d = desk(0)
    view = d.view(qtbot)
    assert d.page.kyc.objectName() == "banner" and "expires in 10 days" in d.page.kyc.text()
    world.set_kyc(alice.address, chain.timestamp() - 1)
    d.view(qtbot, after=view.snapshot.block_number)
    assert d.page.kyc.objectName() == "error"
    assert "keep earning their profit share, but it cannot be claimed" in d.page.kyc.text()
    assert not d.page.claim_all_button.isEnabled() or d.page.view.snapshot.totals.claimable == 0


def test_notices_reach_the_page(qtbot, desk, world) -> None:  # noqa: F811
    d = desk(0)
    notice = Notice(NoticeKind.KYC_EXPIRING, "KYC expires soon", "Renew it.")
    d.bus.publish(TOPIC, notice)
    qtbot.waitUntil(lambda: bool(d.page.notices.shown), timeout=5_000)
    if d.page.notices.tray is None:  # offscreen: the in-app area shows it
        assert d.page.notice_area.notices == [notice] and d.page.notice_area.isVisible()


def test_each_notice_is_shown_once(qtbot, desk, world) -> None:  # noqa: F811
    world.buy(world.investors[0], 0, 10)
    d = desk(0)
    view = d.view(qtbot)
    world.distribute(0, 1_000 * USD)
    d.view(qtbot, after=view.snapshot.block_number)
    with qtbot.waitSignal(d.page.refreshed, timeout=20_000):  # the same block again: no news
        d.page.refresh()
    last = Notice(NoticeKind.MERCHANT_ALERT, "last", "")  # the bridge keeps order: all before it
    d.bus.publish(TOPIC, last)
    qtbot.waitUntil(lambda: any(n is last for _t, n in d.page.notices.shown), timeout=5_000)
    kinds = [n.kind for _t, n in d.page.notices.shown]
    assert kinds.count(NoticeKind.DISTRIBUTION_CLAIMABLE) == 1
    if d.page.notices.tray is None:
        area = [n.kind for n in d.page.notice_area.notices]
        assert area.count(NoticeKind.DISTRIBUTION_CLAIMABLE) == 1


def qtbot_button() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_no_pst_notice_goes_with_an_account_that_holds(qtbot, desk, world) -> None:  # noqa: F811
    bob = world.investors[1]
    world.buy(bob, 0, 5)
    d = desk(0)  # alice holds nothing
    d.view(qtbot)
    assert "holds no PST yet" in d.page.message.text()
    d.wallet.wallet.import_private_key(bytes(bob.key).hex(), PASSWORD, PASSWORD, label="Bob")
    d.page.reload_accounts()
    box = d.page.account_box
    row = box.findData(bob.address)
    assert box.itemText(row) == f"Bob · {bob.address[:8]}…{bob.address[-6:]}"  # fits the header
    assert box.itemData(row, Qt.ItemDataRole.ToolTipRole) == bob.address
    d.page.set_account(bob.address)
    qtbot.waitUntil(
        lambda: d.page.view is not None and d.page.view.snapshot.account == bob.address,
        timeout=20_000,
    )
    assert d.page.view.snapshot.holdings
    assert d.page.message.text() == ""
