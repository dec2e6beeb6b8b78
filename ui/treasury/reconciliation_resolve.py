"""Settling an unmatched item by hand, from the reconciliation's table: matched with its
counterpart (another open item of the same account and amount: a credit the provider reported
under another reference, say) or written off with a reason. The dialog only asks; the tab runs
app.bank.resolutions off the GUI thread, and the resolution goes into the audit trail."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING

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
from app.bank.matching import Difference, MatchResult
from app.bank.resolutions import MAX_REASON
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.runner import Op, user_message
from ui.treasury.reconciliation_words import describe

if TYPE_CHECKING:
    from app.bank.reconciliation import ReconciliationDesk

    _Tab = QWidget  # the mixin is only ever part of ReconciliationTab, a QWidget
else:
    _Tab = object


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
        describe: Callable[[Difference], str] = describe,  # an item in words, as in the table
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(560)
        self.kind, self.item, self._describe = kind, item, describe
        self.what = QLabel("")
        self.what.setWordWrap(True)
        self.partner = QComboBox(self)  # parented: a write-off never places it
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
        self.labels = {"partner": QLabel("", self), "reason": QLabel("", self)}
        form = QFormLayout()
        if kind is Resolve.MATCH:
            form.addRow(self.labels["partner"], self.partner)
        else:
            self.labels["partner"].hide()
            self.partner.hide()
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


class SettlingByHand(_Tab):
    """The reconciliation tab's part that settles its selected item (no words of its own: `tr`
    in a mixin would run under the tab's name)."""

    source: ReconciliationDesk | None
    result: MatchResult | None
    actor: Callable[[], str]
    resolve_dialog: ResolveDialog | None
    _busy: bool

    if TYPE_CHECKING:  # given by ReconciliationTab

        def _open_item(self) -> Difference | None: ...
        def _difference_chosen(self) -> None: ...
        def _reconciled(self, result: MatchResult) -> None: ...
        def _failed(self, error: BaseException) -> None: ...

    def ask_resolve(self, kind: Resolve) -> ResolveDialog | None:
        """Open the dialog for the selected open item; its answer runs on a worker."""
        item, result = self._open_item(), self.result
        if item is None or result is None or self.source is None or self._busy:
            return None
        candidates = counterparts(item, result.differences) if kind is Resolve.MATCH else []
        dialog = ResolveDialog(kind, item, candidates, describe, self)
        dialog.chosen.connect(
            lambda how, partner, reason: self.resolve(Resolve(how), item.key, partner, reason)
        )
        self.resolve_dialog = dialog
        dialog.open()
        return dialog

    def resolve(self, kind: Resolve, key: str, partner: str | None, reason: str) -> None:
        """Match `key` with `partner` or write it off; then the statuses again, as settled."""
        source, shown = self.source, self.result
        if source is None or shown is None or self._busy:
            return
        self._busy = True
        self._difference_chosen()  # no second resolution while this one runs
        actor = self.actor()

        def run() -> MatchResult:
            result = replace(shown, resolutions=dict(shown.resolutions))  # the drawn one stays
            if kind is Resolve.MATCH:
                assert partner is not None
                source.resolutions.match(result, key, partner, reason, actor)
            else:
                source.resolutions.write_off(result, key, reason, actor)
            result = source.resolutions.apply(result)  # as settled on this desk, by anyone
            if source.on_result is not None:  # the revenue-control alerts of what is left
                source.on_result(result, source.stores)
            return result

        Op(self, run).success(self._reconciled).failure(self._failed).run_in_background()
