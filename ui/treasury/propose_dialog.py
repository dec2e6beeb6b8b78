"""Propose a distribution: pick a store and a period; the amount is the report's investors' share,
checked against the pending balance and the policy cap; the report's hash goes into the proposal;
the payout preview shows what holders get, exactly as the contract pays. A reconciliation
difference blocks proposing until a reason is written (kept in the audit trail). Beside the
report hash the draft carries the hash of the period's matched bank statement lines
(app.services.proposal_evidence), recorded in the audit trail when the proposal is made.

Every check runs off the GUI thread (`desk.draft`); the dialog only draws the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
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

if TYPE_CHECKING:
    from app.services.proposal_evidence import ProposalEvidence
    from app.treasury.desk import TreasuryDesk
from app.treasury.errors import TreasuryError
from app.treasury.proposal import MIN_REASON_CHARS
from app.treasury.views import DeskSnapshot, DraftReview, PeriodRow
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.runner import Op, user_message
from ui.treasury.tabs import check_line, stable


@dataclass(frozen=True)
class Check:
    """The answer of one background check of the chosen period."""

    symbol: str
    period: str
    row: PeriodRow | None
    review: DraftReview | None
    refusal: str  # "" when the draft is sound
    code: str


def check_period(
    desk: TreasuryDesk,
    symbol: str,
    period: str,
    reason: str | None,
    evidence: ProposalEvidence | None = None,
) -> Check:
    store = desk.store_by_symbol(symbol)
    overview = desk.store_overview(store)
    row = next((p for p in overview.periods if p.period == period), None)
    try:
        review = desk.draft(symbol, period, reason, report=row.report if row else None)
    except TreasuryError as error:
        return Check(symbol, period, row, None, user_message(error), error.rule)
    if evidence is not None:  # the period's matched bank lines as matched now
        review = replace(review, draft=evidence.stamp(review.draft))
    return Check(symbol, period, row, review, "", "")


class ProposeDialog(Retranslating, QDialog):
    proposed = Signal(object)  # the checked ProposalDraft
    checked = Signal(object)  # Check (for tests)

    def __init__(
        self,
        desk: TreasuryDesk,
        snapshot: DeskSnapshot,
        symbol: str = "",
        period: str = "",
        parent: QWidget | None = None,
        evidence: ProposalEvidence | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(760)
        self.desk = desk
        self.evidence = evidence
        self.snapshot = snapshot
        self.result_check: Check | None = None
        self._pending = False
        self.store = QComboBox()
        self.store.setObjectName("proposeStore")
        self.period = QComboBox()
        self.period.setObjectName("proposePeriod")
        for s in snapshot.stores:
            self.store.addItem(s.symbol, s.symbol)
        self.amount = QLabel("—")
        self.limits = QLabel("—")
        self.hash = QLabel("—")
        self.hash.setObjectName("muted")
        self.hash.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines_hash = QLabel("—")
        self.lines_hash.setObjectName("muted")
        self.lines_hash.setWordWrap(True)
        self.lines_hash.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checks = QLabel("—")
        self.checks.setWordWrap(True)
        self.preview = QLabel("—")
        self.preview.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setFixedHeight(64)
        self.problem = QLabel("")
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}  # each form row's name, by the field it names
        for key, field in (("store", self.store), ("period", self.period),
                           ("amount", self.amount), ("limits", self.limits),
                           ("hash", self.hash), ("lines_hash", self.lines_hash),
                           ("checks", self.checks),
                           ("preview", self.preview), ("reason", self.reason)):  # fmt: skip
            self.labels[key] = QLabel("")
            form.addRow(self.labels[key], field)
        # Propose is a button of our own (a box rewords its standard "OK" itself when the
        # language changes, after this dialog's retranslate()); Cancel keeps Qt's words.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton()
        self.ok.setDefault(True)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self._propose)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.recheck)
        self.store.currentIndexChanged.connect(lambda _i: self._fill_periods())
        self.period.currentIndexChanged.connect(lambda _i: self.recheck())
        self.reason.textChanged.connect(self._debounce.start)
        self._problem: Callable[[], str] | None = None  # what words the problem line again
        self.retranslate()
        if symbol:
            self.store.setCurrentIndex(max(0, self.store.findData(symbol)))
        self._fill_periods(period)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Propose a distribution"))
        self.reason.setPlaceholderText(
            self.tr(
                "Why propose despite the difference? (at least {count} "
                "characters; kept in the audit trail)"
            ).format(count=MIN_REASON_CHARS)
        )
        for key, text in (
            ("store", self.tr("Store")),
            ("period", self.tr("Period")),
            ("amount", self.tr("Amount (investors' share)")),
            ("limits", self.tr("Pending / cap")),
            ("hash", self.tr("Report hash")),
            ("lines_hash", self.tr("Bank lines hash")),
            ("checks", self.tr("Reconciliation")),
            ("preview", self.tr("Payout preview")),
            ("reason", self.tr("Override reason")),
        ):
            self.labels[key].setText(text)
        self.ok.setText(self.tr("Propose"))
        problem = self._problem  # a check may be under way: its words stay
        if self.result_check is not None:
            self._draw(self.result_check)
        if problem is not None:
            self._say(problem)

    def _say(self, problem: Callable[[], str]) -> None:
        """The problem line, worded again after a change of language."""
        self._problem = problem
        self.problem.setText(problem())

    def _fill_periods(self, wanted: str = "") -> None:
        symbol = self.store.currentData()
        store = next((s for s in self.snapshot.stores if s.symbol == symbol), None)
        self.period.blockSignals(True)
        self.period.clear()
        for row in store.periods if store else ():
            if row.report is not None and row.proposal_id is None:
                self.period.addItem(row.period, row.period)
        if wanted:
            self.period.setCurrentIndex(max(0, self.period.findData(wanted)))
        self.period.blockSignals(False)
        self.recheck()

    def recheck(self) -> None:
        symbol, period = self.store.currentData(), self.period.currentData()
        self.ok.setEnabled(False)
        if not symbol or not period:
            self._say(lambda: self.tr("This store has no reported period left to propose."))
            return
        if self._pending:
            self._debounce.start()
            return
        self._pending = True
        reason = self.reason.toPlainText().strip() or None
        desk, evidence = self.desk, self.evidence
        self._say(lambda: self.tr("Checking…"))
        Op(self, lambda: check_period(desk, symbol, period, reason, evidence)).success(
            self._show
        ).failure(self._failed).run_in_background()

    def _failed(self, error: BaseException) -> None:
        self._pending = False
        self._say(lambda: user_message(error))

    def _show(self, check: Check) -> None:
        self._pending = False
        if (check.symbol, check.period) != (self.store.currentData(), self.period.currentData()):
            self.recheck()  # the choice changed while checking
            return
        self.result_check = check
        self._draw(check)
        self.ok.setEnabled(check.review is not None)
        self.adjustSize()
        self.checked.emit(check)

    def _draw(self, check: Check) -> None:
        """The checked period's figures and words, in the current language."""
        row = check.row
        report = row.report if row else None
        store = next(s for s in self.snapshot.stores if s.symbol == check.symbol)
        self.amount.setText(stable(report.investor_share) if report else "—")
        self.limits.setText(
            self.tr("pending {pending} · cap per period {cap}").format(
                pending=stable(store.pending), cap=stable(store.cap_per_period)
            )
        )
        self.hash.setText(report.report_hash if report else "—")
        lines_hash = check.review.draft.lines_hash if check.review else None
        self.lines_hash.setText(
            lines_hash
            or self.tr("none: no bank statement lines of this period are matched on this computer")
        )
        rec = row.reconciliation if row else None
        if rec is None:
            self.checks.setText(self.tr("no report"))
        else:
            self.checks.setText("\n".join(check_line(c) for c in rec.checks))
            self.checks.setObjectName("fail" if not rec.ok else "")
            self.checks.style().unpolish(self.checks)
            self.checks.style().polish(self.checks)
        self.reason.setEnabled(rec is not None and not rec.ok)
        if check.review is not None:
            p = check.review.preview
            largest = ", ".join(f"{h.address[:8]}… {stable(h.payout)}" for h in p.largest[:3])
            self.preview.setText(
                self.tr(
                    "{paid} of {holders} holders paid · dust {dust} base units\nlargest: {largest}"
                ).format(
                    paid=p.paid_count,
                    holders=p.holder_count,
                    dust=p.dust,
                    largest=largest,
                )
            )
            warnings = " ".join(check.review.draft.warnings)
            self._say(lambda: warnings)
        else:
            self.preview.setText("—")
            self._say(lambda: self._refusal(check))

    def _refusal(self, check: Check) -> str:
        if check.code != "ReconciliationDifference":
            return check.refusal
        return self.tr(
            "The reconciliation found the differences marked ⚠ above. To propose anyway, "
            "write why (at least {count} characters); the reason is kept in the audit "
            "trail."
        ).format(count=MIN_REASON_CHARS)

    def _propose(self) -> None:
        check = self.result_check
        if check is None or check.review is None:
            return
        self.proposed.emit(check.review.draft)
        self.accept()
