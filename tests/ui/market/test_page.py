"""The Market page draws a book, its depth, trades and prices; the order dialog shows the exact
figures before signing; bids and asks take the investor's colours of up and down."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.market.depth import depth_of
from app.market.orders import Side
from app.market.ticket import Role
from tests.ui.helpers import answer
from tests.ui.market.helpers import ME, PST, DataMarket, Grant, _order
from ui.market.page import MarketPage
from ui.shared.theme import LIGHT


@pytest.fixture
def page(qtbot):
    source = DataMarket()
    page = MarketPage(poll_ms=0)
    qtbot.addWidget(page)
    page.set_account(ME)
    page.attach(source, lambda _what: Grant())
    qtbot.waitUntil(lambda: page.market_screen is not None and bool(page.orders))
    return page


def test_the_book_trades_and_prices_are_drawn(page, qtmodeltester):
    for model in (page.bids, page.asks, page.trades, page.my_orders):
        qtmodeltester.check(model)  # Qt's own checks on every table model of the page
    assert (page.bids.rowCount(), page.asks.rowCount()) == (2, 2)  # 10.20 holds two asks
    assert page.asks.index(0, 0).data() == "10.20" and page.asks.index(0, 1).data() == "4.00"
    assert page.asks.index(1, 2).data() == "8.00"
    assert page.asks.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Orders at this price: 2"
    assert page.trades.rowCount() == 2
    stats = page.stats.text()
    assert "bid 9.80" in stats and "ask 10.20" in stats and "+0.10" in stats
    assert page.depth_chart.data.depth.mid == 10_000_000
    assert page.price_chart.data.closes[-1] == 10_100_000
    assert page.cancel_all_button.isEnabled() and page.buy_button.isEnabled()


@pytest.mark.parametrize(("up", "bid", "ask"), [("red", LIGHT.red, LIGHT.green),
                                                ("green", LIGHT.green, LIGHT.red)])  # fmt: skip
def test_bids_take_the_colour_of_up_and_asks_of_down(page, up, bid, ask):
    page.set_colors(replace(LIGHT, up=up))
    foreground = Qt.ItemDataRole.ForegroundRole
    assert page.bids.index(0, 0).data(foreground).name() == bid
    assert page.asks.index(0, 0).data(foreground).name() == ask
    assert page.trades.index(0, 1).data(foreground).name() == bid  # 10.10 after 9.90: up
    assert f"color:{bid}" in page.stats.text()  # the last price rose since yesterday


def test_a_new_level_keeps_the_selected_one_and_a_double_click_takes_it(page, qtbot, qtmodeltester):
    page.asks_table.selectRow(1)  # 11.00
    base = page.market_screen
    asks = (*base.asks, _order(Side.SELL, 10_500_000, PST, 6))
    depth = depth_of(((b.price, b.remaining) for b in base.bids),
                     ((a.price, a.remaining) for a in asks))  # fmt: skip
    page.show_screen(replace(base, asks=asks, depth=depth))
    qtmodeltester.check(page.asks)
    assert [page.asks.index(r, 0).data() for r in range(3)] == ["10.20", "10.50", "11.00"]
    assert page.asks.index(2, 2).data() == "9.00"  # the running total, redrawn in place
    assert [i.row() for i in page.asks_table.selectionModel().selectedRows()] == [2]
    page.asks_table.doubleClicked.emit(page.asks.index(1, 0))
    assert page.dialog is not None and page.dialog.target.order_hash == "0x" + f"{6:064x}"
    page.dialog.reject()


def test_buying_now_shows_every_figure_before_signing(page, qtbot):
    dialog = page.open_order(buy=True)
    qtbot.waitUntil(lambda: dialog.standing is not None)
    assert dialog.price.isReadOnly() and dialog.price.text() == "10.20"
    dialog.amount.setText("2.5")
    figures = {k: v.text() for k, v in dialog.figures.items()}
    assert figures["total"] == "25.50 sUSD"  # 2.5 x 10.20
    assert figures["fee"] == "0.0765 sUSD"  # 30 bp, rounded up
    assert figures["you"] == "25.5765 sUSD"
    assert figures["other"] == "25.50 sUSD"
    assert figures["kyc"] == "KYC valid until 2027-11-30"
    assert figures["allowance"] == "25.5765 sUSD: approved first, in its own transaction"
    dialog.amount.setText("4.5")  # more than the best order holds
    assert not dialog.go.isEnabled() and "only 3.00 left" in dialog.status.text()
    dialog.amount.setText("1")
    dialog.go.click()
    qtbot.waitUntil(lambda: bool(page.source.placed))
    ticket, target = page.source.placed[0]
    assert (ticket.role, ticket.amount, ticket.pays_coin) == (Role.TAKE, PST, 10_230_600)
    assert target.order_hash == "0x" + f"{3:064x}"
    dialog.close()


def test_posting_a_sell_order_pays_no_fee_and_checks_the_balance(page, qtbot):
    dialog = page.open_order(buy=False)
    qtbot.waitUntil(lambda: dialog.standing is not None)
    dialog.role.setCurrentIndex(1)
    assert not dialog.price.isReadOnly()
    dialog.price.setText("10.5")
    dialog.amount.setText("3")
    assert dialog.figures["fee"].text() == "none: a maker pays no fee"
    assert dialog.figures["you"].text() == "31.50 sUSD"
    assert dialog.figures["allowance"].text() == "3.00 PSP0: already in place"
    assert dialog.go.isEnabled()
    dialog.amount.setText("11")  # holds 10
    assert not dialog.go.isEnabled() and "fewer tokens" in dialog.status.text()
    dialog.amount.setText("1,5")  # a misread grouping is refused, not guessed
    assert not dialog.go.isEnabled() and dialog.status.text()
    dialog.close()


def test_cancel_the_selected_order(page, qtbot):
    page.orders_table.selectRow(0)
    page.cancel_selected()
    qtbot.waitUntil(lambda: bool(page.source.placed))
    assert page.source.placed[0] == ("cancel", "0x" + "cd" * 32)
    qtbot.waitUntil(lambda: "Cancelled" in page.message.text())


def test_an_account_without_kyc_cannot_place_and_is_told_why(page, qtbot):
    from app.market.ticket import Standing

    page.source.standing_of = Standing(False, "KYC lapsed on 2026-11-01", 5_000 * 10**6, 0,
                                       10 * PST, 10 * PST)  # fmt: skip
    dialog = page.open_order(buy=True)
    qtbot.waitUntil(lambda: dialog.standing is not None)
    dialog.amount.setText("1")
    assert dialog.figures["kyc"].text() == "KYC lapsed on 2026-11-01"
    assert dialog.figures["kyc"].objectName() == "fail"
    assert not dialog.go.isEnabled() and "not cleared by KYC" in dialog.status.text()
    dialog.close()


def test_cancel_all_asks_first_and_a_no_sends_nothing(page, qtbot):
    from PySide6.QtWidgets import QMessageBox

    answer(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    page.cancel_all_button.click()  # returns once the question is answered
    assert page.source.placed == []
    answer(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    page.cancel_all_button.click()
    qtbot.waitUntil(lambda: bool(page.source.placed))
    assert page.source.placed == [("cancel_all", ME)]
    qtbot.waitUntil(lambda: "Cancelled" in page.message.text())


def test_buy_and_sell_from_the_portfolio_open_the_dialog_for_that_token(qtbot, qapp):
    """The Portfolio's Trade menu (Buy…, Sell…) on a holding shows the Market page for its token
    and opens the order dialog there, buying or selling."""
    from types import SimpleNamespace

    from app.config import Settings
    from tests.ui.portfolio.test_market_columns import view_with
    from ui.market.attach import MarketAttachment
    from ui.portfolio.page import PortfolioPage
    from ui.shared.theme import ThemeManager
    from ui.shell.main_window import MainWindow

    settings = Settings()
    theme = ThemeManager(qapp, settings.theme)
    window = MainWindow(settings, lambda _s: None, theme)
    qtbot.addWidget(window)
    portfolio = PortfolioPage(poll_ms=0)
    window.add_page("Portfolio", portfolio, "Ctrl+1")
    market = MarketAttachment(window, SimpleNamespace(page=portfolio, service=None), None, theme)
    source = DataMarket(listed=("PSP0", "PSP"))  # the holding is PSP
    market.page.set_account(ME)
    market.page.attach(source, lambda _what: Grant())
    market.desk = source  # type: ignore[assignment]  # the market is up
    qtbot.waitUntil(lambda: market.page.market_screen is not None)
    assert market.page.market_screen.symbol == "PSP0"
    portfolio.model.set_view(view_with(None))
    portfolio.table.selectRow(0)
    for action, buy in ((portfolio.buy_action, True), (portfolio.sell_action, False)):
        window.sidebar.setCurrentRow(window.pages.indexOf(portfolio))
        action.trigger()
        qtbot.waitUntil(lambda: market.page.dialog is not None)
        dialog = market.page.dialog
        assert window.pages.currentWidget() is market.page
        assert (dialog.buy, dialog.market_screen.symbol) == (buy, "PSP")
        dialog.close()
        qtbot.waitUntil(lambda: market.page.dialog is None)


def test_posting_beside_open_orders_approves_and_counts_them_too(page, qtbot):
    """The seller's open asks hold 8 of their 10 PST, all allowed: a 3 PST ask needs 11 held and
    an approval of 11 (an approval replaces the allowance), which the dialog says."""
    page.source.standing_of = replace(page.source.standing_of, pst_committed=8 * PST,
                                      pst_allowance=8 * PST)  # fmt: skip
    dialog = page.open_order(buy=False)
    qtbot.waitUntil(lambda: dialog.standing is not None)
    dialog.role.setCurrentIndex(1)
    dialog.price.setText("10.5")
    dialog.amount.setText("2")
    assert dialog.figures["allowance"].text() == (
        "10.00 PSP0: approved first, in its own transaction\n8.00 PSP0 of it for your open orders"
    )
    assert dialog.go.isEnabled()
    dialog.amount.setText("3")
    assert not dialog.go.isEnabled() and "fewer tokens" in dialog.status.text()
    dialog.close()
