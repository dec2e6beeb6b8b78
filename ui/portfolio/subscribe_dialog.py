"""Subscribe to an open offering: choose the offering and the number of tokens, see the quote
(allowlist standing first, then price, cap left, deadline, cost, balance, the exact allowance),
then approve exactly the cost and buy: two transactions, each shown as it goes.

The quote is read on a worker (`quote_subscription`: the head and one batch); only a quote
without problems can be signed, and the grant asks the wallet password if the account is locked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from app.portfolio.actions import (
    Progress,
    SubscriptionQuote,
    SubscriptionResult,
    quote_subscription,
)
from app.portfolio.holdings import TokenInfo
from ui.portfolio.claim_dialog import SigningGrant, step_text
from ui.portfolio.labels import SaidLabel
from ui.shared import format as fmt
from ui.shared.i18n import current_code
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.runner import Op, user_message

if TYPE_CHECKING:
    from app.services.portfolio import PortfolioService

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


class SubscribeDialog(Retranslating, QDialog):
    # SubscriptionResult, or the exception that stopped it (not `done`: that would hide
    # QDialog.done()).
    outcome = Signal(object)

    def __init__(
        self,
        service: PortfolioService,
        account: str,
        offerings: Sequence[TokenInfo],
        now: int,
        grant: GrantFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("subscribeDialog")
        self.setMinimumWidth(620)
        self.service, self.account, self._grant, self.now = service, account, grant, now
        self.quote: SubscriptionQuote | None = None
        # Not `self.result`: that would hide QDialog.result().
        self.subscription: SubscriptionResult | None = None
        self.offering = QComboBox()
        self.offering.setObjectName("offering")
        for info in sorted(offerings, key=lambda i: (i.deadline <= now, i.symbol)):
            self.offering.addItem("", info)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.check_button = QPushButton()
        self.check_button.setObjectName("checkQuote")
        self.check_button.clicked.connect(self.check)
        self.offering.currentIndexChanged.connect(self._invalidate)
        self.amount.textChanged.connect(self._invalidate)
        form = QFormLayout()
        self.offering_label, self.amount_label = QLabel(), QLabel()
        form.addRow(self.offering_label, self.offering)
        form.addRow(self.amount_label, self.amount)
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
        self._progress: list[Progress] = []  # the steps so far, worded again on a new language
        self.steps.setMaximumHeight(70)
        self.steps.hide()
        self.status = SaidLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.subscribe_button = QPushButton()
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
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Subscribe to an offering"))
        for index in range(self.offering.count()):
            info: TokenInfo = self.offering.itemData(index)
            if info.deadline > self.now:
                text = self.tr("{symbol} — {name} (open)")
            else:
                text = self.tr("{symbol} — {name} (closed)")
            self.offering.setItemText(index, text.format(symbol=info.symbol, name=info.name))
        self.offering_label.setText(self.tr("Offering"))
        self.amount_label.setText(self.tr("Tokens"))
        self.amount.setPlaceholderText(self.tr("tokens, e.g. 2.5"))
        self.check_button.setText(self.tr("Check"))
        self.status.again()
        self.steps.clear()
        self.steps.addItems([step_text(step) for step in self._progress])
        if self.quote is not None:  # the quote's lines and the button that signs it
            self._draw_quote(self.quote)
        else:
            self.subscribe_button.setText(self.tr("Sign and subscribe"))

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
            self.status.say(partial(user_message, error))
            return
        reader, account = self.service.reader, self.account
        self.status.say(lambda: self.tr("Reading the offering and your standing…"))
        self.check_button.setEnabled(False)
        Op(self, lambda: quote_subscription(reader, info.token, account, amount)).success(
            self._quoted
        ).failure(self._quote_failed).run_in_background()

    def _quote_failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.status.say(lambda: user_message(error))

    def _quoted(self, quote: SubscriptionQuote) -> None:
        self.check_button.setEnabled(True)
        self.quote = quote
        self._draw_quote(quote)
        self.subscribe_button.setEnabled(quote.ok)
        self.status.say(
            lambda: (
                self.tr("Check every line, then sign.")
                if quote.ok
                else self.tr("This purchase cannot go through.")
            )
        )

    def _draw_quote(self, quote: SubscriptionQuote) -> None:
        """The quote's lines, problems and the sign button's text, in the current language."""
        while self.details.rowCount():
            self.details.removeRow(0)
        for row, (label, value) in enumerate(quote_lines(quote)):
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if row == 0:  # the allowlist
                text.setObjectName("pass" if quote.kyc.can_claim else "fail")
            self.details.addRow(label, text)
        language = current_code()
        self.problems.setText("\n".join(p.text(language) for p in quote.problems))
        self.problems.setVisible(bool(quote.problems))
        count = 1 if quote.allowance == quote.cost else 2
        self.subscribe_button.setText(self.tr("Sign and subscribe (%n transaction(s))", "", count))

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
        self.bar.show()
        self.steps.show()
        for control in (self.subscribe_button, self.check_button, self.offering, self.amount):
            control.setEnabled(False)
        self.close_button.setEnabled(False)
        self.status.say(lambda: self.tr("Signing and sending…"))
        actions = self.service.actions

        def finished(result: SubscriptionResult) -> None:
            grant.close()
            self.subscription = result
            info = quote.info
            self.status.setObjectName("pass")
            self.status.say(
                lambda: self.tr("Subscribed: {amount} {symbol} for {cost} {coin}.").format(
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
            self.status.say(
                lambda: self.tr("The subscription stopped: {user_message}").format(
                    user_message=user_message(error)
                )
            )
            self._end(error)

        Op.reporting(self, lambda report: actions.subscribe(quote, grant.signer, report)).progress(
            self._step
        ).success(finished).failure(failed).run_in_background()

    def _step(self, step: Progress) -> None:
        self.bar.setValue(step.done)
        self._progress.append(step)
        self.steps.addItem(step_text(step))

    def _end(self, outcome: object) -> None:
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.close_button.setEnabled(True)
        self.outcome.emit(outcome)
