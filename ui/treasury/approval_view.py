"""The approval view: one proposal as an approver must read it before signing.

Left: the report, the reconciliation with the proposer's override reason in full, the policy
lines (what blocks and why) and the signatures so far (signer, time, channel). Right: the payout
to every holder, searchable, and the total, which with what stays in the token is the amount to
the base unit. It draws an ApprovalDetail (app/treasury/approval_detail.py) read off the GUI
thread; `load()` drops an answer that arrives for a proposal no longer shown. Beside the report
hash: the bank lines hash the proposal carried and the same lines' hash now, flagged when they
differ (app.services.proposal_evidence).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.proposal_evidence import LinesState
from app.treasury.approval_detail import ApprovalDetail
from app.treasury.rules import Status
from ui.shared import format as fmt
from ui.shared.i18n import current_code, in_language
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.rows_model import Row, RowsModel
from ui.shared.runner import Op, user_message
from ui.shared.theme import Colors
from ui.treasury.approval_words import KINDS, PST_DECIMALS, channel_name, policy_text, tr_view
from ui.treasury.columns import TABLES
from ui.treasury.tabs import chain_time, check_line, stable, table, tables_tr

if TYPE_CHECKING:
    from app.services.proposal_evidence import LinesCheck, ProposalEvidence

HOLDER_HEADERS = [
    QT_TRANSLATE_NOOP("TreasuryTables", "Holder"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Tokens held"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Payout"),
]
SIGNATURE_HEADERS = [
    QT_TRANSLATE_NOOP("TreasuryTables", "Signer"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Decision"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Signed (UTC)"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Channel"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Reason"),
]


def _address_first(view: QTableView, columns: int) -> None:
    """The address column takes the room left and elides in the middle; the rest fit."""
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def _section() -> tuple[QFrame, QVBoxLayout, QLabel]:
    """A card with its heading (worded by the view's `retranslate`)."""
    card = QFrame()
    card.setObjectName("card")
    box = QVBoxLayout(card)
    box.setContentsMargins(10, 8, 10, 8)
    heading = QLabel("")
    heading.setObjectName("sectionTitle")
    heading.setStyleSheet("font-weight: 600;")
    box.addWidget(heading)
    return card, box, heading


def _text() -> QLabel:
    label = QLabel("")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class ApprovalView(Retranslating, QWidget):
    shown = Signal(object)  # the ApprovalDetail drawn (for tests and screenshots)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalView")
        self.detail: ApprovalDetail | None = None
        self.evidence: ProposalEvidence | None = None  # set by the page: checks the bank lines
        self.lines: LinesCheck | None = None  # the shown proposal's, when checked
        self._wanted: object = None
        self._empty: Callable[[], str] = self._select_one  # what the title says with no detail
        self.title = _text()
        self.title.setStyleSheet("font-size: 14px; font-weight: 600;")
        self.status = _text()
        self.status.setObjectName("muted")

        report_card, report_box, self.report_heading = _section()
        self.report = _text()
        self.bank_lines = _text()
        self.bank_lines.setObjectName("bankLines")
        report_box.addWidget(self.report)
        report_box.addWidget(self.bank_lines)
        rec_card, rec_box, self.reconciliation_heading = _section()
        self.reconciliation = _text()
        self.override_title = QLabel("")
        self.override_title.setObjectName("warning")
        self.override_signer = QLabel("")  # whether the proposer signed those words
        self.override_signer.setObjectName("muted")
        self.override = _text()
        self.override.setObjectName("overrideReasonText")
        for widget in (
            self.reconciliation,
            self.override_title,
            self.override_signer,
            self.override,
        ):
            rec_box.addWidget(widget)
        policy_card, policy_box, self.policy_heading = _section()
        self.policy = _text()
        policy_box.addWidget(self.policy)
        sig_card, sig_box, self.signatures_heading = _section()
        self.signatures_model = RowsModel(SIGNATURE_HEADERS, context=TABLES)
        self.signatures = table(self.signatures_model, "approvalSignatures")
        self.signatures.setMinimumHeight(90)
        _address_first(self.signatures, 5)
        self.no_signatures = QLabel("")
        self.no_signatures.setObjectName("muted")
        self.safes = _text()
        self.safes.setObjectName("safeApprovers")
        self.safe_progress = _text()
        self.safe_progress.setObjectName("safeProgress")
        sig_box.addWidget(self.signatures)
        sig_box.addWidget(self.no_signatures)
        sig_box.addWidget(self.safes)
        sig_box.addWidget(self.safe_progress)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 4, 0)
        for card in (report_card, rec_card, policy_card, sig_card):
            column.addWidget(card)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(left)

        payout_card, payout_box, self.payout_heading = _section()
        self.search = QLineEdit()
        self.search.setObjectName("holderSearch")
        self.search.setClearButtonEnabled(True)
        self.holders_model = RowsModel(HOLDER_HEADERS, numeric=(1, 2), context=TABLES)
        self.holders_filter = QSortFilterProxyModel(self)
        self.holders_filter.setSourceModel(self.holders_model)
        self.holders_filter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.holders_filter.setFilterKeyColumn(0)
        self.holders = table(self.holders_model, "holderPayouts")
        self.holders.setModel(self.holders_filter)
        _address_first(self.holders, 3)
        self.search.textChanged.connect(self.holders_filter.setFilterFixedString)
        self.total = _text()
        self.total.setObjectName("payoutTotal")
        payout_box.addWidget(self.search)
        payout_box.addWidget(self.holders, 1)
        payout_box.addWidget(self.total)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(payout_card)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        head = QGridLayout()
        head.addWidget(self.title, 0, 0)
        head.addWidget(self.status, 1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(split, 1)
        self.clear(self._select_one)
        self.retranslate()

    def retranslate(self) -> None:
        self.report_heading.setText(self.tr("Revenue report"))
        self.reconciliation_heading.setText(self.tr("Reconciliation"))
        self.policy_heading.setText(self.tr("Policy"))
        self.signatures_heading.setText(self.tr("Signatures so far"))
        self.signatures.setAccessibleName(self.tr("Signatures so far"))
        self.no_signatures.setText(self.tr("No signature yet."))
        self.payout_heading.setText(self.tr("Payout preview, every holder"))
        self.search.setPlaceholderText(self.tr("Search holders by address"))
        self.search.setAccessibleName(self.tr("Search holders"))
        self.holders.setAccessibleName(self.tr("Payout to every holder"))
        if self.detail is not None:  # the proposal's words, with its values
            self.show_detail(self.detail)
        else:
            self.title.setText(self._empty())
            self.override_title.setText(self.tr("The proposer's override reason"))

    def _select_one(self) -> str:
        return self.tr("Select a proposal.")

    # -- loading ----------------------------------------------------------------------------
    def load(self, key: object, work: Callable[[], ApprovalDetail]) -> None:
        """Read a proposal's detail off the GUI thread; only the last asked for is drawn."""
        self._wanted = key
        if self.detail is None or self.detail.view.id != key:
            self.status.setText(self.tr("Reading the proposal…"))
        evidence = self.evidence

        def read() -> tuple[ApprovalDetail, LinesCheck | None]:
            detail = work()
            s = detail.view.state  # the bank lines it rests on, as matched now
            lines = evidence.check(s.store_id, s.period, s.report_hash) if evidence else None
            return detail, lines

        Op(self, read).success(lambda answer: self._arrived(key, *answer)).failure(
            lambda e: self._failed(key, e)
        ).run_in_background()

    def _arrived(self, key: object, detail: ApprovalDetail, lines: LinesCheck | None) -> None:
        if key == self._wanted:
            self.lines = lines
            self.show_detail(detail)

    def _failed(self, key: object, error: BaseException) -> None:
        if key == self._wanted:
            self.status.setText(user_message(error))

    def clear(self, text: str | Callable[[], str]) -> None:
        """Show no proposal; `text` (or what words it in the current language) says why."""
        self.detail = None
        self.lines = None
        self._wanted = None
        self._empty = text if callable(text) else (lambda: text)
        self.title.setText(self._empty())
        self.status.setText("")
        for label in (
            self.report, self.bank_lines, self.reconciliation, self.override, self.policy,
            self.total,
        ):  # fmt: skip
            label.setText("")
        self.override_title.hide()
        self.override_signer.hide()
        self.override.hide()
        self.safes.hide()
        self.safe_progress.hide()
        self.signatures_model.set_items([])
        self.holders_model.set_items([])

    # -- drawing ----------------------------------------------------------------------------
    def show_detail(self, d: ApprovalDetail) -> None:
        self.detail = d
        v, s = d.view, d.view.state
        self.title.setText(
            self.tr("Proposal #{id}: {amount} sUSD to the holders of {symbol} for {period}").format(
                id=v.id, amount=stable(s.amount), symbol=v.symbol, period=v.period
            )
        )
        self.status.setText(
            self.tr("{status} · proposed by {proposer} · report hash {hash}").format(
                status=tables_tr(v.status.name.lower()),
                proposer=s.proposer,
                hash="0x" + s.report_hash.hex(),
            )
        )
        self._show_report(d)
        self._show_bank_lines(d)
        self._show_reconciliation(d)
        self.policy.setText(
            "\n".join(
                ("⚠ " if line.blocks else "✓ ") + policy_text(line, v.now) for line in d.policy
            )
        )
        self.signatures_model.set_items(
            [
                Row(
                    (sig.signer, sig.kind),
                    (
                        sig.signer,
                        tr_view(KINDS.get(sig.kind, sig.kind)),
                        chain_time(sig.signed_at) if sig.signed_at else "—",
                        channel_name(sig.channel),
                        sig.reason if sig.counts else self.tr("does not count now"),
                    ),
                    tone="bad" if sig.kind == "rejection" else None if sig.counts else "muted",
                    tip=sig.reason
                    if sig.counts
                    else in_language(sig.why)
                    if sig.why
                    else self.tr(
                        "Execute would not accept it now: the signer lost the approver role, "
                        "invalidated their signatures, or it is past its deadline."
                    ),
                )
                for sig in d.signatures
            ]
        )
        self.safes.setText(
            "\n".join(
                self.tr(
                    "Safe {address} (v{version}): {threshold} of {count} owners — {owners}"
                ).format(
                    address=safe.address,
                    version=safe.version,
                    threshold=safe.threshold,
                    count=len(safe.owners),
                    owners=", ".join(safe.owners),
                )
                for safe in d.safes
            )
        )
        # A Safe left out because its owner approved too: said in full, not only in a tip.
        doubled = ["⚠ " + in_language(sig.why) for sig in d.signatures if sig.why]
        if doubled:
            self.safes.setText("\n".join([self.safes.text(), *doubled]).strip())
        self.safes.setVisible(bool(d.safes))
        self._show_safe_progress(d)
        self.no_signatures.setVisible(not d.signatures)
        self.signatures.setVisible(bool(d.signatures))
        self._show_holders(d)
        self.shown.emit(d)

    def _show_safe_progress(self, d: ApprovalDetail) -> None:
        """Per Safe: how many owners signed their part of the threshold, and which."""
        lines = []
        for p in d.safe_progress:
            lines.append(
                self.tr("Safe {safe}: {count} of {threshold} owners signed").format(
                    safe=p.address, count=p.count, threshold=p.threshold
                )
            )
            if p.signed:
                lines.append(self.tr("✓ Signed: {owners}").format(owners=", ".join(p.signed)))
            if p.approved:
                lines.append(self.tr("The Safe's approval is recorded."))
            else:
                lines.append(
                    self.tr("Waiting for {missing} more of: {owners}").format(
                        missing=max(p.threshold - p.count, 0), owners=", ".join(p.waiting)
                    )
                )
        self.safe_progress.setText("\n".join(lines))
        self.safe_progress.setVisible(bool(lines))

    def _show_report(self, d: ApprovalDetail) -> None:
        r = d.report
        lines = []
        if r is not None:
            lines = [
                self.tr("Platform sales {sales} · bank settled {settled}").format(
                    sales=stable(r.gross_sales), settled=stable(r.settled_proceeds)
                ),
                self.tr(
                    "Routed on chain {routed} · investors' share {share} ({percent} of it)"
                ).format(
                    routed=stable(r.routed_on_chain),
                    share=stable(r.investor_share),
                    percent=fmt.basis_points(r.investor_share_bp),
                ),
                self.tr("Platform fee {fee} · merchant {merchant} · published {published}").format(
                    fee=stable(r.platform_fee),
                    merchant=stable(r.merchant_share),
                    published=fmt.date_time(r.published_at, utc=True),
                ),
            ]
        if d.report_problem:
            lines.append("⚠ " + in_language(d.report_problem))
        elif r is not None:
            lines.append(self.tr("✓ The backend serves this report under the proposal's hash."))
        self.report.setText("\n".join(lines) or self.tr("No report."))

    def _show_bank_lines(self, d: ApprovalDetail) -> None:
        """Both hashes the proposal rests on; the bank lines' as proposed and as matched now."""
        lines = self.lines
        said = [self.tr("Report hash {hash}").format(hash="0x" + d.view.state.report_hash.hex())]
        if lines is not None:
            none = self.tr("none")
            said += [
                self.tr("Bank lines hash as proposed {hash}").format(hash=lines.recorded or none),
                self.tr("Bank lines hash now {hash}").format(hash=lines.current or none),
            ]
            mark = "⚠ " if lines.flagged else "✓ " if lines.state == LinesState.UNCHANGED else ""
            said.append(mark + in_language(lines.why))
        self.bank_lines.setText("\n".join(said))
        self.bank_lines.setObjectName("fail" if lines is not None and lines.flagged else "")
        self.bank_lines.style().unpolish(self.bank_lines)
        self.bank_lines.style().polish(self.bank_lines)

    def _show_reconciliation(self, d: ApprovalDetail) -> None:
        rec = d.reconciliation
        if rec is None:
            self.reconciliation.setText(self.tr("No reconciliation for this period."))
        else:
            lines = [check_line(c) for c in rec.checks]
            if not rec.ok:
                lines.append(rec.why.text(current_code()))
            self.reconciliation.setText("\n".join(lines))
        has_reason = bool(d.override_reason)
        self.override_title.setVisible(has_reason)
        self.override.setVisible(has_reason)
        self.override_signer.setVisible(has_reason)
        if has_reason:
            self.override_signer.setText(
                self.tr("Signed by the proposer ({who})").format(who=d.override_by or "?")
                if d.override_signed  # checked against the proposal's proposer and report hash
                else self.tr("Not signed: recorded on this computer only")
            )
            self.override_title.setText(
                self.tr("The proposer's override reason ({who})").format(who=d.override_by or "?")
            )
            self.override.setText(d.override_reason or "")
        elif rec is not None and not rec.ok:
            self.override_title.setText(
                self.tr("No override reason was recorded on this computer.")
            )
            self.override_title.show()

    def _show_holders(self, d: ApprovalDetail) -> None:
        self.holders_model.set_items(
            [
                Row(h.address, (h.address, fmt.units(h.balance, PST_DECIMALS), stable(h.payout)))
                for h in d.holders
            ]
        )
        if d.preview_problem:
            self.total.setText("⚠ " + in_language(d.preview_problem))
            return
        exact = d.total_paid + d.dust == d.amount
        if d.dust >= 0:
            said = self.tr(
                "Paid to {holders}: {total}; kept in the token: {dust}; together {sum} = the "
                "amount {amount}"
            )
        else:  # fractions kept from earlier payouts make a whole unit now: paid out with this one
            said = self.tr(
                "Paid to {holders}: {total}, including {dust} the token kept from earlier "
                "payouts; less that, {sum} = the amount {amount}"
            )
        text = said.format(
            holders=self.tr("%Ln holder(s)", "", len(d.holders)),
            total=stable(d.total_paid),
            dust=self.tr("%Ln base unit(s)", "", abs(d.dust)),
            sum=stable(d.total_paid + d.dust),
            amount=stable(d.amount),
        )
        self.total.setText(("✓ " if exact else "⚠ ") + text)
        if d.view.status == Status.EXECUTED:
            self.total.setText(self.total.text() + "\n" + self.tr("As paid at the execution."))

    def set_colors(self, colors: Colors) -> None:
        self.signatures_model.set_colors(colors)
        self.holders_model.set_colors(colors)
