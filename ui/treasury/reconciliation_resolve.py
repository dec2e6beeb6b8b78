"""Settling an unmatched item by hand, from the reconciliation's table: matched with its
counterpart (another open item of the same account and amount: a credit the provider reported
under another reference, say) or written off with a reason. The dialog only asks; the tab runs
app.bank.resolutions off the GUI thread, and the resolution goes into the audit trail."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bank.errors import BankError
from app.bank.matching import Difference
from app.bank.resolutions import MAX_REASON
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.runner import user_message


class Resolve(StrEnum):
    MATCH = "match"
    WRITE_OFF = "write_off"


def counterparts(item: Difference, open_items: list[Difference]) -> list[Difference]:
    """The open items `item` can be matched with: the same account and amount, not itself."""
    return [
        d
        for d in open_items
        if d.key != item.key and d.account == item.account and d.amount == item.amount
    ]


class ResolveDialog(Retranslating, QDialog):
    """Asks for the counterpart (a match) and the reason (required to write off); `chosen`
    carries (kind, the counterpart's key or None, the reason) once accepted."""

    chosen = Signal(str, object, str)

    def __init__(
        self,
        kind: Resolve,
        item: Difference,
        candidates: list[Difference],
        describe: Callable[[Difference], str],  # an item in words, as its table row says it
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(560)
        self.kind, self.item, self._describe = kind, item, describe
        self.what = QLabel("")
        self.what.setWordWrap(True)
        self.partner = QComboBox()
        self.partner.setObjectName("resolvePartner")
        for candidate in candidates:
            self.partner.addItem("", candidate.key)
        self._candidates = candidates
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("resolveReason")
        self.reason.setFixedHeight(72)
        self.problem = QLabel("")
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self._problem: Callable[[], str] | None = None
        self.labels = {"partner": QLabel(""), "reason": QLabel("")}
        form = QFormLayout()
        if kind is Resolve.MATCH:
            form.addRow(self.labels["partner"], self.partner)
        form.addRow(self.labels["reason"], self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton()
        self.ok.setDefault(True)
        self.ok.setEnabled(kind is Resolve.WRITE_OFF or bool(candidates))
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        item = self._describe(self.item)
        if self.kind is Resolve.MATCH:
            self.setWindowTitle(self.tr("Match by hand"))
            self.what.setText(
                self.tr("Match {item} with its counterpart, an open item of the same amount:")
                .format(item=item)
            )  # fmt: skip
            self.ok.setText(self.tr("Match"))
            self.reason.setPlaceholderText(self.tr("Why they belong together (optional)"))
        else:
            self.setWindowTitle(self.tr("Write off"))
            self.what.setText(self.tr("Write off {item}.").format(item=item))
            self.ok.setText(self.tr("Write off"))
            self.reason.setPlaceholderText(
                self.tr("Why it is written off (required; kept in the audit trail)")
            )
        self.labels["partner"].setText(self.tr("Counterpart"))
        self.labels["reason"].setText(self.tr("Reason"))
        for index, candidate in enumerate(self._candidates):
            self.partner.setItemText(index, self._describe(candidate))
        if self.kind is Resolve.MATCH and not self._candidates:
            self._say(
                lambda: self.tr(
                    "No other open item of this account has the same amount; write it off "
                    "with a reason instead."
                )
            )
        elif self._problem is not None:
            self._say(self._problem)

    def _say(self, problem: Callable[[], str]) -> None:
        self._problem = problem
        self.problem.setText(problem())

    def confirm(self) -> None:
        """Accept with the answer; a write-off without a reason is refused here, in words."""
        reason = self.reason.toPlainText().strip()
        if len(reason) > MAX_REASON:
            self._say(
                lambda: self.tr("Keep the reason under {count} characters.").format(
                    count=MAX_REASON
                )
            )
            return
        if self.kind is Resolve.WRITE_OFF and not reason:
            self._say(lambda: user_message(BankError("bank.reason_needed")))
            return
        partner = self.partner.currentData() if self.kind is Resolve.MATCH else None
        if self.kind is Resolve.MATCH and partner is None:
            return
        self.chosen.emit(self.kind.value, partner, reason)
        self.accept()
