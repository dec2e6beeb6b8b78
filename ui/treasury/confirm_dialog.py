"""The one confirmation step every treasury action ends in: exactly what will be signed or sent.

Store, period, amount (stablecoin, as the language writes numbers), report hash, the signing
account and channel, the gas of a transaction or "no gas: off-chain signature", and the expiry.
Nothing is signed here: after "Confirm" the page asks for the password (when the account is
locked), and the prompt says what it signs (`signing_text`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.treasury.confirmation import Confirmation
from ui.shared import format as fmt
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating
from ui.treasury.approval_words import channel_name
from ui.treasury.tabs import chain_time, remaining, stable

CONTEXT = "ConfirmDialog"
ACTIONS = {
    "propose": QT_TRANSLATE_NOOP("ConfirmDialog", "Propose a distribution"),
    "approve": QT_TRANSLATE_NOOP("ConfirmDialog", "Approve proposal #{id}"),
    "approve_safe": QT_TRANSLATE_NOOP("ConfirmDialog", "Approve proposal #{id} for Safe {safe}"),
    "reject": QT_TRANSLATE_NOOP("ConfirmDialog", "Reject proposal #{id}"),
    "execute": QT_TRANSLATE_NOOP("ConfirmDialog", "Execute proposal #{id}"),
    "cancel": QT_TRANSLATE_NOOP("ConfirmDialog", "Cancel proposal #{id}"),
}


MIN_WIDTH = 620
UNBROKEN = frozenset({"safe", "report", "signer"})  # rows that show a hash or an address in full


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_title(c: Confirmation) -> str:
    return _tr(ACTIONS.get(c.kind, c.kind)).format(id=c.proposal_id or "", safe=c.safe)


def signing_text(c: Confirmation) -> str:
    """What the password prompt says it signs, in one sentence."""
    words = QCoreApplication.translate(
        "ConfirmDialog",
        "{action}: {amount} {coin} to the holders of {symbol} for {period}, report {hash}",
    ).format(
        action=action_title(c),
        amount=stable(c.amount),
        coin=c.coin,
        symbol=c.symbol,
        period=c.period_text,
        hash=c.report_hash[:10] + "…" + c.report_hash[-6:],
    )
    if c.safe:
        how = QCoreApplication.translate(
            "ConfirmDialog",
            "your part of the Safe's approval: the Safe message for proposal #{id}, no gas",
        ).format(id=c.proposal_id)
    elif c.off_chain:
        how = QCoreApplication.translate("ConfirmDialog", "an off-chain signature, no gas")
    elif c.sent_after:
        how = QCoreApplication.translate("ConfirmDialog", "a signature, then sent on chain")
    else:
        how = QCoreApplication.translate("ConfirmDialog", "a transaction, gas up to {gas}").format(
            gas=fmt.integer(c.gas or 0)
        )
    return f"{words} ({how})"


class ConfirmDialog(Retranslating, QDialog):
    """`open()` it; `accepted` means sign and send, `rejected` means nothing happens."""

    def __init__(self, confirmation: Confirmation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirmation = c = confirmation
        self.heading = QLabel("")
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.lead = QLabel("")
        self.lead.setWordWrap(True)
        keys = ["safe"] if c.safe else []
        keys += ["store", "period", "amount", "report", "signer", "channel", "gas", "expiry"]
        keys += ["deadline"] if c.deadline is not None else []
        keys += ["nonce"] if c.nonce is not None else []
        keys += ["signatures"] if c.signatures else []
        keys += ["note"] if c.note else []
        self.rows: dict[str, QLabel] = {}  # each row's value
        self.labels: dict[str, QLabel] = {}  # each row's name
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key in keys:
            shown = QLabel("")
            shown.setObjectName(f"confirm_{key}")
            # A hash or an address cannot wrap: its full width widens the dialog instead.
            shown.setWordWrap(key not in UNBROKEN)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.rows[key] = shown
            self.labels[key] = QLabel("")
            form.addRow(self.labels[key], shown)
        # Buttons of our own: a box rewords its standard buttons ("OK", "Cancel") itself when
        # the language changes, after this dialog's retranslate().
        self.buttons = QDialogButtonBox()
        self.confirm_button = QPushButton()
        self.confirm_button.setDefault(True)
        self.confirm_button.setObjectName("confirmButton")
        self.back_button = QPushButton()
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.column = layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.lead)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        c = self.confirmation
        self.setWindowTitle(self.tr("Review before signing"))
        self.heading.setText(action_title(c))
        if c.safe:
            lead = self.tr(
                "You are about to sign your part of the Safe's approval: the Safe message for "
                "proposal #{id}, as one of its owners. It costs no gas; the Safe approves when "
                "{threshold} owners have signed."
            ).format(id=c.proposal_id, threshold=c.safe_threshold)
        elif c.off_chain:
            lead = self.tr("You are about to sign an off-chain approval. It costs no gas.")
        elif c.sent_after:
            lead = self.tr(
                "You are about to sign a rejection; this account then sends it on chain in "
                "one transaction."
            )
        else:
            lead = self.tr("You are about to sign and send this transaction.")
        self.lead.setText(lead)
        expiry = chain_time(c.expiry) + (
            "" if c.kind == "propose" else f" ({remaining(c.expiry, c.now)})"
        )
        fields = {
            "safe": (
                self.tr("Safe"),
                self.tr("{safe}: {count} of {threshold} owners signed").format(
                    safe=c.safe, count=len(c.safe_signed), threshold=c.safe_threshold
                )
                + "".join(f"\n✓ {owner}" for owner in c.safe_signed),
            ),
            "store": (self.tr("Store"), f"{c.symbol} · {c.store_id[:10]}…{c.store_id[-6:]}"),
            "period": (self.tr("Period"), c.period_text),
            "amount": (
                self.tr("Amount"),
                self.tr("{amount} {coin}").format(amount=stable(c.amount), coin=c.coin),
            ),
            "report": (self.tr("Report hash"), c.report_hash),
            "signer": (self.tr("Signing account"), c.signer),
            "channel": (self.tr("Channel"), channel_name(c.channel)),
            "gas": (self.tr("Gas"), self._gas_text(c)),
            "expiry": (self.tr("Proposal expires"), expiry),
            "deadline": (
                self.tr("Signature valid until"),
                chain_time(c.deadline) if c.deadline is not None else "",
            ),
            "nonce": (
                self.tr("The Safe's nonce") if c.safe else self.tr("Signer's nonce"),
                str(c.nonce),
            ),
            "signatures": (self.tr("Signatures sent"), str(c.signatures)),
            "note": (
                self.tr("Reason") if c.kind == "reject" else self.tr("Override reason"),
                c.note or "",
            ),
        }
        for key, shown in self.rows.items():
            label, value = fields[key]
            self.labels[key].setText(label)
            shown.setText(value)
        self.confirm_button.setText(self.tr("Sign") if c.off_chain else self.tr("Sign and send"))
        self.back_button.setText(self.tr("Back"))
        # At least MIN_WIDTH, and as wide as the longest hash or address with its row's name
        # (set here, not once: an explicit minimum overrides the layout's own).
        self.setMinimumWidth(max(MIN_WIDTH, self.column.minimumSize().width()))

    def _gas_text(self, c: Confirmation) -> str:
        if c.sent_after:
            return self.tr("paid when the signed rejection is sent (estimated then)")
        if c.gas is None:
            return self.tr("no gas: off-chain signature")
        if c.max_fee_wei is None:
            return fmt.integer(c.gas)
        return self.tr("up to {gas} gas (at most {eth} ETH)").format(
            gas=fmt.integer(c.gas), eth=fmt.units(c.max_fee_wei, 18)
        )
