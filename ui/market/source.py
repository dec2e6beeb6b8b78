"""What the Market page needs from the core, as one Protocol: the page and its dialogs are drawn
against it, and `ui.market.attach` joins the real parts (the platform API's order book client and
the market's signing, fill and cancel core) behind it.

Every method does network or chain work: call it on a worker (`ui.shared.runner.Op`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from app.chain.signer import Signer
from app.market.screen import BookOrder, MarketScreen, MyOrder
from app.market.ticket import Standing, Ticket
from app.portfolio.actions import Progress

__all__ = ["MarketSource", "MyOrder", "Report"]
Report = Callable[[Progress], None]  # a pipeline progress step


class MarketSource(Protocol):
    @property
    def coin_symbol(self) -> str: ...

    @property
    def coin_decimals(self) -> int: ...

    def symbols(self) -> list[str]:
        """The tokens with a market, in the order the page lists them."""
        ...

    def screen(self, symbol: str) -> MarketScreen: ...

    def my_orders(self, account: str) -> list[MyOrder]: ...

    def standing(self, account: str, screen: MarketScreen) -> Standing: ...

    def trade(
        self,
        account: str,
        signer: Signer,
        screen: MarketScreen,
        ticket: Ticket,
        target: BookOrder | None,
        report: Report,
    ) -> str:
        """Take `target` (a fill through the transaction pipeline, after approving what the
        market is missing) or, without a target, sign the ticket's order and post it. Returns
        the transaction or order hash."""
        ...

    def cancel(self, account: str, signer: Signer, order: MyOrder, report: Report) -> str: ...

    def cancel_all(self, account: str, signer: Signer, report: Report) -> str: ...
