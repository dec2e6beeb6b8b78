"""Subscribe to an open offering: choose the offering and the number of tokens, see the quote
(allowlist standing first, then price, cap left, deadline, cost, balance, the exact allowance),
then approve exactly the cost and buy: two transactions, each shown as it goes.

The quote is read on a worker (`quote_subscription`: the head and one batch); only a quote
without problems can be signed, and the grant asks the wallet password if the account is locked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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

from app.amounts import AmountError, parse_amount
from app.portfolio.actions import SubscriptionQuote, SubscriptionResult, quote_subscription
from app.portfolio.holdings import TokenInfo
from ui.portfolio.claim_dialog import SigningGrant, step_text
from ui.shared import format as fmt
from ui.shared.i18n import current_code
from ui.shared.runner import Op, user_message

GrantFactory = Callable[[str], SigningGrant | None]  # what will be signed -> a grant


def _when(seconds: int) -> str:
    return fmt.timestamp(seconds)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SubscribeDialog", text)


def quote_lines(quote: SubscriptionQuote) -> list[tuple[str, str]]:
    """What the investor checks before signing, allowlist first."""
    coin, decimals = quote.stablecoin_symbol, quote.stablecoin_decimals
    info = quote.info
    units = fmt.units
    if quote.now >= quote.deadline:
        left = QCoreApplication.translate("SubscribeDialog", "closed")
    else:
        left = QCoreApplication.translate("SubscribeDialog", "{days} days left").format(
            days=(quote.deadline - quote.now) // 86_400
        )
    if quote.allowance == quote.cost:
        approval = QCoreApplication.translate(
            "SubscribeDialog", "already in place (no approval transaction)"
        )
    else:
        approval = QCoreApplication.translate(
            "SubscribeDialog", "approve exactly {cost} {coin} to the sale (now {allowance})"
        ).format(
            cost=units(quote.cost, decimals), coin=coin, allowance=units(quote.allowance, decimals)
        )
    per = QCoreApplication.translate("SubscribeDialog", "{price} {coin} per {symbol}")
    rounds = QCoreApplication.translate("SubscribeDialog", "{cost} {coin} (the sale rounds up)")
    return [
        (_tr(LABELS[0]), quote.kyc.message.text(current_code())),
        (
            _tr(LABELS[1]),
            per.format(price=units(quote.price, decimals), coin=coin, symbol=info.symbol),
        ),
        (_tr(LABELS[2]), f"{units(info.cap, info.decimals)} {info.symbol}"),
        (_tr(LABELS[3]), f"{units(quote.remaining, info.decimals)} {info.symbol}"),
        (_tr(LABELS[4]), f"{_when(quote.deadline)} ({left})"),
        (_tr(LABELS[5]), f"{units(quote.amount, info.decimals)} {info.symbol}"),
        (_tr(LABELS[6]), rounds.format(cost=units(quote.cost, decimals), coin=coin)),
        (_tr(LABELS[7]), f"{units(quote.balance, decimals)} {coin}"),
        (_tr(LABELS[8]), approval),
    ]


LABELS = (
    QT_TRANSLATE_NOOP("SubscribeDialog", "Allowlist"),
    QT_TRANSLATE_NOOP("SubscribeDialog", "Price"),
    QT_TRANSLATE_NOOP("SubscribeDialog", "Cap"),
    QT_TRANSLATE_NOOP("SubscribeDialog", "Still for sale"),
    QT_TRANSLATE_NOOP("SubscribeDialog", "Deadline"),
    QT_TRANSLATE_NOOP("SubscribeDialog", "You buy"),
    QT_TRANSLATE_NOOP("SubscribeDialog", "Cost"),
    QT_TRANSLATE_NOOP("SubscribeDialog", "Your balance"),
    QT_TRANSLATE_NOOP("SubscribeDialog", "Allowance"),
)


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
        self.setWindowTitle(self.tr("Subscribe to an offering"))
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
        self.amount.setPlaceholderText(self.tr("tokens, e.g. 2.5"))
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("checkQuote")
        self.check_button.clicked.connect(self.check)
        self.offering.currentIndexChanged.connect(self._invalidate)
        self.amount.textChanged.connect(self._invalidate)
        form = QFormLayout()
        form.addRow(self.tr("Offering"), self.offering)
        form.addRow(self.tr("Tokens"), self.amount)
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
        self.subscribe_button = QPushButton(self.tr("Sign and subscribe"))
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
            amount = parse_amount(self.amount.text(), info.decimals, current_code())
        except AmountError as error:
            self.status.setText(user_message(error))
            return
        reader, account = self.service.reader, self.account
        self.status.setText(self.tr("Reading the offering and your standing…"))
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
        language = current_code()
        self.problems.setText("\n".join(p.text(language) for p in quote.problems))
        self.problems.setVisible(bool(quote.problems))
        count = 1 if quote.allowance == quote.cost else 2
        self.subscribe_button.setText(self.tr("Sign and subscribe (%n transaction(s))", "", count))
        self.subscribe_button.setEnabled(quote.ok)
        self.status.setText(
            self.tr("Check every line, then sign.")
            if quote.ok
            else self.tr("This purchase cannot go through.")
        )

    def subscribe(self) -> None:
        quote = self.quote
        if quote is None or not quote.ok:
            return
        info, coin = quote.info, quote.stablecoin_symbol
        what = self.tr("a purchase of {amount} {symbol} for {cost} {coin}").format(
            amount=fmt.units(quote.amount, info.decimals), symbol=info.symbol,
            cost=fmt.units(quote.cost, quote.stablecoin_decimals), coin=coin,
        )  # fmt: skip
        grant = self._grant(what)
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
        self.status.setText(self.tr("Signing and sending…"))
        actions = self.service.actions

        def finished(result: SubscriptionResult) -> None:
            grant.close()
            self.result = result
            info = quote.info
            self.status.setObjectName("pass")
            self.status.setText(
                self.tr("Subscribed: {amount} {symbol} for {cost} {coin}.").format(
                    amount=fmt.units(quote.amount, info.decimals),
                    symbol=info.symbol,
                    cost=fmt.units(quote.cost, quote.stablecoin_decimals),
                    coin=quote.stablecoin_symbol,
                )
            )
            self._end(result)

        def failed(error: BaseException) -> None:
            grant.close()
            self.status.setObjectName("error")
            self.status.setText(
                self.tr("The subscription stopped: {user_message}").format(
                    user_message=user_message(error)
                )
            )
            self._end(error)

        Op.reporting(self, lambda report: actions.subscribe(quote, grant.signer, report)).progress(
            self._step
        ).success(finished).failure(failed).run_in_background()

    def _step(self, step: Any) -> None:
        self.bar.setValue(step.done)
        self.steps.addItem(step_text(step))

    def _end(self, outcome: object) -> None:
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.close_button.setEnabled(True)
        self.done.emit(outcome)
