"""Send: a form (asset, recipient with live checks, amount), then the review the user signs.

`SendDialog.run()` returns the sent TransactionRecord or None. Checking and simulating run on the
runner's worker (WalletService.review_transfer); the review dialog shows the decoded call, the
amounts, the fees, the simulation and every warning, and only a passing review can be signed.
If the account is locked, the password is asked here on the GUI thread before signing, used once
by the worker and wiped.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.amounts import AmountError, parse_amount
from app.chain.txstore import TransactionRecord
from app.services.wallet import WalletService
from app.wallet.balances import Asset
from app.wallet.errors import WalletError
from app.wallet.transfers import TransferReview
from ui.shared import format as fmt
from ui.shared.i18n import current_code, in_language
from ui.shared.i18n.retranslating import Retranslating, Text, said
from ui.shared.named import named
from ui.shared.runner import Op, user_message
from ui.wallet.password_dialog import PasswordDialog


class ReviewDialog(Retranslating, QDialog):
    """Everything the transaction will do, in words. `run()` -> True to sign and send."""

    def __init__(self, review: TransferReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.can_send = review.can_send
        self.setObjectName("reviewDialog")
        self.setMinimumWidth(640)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self._rows: list[tuple[QLabel, str, QLabel, str]] = []  # re-worded on a language change
        for row, (label, value) in enumerate(review.lines()):
            name = QLabel()
            name.setObjectName("muted")
            text = QLabel()
            self._rows.append((name, label, text, value))
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if label == "Warning" or value.startswith("FAILS") or value.startswith("would fail"):
                text.setObjectName("warning")
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
        self.verdict = QLabel()
        self.verdict.setObjectName("banner" if review.can_send else "error")
        self.verdict.setWordWrap(True)
        self.verdict.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        buttons = QDialogButtonBox()
        self.sign = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign.setObjectName("signAndSend")
        self.sign.setEnabled(review.can_send)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Review the transaction"))
        for name, label, text, value in self._rows:  # the core's Phrases, or plain data
            name.setText(in_language(label))
            text.setText(in_language(value))
        self.verdict.setText(
            self.tr("Check every line. Signing sends it; it cannot be undone once mined.")
            if self.can_send
            else self.tr("This transfer would fail, so it cannot be signed. Nothing was sent.")
        )
        self.sign.setText(self.tr("Sign and send"))

    def run(self) -> bool:
        return self.exec() == QDialog.DialogCode.Accepted


class SendDialog(Retranslating, QDialog):
    def __init__(
        self,
        service: WalletService,
        sender: str,
        assets: tuple[Asset, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.from_address = sender  # not `sender`: that would hide QObject.sender()
        self.setObjectName("sendDialog")
        self.setMinimumWidth(560)
        self.asset = QComboBox()
        self.asset.setObjectName("asset")
        for asset in assets:
            self.asset.addItem(f"{asset.symbol} — {asset.name}", asset)
        self.recipient = QLineEdit()
        self.recipient.setObjectName("recipient")
        self.recipient.textChanged.connect(self._check_recipient)
        self.book = QComboBox()
        self.book.setObjectName("addressBookPick")
        self.book.addItem("", None)
        for contact in service.address_book.contacts():
            self.book.addItem(f"{contact.label}  {contact.address}", contact.address)
        self.book.activated.connect(self._picked)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("e.g. 12.5")
        self.max_button = QPushButton()
        self.max_button.setObjectName("max")
        self.max_button.clicked.connect(self.fill_max)
        self.speed = named(QComboBox(), "feeSpeed")
        for key in ("slow", "normal", "fast"):
            self.speed.addItem("", key)
        self.speed.setCurrentIndex(1)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.max_button)
        # Warnings and errors go below the fields, in room kept for them: typing an address
        # that raises a warning never moves the Amount field or overlaps it.
        self._notes: Text = ""  # what notes and error say, worded again on a change of language
        self._error: Text = ""
        self.notes = QLabel("")
        self.notes.setObjectName("warning")
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setMinimumHeight(3 * self.notes.fontMetrics().lineSpacing())
        self.error = QLabel("")
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setMinimumHeight(2 * self.error.fontMetrics().lineSpacing())
        self.row_names = {key: QLabel() for key in ("from", "asset", "to", "amount", "fee")}
        form = QFormLayout()
        form.addRow(self.row_names["from"], QLabel(sender))
        form.addRow(self.row_names["asset"], self.asset)
        form.addRow(self.row_names["to"], self.recipient)
        form.addRow("", self.book)
        form.addRow(self.row_names["amount"], amount_row)
        form.addRow(self.row_names["fee"], self.speed)
        self.review_button = QPushButton()
        self.review_button.setObjectName("review")
        self.review_button.setDefault(True)
        self.review_button.clicked.connect(self.start_review)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notes)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.review: TransferReview | None = None
        self.record: TransactionRecord | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send"))
        self.recipient.setPlaceholderText(self.tr("0x… (checksummed address)"))
        self.book.setItemText(0, self.tr("Address book…"))
        self.max_button.setText(self.tr("Max"))
        self.max_button.setToolTip(
            self.tr("All of the asset; for ETH, all but the largest fee the transfer may pay")
        )
        speeds = (
            self.tr("Slow: a lower fee, may wait when blocks are full"),
            self.tr("Normal"),
            self.tr("Fast: a higher tip and fee cap"),
        )
        for index, text in enumerate(speeds):
            self.speed.setItemText(index, text)
        names = {
            "from": self.tr("From"),
            "asset": self.tr("Asset"),
            "to": self.tr("To"),
            "amount": self.tr("Amount"),
            "fee": self.tr("Fee"),
        }
        for key, label in self.row_names.items():
            label.setText(names[key])
        self.review_button.setText(self.tr("Review…"))
        self.notes.setText(said(self._notes))
        self.error.setText(said(self._error))

    def _say(self, notes: Text | None = None, error: Text | None = None) -> None:
        """Show `notes` (warnings) and `error`, as they read now and after a change of language."""
        if notes is not None:
            self._notes = notes
            self.notes.setText(said(notes))
        if error is not None:
            self._error = error
            self.error.setText(said(error))

    def fill_max(self) -> None:
        """The most this account can send of the chosen asset (read on a worker)."""
        asset, sender, speed = self.asset.currentData(), self.from_address, self.speed.currentData()
        self.max_button.setEnabled(False)

        def filled(amount: int) -> None:
            self.max_button.setEnabled(True)
            self.amount.setText(fmt.units(amount, asset.decimals, min_places=0))
            self._say(error="" if amount else lambda: self.tr("Nothing of this asset can be sent."))

        def failed(error: BaseException) -> None:
            self.max_button.setEnabled(True)
            self._say(error=lambda: user_message(error))

        Op(self, lambda: self.service.max_sendable(sender, asset, speed)).success(filled).failure(
            failed
        ).run_in_background()

    def _picked(self, index: int) -> None:
        address = self.book.itemData(index)
        if address:
            self.recipient.setText(address)

    def _check_recipient(self, text: str) -> None:
        if len(text.strip()) < 42:
            self._say(notes="")
            return
        try:
            check = self.service.check_recipient(text)
        except WalletError as error:
            self._say(notes=lambda e=error: user_message(e))
            return
        warnings = check.warnings
        self._say(notes=lambda: "\n".join(in_language(w.message) for w in warnings))

    def start_review(self) -> None:
        asset, to = self.asset.currentData(), self.recipient.text()
        try:  # read as the user's locale writes numbers; the core gets base units
            amount = parse_amount(self.amount.text(), asset.decimals, current_code())
        except AmountError as error:
            self._say(error=lambda e=error: user_message(e))
            return
        self._say(error=lambda: self.tr("Checking and simulating…"))
        self.review_button.setEnabled(False)
        speed = self.speed.currentData()
        review = self.service.review_transfer
        Op(self, lambda: review(self.from_address, asset, to, amount, speed)).success(
            self._reviewed
        ).failure(self._failed).run_in_background()

    def _failed(self, error: BaseException) -> None:
        self.review_button.setEnabled(True)
        self._say(error=lambda: user_message(error))

    def _reviewed(self, review: TransferReview) -> None:
        self.review = review
        self._say(error="")
        self.review_button.setEnabled(True)
        if not ReviewDialog(review, self).run():
            return
        password: bytearray | None = None
        if not self.service.session.is_unlocked(review.sender):

            def what() -> str:
                return self.tr("a transfer of {amount} {symbol} to {recipient}").format(
                    amount=fmt.units(review.amount, review.asset.decimals),
                    symbol=review.asset.symbol,
                    recipient=review.recipient.address,
                )

            password = PasswordDialog(
                lambda: self.tr("Enter the wallet password to sign."),
                review.sender,
                self,
                signing=what,
            ).run()
            if password is None:
                return

        self.review_button.setEnabled(False)
        self._say(error=lambda: self.tr("Signing and sending…"))
        # The signing grant wipes the password once the transfer is signed or refused.
        Op(self, lambda: self.service.send(review, password)).success(
            lambda record: self._sent(record, review)
        ).failure(self._failed).run_in_background()

    def _sent(self, record: TransactionRecord, review: TransferReview) -> None:
        # The record read back holds the English words; the review's are a phrase of the code
        # table, so "Sent: …" reads in the user's language.
        self.record = replace(record, description=review.intent.description)
        self.accept()

    def run(self) -> TransactionRecord | None:
        return self.record if self.exec() == QDialog.DialogCode.Accepted else None
