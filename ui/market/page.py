"""The Market page: per token the order book (both sides, by price level) with its depth chart,
the last trades and the price history; Buy and Sell (taking the best order or posting one); the
account's own orders with cancel and cancel all.

Every read and every transaction runs on the runner's workers through a `MarketSource`; the page
only draws. One refresh costs the source's snapshot and price history (the book client's two
round trips, each a 304 when nothing changed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.market.screen import MarketScreen
from ui.market.charts import DepthChart, DepthData, PriceChart, PriceData
from ui.market.models import LevelsModel, TradesModel, my_orders_model, order_rows, trade_rows
from ui.market.my_orders import MyOrdersMixin
from ui.market.order_dialog import GrantFactory, OrderDialog
from ui.market.source import MarketSource, MyOrder
from ui.merchants.charts import retranslate_chart
from ui.shared import format as fmt
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.runner import Op, user_message
from ui.shared.theme import LIGHT, Colors
from ui.shell import shortcuts

log = logging.getLogger(__name__)


def _table(name: str, model: QAbstractItemModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setDefaultSectionSize(22)
    return table


def _fitted(table: QTableView) -> QTableView:
    """Columns share the width: a side of the book never scrolls sideways."""
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


class MarketPage(Retranslating, MyOrdersMixin, QWidget):
    traded = Signal(object)  # a finished trade or cancel (its hash): holdings may have changed
    screen_shown = Signal(object)  # the MarketScreen just drawn

    def __init__(
        self,
        source: MarketSource | None = None,
        *,
        colors: Colors = LIGHT,
        grant: GrantFactory | None = None,
        poll_ms: int = 5_000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source, self.colors, self._grant = source, colors, grant
        self.account: str | None = None
        self.market_screen: MarketScreen | None = None
        self.orders: list[MyOrder] = []
        self._busy = self._again = self._read_failed = False
        self.dialog: OrderDialog | None = None
        self._message: Callable[[], str] = str  # what the message line says, in any language
        self._build()
        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self._poll_tick)
        if poll_ms > 0:
            self._poll.start()
        QShortcut(QKeySequence("F5"), self, self.refresh)
        shortcuts.bind(self, "market.buy", lambda: self.open_order(buy=True))
        shortcuts.bind(self, "market.sell", lambda: self.open_order(buy=False))
        shortcuts.bind(self, "market.cancel", self.cancel_selected)
        shortcuts.bind(self, "market.cancel_all", self.cancel_all)
        self.retranslate()

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.token = QComboBox()
        self.token.setObjectName("marketToken")
        self.token.setMinimumWidth(120)
        self.token.currentIndexChanged.connect(lambda _i: self.refresh())
        self.stats = QLabel("")
        self.stats.setObjectName("marketStats")
        self.stats.setTextFormat(Qt.TextFormat.RichText)
        self.buy_button = QPushButton()
        self.buy_button.setObjectName("buy")
        self.buy_button.clicked.connect(lambda: self.open_order(buy=True))
        self.sell_button = QPushButton()
        self.sell_button.setObjectName("sell")
        self.sell_button.clicked.connect(lambda: self.open_order(buy=False))
        self.refresh_button = QPushButton()
        self.refresh_button.setToolTip("F5")
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.token)
        header.addSpacing(12)
        header.addWidget(self.stats, 1)
        for button in (self.buy_button, self.sell_button, self.refresh_button):
            header.addWidget(button)
        self.message = QLabel("")
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)

        self.bids = LevelsModel(bids=True, parent=self)
        self.asks = LevelsModel(bids=False, parent=self)
        self.bids_table = _fitted(_table("bids", self.bids))
        self.asks_table = _fitted(_table("asks", self.asks))
        self.bids_table.doubleClicked.connect(lambda i: self._take_level(buy=False, row=i.row()))
        self.asks_table.doubleClicked.connect(lambda i: self._take_level(buy=True, row=i.row()))
        self.book = QGroupBox()
        grid = QGridLayout(self.book)
        self.bids_label, self.asks_label = QLabel(), QLabel()
        grid.addWidget(self.bids_label, 0, 0)
        grid.addWidget(self.asks_label, 0, 1)
        grid.addWidget(self.bids_table, 1, 0)
        grid.addWidget(self.asks_table, 1, 1)
        self.depth_chart = DepthChart(self.colors)
        grid.addWidget(self.depth_chart, 2, 0, 1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 2)

        self.trades = TradesModel(self)
        self.trades_table = _fitted(_table("trades", self.trades))
        self.price_chart = PriceChart(self.colors)
        self.trades_box = QGroupBox()
        column = QVBoxLayout(self.trades_box)
        column.addWidget(self.price_chart, 2)
        self.trades_label = QLabel()
        column.addWidget(self.trades_label)
        column.addWidget(self.trades_table, 3)

        self.my_orders = my_orders_model(self)
        self.orders_table = _table("myOrders", self.my_orders)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelOrder")
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.cancel_all_button = QPushButton()
        self.cancel_all_button.setObjectName("cancelAll")
        self.cancel_all_button.clicked.connect(self.cancel_all)
        self.mine = QGroupBox()
        mine_layout = QVBoxLayout(self.mine)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.cancel_all_button)
        buttons.addStretch(1)
        mine_layout.addLayout(buttons)
        mine_layout.addWidget(self.orders_table)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.book)
        top.addWidget(self.trades_box)
        top.setSizes([700, 500])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.mine)
        split.setSizes([620, 180])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self._enable()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Market"))
        self.token.setAccessibleName(self.tr("Token"))
        self.buy_button.setText(self.tr("Buy…"))
        self.sell_button.setText(self.tr("Sell…"))
        self.refresh_button.setText(self.tr("Refresh"))
        for button, key in (
            (self.buy_button, "market.buy"),
            (self.sell_button, "market.sell"),
            (self.cancel_button, "market.cancel"),
            (self.cancel_all_button, "market.cancel_all"),
        ):
            button.setToolTip(shortcuts.native(shortcuts.KEYS[key].keys))
        self.book.setTitle(self.tr("Order book"))
        self.bids_label.setText(self.tr("Bids (buyers)"))
        self.asks_label.setText(self.tr("Asks (sellers)"))
        self.trades_box.setTitle(self.tr("Trades"))
        self.trades_label.setText(self.tr("Last trades"))
        self.cancel_button.setText(self.tr("Cancel order"))
        self.cancel_all_button.setText(self.tr("Cancel all my orders"))
        self.mine.setTitle(self.tr("My orders"))
        self.message.setText(self._message())
        if self.market_screen is not None:
            self.stats.setText(self._stats_text(self.market_screen))
        for chart in (self.depth_chart, self.price_chart):
            retranslate_chart(chart)
        # The tables' words are translated as they are drawn (the window redraws them).

    def say(self, render: Callable[[], str]) -> None:
        """Show a message; `render` words it again after a change of language."""
        self._message = render
        self.message.setText(render())

    def _enable(self) -> None:
        ready = (
            self.market_screen is not None and self.account is not None and self._grant is not None
        )
        for button in (self.buy_button, self.sell_button):
            button.setEnabled(ready)
        has_open = any(o.status == "open" for o in self.orders)
        self.cancel_button.setEnabled(has_open and self._grant is not None)
        self.cancel_all_button.setEnabled(has_open and self._grant is not None)

    # --- wiring ------------------------------------------------------------------------------
    def attach(self, source: MarketSource, grant: GrantFactory) -> None:
        """The market is reachable: list its tokens, then refresh."""
        self.source, self._grant = source, grant
        self.say(lambda: self.tr("Loading the market…"))
        Op(self, source.symbols).success(self._symbols).failure(self._failed).run_in_background()

    def _symbols(self, symbols: list[str]) -> None:
        self._read_failed = False
        self.say(lambda: "" if symbols else self.tr("No token has a market yet."))
        self.token.blockSignals(True)
        current = self.token.currentText()
        self.token.clear()
        self.token.addItems(symbols)
        if current in symbols:
            self.token.setCurrentText(current)
        self.token.blockSignals(False)
        self.refresh()

    def show_unavailable(self, render: Callable[[], str]) -> None:
        """Say why the market is not there (`render` words it in the current language)."""
        self.say(render)

    def set_account(self, address: str) -> None:
        if address != self.account:
            self.account = address
            self.orders = []
            self.my_orders.set_items([])
            self.refresh()

    def choose(self, symbol: str) -> bool:
        index = self.token.findText(symbol)
        if index >= 0:
            self.token.setCurrentIndex(index)
        return index >= 0

    # --- refreshing --------------------------------------------------------------------------
    def refresh(self) -> None:
        symbol, source = self.token.currentText(), self.source
        if source is None or not symbol:
            return
        if self._busy:
            self._again = True
            return
        self._busy, self._again = True, False
        account = self.account

        def work() -> tuple[MarketScreen, list[MyOrder] | None]:
            screen = source.screen(symbol)
            return screen, (source.my_orders(account) if account else None)

        Op(self, work).success(self._loaded).failure(self._failed).run_in_background()

    def _loaded(self, result: tuple[MarketScreen, list[MyOrder] | None]) -> None:
        screen, orders = result
        self._busy = False
        if self._read_failed:  # the outcome of the last trade or cancel stays
            self._read_failed = False
            self.say(str)
        if screen.symbol == self.token.currentText():
            self.show_screen(screen)
        if orders is not None:
            self.show_orders(orders)
        if self._again:
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._busy = self._again = False
        self._read_failed = True
        self.say(
            lambda: self.tr("Could not read the market: {user_message}").format(
                user_message=user_message(error)
            )
        )

    def show_screen(self, screen: MarketScreen) -> None:
        """Draw one token's market (tables, charts, the stats line)."""
        self.market_screen = screen
        depth, pst, coin = screen.depth, screen.pst_decimals, screen.coin_decimals
        self.bids.set_levels(depth.bids, depth.bid_depth, pst, coin)
        self.asks.set_levels(depth.asks, depth.ask_depth, pst, coin)
        self.trades.set_items(trade_rows(screen.trades, pst, coin))
        self.depth_chart.show_data(DepthData(depth, pst, coin))
        prices = PriceData(screen.days, screen.closes, screen.offering_price, coin)
        if prices != self.price_chart.data:  # most refreshes: the same days (the API's 304)
            self.price_chart.show_data(prices)
        self.stats.setText(self._stats_text(screen))
        self._enable()
        self.screen_shown.emit(screen)

    def _stats_text(self, screen: MarketScreen) -> str:
        coin = screen.coin_decimals
        price = lambda v: "—" if v is None else fmt.units(v, coin)  # noqa: E731
        last = price(screen.last_price)
        change = screen.change
        if change is not None:
            sign = "+" if change > 0 else ""
            color = self.colors.direction(change)
            last += f' <span style="color:{color}">{sign}{fmt.units(change, coin)}</span>'
        return self.tr(
            "Last {last} · bid {bid} · ask {ask} · offering {offering} · fee {fee}"
        ).format(
            last=last,
            bid=price(screen.depth.best_bid),
            ask=price(screen.depth.best_ask),
            offering=price(screen.offering_price),
            fee=fmt.basis_points(screen.fee_bps),
        )

    def show_orders(self, orders: list[MyOrder]) -> None:
        coin = self.source.coin_decimals if self.source is not None else 6
        self.orders = orders
        self.my_orders.set_items(order_rows(orders, coin))
        self._enable()

    def _poll_tick(self) -> None:
        if self.isVisible() and not self._busy and self.dialog is None:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.market_screen is not None:
            self.refresh()

    # --- trading -----------------------------------------------------------------------------
    def open_order(self, *, buy: bool, target_price: int | None = None) -> OrderDialog | None:
        screen, source, account, grant = self.market_screen, self.source, self.account, self._grant
        if screen is None or source is None or account is None or grant is None:
            return None
        side = screen.asks if buy else screen.bids
        target = None
        if target_price is not None:  # the first order at the chosen level
            target = next((o for o in side if o.price == target_price), None)
        dialog = OrderDialog(source, screen, account, buy=buy, grant=grant, target=target,
                             parent=self)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.ended.connect(self._order_done)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _take_level(self, *, buy: bool, row: int) -> None:
        """Take the level double-clicked: buying takes an ask, selling a bid."""
        level = (self.asks if buy else self.bids).item(row).level
        self.open_order(buy=buy, target_price=level.price)

    def _order_done(self, outcome: object) -> None:
        if not isinstance(outcome, BaseException):
            self.traded.emit(outcome)
        self.refresh()

    # --- theme -------------------------------------------------------------------------------
    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.bids.set_colors(colors)
        self.asks.set_colors(colors)
        self.trades.set_colors(colors)
        self.depth_chart.set_colors(colors)
        self.price_chart.set_colors(colors)
        if self.market_screen is not None:
            self.stats.setText(self._stats_text(self.market_screen))
