"""The Portfolio page, the investor's home: holdings with exact claimable amounts, returns and each
merchant's health; totals; charts; claim, claim all, subscribe, transfer; the store DAOs; KYC;
statements (CSV, PDF) and notices.

All chain and network work runs on the runner's workers through `PortfolioService`; the page
draws `PortfolioView`. It refreshes on chain events and transactions (via the bridge) and on a
light block-number poll while visible, one refresh at a time (a request during one is queued).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.events import CHAIN_EVENTS, DASHBOARD_UPDATED, TRANSACTIONS, WALLET
from app.portfolio.holdings import Holding, UnreadableStore
from app.portfolio.merchant import RevenueTrend
from app.services.portfolio import PortfolioService, PortfolioView
from ui.portfolio.actions import PortfolioActionsMixin
from ui.portfolio.governance import GovernancePanel
from ui.portfolio.holdings_model import HoldingsModel
from ui.portfolio.labels import MessageLabel, Render, SaidLabel
from ui.portfolio.merchants import PortfolioMerchantsMixin
from ui.portfolio.notices import KycBanner, NoticeArea, PortfolioNotices
from ui.portfolio.powers import PowersPanel
from ui.portfolio.powers_flags import PortfolioPowersMixin
from ui.portfolio.summary import PortfolioCharts, TotalsRow
from ui.shared import format as fmt
from ui.shared.columns import fix_widths
from ui.shared.i18n import current_code
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.runner import Op, user_message
from ui.shared.theme import LIGHT, Colors, restyle
from ui.shell import shortcuts
from ui.wallet.labels import account_label

if TYPE_CHECKING:
    from app.services.merchants import MerchantExplorer
    from app.services.wallet import WalletService
    from ui.shared.bridge import EventBridge

log = logging.getLogger(__name__)
REFRESH_TOPICS = (CHAIN_EVENTS, TRANSACTIONS)


# Holdings columns in digits of the table's font (a header's width wins when wider): token, store
# (elided in the middle), merchant, balance, share, cost basis, price, priced at, market value,
# unrealised, distributions, claimable, T12M yield, yield on market, IRR, IRR at market, health.
HOLDING_WIDTHS = (7, 16, 9, 12, 8, 12, 9, 10, 12, 12, 12, 12, 8, 8, 8, 8, 10)


STORED_LABEL = Qt.ItemDataRole.UserRole + 1  # the account's label as stored


def _account_text(label: str, address: str) -> str:
    return f"{account_label(label)} · {address[:8]}…{address[-6:]}"


class PortfolioPage(
    Retranslating, PortfolioActionsMixin, PortfolioMerchantsMixin, PortfolioPowersMixin, QWidget
):
    open_merchant = Signal(str)
    refreshed = Signal(object)  # the PortfolioView just drawn
    trade = Signal(str, bool)  # (token symbol, buy): opens the Market page's order dialog

    def __init__(
        self,
        service: PortfolioService | None = None,
        *,
        wallet: WalletService | None = None,
        bridge: EventBridge | None = None,
        explorer: MerchantExplorer | None = None,
        colors: Colors = LIGHT,
        sync: Callable[[str], object] | None = None,
        poll_ms: int = 4_000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.wallet, self.explorer, self.sync = service, wallet, explorer, sync
        self.colors = colors
        self.account: str | None = None
        self.view: PortfolioView | None = None
        self.trends: dict[str, RevenueTrend | None] = {}  # merchant id -> trend (None: none)
        self._busy = self._again = self._badges_busy = False
        self._head = -1
        self._told_no_account = False  # the message says where accounts come from
        self._build()
        if bridge is not None:
            for topic in REFRESH_TOPICS:
                bridge.on(topic, lambda _changes: self.schedule_refresh(), self)
            bridge.on(WALLET, lambda _changes: self.reload_accounts(), self)
            bridge.on(DASHBOARD_UPDATED, self._dashboard_updated, self)
            self.notices = PortfolioNotices(bridge, self.notice_area, parent=self)
        self._soon = QTimer(self, singleShot=True, interval=300)
        self._soon.timeout.connect(self.refresh)
        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self._poll_head)
        if poll_ms > 0:
            self._poll.start()
        QShortcut(QKeySequence("F5"), self, self.refresh)
        shortcuts.bind(self, "portfolio.claim_all", lambda: _click(self.claim_all_button))
        shortcuts.bind(self, "portfolio.claim", lambda: _click(self.claim_button))
        self.reload_accounts()
        self.retranslate()

    # --- building ----------------------------------------------------------------------------
    def _button(self, slot: Callable[[], object], name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.account_box = QComboBox()
        self.account_box.setObjectName("portfolioAccount")
        # "Label · 0x12ab34…56cd78" sized to its longest entry; the whole address in tooltips.
        self.account_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.account_box.currentIndexChanged.connect(self._account_chosen)
        self.state = SaidLabel()
        self.state.setObjectName("muted")
        # Block and chain time sit under the buttons, beside the KYC line: on the header row they
        # were cut short at 1440 px (and more so in Chinese).
        self.state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.claim_button = self._button(self.claim_selected, "claim")
        self.claim_all_button = self._button(self.claim_all, "claimAll")
        self.subscribe_button = self._button(self.subscribe, "subscribe")
        self.transfer_button = self._button(self.transfer, "transfer")
        self.statements = QToolButton()
        self.statements.setObjectName("statements")
        self.statements.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.statements)
        self.csv_action = QAction(menu)
        self.csv_action.triggered.connect(lambda: self.export_csv_dialog())
        self.koinly_action = QAction(menu)
        self.koinly_action.triggered.connect(lambda: self.export_csv_dialog("koinly"))
        self.pdf_action = QAction(menu)
        self.pdf_action.triggered.connect(self.export_pdf_dialog)
        menu.addActions([self.csv_action, self.koinly_action, self.pdf_action])
        self.statements.setMenu(menu)
        self.trade_button = QToolButton()
        self.trade_button.setObjectName("trade")
        self.trade_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        trade_menu = QMenu(self.trade_button)
        self.buy_action = QAction(trade_menu)
        self.buy_action.triggered.connect(lambda: self._trade(buy=True))
        self.sell_action = QAction(trade_menu)
        self.sell_action.triggered.connect(lambda: self._trade(buy=False))
        trade_menu.addActions([self.buy_action, self.sell_action])
        self.trade_button.setMenu(trade_menu)
        self.market_ready = False  # the market is attached (ui/market/attach.py)
        self.refresh_button = self._button(self.refresh, "refresh")
        self.refresh_button.setToolTip("F5")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.account_box)
        header.addStretch(1)
        for tool in (self.claim_button, self.claim_all_button, self.subscribe_button,
                     self.transfer_button, self.trade_button, self.statements,
                     self.refresh_button):  # fmt: skip
            header.addWidget(tool)
        self.kyc = KycBanner()
        self.notice_area = NoticeArea()
        self.message = MessageLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        # Registered stores whose contracts do not answer: left out, each with its reason.
        self.left_out = MessageLabel()
        self.left_out.setObjectName("warning")
        self.left_out.setWordWrap(True)
        self.left_out.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals = TotalsRow()
        self.totals.colors = self.colors
        self.model = HoldingsModel(self)
        self.model.colors = self.colors
        self.table = QTableView()
        self.table.setObjectName("holdings")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by token (Qt's default: Z-A)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # Widths fixed once (and per language, in retranslate): a refresh never moves a column.
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _i: self._open_selected_merchant())
        self.charts = PortfolioCharts(self.colors)
        self.charts.trend.open_merchant.connect(self.open_merchant.emit)
        self.governance = GovernancePanel(self.service, self._grant)
        self.governance.changed.connect(self.schedule_refresh)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("portfolioTabs")
        self.tabs.addTab(self.charts, "")
        self.tabs.addTab(self.governance, "")
        self.powers_panel = PowersPanel(self.service, self.colors)
        self.tabs.addTab(self.powers_panel, "")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.tabs)
        split.setSizes([330, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        facts = QHBoxLayout()
        facts.addWidget(self.kyc, 1)
        facts.addWidget(self.state)
        layout.addLayout(facts)
        for widget in (self.notice_area, self.message, self.left_out, self.totals):
            layout.addWidget(widget)
        layout.addWidget(split, 1)
        self._enable_actions()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Portfolio"))
        self.account_box.setAccessibleName(self.tr("Account"))
        box = self.account_box
        for i in range(box.count()):  # a demo account's role, in this language
            box.setItemText(i, _account_text(box.itemData(i, STORED_LABEL), box.itemData(i)))
        self.claim_button.setText(self.tr("Claim"))
        self.claim_button.setToolTip(self.tr("Claim the selected holding's profit share"))
        self.claim_all_button.setText(self.tr("Claim all"))
        self.claim_all_button.setToolTip(
            self.tr(
                "Claim the profit share of every holding (in one transaction where the platform "
                "has a claim router)"
            )
        )
        self.subscribe_button.setText(self.tr("Subscribe…"))
        self.transfer_button.setText(self.tr("Transfer…"))
        self.transfer_button.setToolTip(self.tr("Send PST through the wallet"))
        self.statements.setText(self.tr("Statements"))
        self.csv_action.setText(self.tr("Cash flows (CSV)…"))
        self.koinly_action.setText(self.tr("Cash flows for Koinly (CSV)…"))
        self.pdf_action.setText(self.tr("Investor statement (PDF)…"))
        self.trade_button.setText(self.tr("Trade"))
        self.trade_button.setToolTip(self.tr("Buy or sell the selected holding on the market"))
        self.buy_action.setText(self.tr("Buy…"))
        self.sell_action.setText(self.tr("Sell…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.table.setAccessibleName(self.tr("Holdings"))
        for widget, text in (
            (self.charts, self.tr("Charts")),
            (self.governance, self.tr("Store DAO")),
            (self.powers_panel, self.tr("Powers")),
        ):
            self.tabs.setTabText(self.tabs.indexOf(widget), text)
        self.state.again()
        self.state.setToolTip(self.state.text().strip())
        self.message.again()
        self.left_out.again()
        # The columns fit their translated headers again (they were clipped in Chinese).
        self._fit_columns()

    def attach(
        self,
        service: PortfolioService,
        *,
        explorer: MerchantExplorer | None = None,
        sync: Callable[[str], object] | None = None,
    ) -> None:
        """The chain is ready (the page can exist before it, saying so): start refreshing."""
        self.service, self.explorer, self.sync = service, explorer, sync
        self.governance.service = service
        self.powers_panel.service = service
        self.message.setText("")
        if self.wallet is not None and self.account_box.count() == 0:
            self._say_no_account()  # connected, and still nobody to show
        self.refresh()

    def show_unavailable(self, render: Render) -> None:
        """Say why the page has no data (`render` makes the text in the current language)."""
        self.message.say(render)

    def _fit_columns(self) -> None:
        fix_widths(self.table, HOLDING_WIDTHS)

    # --- account -----------------------------------------------------------------------------
    def reload_accounts(self) -> None:
        if self.wallet is None:
            return
        accounts = self.wallet.wallet.accounts()
        known = [self.account_box.itemData(i) for i in range(self.account_box.count())]
        if not accounts:  # a first run: say where accounts come from
            self._say_no_account()
        elif self._told_no_account:  # they came: that is no longer news
            self._told_no_account = False
            self.message.setText("")
        if known == [a.address for a in accounts]:
            return
        self.account_box.blockSignals(True)
        self.account_box.clear()
        for i, account in enumerate(accounts):
            address = account.address
            self.account_box.addItem(_account_text(account.label, address), address)
            self.account_box.setItemData(i, address, Qt.ItemDataRole.ToolTipRole)
            self.account_box.setItemData(i, account.label, STORED_LABEL)
        self.account_box.blockSignals(False)
        chosen = next((i for i, a in enumerate(accounts) if a.address == self.account), 0)
        if accounts:
            self.account_box.setCurrentIndex(chosen)
            self._account_chosen(chosen)

    def _say_no_account(self) -> None:
        self._told_no_account = True
        self.message.say(
            lambda: self.tr(
                "No wallet account yet: on the Wallet page (Ctrl+5), Getting started loads "
                "the demo accounts; or add an account there."
            )
        )

    def _account_chosen(self, index: int) -> None:
        address: str | None = self.account_box.itemData(index)
        self.account_box.setToolTip(address or "")
        if address:
            self.set_account(address)

    def set_account(self, address: str) -> None:
        if address == self.account:
            return
        self.account, self.view = address, None
        self.refresh()

    # --- refreshing --------------------------------------------------------------------------
    def schedule_refresh(self) -> None:
        self._soon.start()

    def refresh(self) -> None:
        if self.account is None or self.service is None:
            return
        if self._busy:
            self._again = True
            return
        self._busy, self._again = True, False
        service, sync, account = self.service, self.sync, self.account

        def work() -> PortfolioView:
            if sync is not None:
                sync(account)  # the shared indexer, under its owner's lock
            view, _changes = service.refresh(account, sync=sync is None)
            return view

        self.state.say(lambda: self.tr("Refreshing…"))
        Op(self, work).success(self._show).failure(self._refresh_failed).run_in_background()

    def _done_refreshing(self) -> None:
        self._busy = False
        if self._again:
            self.refresh()

    def _refresh_failed(self, error: BaseException) -> None:
        self.state.setText("")
        restyle(self.message, "error")
        self.message.say(
            lambda: self.tr("Could not refresh the portfolio: {user_message}").format(
                user_message=user_message(error)
            )
        )
        self._done_refreshing()

    def _show(self, view: PortfolioView) -> None:
        if view.snapshot.account != self.account:
            self._done_refreshing()
            return  # the user chose another account meanwhile
        self.view = view
        snap = view.snapshot
        self._head = max(self._head, snap.block_number)
        self.state.say(
            lambda: self.tr("  block {block_number} · chain time {when}").format(
                block_number=snap.block_number, when=fmt.timestamp(snap.timestamp)
            )
        )
        self.state.setToolTip(self.state.text().strip())
        self.kyc.show_status(snap.kyc)
        if self.message.objectName() == "error":  # the refresh that failed has now worked
            restyle(self.message, "muted")
            self.message.setText("")
        no_pst = self.tr("This account holds no PST yet: subscribe to an open offering.")
        if not snap.holdings:  # otherwise the message keeps the last action's outcome
            self.message.say(
                lambda: self.tr("This account holds no PST yet: subscribe to an open offering.")
            )
        elif self.message.text() == no_pst:  # an account with holdings (or its first purchase)
            self.message.setText("")
        self._show_left_out(snap.unreadable)
        self.totals.show_view(view)
        self.model.set_view(view)
        self.charts.show_view(view)
        self._selected()
        self._enable_actions()
        self._load_badges(view)
        self._load_power_flags(view)
        self.refreshed.emit(view)
        self._done_refreshing()

    def _show_left_out(self, stores: Sequence[UnreadableStore]) -> None:
        if not stores:
            self.left_out.setText("")
            return

        def render() -> str:
            lines = [
                self.tr(
                    "%n registered store(s) could not be read, so left out; the rest of the "
                    "portfolio is complete:",
                    "",
                    len(stores),
                )
            ]
            return "\n".join(lines + ["⚠ " + s.reason.text(current_code()) for s in stores])

        self.left_out.say(render)

    def _poll_head(self) -> None:
        if self.account is None or self.service is None or self._busy or not self.isVisible():
            return
        client = self.service.reader.client
        Op(self, client.block_number).success(self._head_seen).failure(
            lambda e: log.debug("block poll failed: %s", e)
        ).run_in_background()

    def _head_seen(self, number: int) -> None:
        if number > self._head:
            self._head = number
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.view is not None:
            self.schedule_refresh()

    def selected_holding(self) -> Holding | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.item(index.row())

    def _selected(self) -> None:
        holding = self.selected_holding()
        if holding is None and self.model.rowCount():
            self.table.selectRow(0)
            return
        self._enable_actions()
        merchant = self.model.merchant(holding) if holding else ""
        self.charts.show_trend(self.trends.get(merchant) if merchant else None)
        moved = holding is not None and (
            self.governance.info != holding.info or self.governance.account != self.account
        )
        if holding is None:  # an account with no holding: no other's store stays shown
            self.powers_panel.clear()
            self.governance.clear()
        elif self.powers_panel.info != holding.info:
            self.powers_panel.show_store(holding.info)
        if moved and holding is not None and self.account and self.view is not None:
            self.governance.show_store(self.account, holding.info, self.view.snapshot.block_number)

    def _trade(self, *, buy: bool) -> None:
        holding = self.selected_holding()
        if holding is not None:
            self.trade.emit(holding.info.symbol, buy)

    # --- theme -------------------------------------------------------------------------------
    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.model.set_colors(colors)
        self.totals.set_colors(colors)
        if self.view is not None:
            self.totals.show_view(self.view)
        self.charts.set_colors(colors)
        self.powers_panel.set_colors(colors)


def _click(button: QPushButton) -> None:
    """A shortcut's click: only while the button could be clicked."""
    if button.isEnabled():
        button.click()
