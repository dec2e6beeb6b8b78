"""The README's two guides, followed as a newcomer would from a fresh data directory on the
sandbox (its own sandbox and chain): a step that no longer works fails `make test`.

Investor: Wallet -> Getting started -> Load demo accounts; select Investor, Unlock; Portfolio
shows the holdings; Claim all pays what was claimable; the merchants are listed.
Treasury: unlock Treasury approver 1; the Treasury page, in its place all along, becomes usable.
A Safe as an approver: Treasury approver 2 and Platform each press "Approve for Safe 0x…" on a
proposal waiting for approval and confirm; at the second the Safe's approval is recorded.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui.shell.app import Session
from ui.wallet.password_dialog import PasswordDialog

PASSWORD = "violet-Harbour-42-lantern"
WAIT = 120_000


def answer_password(qtbot, password: str = PASSWORD) -> None:  # noqa: ANN001
    """Type the password into the next wallet password prompt (it runs its own loop)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PasswordDialog):
            dialog.password.setText(password)
            dialog.accept()
            return
        QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def approve_for_safe(qtbot, page, tab, proposal_id: int, safe: str):  # noqa: ANN001, ANN201
    """On `tab` of the Treasury page, select the proposal, press "Approve for Safe 0x…", read
    the confirmation and press Sign; the owner's SafeProgress."""
    from tests.ui.treasury.steps import choose

    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: proposal_id in tab._views, timeout=WAIT)
    choose(tab, proposal_id)
    qtbot.waitUntil(
        lambda: safe in tab.safe_buttons and tab.safe_buttons[safe].isEnabled(), timeout=WAIT
    )
    button = tab.safe_buttons[safe]
    assert button.text() == f"Approve for Safe {safe[:6]}…{safe[-4:]}"
    with qtbot.waitSignal(page.confirming, timeout=WAIT) as shown:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = shown.args[0]
    assert dialog.heading.text() == f"Approve proposal #{proposal_id} for Safe {safe}"
    assert f"the Safe message for proposal #{proposal_id}" in dialog.lead.text()
    with qtbot.waitSignal(page.finished, timeout=WAIT) as done:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def unlock(qtbot, wallet, role: str) -> str:  # noqa: ANN001
    """Select the account named `role` on the Wallet page and unlock it, as a person would."""
    rows = [account.label for account in wallet.account_model.items()]
    wallet.accounts.selectRow(rows.index(role))
    address = wallet.selected_address()
    answer_password(qtbot)
    qtbot.mouseClick(wallet.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: address[-4:] in wallet.lock_state.text(), timeout=WAIT)
    return address


@pytest.mark.slow
def test_the_investor_and_treasury_guides_from_a_fresh_data_directory(qtbot, qapp, tmp_path):
    args = argparse.Namespace(data_dir=str(tmp_path), profile=None, merchants=12)
    session = Session(args, qapp)
    window = session.window
    qtbot.addWidget(window)
    window.show()
    session.attach_pages()
    session.start()
    sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    treasury_row = sidebar.index("Treasury")
    assert not window.sidebar.item(treasury_row).flags() & Qt.ItemFlag.ItemIsEnabled

    # 1. Start: the Wallet page shows Getting started; load the demo accounts.
    wallet = session.wallet
    window.sidebar.setCurrentRow(window.pages.indexOf(wallet))
    start = wallet.start_panel
    assert start is not None and start.isVisible()
    start.new_password.password.setText(PASSWORD)
    start.new_password.confirmation.setText(PASSWORD)
    with qtbot.waitSignal(start.loaded, timeout=WAIT):
        qtbot.mouseClick(start.load_button, Qt.MouseButton.LeftButton)
    assert not start.isVisible() and wallet.account_model.rowCount() == 6
    qtbot.waitUntil(lambda: session.backend is not None and session.chain is not None, timeout=WAIT)

    # Select Investor and unlock it: the Portfolio acts as that account.
    investor = unlock(qtbot, wallet, "Investor")
    # The header says who the app acts as.
    qtbot.waitUntil(lambda: session.switcher.address == investor, timeout=WAIT)
    portfolio = session.portfolio.page
    window.sidebar.setCurrentRow(window.pages.indexOf(portfolio))
    qtbot.waitUntil(lambda: portfolio.account_box.count() >= 6, timeout=WAIT)
    # Choosing an account in the Portfolio's box switches the header too (and back).
    for address in (wallet.account_model.items()[0].address, investor):
        index = portfolio.account_box.findData(address)
        portfolio.account_box.setCurrentIndex(index)
        portfolio.account_box.activated.emit(index)  # as a click in the list does
        assert session.switcher.address == address
    qtbot.waitUntil(
        lambda: portfolio.view is not None and portfolio.view.snapshot.account == investor,
        timeout=WAIT,
    )
    holdings = portfolio.view.snapshot.holdings
    assert holdings and any(h.balance > 0 for h in holdings)

    # 2-3. Claim all pays exactly what was claimable, and nothing is left to claim.
    claimable = portfolio.view.snapshot.totals.claimable
    assert claimable > 0 and portfolio.claim_all_button.isEnabled()
    dialog = portfolio.claim_all()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error is not None, timeout=WAIT)
    assert dialog.error is None, dialog.error
    qtbot.waitUntil(
        lambda: portfolio.view is not None and portfolio.view.snapshot.totals.claimable == 0,
        timeout=WAIT,
    )

    # 7. Merchants: every sandbox merchant is listed.
    qtbot.waitUntil(lambda: window.merchants is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: window.merchants.model.rowCount() == 12, timeout=WAIT)

    # Treasury guide 1: unlock Treasury approver 1; the Treasury page becomes usable in place.
    wallet.lock()
    approver = unlock(qtbot, wallet, "Treasury approver 1")
    qtbot.waitUntil(lambda: session.switcher.address == approver, timeout=WAIT)
    qtbot.waitUntil(
        lambda: bool(window.sidebar.item(treasury_row).flags() & Qt.ItemFlag.ItemIsEnabled),
        timeout=WAIT,
    )
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == sidebar
    treasury = session.treasury.page
    assert window.pages.widget(treasury_row) is treasury
    qtbot.waitUntil(lambda: treasury.snapshot is not None, timeout=WAIT)
    assert treasury.snapshot.roles.approver

    # A Safe as an approver: the sandbox's Safe (approver 2, Platform and the fee account own it)
    # approves a proposal nobody has signed yet through approver 2's and Platform's parts.
    assert not treasury.snapshot.safes  # approver 1 owns no part of it: nothing to sign for
    (safe,) = [s.address for s in treasury.desk.approver_safes()]
    proposal_id = next(v.id for v in treasury.snapshot.queue if not v.state.approvals)

    def acting_as(address: str) -> None:
        qtbot.waitUntil(lambda: session.switcher.address == address, timeout=WAIT)
        qtbot.waitUntil(
            lambda: treasury.snapshot is not None and treasury.snapshot.account == address,
            timeout=WAIT,
        )

    wallet.lock()
    acting_as(unlock(qtbot, wallet, "Treasury approver 2"))
    first = approve_for_safe(qtbot, treasury, treasury.queue, proposal_id, safe)
    assert (first.count, first.threshold, first.approved) == (1, 2, False)
    assert treasury.banner.text().startswith(f"Safe {safe}: 1 of 2 owners signed")
    wallet.lock()
    acting_as(unlock(qtbot, wallet, "Platform (admin, KYC officer)"))
    second = approve_for_safe(qtbot, treasury, treasury.history, proposal_id, safe)
    assert second.approved and second.count == 2
    assert treasury.banner.text() == (
        f"Safe {safe}: 2 of 2 owners signed — the Safe's approval of proposal #{proposal_id} "
        "is recorded (no gas)."
    )
    window.close()


# -- the guides in Traditional Chinese (README.zh_TW.md) ------------------------------------------

ROOT = Path(__file__).resolve().parents[3]
GUIDES = {  # English heading -> Traditional Chinese heading
    "## A guide for investors": "## 投資者指南",
    "## A guide for treasury staff": "## 資金庫人員指南",
}


def _steps(text: str, heading: str) -> list[str]:
    """The numbered steps under `heading`: its list, up to the first line that is neither a
    step nor a step's indented continuation (paragraphs after the list are not steps)."""
    steps: list[str] = []
    for line in text.split(heading + "\n", 1)[1].splitlines():
        if re.match(r"\d+\. ", line):
            steps.append(line)
        elif steps and (line.startswith(" ") or not line.strip()) and line.strip():
            steps[-1] += "\n" + line
        elif steps and line.strip():
            break
    return steps


def _zh_tw() -> dict[str, set[str]]:
    """What the app shows in Traditional Chinese for each English source text: the .ts the .qm
    is built from (the catalogs under resources/translations/zh fill it)."""
    found: dict[str, set[str]] = {}
    tree = ElementTree.parse(ROOT / "resources" / "translations" / "pst_desk_zh_TW.ts")
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text:
            found.setdefault(message.findtext("source") or "", set()).add(translation.text)
    return found


def test_the_traditional_chinese_guides_name_what_is_on_screen():
    """Every label the English guides set in bold that the app shows translated appears, as the
    Traditional Chinese screen shows it, in bold in the same step of README.zh_TW.md."""
    english = (ROOT / "README.md").read_text(encoding="utf-8")
    chinese = (ROOT / "README.zh_TW.md").read_text(encoding="utf-8")
    shown = _zh_tw()
    checked = 0
    for heading, translated in GUIDES.items():
        steps, zh_steps = _steps(english, heading), _steps(chinese, translated)
        assert len(zh_steps) == len(steps), heading
        for number, (step, zh_step) in enumerate(zip(steps, zh_steps, strict=True), 1):
            bold = set(re.findall(r"\*\*\s*(.+?)\s*\*\*", zh_step))
            for label in re.findall(r"\*\*(.+?)\*\*", step):
                words = shown.get(label) or shown.get(label + "…")
                if words:
                    checked += 1
                    assert words & bold, f"{translated} step {number}: {label!r} as {words}"
    assert checked >= 20  # the guides name the screen's labels
