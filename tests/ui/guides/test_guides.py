"""The README's two guides, followed as a newcomer would from a fresh data directory on the
sandbox (its own sandbox and chain): every numbered step, keys pressed in the window, buttons
clicked, dialogs answered. While each step is followed, the labels it sets in bold are on screen.
A step that no longer works fails `make test`.

Each language on its own fresh data directory and its own sandbox: in English, and after
Settings → 繁體中文 (README.zh_TW.md, whose bold labels must be on screen with no English left),
the investor guide, then the treasury guide with the Safe's steps.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog

from tests.ui.guides.steps import (
    PASSWORD,
    ROOT,
    SAFE,
    WAIT,
    Screen,
    catalog,
    click,
    guide,
    labels,
    lock,
    press,
    save_as,
    select_row,
    shown,
    type_text,
    unlock,
    when_shown,
)
from ui.shared.keyed_model import KEY_ROLE
from ui.shell.app import Session
from ui.shell.backend import TOKEN_ENV

INVESTOR, TREASURY = "## A guide for investors", "## A guide for treasury staff"
# What the user types where the app asks for words: a reader of the Chinese guide types Chinese.
TYPED = {
    "en": {
        "vote": "More stock before the peaks.",
        "write-off": "A bank fee booked twice; refunded next month.",
        "override": "The bank settles this period late; checked.",
    },
    "zh_TW": {
        "vote": "旺季前多備貨。",
        "write-off": "銀行手續費重複入帳；下月退回。",
        "override": "銀行延後結算此期間；已核對。",
    },
}


class Guide:
    """The app on a fresh data directory, and what the guides need to remember."""

    def __init__(self, qtbot, qapp, tmp_path, capsys, code: str) -> None:  # noqa: ANN001
        self.qtbot, self.capsys, self.code = qtbot, capsys, code
        self.session = Session(
            argparse.Namespace(data_dir=str(tmp_path), profile=None, merchants=12), qapp
        )
        self.window = self.session.window
        qtbot.addWidget(self.window)
        self.window.show()
        self.session.attach_pages()
        self.session.start()
        self.tmp = tmp_path
        self.accounts: dict[str, str] = {}  # English name -> address

    def data(self) -> Iterator[str]:
        """What the screen shows that is not the app's words: the names the tokens have on
        chain, and the store DAO proposals' descriptions (whoever proposed them wrote them; the
        sandbox seeds some in English)."""
        page = self.session.portfolio.page
        if page.service is not None:
            yield from (t.name for t in page.service.reader.tokens)
        for proposal in page.governance.proposals:  # its table shows the first line, the title
            yield from (line for line in proposal.description.splitlines() if line.strip())

    @property
    def wallet(self):  # noqa: ANN201
        return self.session.wallet

    @property
    def portfolio(self):  # noqa: ANN201
        return self.session.portfolio.page

    @property
    def treasury(self):  # noqa: ANN201
        return self.session.treasury.page

    def go(self, keys: str, page) -> None:  # noqa: ANN001
        press(self.qtbot, self.window, keys)
        assert self.window.pages.currentWidget() is page, keys

    def acting_as(self, address: str) -> None:
        self.qtbot.waitUntil(lambda: self.session.switcher.address == address, timeout=WAIT)


def _t(context: str, source: str) -> str:
    """`source` as the app shows it now (its translation, or itself in English)."""
    return QCoreApplication.translate(context, source)


# -- the investor guide --------------------------------------------------------------------------
def investor_guide(g: Guide, code: str) -> None:
    qtbot, window, wallet = g.qtbot, g.window, g.wallet
    text = guide(code, INVESTOR)
    assert len(text) == 9
    screen = Screen(code, ["sUSD — Sandbox USD"], g.data)  # the sandbox stablecoin, on chain

    # 1. Start: the app opens on the Wallet page (Ctrl+5) while there is no account (the Chinese
    # pass went to Settings first); Getting started loads the demo accounts (Help → Getting
    # started shows them again); select Investor and unlock it.
    if code == "en":
        assert window.pages.currentWidget() is wallet, "a fresh data directory opens on Wallet"
    g.go("Ctrl+5", wallet)
    start = wallet.start_panel
    assert start is not None and start.isVisible(), "a fresh data directory starts here"
    screen.look()
    start.new_password.password.setText(PASSWORD)
    start.new_password.confirmation.setText(PASSWORD)
    with qtbot.waitSignal(start.loaded, timeout=WAIT):
        click(qtbot, start.load_button)
    assert not start.isVisible() and wallet.account_model.rowCount() == 6
    g.accounts = {a.label: a.address for a in wallet.account_model.items()}
    qtbot.waitUntil(lambda: g.session.backend is not None, timeout=WAIT)
    from ui.wallet.getting_started import GettingStartedDialog

    window.getting_started_action.trigger()
    dialog = shown(qtbot, GettingStartedDialog)
    screen.look()
    dialog.close()
    investor = unlock(qtbot, wallet, g.accounts["Investor"])
    g.acting_as(investor)
    screen.check(text[0], f"{code} investor 1")

    # 2. Portfolio (Ctrl+1): the holdings; a double-click opens the merchant's dashboard.
    portfolio = g.portfolio
    g.go("Ctrl+1", portfolio)
    qtbot.waitUntil(
        lambda: portfolio.view is not None and portfolio.view.snapshot.account == investor,
        timeout=WAIT,
    )
    assert any(h.balance > 0 for h in portfolio.view.snapshot.holdings)
    screen.look()
    select_row(qtbot, portfolio.table, 0)
    index = portfolio.table.model().index(0, 0)
    qtbot.mouseDClick(
        portfolio.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=portfolio.table.visualRect(index).center(),
    )
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.merchant_area, timeout=WAIT)
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
    g.go("Ctrl+1", portfolio)
    screen.check(text[1], f"{code} investor 2")

    # 3. Claim all pays what was claimable; the Powers tab.
    from ui.portfolio.claim_dialog import ClaimAllDialog

    assert portfolio.view.snapshot.totals.claimable > 0  # the sandbox's distributions
    click(qtbot, portfolio.claim_all_button)
    dialog = shown(qtbot, ClaimAllDialog)
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error is not None, timeout=WAIT)
    assert dialog.error is None, dialog.error
    screen.look()
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: portfolio.view.snapshot.totals.claimable == 0, timeout=WAIT)
    assert not portfolio.claim_all_button.isEnabled()
    portfolio.tabs.setCurrentWidget(portfolio.powers_panel)
    screen.check(text[2], f"{code} investor 3")

    # 4. Subscribe… to an open offering (Check, then Sign and subscribe); Transfer… PST.
    from ui.portfolio.subscribe_dialog import SubscribeDialog

    click(qtbot, portfolio.subscribe_button)
    dialog = shown(qtbot, SubscribeDialog)
    dialog.offering.setCurrentIndex(0)  # open offerings first
    qtbot.keyClicks(dialog.amount, "1")
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=WAIT)
    assert dialog.quote.ok, [p.text("en") for p in dialog.quote.problems]
    screen.look()
    with qtbot.waitSignal(dialog.outcome, timeout=WAIT) as outcome:
        click(qtbot, dialog.subscribe_button)
    assert not isinstance(outcome.args[0], BaseException), outcome.args[0]
    screen.look()
    dialog.close()
    send_pst(g, screen)
    if code != "en":  # the send review's rows are in the reader's language
        assert screen.excused == [], screen.excused
    screen.check(text[3], f"{code} investor 4")

    # 5. Store DAO: the seeded proposals, their deadlines as dates, how you voted; the demo
    # Investor's votes are active already; vote for with a reason.
    vote_in_a_store_dao(g, screen)
    screen.check(text[4], f"{code} investor 5")

    # 6. Statements: the CSV, Koinly's CSV and the PDF statement, each through its menu entry.
    statements(g, screen, code)
    screen.check(text[5], f"{code} investor 6")

    # 7. Merchants (Ctrl+2): every sandbox merchant, search (Ctrl+F).
    g.go("Ctrl+2", window.merchant_area)
    if window.merchant_area.currentWidget() is not window.merchants:  # step 2's dashboard
        qtbot.keyClick(window.dashboard, Qt.Key.Key_Escape)
        if window.pages.currentWidget() is not window.merchant_area:
            g.go("Ctrl+2", window.merchant_area)
    assert window.merchant_area.currentWidget() is window.merchants
    qtbot.waitUntil(lambda: window.merchants.model.rowCount() == 12, timeout=WAIT)
    press(qtbot, window, "Ctrl+F")
    assert window.merchants.search.hasFocus()
    screen.check(text[6], f"{code} investor 7")

    # 8. Market (Ctrl+7): the book; Buy… (Ctrl+B) shows what would be signed; post your own
    # bid at your price (no fee), then cancel it under My orders (Del).
    market_step(g, screen)
    screen.check(text[7], f"{code} investor 8")

    # 9. Screener (Ctrl+6): the funnel and the shortlist once the bulk data is in.
    screener = window.screener
    g.go("Ctrl+6", screener)
    qtbot.waitUntil(lambda: screener.current is not None, timeout=WAIT)
    assert screener.current.funnel
    screen.look()
    screener.tabs.setCurrentIndex(1)  # Distributions
    screen.check(text[8], f"{code} investor 9")


def send_pst(g: Guide, screen: Screen) -> None:
    """Transfer… one PST of the selected holding to Investor 2 through the wallet's send dialog:
    review, then sign."""
    from ui.wallet.send_dialog import ReviewDialog, SendDialog

    qtbot, portfolio = g.qtbot, g.portfolio
    row = next(n for n in range(portfolio.model.rowCount()) if portfolio.model.item(n).balance > 0)
    select_row(qtbot, portfolio.table, row)
    before = portfolio.message.text()

    def fill(dialog: SendDialog) -> None:
        dialog.recipient.setText(g.accounts["Investor 2"])
        dialog.amount.setText("1")
        screen.look()
        dialog.review_button.click()

    def sign(review: ReviewDialog) -> None:
        # The decoded call keeps the contract's own function and argument names (its ABI), so
        # the signer reads exactly what will run: code, not the app's words.
        screen.names += (review.review.call.words.text(screen.code),)
        screen.look()
        assert review.sign.isEnabled()
        review.sign.click()

    when_shown(SendDialog, fill)
    when_shown(ReviewDialog, sign)
    click(qtbot, portfolio.transfer_button)
    qtbot.waitUntil(lambda: portfolio.message.text() not in ("", before), timeout=WAIT)


def vote_in_a_store_dao(g: Guide, screen: Screen) -> None:
    """Select holdings until one's store DAO has a proposal open to this account's vote (the
    sandbox's seeded ones); read it; open New proposal… (cancelled); Vote for with a reason."""
    from app.portfolio.governance import why_no_vote
    from ui.portfolio.proposal_dialog import ProposalDialog

    qtbot, portfolio = g.qtbot, g.portfolio
    panel = portfolio.governance
    portfolio.tabs.setCurrentWidget(panel)
    open_rows: list[int] = []
    for row in range(portfolio.model.rowCount()):
        select_row(qtbot, portfolio.table, row)
        qtbot.waitUntil(lambda: panel.power is not None, timeout=WAIT)
        open_rows = [n for n, p in enumerate(panel.model.items()) if why_no_vote(p) is None]
        if open_rows:
            break
    assert panel.proposals, "the demo Investor holds no store with a proposal"
    assert panel.power.active and not panel.activate_button.isEnabled()  # the sandbox did it
    assert panel.power_label.text() == panel.tr(
        "Your votes are active · your voting power now: {votes} {symbol}"
    ).format(votes=_units(panel), symbol=panel.info.symbol)
    deadline = panel.model.index(0, 5).data()
    assert re.search(r"\d{4}", deadline), deadline  # a date, beside the block
    screen.look()
    answered: list[ProposalDialog] = []
    when_shown(ProposalDialog, lambda d: (screen.look(), answered.append(d), d.reject()))
    click(qtbot, panel.propose_button)
    qtbot.waitUntil(lambda: bool(answered), timeout=WAIT)
    assert open_rows, "no proposal of the demo Investor's stores takes a vote"
    select_row(qtbot, panel.table, open_rows[0])
    vote_for = next(iter(panel.vote_buttons.values()))
    qtbot.waitUntil(vote_for.isEnabled, timeout=WAIT)
    type_text(qtbot, panel.reason, TYPED[g.code]["vote"])
    click(qtbot, vote_for)
    confirmed = panel.tr("{what}: {state}.").format(
        what=panel.tr("Vote for"), state=panel.tr("confirmed")
    )
    qtbot.waitUntil(lambda: panel.status.text() == confirmed, timeout=WAIT)
    qtbot.waitUntil(lambda: any(p.my_vote is not None for p in panel.proposals), timeout=WAIT)
    you = [panel.model.index(n, 6).data() for n in range(panel.model.rowCount())]
    voted = _t("GovernancePanel", "voted {how} · {weight} {symbol}").format(
        how=_t("GovernancePanel", "for"), weight="", symbol=""
    )
    assert any(y.startswith(voted.split(" · ")[0] + " · ") for y in you), you
    screen.look()


def _units(panel) -> str:  # noqa: ANN001
    from ui.shared import format as fmt

    return fmt.units(panel.power.votes, panel.info.decimals)


def statements(g: Guide, screen: Screen, code: str) -> None:
    from ui.portfolio.statement_dialog import StatementPeriodDialog

    qtbot, portfolio = g.qtbot, g.portfolio
    screen.look()
    for action, name in (
        (portfolio.csv_action, "flows"),
        (portfolio.koinly_action, "koinly"),
    ):
        path = g.tmp / f"{code}-{name}.csv"
        save_as(path)
        action.trigger()  # the Statements menu's entry
        qtbot.waitUntil(path.exists, timeout=WAIT)
        head = path.read_text(encoding="utf-8").splitlines()[0]
        assert ("Sent Currency" in head) == (name == "koinly"), head
    pdf = g.tmp / f"{code}-statement.pdf"
    when_shown(StatementPeriodDialog, lambda d: d.write_button.click())
    save_as(pdf)
    portfolio.pdf_action.trigger()

    qtbot.waitUntil(lambda: pdf.exists() and pdf.stat().st_size > 0, timeout=WAIT)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in portfolio.message.text()  # the page says where it wrote it


def market_step(g: Guide, screen: Screen) -> None:
    qtbot, window = g.qtbot, g.window
    market = g.session.market.page
    g.go("Ctrl+7", market)
    qtbot.waitUntil(lambda: market.market_screen is not None, timeout=WAIT)
    screen.look()
    before = {o.order_hash for o in market.orders}
    press(qtbot, window, "Ctrl+B")
    qtbot.waitUntil(lambda: market.dialog is not None, timeout=WAIT)
    dialog = market.dialog
    qtbot.waitUntil(lambda: dialog.standing is not None, timeout=WAIT)
    dialog.role.setCurrentIndex(1)  # post my own order at my price
    for field, typed in ((dialog.price, "0.50"), (dialog.amount, "2")):  # over what it suggests
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, typed)  # 0.50: far under the book, nobody takes it meanwhile
    screen.look()
    assert dialog.go.isEnabled(), dialog.status.text()
    ended: list[object] = []
    dialog.ended.connect(ended.append)
    click(qtbot, dialog.go)
    qtbot.waitUntil(lambda: bool(ended), timeout=WAIT)
    assert isinstance(ended[0], str) and ended[0].startswith("0x"), ended[0]
    dialog.close()
    qtbot.waitUntil(lambda: market.dialog is None, timeout=WAIT)

    def posted() -> str | None:
        new = (o for o in market.orders if o.order_hash not in before and o.status == "open")
        return next((o.order_hash for o in new), None)

    qtbot.waitUntil(lambda: posted() is not None, timeout=WAIT)
    mine = posted()
    row = market.my_orders.row_of(mine)
    assert row is not None
    select_row(qtbot, market.orders_table, row)
    screen.look()
    press(qtbot, window, "Del")
    qtbot.waitUntil(
        lambda: any(o.order_hash == mine and o.status == "cancelled" for o in market.orders),
        timeout=WAIT,
    )


# -- the treasury guide --------------------------------------------------------------------------
def treasury_guide(g: Guide, code: str) -> None:
    qtbot, window, wallet = g.qtbot, g.window, g.wallet
    text, safe_text = guide(code, TREASURY), guide(code, SAFE)
    screen = Screen(code, ["sUSD — Sandbox USD"], g.data)
    sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    row = sidebar.index(_t("MainWindow", "Treasury"))

    # 1. Treasury proposer unlocked: the Treasury page (Ctrl+3), in its place all along.
    g.go("Ctrl+5", wallet)
    lock(qtbot, wallet)
    proposer = unlock(qtbot, wallet, "Treasury proposer")
    g.acting_as(proposer)
    screen.look()
    qtbot.waitUntil(
        lambda: bool(window.sidebar.item(row).flags() & Qt.ItemFlag.ItemIsEnabled), timeout=WAIT
    )
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == sidebar
    qtbot.waitUntil(lambda: g.treasury is not None, timeout=WAIT)
    treasury = g.treasury  # built once an account holds a treasury role, in its place
    assert window.pages.widget(row) is treasury
    g.go("Ctrl+3", treasury)
    loaded_as(g, proposer)
    assert treasury.snapshot.roles.proposer
    screen.check(text[0], f"{code} treasury 1")

    # 2. Stores and reconciliation; the bank reconciliation tab with its buttons for what is
    # left unmatched.
    treasury.tabs.setCurrentWidget(treasury.stores)
    screen.look()
    bank = treasury.reconciliation
    assert bank is not None
    treasury.tabs.setCurrentWidget(bank)
    qtbot.waitUntil(lambda: bank.result is not None, timeout=WAIT)
    screen.look()
    write_off(g, bank)
    screen.check(text[1], f"{code} treasury 2")

    # 3. Propose (Ctrl+N): the first store and period left to propose.
    treasury.tabs.setCurrentWidget(treasury.stores)
    from ui.treasury.propose_dialog import ProposeDialog

    press(qtbot, window, "Ctrl+N")
    dialog = shown(qtbot, ProposeDialog)
    choose_a_period_to_propose(g, dialog)
    screen.look()
    known = {v.id for v in treasury.snapshot.proposals}
    with qtbot.waitSignal(treasury.confirming, timeout=WAIT) as confirming:
        click(qtbot, dialog.ok)
    screen.look()
    with qtbot.waitSignal(treasury.finished, timeout=WAIT):
        click(qtbot, confirming.args[0].confirm_button)
    qtbot.waitUntil(lambda: bool({v.id for v in treasury.snapshot.proposals} - known), timeout=WAIT)
    (proposed,) = {v.id for v in treasury.snapshot.proposals} - known
    screen.check(text[2], f"{code} treasury 3")

    # 4. Approve (Ctrl+Return) as Treasury approver 1: a seeded proposal nobody has signed.
    approver1 = switch(g, "Treasury approver 1", screen)
    target = next(
        v.id for v in treasury.snapshot.queue if not v.state.approvals and v.id != proposed
    )
    queue = treasury.queue
    treasury.tabs.setCurrentWidget(queue)
    choose_row(g, queue, target)
    view = queue.approval
    qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT)
    assert _t("ApprovalView", "Report hash {hash}").format(hash="0x") in view.bank_lines.text()
    press(qtbot, window, "Ctrl+Return")
    with qtbot.waitSignal(treasury.finished, timeout=WAIT):
        dialog = shown_confirmation(g)
        screen.look()
        click(qtbot, dialog.confirm_button)
    screen.check(text[3], f"{code} treasury 4")

    # The Safe's steps. 1: approver 1 exports the new proposal for signing, signs it on the
    # "offline machine" (the Treasury menu's offline signing), and imports the signature.
    airgap(g, proposed, approver1, screen)
    screen.check(safe_text[0], f"{code} safe 1")
    # 2-3: the Safe approves `target` through Treasury approver 2's and Platform's parts.
    (safe,) = [s.address for s in treasury.desk.approver_safes()]
    switch(g, "Treasury approver 2", screen)
    first = approve_for_safe(g, queue, target, safe, screen)
    assert (first.count, first.threshold, first.approved) == (1, 2, False)
    assert treasury.banner.text().startswith(owners_signed(safe, 1))
    screen.check(safe_text[1], f"{code} safe 2")
    switch(g, "Platform (admin, KYC officer)", screen)
    second = approve_for_safe(g, treasury.history, target, safe, screen)
    assert second.approved and second.count == 2
    recorded = _t("TreasuryPage", "the Safe's approval of proposal #{id} is recorded (no gas).")
    assert treasury.banner.text() == f"{owners_signed(safe, 2)} — {recorded.format(id=target)}"
    screen.check(safe_text[2], f"{code} safe 3")

    # 5 (and the Safe's 4): Execute as Treasury approver 2, Sign and send; the audit trail
    # verifies and exports.
    switch(g, "Treasury approver 2", screen)
    history = treasury.history
    treasury.tabs.setCurrentWidget(history)
    choose_row(g, history, target)
    qtbot.waitUntil(lambda: history.buttons["execute"].isEnabled(), timeout=WAIT)
    with qtbot.waitSignal(treasury.confirming, timeout=WAIT) as confirming:
        click(qtbot, history.buttons["execute"])
    screen.look()
    with qtbot.waitSignal(treasury.finished, timeout=WAIT) as done:
        click(qtbot, confirming.args[0].confirm_button)
    assert done.args[0].tx_hash
    qtbot.waitUntil(
        lambda: (
            next(v for v in treasury.snapshot.proposals if v.id == target).status.name == "EXECUTED"
        ),
        timeout=WAIT,
    )
    treasury.tabs.setCurrentWidget(treasury.audit)
    click(qtbot, treasury.audit.verify_button)
    intact = _t("TreasuryPage", "Verified: {count} entries, the chain is intact.").split("{count}")
    qtbot.waitUntil(lambda: intact[-1] in treasury.audit.result.text(), timeout=WAIT)
    trail = g.tmp / "audit.csv"
    save_as(trail)
    click(qtbot, treasury.audit.csv_button)
    qtbot.waitUntil(trail.exists, timeout=WAIT)
    screen.check(f"{text[4]}\n{safe_text[3]}", f"{code} treasury 5 and the Safe's 4")

    # 7. The same desk headless, on the same data directory while the app runs.
    headless(g, target, g.capsys.readouterr().err)


def headless(g: Guide, executed: int, printed: str) -> None:
    """`python main.py treasury list` on the app's data directory finds the sandbox the app runs
    there by the endpoints it announced; `treasury show N` reads the backend's report too, with
    the API token from the `token:` line the app printed (README step 7)."""

    def cli(*args: str, token: str = "") -> str:
        env = {k: v for k, v in os.environ.items() if k != TOKEN_ENV}
        run = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(g.tmp), "treasury", *args],
            env={**env, TOKEN_ENV: token} if token else env, stdin=subprocess.DEVNULL,
            capture_output=True, text=True, timeout=WAIT // 1000, check=False,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        return run.stdout

    listed = cli("list")  # no token: the list is the chain's
    lines = [line for line in listed.splitlines() if line.startswith(f"#{executed} ")]
    assert len(lines) == 1 and " executed " in lines[0], listed
    (token,) = re.findall(r"^  token: (\S+)$", printed, re.MULTILINE)
    shown = cli("show", str(executed), token=token)
    assert " executed " in shown.splitlines()[0], shown
    assert "\nreport: routed " in shown, shown  # the backend's report, read with the token


def write_off(g: Guide, bank) -> None:  # noqa: ANN001
    """Under Unmatched items, select an open item of a store's month and press Write off…,
    with the reason it asks for; the item is settled (and kept in the audit trail)."""
    from ui.treasury.reconciliation_resolve import ResolveDialog

    qtbot = g.qtbot

    def something_open() -> bool:
        """The sandbox books a day every 5 s and its faulty days come first; an item is
        unmatched once its lag has passed, and the tab matches again every 20 s."""
        result = bank.result
        return (
            not bank._busy
            and result is not None
            and any(d.key not in result.resolutions for d in result.differences)
        )

    qtbot.waitUntil(something_open, timeout=WAIT)
    for row in range(bank.status_model.rowCount()):
        select_row(qtbot, bank.statuses, row)
        for item in range(bank.difference_model.rowCount()):
            select_row(qtbot, bank.differences, item)
            if bank.write_off_button.isEnabled():
                key = bank._open_item().key
                click(qtbot, bank.write_off_button)
                dialog = shown(qtbot, ResolveDialog)
                # a write-off has no counterpart: its box and label belong to the dialog, hidden
                # (they were left behind as parentless windows)
                left = (dialog.partner, dialog.labels["partner"])
                assert all(w.parent() is dialog and w.isHidden() for w in left)
                type_text(qtbot, dialog.reason, TYPED[g.code]["write-off"])
                click(qtbot, dialog.ok)
                qtbot.waitUntil(lambda k=key: k in bank.result.resolutions, timeout=WAIT)
                return
    raise AssertionError("the sandbox's bank reconciliation left nothing unmatched to write off")


def choose_a_period_to_propose(g: Guide, dialog) -> None:  # noqa: ANN001
    """Pick stores in the dialog until one has a period the checks let through; where the
    reconciliation differs, write the reason it asks for."""
    qtbot = g.qtbot

    def settled() -> None:
        qtbot.wait(50)
        qtbot.waitUntil(
            lambda: not dialog._pending and not dialog._debounce.isActive(), timeout=WAIT
        )

    said: list[str] = []
    for index in range(dialog.store.count()):
        dialog.store.setCurrentIndex(index)
        settled()
        check = getattr(dialog, "result_check", None)
        fresh = check is not None and check.symbol == dialog.store.currentData()
        if not dialog.ok.isEnabled() and fresh and check.code == "ReconciliationDifference":
            dialog.reason.setFocus()
            type_text(qtbot, dialog.reason, TYPED[g.code]["override"])
            settled()
        if dialog.ok.isEnabled():
            return
        said.append(f"{dialog.store.currentText()}: {dialog.problem.text()}")
    raise AssertionError(f"no store has a period to propose: {said}")


def loaded_as(g: Guide, address: str) -> None:
    g.qtbot.waitUntil(
        lambda: g.treasury.snapshot is not None and g.treasury.snapshot.account == address,
        timeout=WAIT,
    )


def switch(g: Guide, name: str, screen: Screen) -> str:
    """Lock, select `name` on the Wallet page and unlock it; back to the Treasury page."""
    g.go("Ctrl+5", g.wallet)
    lock(g.qtbot, g.wallet)
    address = unlock(g.qtbot, g.wallet, name)
    g.acting_as(address)
    screen.look()
    item = g.window.sidebar.item(g.window.pages.indexOf(g.treasury))
    g.qtbot.waitUntil(lambda: bool(item.flags() & Qt.ItemFlag.ItemIsEnabled), timeout=WAIT)
    g.go("Ctrl+3", g.treasury)
    loaded_as(g, address)
    return address


def choose_row(g: Guide, tab, proposal_id: int) -> None:  # noqa: ANN001
    """Click the proposal's row in a proposals tab."""
    g.treasury.tabs.setCurrentWidget(tab)
    g.qtbot.waitUntil(lambda: proposal_id in tab._views, timeout=WAIT)
    model = tab.view.model()
    rows = [n for n in range(model.rowCount()) if model.index(n, 0).data(KEY_ROLE) == proposal_id]
    assert rows, [model.index(n, 0).data() for n in range(model.rowCount())]
    select_row(g.qtbot, tab.view, rows[0])
    assert tab.selected() is not None and tab.selected().id == proposal_id


def owners_signed(safe: str, count: int) -> str:
    said = _t("TreasuryPage", "Safe {safe}: {count} of {threshold} owners signed")
    return said.format(safe=safe, count=count, threshold=2)


def shown_confirmation(g: Guide):  # noqa: ANN201
    from ui.treasury.confirm_dialog import ConfirmDialog

    return shown(g.qtbot, ConfirmDialog)


def approve_for_safe(g: Guide, tab, proposal_id: int, safe: str, screen: Screen):  # noqa: ANN001, ANN201
    """Select the proposal, press "Approve for Safe 0x…", read the confirmation and press
    Sign; the owner's SafeProgress."""
    qtbot, page = g.qtbot, g.treasury
    choose_row(g, tab, proposal_id)
    qtbot.waitUntil(
        lambda: safe in tab.safe_buttons and tab.safe_buttons[safe].isEnabled(), timeout=WAIT
    )
    button = tab.safe_buttons[safe]
    assert button.text() == _t("ProposalsTab", "Approve for Safe {safe}").format(
        safe=f"{safe[:6]}…{safe[-4:]}"
    )
    with qtbot.waitSignal(page.confirming, timeout=WAIT) as confirming:
        click(qtbot, button)
    dialog = confirming.args[0]
    screen.look()
    heading = _t("ConfirmDialog", "Approve proposal #{id} for Safe {safe}")
    assert dialog.heading.text() == heading.format(id=proposal_id, safe=safe)
    lead = _t(
        "ConfirmDialog",
        "You are about to sign your part of the Safe's approval: the Safe message for "
        "proposal #{id}, as one of its owners. It costs no gas; the Safe approves when "
        "{threshold} owners have signed.",
    )
    assert dialog.lead.text() == lead.format(id=proposal_id, threshold=2)
    with qtbot.waitSignal(page.finished, timeout=WAIT) as done:
        click(qtbot, dialog.confirm_button)
    return done.args[0]


def answer_file_source(dialog: QInputDialog) -> None:
    """Import signature… asks where from: keep the first choice, a file (or a QR picture)."""
    assert dialog.comboBoxItems()[0] == dialog.textValue(), "a file is the preselected choice"
    dialog.accept()


def airgap(g: Guide, proposal_id: int, approver: str, screen: Screen) -> None:
    """Export for signing… naming approver 1, sign on the offline machine, Import signature…."""
    from ui.treasury.airgap_dialogs import OfflineSignDialog

    qtbot, page = g.qtbot, g.treasury
    tab = page.history
    choose_row(g, tab, proposal_id)
    request = g.tmp / "request.json"

    def name_signer(dialog: QInputDialog) -> None:
        dialog.setTextValue(approver)
        dialog.accept()

    when_shown(QInputDialog, name_signer)
    save_as(request)
    with qtbot.waitSignal(page.exported, timeout=WAIT):
        click(qtbot, tab.export_button)
    screen.look()
    page.qr_dialog.close()
    g.session.treasury.menu.offline_sign.trigger()  # Treasury → the offline signing view
    offline = shown(qtbot, OfflineSignDialog)
    save_as(request)  # "Open a request file"
    click(qtbot, offline.open_button)
    qtbot.waitUntil(offline.approve_button.isEnabled, timeout=WAIT)
    screen.look()
    with qtbot.waitSignal(offline.confirming, timeout=WAIT) as step:
        click(qtbot, offline.approve_button)
    screen.look()
    with qtbot.waitSignal(offline.signed, timeout=WAIT) as done:
        click(qtbot, step.args[0].confirm_button)
    signature = done.args[0]
    offline.shown.close()
    offline.close()
    when_shown(QInputDialog, answer_file_source)
    save_as(signature)
    with qtbot.waitSignal(page.imported, timeout=WAIT) as imported:
        click(qtbot, tab.import_button)
    said = _t("TreasuryAirgap", "Imported the {kind} of proposal #{id} by {signer} (air-gapped).")
    kind = _t("TreasuryAirgap", "approval")
    signer = imported.args[0].signer
    assert page.banner.text() == said.format(kind=kind, id=proposal_id, signer=signer)
    assert signer.lower() == approver.lower()


@pytest.mark.slow
@pytest.mark.timeout(900)  # about 3 minutes each on a quiet 2-core machine
@pytest.mark.parametrize("code", ["en", "zh_TW"])
def test_the_investor_and_treasury_guides_from_a_fresh_data_directory(
    code, qtbot, qapp, tmp_path, capsys
):
    g = Guide(qtbot, qapp, tmp_path, capsys, code)
    window = g.window
    try:
        if code != "en":  # Settings → Language, as README.zh_TW.md opens
            settings = window.settings_page
            window.sidebar.setCurrentRow(window.pages.indexOf(settings))
            settings.language.setCurrentIndex(settings.language.findData(code))
            qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "投資組合", timeout=WAIT)
        sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
        treasury = window.sidebar.item(sidebar.index(_t("MainWindow", "Treasury")))
        assert not treasury.flags() & Qt.ItemFlag.ItemIsEnabled  # no account holds a role yet
        investor_guide(g, code)
        treasury_guide(g, code)
    finally:
        g.session.language.apply("en")  # the language is process-wide: later tests read English
        window.close()


# -- the guides in Traditional Chinese (README.zh_TW.md) ------------------------------------------
def test_the_traditional_chinese_guides_name_what_is_on_screen():
    """Every label the English guides set in bold that the app shows translated appears, as the
    Traditional Chinese screen shows it, in bold in the same step of README.zh_TW.md."""
    from tests.ui.guides.steps import GUIDES, ROOT, steps

    english = (ROOT / "README.md").read_text(encoding="utf-8")
    chinese = (ROOT / "README.zh_TW.md").read_text(encoding="utf-8")
    shown_zh = _zh_tw()
    checked = 0
    for heading, translated in [*GUIDES.items(), ("**Two approvers:", "**兩位審批人：")]:
        en_steps, zh_steps = steps(english, heading), steps(chinese, translated)
        assert len(zh_steps) == len(en_steps), heading
        for number, (step, zh_step) in enumerate(zip(en_steps, zh_steps, strict=True), 1):
            bold = {" ".join(b.split()) for b in re.findall(r"\*\*(.+?)\*\*", zh_step, re.DOTALL)}
            for label in re.findall(r"\*\*(.+?)\*\*", step, re.DOTALL):
                label = " ".join(label.split())
                words = shown_zh.get(label) or shown_zh.get(label + "…")
                if words:
                    checked += 1
                    assert words & bold, f"{translated} step {number}: {label!r} as {words}"
    assert checked >= 30  # the guides name the screen's labels
    assert labels("**Claim all** and **Start.**", "en") == ["Claim all"]
    assert "全部領取" in catalog("zh_TW")


def _zh_tw() -> dict[str, set[str]]:
    """What the app shows in Traditional Chinese for each English source text: the .ts the .qm
    is built from (the catalogs under resources/translations/zh fill it)."""
    from xml.etree import ElementTree

    from tests.ui.guides.steps import ROOT

    found: dict[str, set[str]] = {}
    tree = ElementTree.parse(ROOT / "resources" / "translations" / "pst_desk_zh_TW.ts")
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text:
            found.setdefault(message.findtext("source") or "", set()).add(translation.text)
    return found
