"""The Market page and the order dialog follow a change of language by themselves (the Qt way:
`retranslate()` on LanguageChange), with the main window's reverse look-up switched off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.market.helpers import ME, DataMarket
from ui.market.order_dialog import OrderDialog
from ui.market.page import MarketPage
from ui.shared.i18n import Language
from ui.shared.i18n.retranslating import refresh_models

# (English, Simplified, Traditional)
TITLE = ("Market", "市场", "市場")
BUY = ("Buy…", "买入…", "買入…")
BOOK = ("Order book", "订单簿", "訂單簿")
LAST_TRADES = ("Last trades", "最新成交", "最新成交")
CANCEL_ALL = ("Cancel all my orders", "撤销我的全部订单", "撤銷我的全部訂單")
TOKEN = ("Token", "代币", "代幣")
STATS = ("Last ", "最新 ", "最新 ")
BOUGHT = ("bought", "买入", "買入")
SIDE = ("Side", "方向", "方向")
DEPTH = ("Market depth", "市场深度", "市場深度")
DIALOG_TITLE = ("Buy PSP0", "买入 PSP0", "買入 PSP0")
TAKE = ("Buy now from the best offer", "立即按最优卖价买入", "立即按最優賣價買入")
PLACEHOLDER = ("tokens, e.g. 2.5", "代币数量，例如 2.5", "代幣數量，例如 2.5")
TOTAL = ("Total at this price", "按此价格合计", "按此價格合計")
GO = ("Buy now", "立即买入", "立即買入")


class Grant:
    signer = object()

    def close(self) -> None:
        pass


def _switch(qapp: QApplication, language: Language, code: str, page: MarketPage) -> None:
    language.apply(code)
    qapp.processEvents()
    refresh_models(page)  # what the main window does for the tables


def _check(page: MarketPage, dialog: OrderDialog, i: int) -> None:
    assert page.title.text() == TITLE[i]
    assert page.buy_button.text() == BUY[i]
    assert page.book.title() == BOOK[i]
    assert page.trades_label.text() == LAST_TRADES[i]
    assert page.cancel_all_button.text() == CANCEL_ALL[i]
    assert page.token.accessibleName() == TOKEN[i]
    assert page.stats.text().startswith(STATS[i])
    assert page.trades.index(0, 3).data() == BOUGHT[i]
    assert page.my_orders.headerData(1, Qt.Orientation.Horizontal) == SIDE[i]
    assert page.depth_chart.heading.text() == DEPTH[i]
    assert dialog.windowTitle() == DIALOG_TITLE[i]
    assert dialog.role.itemText(0) == TAKE[i]
    assert dialog.role.itemData(0) is not None  # the data stays with the item
    assert dialog.amount.placeholderText() == PLACEHOLDER[i]
    assert dialog.figure_labels["total"].text() == TOTAL[i]
    assert dialog.go.text() == GO[i]


def test_page_and_dialog_follow_the_language(qtbot, qapp, language):  # noqa: ANN001
    page = MarketPage(poll_ms=0)
    qtbot.addWidget(page)
    page.set_account(ME)
    page.attach(DataMarket(), lambda _what: Grant())
    qtbot.waitUntil(lambda: page.market_screen is not None and bool(page.orders))
    dialog = page.open_order(buy=True)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.standing is not None)
    dialog.amount.setText("1")
    _check(page, dialog, 0)
    for i, code in ((1, "zh_CN"), (2, "zh_TW"), (0, "en")):
        _switch(qapp, language, code, page)
        _check(page, dialog, i)
    assert dialog.figures["total"].text() == "10.20 sUSD"  # the figures stay
    dialog.close()
