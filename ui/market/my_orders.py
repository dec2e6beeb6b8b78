"""The Market page's own orders: cancel the selected one (one transaction) or all of them (one
transaction raising the maker's nonce), through the source and the one pipeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ui.market.source import MyOrder
from ui.shared.runner import Op, user_message


class MyOrdersMixin:
    """For MarketPage: needs `orders`, `orders_table`, `my_orders`, `message`, `source`,
    `account`, `_grant`, `traded` and `refresh`."""

    orders: list[MyOrder]
    orders_table: Any
    my_orders: Any
    message: Any
    source: Any
    account: str | None
    _grant: Any
    traded: Any

    if TYPE_CHECKING:

        def refresh(self) -> None: ...

    def selected_order(self) -> MyOrder | None:
        index = self.orders_table.currentIndex()
        if not index.isValid():
            return None
        key = self.my_orders.row(index.row()).key
        return next((o for o in self.orders if o.order_hash == key), None)

    def cancel_selected(self) -> None:
        order = self.selected_order()
        if order is None or order.status != "open":
            self.message.setText(
                QCoreApplication.translate(
                    "MarketPage", "Select one of your open orders to cancel."
                )
            )
            return
        what = QCoreApplication.translate("MarketPage", "cancel order {hash}").format(
            hash=order.order_hash[:10] + "…"
        )
        self._cancel(what, lambda s, signer, report: s.cancel(self.account, signer, order, report))

    def cancel_all(self) -> None:
        if not any(o.status == "open" for o in self.orders):
            return
        asked = QMessageBox.question(
            self,  # type: ignore[arg-type]
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
        self._cancel(what, lambda s, signer, report: s.cancel_all(self.account, signer, report))

    def _cancel(self, what: str, call: Callable[[Any, Any, Any], str]) -> None:
        source, grant_of = self.source, self._grant
        if source is None or grant_of is None or self.account is None:
            return
        grant = grant_of(what)
        if grant is None:
            return
        self.message.setText(QCoreApplication.translate("MarketPage", "Cancelling…"))

        def done(tx: str) -> None:
            grant.close()
            self.message.setText(
                QCoreApplication.translate("MarketPage", "Cancelled ({hash}).").format(hash=tx)
            )
            self.traded.emit(tx)
            self.refresh()

        def failed(error: BaseException) -> None:
            grant.close()
            self.message.setText(
                QCoreApplication.translate(
                    "MarketPage", "The cancel stopped: {user_message}"
                ).format(user_message=user_message(error))
            )

        Op.reporting(self, lambda report: call(source, grant.signer, report)).success(done).failure(
            failed
        ).run_in_background()
