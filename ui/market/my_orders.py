"""The Market page's own orders: cancel the selected one (one transaction) or all of them (one
transaction raising the maker's nonce), through the source and the one pipeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QLabel, QMessageBox, QTableView, QWidget

from ui.market.source import MarketSource, MyOrder, Report
from ui.portfolio.claim_dialog import SigningGrant
from ui.shared.rows_model import RowsModel
from ui.shared.runner import Op, user_message

if TYPE_CHECKING:
    from app.wallet.session import SessionSigner

    _Page = QWidget
else:
    _Page = object  # a plain mixin at run time: MarketPage puts QWidget after it

# What a cancel does with the source: (source, signer, report) -> the transaction hash.
Cancel = Callable[[MarketSource, "SessionSigner", Report], str]


class MyOrdersMixin(_Page):
    """For MarketPage: needs `orders`, `orders_table`, `my_orders`, `message`, `source`,
    `account`, `_grant`, `traded`, `say` and `refresh`."""

    orders: list[MyOrder]
    orders_table: QTableView
    my_orders: RowsModel
    message: QLabel
    source: MarketSource | None
    account: str | None
    _grant: Callable[[str], SigningGrant | None] | None
    traded: SignalInstance

    if TYPE_CHECKING:

        def refresh(self) -> None: ...

        def say(self, render: Callable[[], str]) -> None: ...

    def selected_order(self) -> MyOrder | None:
        index = self.orders_table.currentIndex()
        if not index.isValid():
            return None
        key = self.my_orders.item(index.row()).key
        return next((o for o in self.orders if o.order_hash == key), None)

    def cancel_selected(self) -> None:
        order = self.selected_order()
        if order is None or order.status != "open":
            self.say(
                lambda: QCoreApplication.translate(
                    "MarketPage", "Select one of your open orders to cancel."
                )
            )
            return
        what = QCoreApplication.translate("MarketPage", "cancel order {hash}").format(
            hash=order.order_hash[:10] + "…"
        )
        account = self.account or ""
        self._cancel(what, lambda s, signer, report: s.cancel(account, signer, order, report))

    def cancel_all(self) -> None:
        if not any(o.status == "open" for o in self.orders):
            return
        asked = QMessageBox.question(
            self,
            QCoreApplication.translate("MarketPage", "Cancel all orders"),
            QCoreApplication.translate(
                "MarketPage",
                "Cancel every order you have signed on this market, on every token? One "
                "transaction raises your order nonce: no old signature can be filled again.",
            ),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        what = QCoreApplication.translate("MarketPage", "cancel all my orders")
        account = self.account or ""
        self._cancel(what, lambda s, signer, report: s.cancel_all(account, signer, report))

    def _cancel(self, what: str, call: Cancel) -> None:
        source, grant_of = self.source, self._grant
        if source is None or grant_of is None or self.account is None:
            return
        grant = grant_of(what)
        if grant is None:
            return
        self.say(lambda: QCoreApplication.translate("MarketPage", "Cancelling…"))

        def done(tx: str) -> None:
            grant.close()
            self.say(
                lambda: QCoreApplication.translate("MarketPage", "Cancelled ({hash}).").format(
                    hash=tx
                )
            )
            self.traded.emit(tx)
            self.refresh()

        def failed(error: BaseException) -> None:
            grant.close()
            self.say(
                lambda: QCoreApplication.translate(
                    "MarketPage", "The cancel stopped: {user_message}"
                ).format(user_message=user_message(error))
            )

        Op.reporting(self, lambda report: call(source, grant.signer, report)).success(done).failure(
            failed
        ).run_in_background()
