"""New proposal in a store's DAO: a signal with text, or crediting stranded stablecoin to the
store's holders (DistributionTreasury.creditToStore, which only the DAO's timelock may call).

The dialog only builds the intent; the core checks it (app/portfolio/governance.py) and the panel
signs and sends it. When the account has too few votes the dialog says why before anything is
typed: proposing needs votes of 1% of the supply (the account's own, activated) at the previous
block.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
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
from ui.portfolio.labels import SaidLabel
from ui.shared import format as fmt
from ui.shared.i18n import current_code
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.runner import user_message

SIGNAL, CREDIT = "signal", "credit"
KINDS = (
    (SIGNAL, QT_TRANSLATE_NOOP("ProposalDialog", "Signal (text only, nothing runs on chain)")),
    (CREDIT, QT_TRANSLATE_NOOP("ProposalDialog", "Credit stray funds to this store's holders")),
)


class ProposalDialog(Retranslating, QDialog):
    def __init__(
        self, power: ProposingPower, info: TokenInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.power, self.info = power, info
        self.intent: Intent | None = None
        self.setMinimumWidth(520)
        self.threshold = QLabel()
        self.threshold.setObjectName("muted" if power.enough else "banner")
        self.threshold.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("proposalKind")
        for key, _words in KINDS:
            self.kind.addItem("", key)
        self.title = QLineEdit()
        self.title.setObjectName("proposalTitle")
        self.text = QPlainTextEdit()
        self.text.setObjectName("proposalText")
        self.text.setTabChangesFocus(True)
        self.amount = QLineEdit()
        self.amount.setObjectName("creditAmount")
        self.available = QLabel()
        self.available.setObjectName("muted")
        self.status = SaidLabel()
        self.status.setObjectName("fail")
        self.status.setWordWrap(True)
        form = QFormLayout()
        self.kind_label, self.title_label, self.text_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.title_label, self.title)
        form.addRow(self.text_label, self.text)
        self.amount_label = QLabel()
        form.addRow(self.amount_label, self.amount)
        form.addRow("", self.available)
        self.form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.propose_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
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
        self.retranslate()

    def retranslate(self) -> None:
        power = self.power
        self.setWindowTitle(
            self.tr("New proposal in the {symbol} DAO").format(symbol=self.info.symbol)
        )
        self.threshold.setText(self._threshold_text())
        for index, (_key, words) in enumerate(KINDS):
            self.kind.setItemText(index, QCoreApplication.translate("ProposalDialog", words))
        self.title.setPlaceholderText(self.tr("One line holders see in the list"))
        self.text.setPlaceholderText(self.tr("Why, and what holders should weigh (optional)"))
        self.available.setText(
            self.tr("Available: {amount} {coin} of stray funds in the treasury").format(
                amount=fmt.units(power.stray, power.coin_decimals), coin=power.coin_symbol
            )
        )
        self.kind_label.setText(self.tr("Kind"))
        self.title_label.setText(self.tr("Title"))
        self.text_label.setText(self.tr("Text"))
        self.amount_label.setText(self.tr("Amount ({coin})").format(coin=power.coin_symbol))
        self.propose_button.setText(self.tr("Review and sign…"))
        self.status.again()

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
            "supply) at the previous block, and you have {votes}. Activate your votes if you "
            "have not (they count from the next block); only your own tokens vote."
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
            self.status.say(partial(user_message, error))
            return
        self.accept()

    def run(self) -> Intent | None:
        """The intent to sign, or None when cancelled."""
        return self.intent if self.exec() == QDialog.DialogCode.Accepted else None
