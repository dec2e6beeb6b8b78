"""New proposal in a store's DAO: a signal with text, or crediting stranded stablecoin to the
store's holders (DistributionTreasury.creditToStore, which only the DAO's timelock may call).

The dialog only builds the intent; the core checks it (app/portfolio/governance.py) and the panel
signs and sends it. When the account has too few votes the dialog says why before anything is
typed: proposing needs 1% of the supply delegated to the account at the previous block.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.amounts import AmountError, parse_amount
from app.chain.transactions import Intent
from app.portfolio.actions import ActionRefused
from app.portfolio.governance import ProposingPower, credit_intent, signal_intent
from app.portfolio.holdings import TokenInfo
from ui.shared import format as fmt
from ui.shared.i18n import current_code
from ui.shared.runner import user_message

SIGNAL, CREDIT = "signal", "credit"
KINDS = (
    (SIGNAL, QT_TRANSLATE_NOOP("ProposalDialog", "Signal (text only, nothing runs on chain)")),
    (CREDIT, QT_TRANSLATE_NOOP("ProposalDialog", "Credit stray funds to this store's holders")),
)


class ProposalDialog(QDialog):
    def __init__(
        self, power: ProposingPower, info: TokenInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.power, self.info = power, info
        self.intent: Intent | None = None
        self.setWindowTitle(self.tr("New proposal in the {symbol} DAO").format(symbol=info.symbol))
        self.setMinimumWidth(520)
        self.threshold = QLabel(self._threshold_text())
        self.threshold.setObjectName("muted" if power.enough else "banner")
        self.threshold.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("proposalKind")
        for key, words in KINDS:
            self.kind.addItem(QCoreApplication.translate("ProposalDialog", words), key)
        self.title = QLineEdit()
        self.title.setObjectName("proposalTitle")
        self.title.setPlaceholderText(self.tr("One line holders see in the list"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("proposalText")
        self.text.setPlaceholderText(self.tr("Why, and what holders should weigh (optional)"))
        self.text.setTabChangesFocus(True)
        self.amount = QLineEdit()
        self.amount.setObjectName("creditAmount")
        self.available = QLabel(
            self.tr("Available: {amount} {coin} of stray funds in the treasury").format(
                amount=fmt.units(power.stray, power.coin_decimals), coin=power.coin_symbol
            )
        )
        self.available.setObjectName("muted")
        self.status = QLabel("")
        self.status.setObjectName("fail")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.text)
        self.amount_label = QLabel(self.tr("Amount ({coin})").format(coin=power.coin_symbol))
        form.addRow(self.amount_label, self.amount)
        form.addRow("", self.available)
        self.form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.propose_button = buttons.addButton(
            self.tr("Review and sign…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.propose_button.setObjectName("proposeButton")
        self.propose_button.setEnabled(power.enough)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.threshold)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.title.setFocus()

    def _threshold_text(self) -> str:
        p, symbol = self.power, self.info.symbol
        values = {
            "threshold": fmt.units(p.threshold, p.vote_decimals),
            "votes": fmt.units(p.votes, p.vote_decimals),
            "symbol": symbol,
        }
        if p.enough:
            return self.tr(
                "You have {votes} votes; proposing needs {threshold} {symbol} (1% of the supply)."
            ).format(**values)
        return self.tr(
            "You cannot propose yet: proposing needs {threshold} {symbol} of votes (1% of the "
            "supply) delegated to you at the previous block, and you have {votes}. Delegate "
            "your tokens to yourself (they count from the next block), or ask other holders to "
            "delegate to you."
        ).format(**values)

    def _kind_changed(self) -> None:
        credit = self.kind.currentData() == CREDIT
        for widget in (self.amount_label, self.amount, self.available):
            widget.setVisible(credit)
        if credit and not self.title.text():
            self.title.setText(self.tr("Credit stray funds to the {symbol} holders").format(
                symbol=self.info.symbol
            ))  # fmt: skip
        self.status.clear()

    def check(self) -> None:
        """Build the intent (the core validates); stay open and say what is wrong otherwise."""
        title, text = self.title.text(), self.text.toPlainText()
        try:
            if self.kind.currentData() == CREDIT:
                amount = parse_amount(self.amount.text(), self.power.coin_decimals, current_code())
                self.intent = credit_intent(self.power, amount, title, text)
            else:
                self.intent = signal_intent(self.power, title, text)
        except (AmountError, ActionRefused) as error:
            self.intent = None
            self.status.setText(user_message(error))
            return
        self.accept()

    def run(self) -> Intent | None:
        """The intent to sign, or None when cancelled."""
        return self.intent if self.exec() == QDialog.DialogCode.Accepted else None
