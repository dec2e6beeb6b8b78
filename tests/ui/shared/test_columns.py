"""Columns stay where they are: the holdings, the wallet's balances and history, and the store
DAO's proposals fix their widths once (and per language), and a refresh that resets the rows never
moves a column (each re-fitted its columns to the rows on every refresh); only a proposal's
deadline and your vote take the width of their text, so that they are never cut."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from app.portfolio.governance import CastVote, Support, VotingPower
from app.services.wallet import WalletService
from app.storage import open_database
from app.wallet.balances import Balances
from app.wallet.session import WalletSession
from app.wallet.wallet import Wallet
from tests.ui.portfolio.test_keyed_tables import INFO, proposal
from ui.portfolio.governance import READ_WHOLE
from ui.portfolio.holdings_model import HEADERS
from ui.portfolio.page import HOLDING_WIDTHS, PortfolioPage
from ui.shared.i18n import Language
from ui.wallet.page import WalletPage

KEY = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"


def widths(table: QTableView) -> list[int]:
    return [table.columnWidth(c) for c in range(table.model().columnCount())]


def unclipped(table: QTableView) -> bool:
    header = table.horizontalHeader()
    return all(
        table.columnWidth(c) >= header.sectionSizeFromContents(c).width()
        for c in range(table.model().columnCount())
    )


def test_portfolio_tables_keep_their_widths_through_a_refresh(qtbot, language: Language):
    assert len(HOLDING_WIDTHS) == len(HEADERS)
    page = PortfolioPage(poll_ms=0)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    holdings, before = page.table, widths(page.table)
    page.model.beginResetModel()  # what a refresh with new rows does
    page.model.endResetModel()
    assert widths(holdings) == before

    panel = page.governance
    panel.account, panel.info = "0xA", INFO
    panel.power = VotingPower(INFO.token, "0xA", 10**6, True, 10**6)
    voted = {  # a date estimated from the block time, a vote with its weight and time
        "deadline_time": 1_790_000_000,
        "my_vote": CastVote(Support.FOR, 1_138_742 * 10**6, "", 950, 1_789_990_000, "0x"),
    }
    long = "A store DAO proposal with a long title " * 3
    panel.proposals = [proposal(1, description=long, **voted)]
    panel._draw()
    proposals = widths(panel.table)
    panel.proposals = [proposal(2, description="Short", **voted)]
    panel._draw()
    assert widths(panel.table) == proposals  # a title elides: no column moves for it
    # The deadline (date and block) and your vote (how, weight, when) are never cut.
    for column in READ_WHOLE:
        index = panel.table.model().index(0, column)
        text = index.data()
        assert (
            text and panel.table.fontMetrics().horizontalAdvance(text) < widths(panel.table)[column]
        ), text

    language.apply("zh_CN")  # fixed again for the new headers, none clipped
    qtbot.waitUntil(lambda: unclipped(holdings) and unclipped(panel.table))


def test_wallet_tables_keep_their_widths_through_a_refresh(qtbot, tmp_path):
    db = open_database(tmp_path / "s.sqlite3")
    wallet = Wallet(tmp_path, db, scrypt_n=2**10)
    wallet.import_private_key(KEY, "pw-Harbour-42", "pw-Harbour-42", label="Mine")
    page = WalletPage(WalletService(wallet, db, session=WalletSession(wallet)))
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    address = page.selected_address()
    assert address is not None
    balances, history = widths(page.balance_table), widths(page.history_table)
    page._show_balances(Balances(address, (), 0))
    page._show_history([])
    assert widths(page.balance_table) == balances
    assert widths(page.history_table) == history
    assert unclipped(page.balance_table) and unclipped(page.history_table)
    db.close()
