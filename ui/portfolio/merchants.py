"""The Portfolio page's merchant side: each holding's merchant health badge and revenue trend,
fetched from the merchant explorer off the GUI thread (or pushed by the live monitor's
"dashboard.updated"), and the way from a holding to its merchant's dashboard. A mixin of
`PortfolioPage` (ui/portfolio/page.py), which provides `explorer`, `model`, `trends`,
`open_merchant`, `selected_holding()` and `_selected()`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.portfolio.merchant import RevenueTrend, health_badge, revenue_trend
from app.services.portfolio import PortfolioView
from ui.shared.runner import Op

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from app.portfolio.holdings import Holding
    from app.services.merchants import MerchantDashboard, MerchantExplorer
    from ui.portfolio.holdings_model import HoldingsModel

    _Page = QWidget  # the mixin's methods run on a PortfolioPage
else:
    _Page = object

log = logging.getLogger(__name__)
Boards = dict[str, "MerchantDashboard | None"]  # merchant id -> dashboard (None: none)


class PortfolioMerchantsMixin(_Page):
    explorer: MerchantExplorer | None
    model: HoldingsModel
    trends: dict[str, RevenueTrend | None]  # merchant id -> trend (None: no dashboard)
    _badges_busy: bool

    if TYPE_CHECKING:
        open_merchant: SignalInstance

        def selected_holding(self) -> Holding | None: ...
        def _selected(self) -> None: ...

    # --- merchants ---------------------------------------------------------------------------
    def _load_badges(self, view: PortfolioView) -> None:
        missing = sorted(set(view.merchants.values()) - set(self.trends))
        if self.explorer is None or not missing or self._badges_busy:
            return
        self._badges_busy = True
        explorer = self.explorer

        def fetch() -> Boards:
            found: Boards = {}
            for merchant in missing:
                try:
                    board = explorer.dashboard(merchant)
                except Exception as error:  # one merchant failing leaves the others
                    log.info("no dashboard for %s: %s", merchant, error)
                    found[merchant] = None
                    continue
                found[merchant] = board
            return found

        Op(self, fetch).success(self._badges_loaded).failure(
            lambda _e: setattr(self, "_badges_busy", False)
        ).run_in_background()

    def _badges_loaded(self, boards: Boards) -> None:
        self._badges_busy = False
        for merchant, board in boards.items():
            self._dashboard_updated(board, merchant)
        self._selected()

    def _dashboard_updated(
        self, board: MerchantDashboard | None, merchant: str | None = None
    ) -> None:
        merchant = merchant or (board.merchant_id if board is not None else None)
        if not merchant:
            return
        if board is None:
            self.trends[merchant] = None
            self.model.set_badge(merchant, None)
            return
        self.trends[merchant] = revenue_trend(merchant, board.charts)
        self.model.set_badge(merchant, health_badge(board.scorecard, board.alerts))

    def _open_selected_merchant(self) -> None:
        holding = self.selected_holding()
        merchant = self.model.merchant(holding) if holding else ""
        if merchant:
            self.open_merchant.emit(merchant)
