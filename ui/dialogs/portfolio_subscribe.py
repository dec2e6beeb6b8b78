"""Subscribe to an open offering: choose the offering and the number of tokens, see the quote
(allowlist standing first, then price, cap left, deadline, cost, balance, the exact allowance),
then approve exactly the cost and buy: two transactions, each shown as it goes.

The quote is read on a worker (`quote_subscription`: the head and one batch); only a quote
without problems can be signed, and the grant asks the wallet password if the account is locked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.portfolio.actions import SubscriptionQuote, SubscriptionResult, quote_subscription
from app.portfolio.holdings import TokenInfo
from app.portfolio.units import format_units
from app.wallet.balances import parse_units
from app.wallet.errors import WalletError
from ui.dialogs.portfolio_actions import ProgressRelay, SigningGrant, step_text
from ui.runner import Op, user_message

GrantFactory = Callable[[], SigningGrant | None]


def _when(seconds: int) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def quote_lines(quote: SubscriptionQuote) -> list[tuple[str, str]]:
    """What the investor checks before signing, allowlist first."""
    coin, decimals = quote.stablecoin_symbol, quote.stablecoin_decimals
    info = quote.info
    left = (
        "closed"
        if quote.now >= quote.deadline
        else f"{(quote.deadline - quote.now) // 86_400} days left"
    )
    approval = (
        "already in place (no approval transaction)"
        if quote.allowance == quote.cost
        else f"approve exactly {format_units(quote.cost, decimals)} {coin} to the sale "
        f"(now {format_units(quote.allowance, decimals)})"
    )
    return [
        ("Allowlist", quote.kyc.message),
        ("Price", f"{format_units(quote.price, decimals)} {coin} per {info.symbol}"),
        ("Cap", f"{format_units(info.cap, info.decimals)} {info.symbol}"),
        ("Still for sale", f"{format_units(quote.remaining, info.decimals)} {info.symbol}"),
        ("Deadline", f"{_when(quote.deadline)} ({left})"),
        ("You buy", f"{format_units(quote.amount, info.decimals)} {info.symbol}"),
        ("Cost", f"{format_units(quote.cost, decimals)} {coin} (the sale rounds up)"),
        ("Your balance", f"{format_units(quote.balance, decimals)} {coin}"),
        ("Allowance", approval),
    ]


class SubscribeDialog(QDialog):
    done = Signal(object)  # SubscriptionResult, or the exception that stopped it

    def __init__(
        self,
        service: Any,
        account: str,
        offerings: Sequence[TokenInfo],
        now: int,
        grant: GrantFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Subscribe to an offering")
        self.setObjectName("subscribeDialog")
        self.setMinimumWidth(620)
        self.service, self.account, self._grant = service, account, grant
        self.quote: SubscriptionQuote | None = None
        self.result: SubscriptionResult | None = None
        self.offering = QComboBox()
        self.offering.setObjectName("offering")
        for info in sorted(offerings, key=lambda i: (i.deadline <= now, i.symbol)):
            state = "open" if info.deadline > now else "closed"
            self.offering.addItem(f"{info.symbol} — {info.name} ({state})", info)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("tokens, e.g. 2.5")
        self.check_button = QPushButton("Check")
        self.check_button.setObjectName("checkQuote")
        self.check_button.clicked.connect(self.check)
        self.offering.currentIndexChanged.connect(self._invalidate)
        self.amount.textChanged.connect(self._invalidate)
        form = QFormLayout()
        form.addRow("Offering", self.offering)
        form.addRow("Tokens", self.amount)
        form.addRow("", self.check_button)
        self.details = QFormLayout()
        self.problems = QLabel("")
        self.problems.setObjectName("error")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.bar = QProgressBar()
        self.bar.hide()
        self.steps = QListWidget()
        self.steps.setObjectName("subscribeSteps")
        self.steps.setMaximumHeight(70)
        self.steps.hide()
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.subscribe_button = QPushButton("Sign and subscribe")
        self.subscribe_button.setObjectName("subscribe")
        self.subscribe_button.setEnabled(False)
        self.subscribe_button.clicked.connect(self.subscribe)
        buttons.addButton(self.subscribe_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.details)
        for widget in (self.problems, self.bar, self.steps, self.status):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.relay = ProgressRelay(self)
        self.relay.step.connect(self._step)

    def choose(self, token: str) -> None:
        for index in range(self.offering.count()):
            if self.offering.itemData(index).token.lower() == token.lower():
                self.offering.setCurrentIndex(index)

    def _invalidate(self) -> None:
        self.quote = None
        self.subscribe_button.setEnabled(False)

    def check(self) -> None:
        info: TokenInfo = self.offering.currentData()
        try:
            amount = parse_units(self.amount.text(), info.decimals)
        except WalletError as error:
            self.status.setText(error.user_message)
            return
        reader, account = self.service.reader, self.account
        self.status.setText("Reading the offering and your standing…")
        self.check_button.setEnabled(False)
        Op(self, lambda: quote_subscription(reader, info.token, account, amount)).success(
            self._quoted
        ).failure(self._quote_failed).run_in_background()

    def _quote_failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.status.setText(user_message(error))

    def _quoted(self, quote: SubscriptionQuote) -> None:
        self.check_button.setEnabled(True)
        self.quote = quote
        while self.details.rowCount():
            self.details.removeRow(0)
        for label, value in quote_lines(quote):
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if label == "Allowlist":
                text.setObjectName("pass" if quote.kyc.can_claim else "fail")
            self.details.addRow(label, text)
        self.problems.setText("\n".join(quote.problems))
        self.problems.setVisible(bool(quote.problems))
        count = 1 if quote.allowance == quote.cost else 2
        self.subscribe_button.setText(
            f"Sign and subscribe ({count} transaction{'s' * (count > 1)})"
        )
        self.subscribe_button.setEnabled(quote.ok)
        self.status.setText(
            "Check every line, then sign." if quote.ok else "This purchase cannot go through."
        )

    def subscribe(self) -> None:
        quote = self.quote
        if quote is None or not quote.ok:
            return
        grant = self._grant()
        if grant is None:
            return
        steps = 1 if quote.allowance == quote.cost else 2
        self.bar.setRange(0, steps)
        self.bar.setValue(0)
        for widget in (self.bar, self.steps):
            widget.show()
        for widget in (self.subscribe_button, self.check_button, self.offering, self.amount):
            widget.setEnabled(False)
        self.close_button.setEnabled(False)
        self.status.setText("Signing and sending…")
        actions, relay = self.service.actions, self.relay

        def finished(result: SubscriptionResult) -> None:
            grant.close()
            self.result = result
            info = quote.info
            self.status.setObjectName("pass")
            self.status.setText(
                f"Subscribed: {format_units(quote.amount, info.decimals)} {info.symbol} for "
                f"{format_units(quote.cost, quote.stablecoin_decimals)} "
                f"{quote.stablecoin_symbol}."
            )
            self._end(result)

        def failed(error: BaseException) -> None:
            grant.close()
            self.status.setObjectName("error")
            self.status.setText(f"The subscription stopped: {user_message(error)}")
            self._end(error)

        Op(self, lambda: actions.subscribe(quote, grant.signer, relay.report)).success(
            finished
        ).failure(failed).run_in_background()

    def _step(self, step: Any) -> None:
        self.bar.setValue(step.done)
        self.steps.addItem(step_text(step))

    def _end(self, outcome: object) -> None:
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.close_button.setEnabled(True)
        self.done.emit(outcome)
