"""The Portfolio page, the investor's home: holdings with exact claimable amounts, returns and each
merchant's health; totals; charts; claim, claim all, subscribe, transfer; the store DAOs; KYC;
statements (CSV, PDF) and notices.

All chain and network work runs on the runner's workers through `PortfolioService`; the page
draws `PortfolioView`. It refreshes on chain events and transactions (via the bridge) and on a
light block-number poll while visible, one refresh at a time (a request during one is queued).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.events import CHAIN_EVENTS, DASHBOARD_UPDATED, TRANSACTIONS, WALLET
from app.portfolio.holdings import Holding
from app.services.portfolio import PortfolioService, PortfolioView
from ui.portfolio.actions import PortfolioActionsMixin
from ui.portfolio.governance import GovernancePanel
from ui.portfolio.holdings_model import TOKEN_ROLE, HoldingsModel
from ui.portfolio.merchants import PortfolioMerchantsMixin
from ui.portfolio.notices import KycBanner, NoticeArea, PortfolioNotices
from ui.portfolio.powers import PowersPanel
from ui.portfolio.powers_flags import PortfolioPowersMixin
from ui.portfolio.summary import PortfolioCharts, TotalsRow
from ui.shared import format as fmt
from ui.shared.runner import Op, user_message
from ui.shared.theme import LIGHT, Colors, restyle
from ui.shell import shortcuts

log = logging.getLogger(__name__)
REFRESH_TOPICS = (CHAIN_EVENTS, TRANSACTIONS)


class MessageLabel(QLabel):
    """The page's one line of news: hidden while empty, so it takes no room."""

    def __init__(self) -> None:
        super().__init__("")
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))


class PortfolioPage(PortfolioActionsMixin, PortfolioMerchantsMixin, PortfolioPowersMixin, QWidget):
    open_merchant = Signal(str)
    refreshed = Signal(object)  # the PortfolioView just drawn
    trade = Signal(str, bool)  # (token symbol, buy): opens the Market page's order dialog

    def __init__(
        self,
        service: PortfolioService | None = None,
        *,
        wallet: Any = None,
        bridge: Any = None,
        explorer: Any = None,
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
        self.trends: dict[str, Any] = {}  # merchant id -> RevenueTrend
        self._busy = self._again = self._badges_busy = False
        self._head = -1
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
        for key, button in (
            ("portfolio.claim_all", self.claim_all_button),
            ("portfolio.claim", self.claim_button),
        ):
            shortcuts.bind(self, key, lambda b=button: b.isEnabled() and b.click())
        self.reload_accounts()

    # --- building ----------------------------------------------------------------------------
    def _button(self, text: str, slot: Callable[[], None], name: str, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        title = QLabel(self.tr("Portfolio"))
        title.setObjectName("pageTitle")
        self.account_box = QComboBox()
        self.account_box.setObjectName("portfolioAccount")
        self.account_box.setAccessibleName(self.tr("Account"))
        # "Label · 0x12ab34…56cd78" sized to its longest entry; the whole address in tooltips.
        self.account_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.account_box.currentIndexChanged.connect(self._account_chosen)
        self.state = QLabel("")
        self.state.setObjectName("muted")
        # Block and chain time may be cut short rather than widen the page (tooltip: all of it).
        self.state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state.setMinimumWidth(40)
        self.claim_button = self._button(
            self.tr("Claim"),
            self.claim_selected,
            "claim",
            self.tr("Claim the selected holding's profit share"),
        )
        self.claim_all_button = self._button(
            self.tr("Claim all"),
            self.claim_all,
            "claimAll",
            self.tr(
                "Claim the profit share of every holding (in one transaction where the platform "
                "has a claim router)"
            ),
        )
        self.subscribe_button = self._button(self.tr("Subscribe…"), self.subscribe, "subscribe")
        self.transfer_button = self._button(
            self.tr("Transfer…"), self.transfer, "transfer", self.tr("Send PST through the wallet")
        )
        statements = QToolButton()
        statements.setObjectName("statements")
        statements.setText(self.tr("Statements"))
        statements.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(statements)
        menu.addAction(self.tr("Cash flows (CSV)…"), self.export_csv_dialog)
        menu.addAction(
            self.tr("Cash flows for Koinly (CSV)…"), lambda: self.export_csv_dialog("koinly")
        )
        menu.addAction(self.tr("Investor statement (PDF)…"), self.export_pdf_dialog)
        statements.setMenu(menu)
        self.trade_button = QToolButton()
        self.trade_button.setObjectName("trade")
        self.trade_button.setText(self.tr("Trade"))
        self.trade_button.setToolTip(self.tr("Buy or sell the selected holding on the market"))
        self.trade_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        trade_menu = QMenu(self.trade_button)
        trade_menu.addAction(self.tr("Buy…"), lambda: self._trade(buy=True))
        trade_menu.addAction(self.tr("Sell…"), lambda: self._trade(buy=False))
        self.trade_button.setMenu(trade_menu)
        self.market_ready = False  # the market is attached (ui/market/attach.py)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.account_box)
        header.addWidget(self.state, 1)
        for widget in (self.claim_button, self.claim_all_button, self.subscribe_button,
                       self.transfer_button, self.trade_button, statements):  # fmt: skip
            header.addWidget(widget)
        header.addWidget(self._button(self.tr("Refresh"), self.refresh, "refresh", "F5"))
        self.kyc = KycBanner()
        self.notice_area = NoticeArea()
        self.message = MessageLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        self.totals = TotalsRow()
        self.totals.colors = self.colors
        self.model = HoldingsModel(self)
        self.model.colors = self.colors
        self.table = QTableView()
        self.table.setObjectName("holdings")
        self.table.setAccessibleName(self.tr("Holdings"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # Sized to the contents when the rows change, not on every refresh: ResizeToContents
        # would measure every cell of every row on the GUI thread each time a number changes.
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(40)  # rows measured when fitting
        self.model.modelReset.connect(self._fit_columns)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _i: self._open_selected_merchant())
        self.charts = PortfolioCharts(self.colors)
        self.charts.trend.open_merchant.connect(self.open_merchant.emit)
        self.governance = GovernancePanel(self.service, self._grant)
        self.governance.changed.connect(self.schedule_refresh)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("portfolioTabs")
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.addTab(self.governance, self.tr("Store DAO"))
        self.powers_panel = PowersPanel(self.service, self.colors)
        self.tabs.addTab(self.powers_panel, self.tr("Powers"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.tabs)
        split.setSizes([330, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        for widget in (self.kyc, self.notice_area, self.message, self.totals):
            layout.addWidget(widget)
        layout.addWidget(split, 1)
        self._enable_actions()

    def attach(
        self,
        service: PortfolioService,
        *,
        explorer: Any = None,
        sync: Callable[[str], object] | None = None,
    ) -> None:
        """The chain is ready (the page can exist before it, saying so): start refreshing."""
        self.service, self.explorer, self.sync = service, explorer, sync
        self.governance.service = service
        self.powers_panel.service = service
        self.message.setText("")
        self.refresh()

    def show_unavailable(self, text: str) -> None:
        self.message.setText(text)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()

    def retranslate_ui(self) -> None:
        """After a language change: the columns fit their translated headers again (they were
        clipped in Chinese), and the KYC line speaks the new language."""
        self._fit_columns()
        if self.kyc.status is not None:
            self.kyc.show_status(self.kyc.status)

    # --- account -----------------------------------------------------------------------------
    def reload_accounts(self) -> None:
        if self.wallet is None:
            return
        accounts = self.wallet.wallet.accounts()
        known = [self.account_box.itemData(i) for i in range(self.account_box.count())]
        if known == [a.address for a in accounts]:
            return
        self.account_box.blockSignals(True)
        self.account_box.clear()
        for i, account in enumerate(accounts):
            address = account.address
            self.account_box.addItem(f"{account.label} · {address[:8]}…{address[-6:]}", address)
            self.account_box.setItemData(i, address, Qt.ItemDataRole.ToolTipRole)
        self.account_box.blockSignals(False)
        if not accounts:
            self.message.setText(
                self.tr(
                    "No wallet account yet: on the Wallet page (Ctrl+5), Getting started loads "
                    "the demo accounts; or add an account there."
                )
            )
        chosen = next((i for i, a in enumerate(accounts) if a.address == self.account), 0)
        if accounts:
            self.account_box.setCurrentIndex(chosen)
            self._account_chosen(chosen)

    def _account_chosen(self, index: int) -> None:
        address = self.account_box.itemData(index)
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

        self.state.setText(self.tr("Refreshing…"))
        Op(self, work).success(self._show).failure(self._refresh_failed).run_in_background()

    def _done_refreshing(self) -> None:
        self._busy = False
        if self._again:
            self.refresh()

    def _refresh_failed(self, error: BaseException) -> None:
        self.state.setText("")
        restyle(self.message, "error")
        self.message.setText(
            self.tr("Could not refresh the portfolio: {user_message}").format(
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
        when = fmt.timestamp(snap.timestamp)
        self.state.setText(
            self.tr("  block {block_number} · chain time {when}").format(
                block_number=snap.block_number, when=when
            )
        )
        self.state.setToolTip(self.state.text().strip())
        self.kyc.show_status(snap.kyc)
        if self.message.objectName() == "error":  # the refresh that failed has now worked
            restyle(self.message, "muted")
            self.message.setText("")
        no_pst = self.tr("This account holds no PST yet: subscribe to an open offering.")
        if not snap.holdings:  # otherwise the message keeps the last action's outcome
            self.message.setText(no_pst)
        elif self.message.text() == no_pst:  # an account with holdings (or its first purchase)
            self.message.setText("")
        self.totals.show_view(view)
        self.model.set_view(view)
        self.charts.show_view(view)
        self._selected()
        self._enable_actions()
        self._load_badges(view)
        self._load_power_flags(view)
        self.refreshed.emit(view)
        self._done_refreshing()

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
        row = self.model.row_of(str(index.data(TOKEN_ROLE)))
        return None if row is None else self.model.holding(row)

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
        if holding is not None and self.powers_panel.info != holding.info:
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
