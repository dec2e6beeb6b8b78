"""The Portfolio page's powers side: the flag mark on each holding in the store list and the
Powers tab, re-read only when an indexed event that can change a token's powers arrived (a role
granted or revoked, a pause, an ownership handover), or the holdings changed. A mixin of
`PortfolioPage` (ui/portfolio/page.py), which provides `service`, `model`, `table` and
`powers_panel`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTableView, QWidget

from app.portfolio.powers_model import Flag
from app.services.portfolio import PortfolioService, PortfolioView
from ui.shared.runner import Op

if TYPE_CHECKING:
    from ui.portfolio.holdings_model import HoldingsModel
    from ui.portfolio.powers import PowersPanel

    _Page = QWidget  # the mixin's methods run on a PortfolioPage
else:
    _Page = object

log = logging.getLogger(__name__)
FlagsKey = tuple[tuple[str, ...], tuple[int, int]]  # (tokens, powers version) read for
Flags = dict[str, tuple[Flag, ...]]  # token address -> its powers' flags


class PortfolioPowersMixin(_Page):
    service: PortfolioService | None
    model: HoldingsModel
    table: QTableView
    powers_panel: PowersPanel
    _flags_key: FlagsKey | None = None
    _flags_busy: bool = False

    def _load_power_flags(self, view: PortfolioView) -> None:
        if self.service is None or self._flags_busy:
            return
        service, known = self.service, self._flags_key
        tokens = tuple(h.info.token for h in view.snapshot.holdings)

        def work() -> tuple[FlagsKey, Flags] | None:
            key = (tokens, service.powers_version())
            if key == known:
                return None
            return key, service.powers_flags(tokens)

        def done(read: tuple[FlagsKey, Flags] | None) -> None:
            self._flags_busy = False
            if read is None:
                return
            self._flags_key, flags = read
            self.model.set_flags(flags)
            self.table.resizeColumnToContents(0)  # the mark widens the token column
            if known is not None:  # something changed: the open Powers tab follows
                self.powers_panel.reload()

        def failed(error: BaseException) -> None:
            self._flags_busy = False
            log.info("powers flags unavailable: %s", error)

        self._flags_busy = True
        Op(self, work).success(done).failure(failed).run_in_background()
