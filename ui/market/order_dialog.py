"""Buy or Sell one PST: take the best order on the book now, or sign an order and post it.

The dialog shows, before anything is signed: the price, the amount (typed, parsed by
`app.amounts.parse_amount`), the total, the fee, what the investor pays or receives, what the
other side receives, the KYC pre-check and the allowance the market needs. The figures are
`app.market.ticket`'s, so they are what the contract moves to the base unit. The order is signed
(maker) or the fill sent (taker) by the source, through the one transaction pipeline.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.amounts import AmountError, parse_amount
from app.market.marking import MIN_NOTIONAL
from app.market.screen import BookOrder, MarketScreen
from app.market.ticket import Role, Standing, Ticket, ticket
from app.portfolio.actions import Progress
from ui.market.source import MarketSource
from ui.portfolio.claim_dialog import SigningGrant, step_text
from ui.shared import format as fmt
from ui.shared.i18n import current_code, in_language
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.runner import Op, user_message

GrantFactory = Callable[[str], SigningGrant | None]
FIGURES = ("total", "fee", "you", "other", "kyc", "allowance")


class OrderDialog(Retranslating, QDialog):
    # The hash (order or transaction), or the exception that stopped it. (Not `done`: that
    # name is QDialog's own slot.)
    ended = Signal(object)

    def __init__(
        self,
        source: MarketSource,
        screen: MarketScreen,
        account: str,
        *,
        buy: bool,
        grant: GrantFactory,
        target: BookOrder | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source, self.market_screen, self.account, self.buy = source, screen, account, buy
        self._grant = grant
        self.standing: Standing | None = None
        self._standing_error: BaseException | None = None
        # Once the order is under way, what the status line says (worded again on a change of
        # language); until then it says what is wrong with the fields.
        self._said: Callable[[], str] | None = None
        self._progress: list[Progress] = []
        self.target = target or screen.best(buy=buy)
        self.setObjectName("orderDialog")
        self.setMinimumWidth(560)
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.role.addItem("", Role.TAKE)
        self.role.addItem("", Role.MAKE)
        if self.target is None:  # nothing to take on that side
            self.role.setCurrentIndex(1)
            model = self.role.model()
            assert isinstance(model, QStandardItemModel)  # a combo box's own model
            model.item(0).setEnabled(False)
        self.price = QLineEdit()
        self.price.setObjectName("price")
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.how_label, self.price_label, self.amount_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.how_label, self.role)
        form.addRow(self.price_label, self.price)
        form.addRow(self.amount_label, self.amount)
        self.figures: dict[str, QLabel] = {}
        self.figure_labels: dict[str, QLabel] = {}
        for key in FIGURES:
            value = QLabel("—")
            value.setObjectName(f"figure:{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.figure_labels[key] = QLabel()
            form.addRow(self.figure_labels[key], value)
            self.figures[key] = value
        self.steps = QListWidget()
        self.steps.setObjectName("orderSteps")
        self.steps.setMaximumHeight(70)
        self.steps.hide()
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.go = QPushButton("")
        self.go.setObjectName("placeOrder")
        self.go.setDefault(True)
        self.go.clicked.connect(self.place)
        buttons.addButton(self.go, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.steps)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.role.currentIndexChanged.connect(self._role_chosen)
        self.price.textChanged.connect(self.update_figures)
        self.amount.textChanged.connect(self.update_figures)
        self._role_chosen()
        self._load_standing()
        self.retranslate()

    def retranslate(self) -> None:
        symbol, buy = self.market_screen.symbol, self.buy
        title = self.tr("Buy {symbol}") if buy else self.tr("Sell {symbol}")
        self.setWindowTitle(title.format(symbol=symbol))
        take = (
            self.tr("Buy now from the best offer") if buy else self.tr("Sell now to the best bid")
        )
        self.role.setItemText(0, take)
        self.role.setItemText(1, self.tr("Post an order at my price (no fee)"))
        self.amount.setPlaceholderText(self.tr("tokens, e.g. 2.5"))
        self.how_label.setText(self.tr("How"))
        self.price_label.setText(
            self.tr("Price ({coin} per {symbol})").format(
                coin=self.source.coin_symbol, symbol=symbol
            )
        )
        self.amount_label.setText(self.tr("Amount ({symbol})").format(symbol=symbol))
        for key, label in self._figure_labels().items():
            self.figure_labels[key].setText(label)
        self.steps.clear()
        self.steps.addItems([step_text(step) for step in self._progress])
        self._role_texts()
        self.update_figures()

    def _figure_labels(self) -> dict[str, str]:
        pays = self.tr("You pay") if self.buy else self.tr("You receive")
        return {
            "total": self.tr("Total at this price"),
            "fee": self.tr("Fee (paid by the taker)"),
            "you": pays,
            "other": self.tr("The other side receives"),
            "kyc": self.tr("KYC pre-check"),
            "allowance": self.tr("Allowance for the market"),
        }

    def _show_status(self, text: str) -> None:
        """Say what is wrong with the fields, unless the order is under way (its words stay)."""
        self.status.setText(self._said() if self._said is not None else text)

    def _say(self, render: Callable[[], str]) -> None:
        self._said = render
        self.status.setText(render())

    # --- the ticket -----------------------------------------------------------------------
    @property
    def taking(self) -> bool:
        return self.role.currentData() == Role.TAKE

    def _role_chosen(self) -> None:
        taking = self.taking and self.target is not None
        self.price.setReadOnly(taking)
        if taking and self.target is not None:
            self.price.setText(fmt.units(self.target.order.price, self.source.coin_decimals))
        self._role_texts()
        self.update_figures()

    def _role_texts(self) -> None:
        """The texts that follow the chosen way (take or post): the tooltip and the button."""
        if self.taking and self.target is not None:
            most = fmt.units(self.target.remaining, self.market_screen.pst_decimals)
            self.amount.setToolTip(self.tr("At most {amount} at this price").format(amount=most))
        else:
            self.amount.setToolTip("")
        if self.taking:
            self.go.setText(self.tr("Buy now") if self.buy else self.tr("Sell now"))
        else:
            self.go.setText(self.tr("Sign and post the order"))

    def ticket(self) -> Ticket | None:
        """The ticket the fields describe, or None after saying what is wrong with them."""
        language, screen = current_code(), self.market_screen
        try:
            amount = parse_amount(self.amount.text(), screen.pst_decimals, language)
            price = parse_amount(self.price.text(), self.source.coin_decimals, language)
        except AmountError as error:
            self._show_status(error.text(language) if self.amount.text() else "")
            return None
        if self.taking and self.target is not None and amount > self.target.remaining:
            self._show_status(
                self.tr("The best order has only {amount} left at this price.").format(
                    amount=fmt.units(self.target.remaining, screen.pst_decimals)
                )
            )
            return None
        role = Role.TAKE if self.taking else Role.MAKE
        return ticket(buy=self.buy, role=role, amount=amount, price=price,
                      decimals=screen.pst_decimals, fee_bps=screen.fee_bps)  # fmt: skip

    def update_figures(self) -> None:
        t = self.ticket()
        self.go.setEnabled(False)
        if t is None:
            for key in ("total", "fee", "you", "other", "allowance"):
                self.figures[key].setText("—")
            self._show_standing(None)
            return
        self._show_status("")
        coin, symbol = self.source.coin_symbol, self.market_screen.symbol
        money = lambda v: f"{fmt.units(v, self.source.coin_decimals)} {coin}"  # noqa: E731
        tokens = lambda v: f"{fmt.units(v, self.market_screen.pst_decimals)} {symbol}"  # noqa: E731
        self.figures["total"].setText(money(t.total))
        self.figures["fee"].setText(
            money(t.fee) if t.role is Role.TAKE else self.tr("none: a maker pays no fee")
        )
        self.figures["you"].setText(money(t.pays_coin) if t.buy else money(t.gets_coin))
        self.figures["other"].setText(money(t.counterparty_gets) if t.buy else tokens(t.amount))
        self._show_standing(t)

    def _show_standing(self, t: Ticket | None) -> None:
        standing = self.standing
        kyc = self.figures["kyc"]
        if standing is None:
            kyc.setText(self.tr("checking…"))
            if self._standing_error is not None:
                self._show_status(user_message(self._standing_error))
            return
        said = standing.kyc_text  # a Phrase from the core speaks the user's language
        kyc.setText(in_language(said))
        kyc.setObjectName("pass" if standing.kyc_ok else "fail")
        kyc.style().unpolish(kyc)
        kyc.style().polish(kyc)
        if t is None:
            return
        need, screen = standing.approval_needed(t), self.market_screen

        def what(units: int) -> str:
            if t.allowance_token == "coin":
                return f"{fmt.units(units, self.source.coin_decimals)} {self.source.coin_symbol}"
            return f"{fmt.units(units, screen.pst_decimals)} {screen.symbol}"

        wanted, mine = standing.allowance_wanted(t), standing.committed(t)
        said = (
            self.tr("{amount}: already in place").format(amount=what(wanted))
            if need == 0
            else self.tr("{amount}: approved first, in its own transaction").format(
                amount=what(wanted)
            )
        )
        if mine:  # an approval replaces the allowance: it keeps the open orders funded too
            said += "\n" + self.tr("{amount} of it for your open orders").format(amount=what(mine))
        self.figures["allowance"].setText(said)
        problems = standing.problems(t)
        coin = self.source.coin_symbol
        words = {
            "kyc": self.tr("Your account is not cleared by KYC: the market refuses it."),
            "coin_balance": self.tr("Your stablecoin balance is short of what this costs."),
            "pst_balance": self.tr("You hold fewer tokens than this sells."),
            "too_small": self.tr(
                "The market lists orders worth at least {minimum}: raise the amount or the price."
            ).format(minimum=f"{fmt.units(MIN_NOTIONAL, self.source.coin_decimals)} {coin}"),
        }
        self._show_status("\n".join(words[p] for p in problems))
        self.go.setEnabled(not problems and t.amount > 0 and self._said is None)

    def _load_standing(self) -> None:
        source, account, screen = self.source, self.account, self.market_screen
        Op(self, lambda: source.standing(account, screen)).success(self._standing_read).failure(
            self._standing_failed
        ).run_in_background()

    def _standing_failed(self, error: BaseException) -> None:
        self._standing_error = error
        self._show_status(user_message(error))

    def _standing_read(self, standing: Standing) -> None:
        self.standing = standing
        self.update_figures()

    # --- placing ----------------------------------------------------------------------------
    def place(self) -> None:
        t = self.ticket()
        if t is None or self.standing is None or self.standing.problems(t):
            return
        coin, symbol = self.source.coin_symbol, self.market_screen.symbol
        what = self.tr("{side} {amount} {symbol} at {price} {coin}").format(
            side=self.tr("buy") if t.buy else self.tr("sell"),
            amount=fmt.units(t.amount, self.market_screen.pst_decimals), symbol=symbol,
            price=fmt.units(t.price, self.source.coin_decimals), coin=coin,
        )  # fmt: skip
        grant = self._grant(what)
        if grant is None:
            return
        target = self.target if t.role is Role.TAKE else None
        for widget in (self.go, self.role, self.price, self.amount):
            widget.setEnabled(False)
        self.close_button.setEnabled(False)
        self.steps.show()
        self._say(lambda: self.tr("Signing and sending…"))
        source, account, screen = self.source, self.account, self.market_screen

        def finished(result: str) -> None:
            grant.close()
            self._say(
                lambda: (
                    self.tr("Posted: order {hash}.")
                    if target is None
                    else self.tr("Filled: {hash}.")
                ).format(hash=result)
            )
            self._end(result)

        def failed(error: BaseException) -> None:
            grant.close()
            self._say(
                lambda: self.tr("The order stopped: {user_message}").format(
                    user_message=user_message(error)
                )
            )
            self._end(error)

        Op.reporting(
            self, lambda report: source.trade(account, grant.signer, screen, t, target, report)
        ).progress(self._step).success(finished).failure(failed).run_in_background()

    def _step(self, step: Progress) -> None:
        self._progress.append(step)
        self.steps.addItem(step_text(step))

    def _end(self, outcome: str | BaseException) -> None:
        self.close_button.setEnabled(True)
        self.ended.emit(outcome)
