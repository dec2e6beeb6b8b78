"""The Treasury page's proposal tabs: the approval queue (waiting for this account) and every
proposal (history, execute, cancel), with the approval view of the selected one and why a button
is disabled. They only draw
a DeskSnapshot; the page runs the work."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.treasury.approval_detail import ApprovalDetail
from app.treasury.views import DeskSnapshot, ProposalView
from ui.shared.i18n import in_language
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.rows_model import Row, RowsModel
from ui.shared.theme import Colors
from ui.treasury.approval_view import ApprovalView
from ui.treasury.columns import HISTORY_HEADERS, PROPOSAL_HEADERS, TABLES
from ui.treasury.tabs import (
    chain_time,
    remaining,
    select_key,
    selected_key,
    short,
    stable,
    table,
    tables_tr,
)


def proposal_cells(v: ProposalView, now: int) -> tuple[str, ...]:
    s = v.state
    expiry = (
        remaining(s.expires_at, now) if v.status.name == "PENDING" else chain_time(s.expires_at)
    )
    return (f"#{v.id}", v.symbol, v.period, stable(s.amount), tables_tr(v.status.name.lower()),
            f"{s.approvals} / {v.threshold}", short(s.proposer), expiry)  # fmt: skip


def blocked_reasons(v: ProposalView, snap: DeskSnapshot) -> dict[str, str]:
    """Per button, why this account cannot use it on this proposal ("" when it can)."""
    me, roles = snap.account, snap.roles
    staff = roles.proposer or roles.approver
    pending = v.status.name == "PENDING"
    return {
        "approve": in_language(v.cannot_approve(me))
        or (
            ""
            if roles.approver
            else QCoreApplication.translate("TreasuryTables", "You are not an approver.")
        ),
        "reject": ""
        if roles.approver and pending
        else QCoreApplication.translate(
            "TreasuryTables", "Only an approver rejects, while pending."
        ),
        "execute": in_language(v.cannot_execute())
        or (
            ""
            if staff
            else QCoreApplication.translate("TreasuryTables", "Only treasury staff can execute.")
        ),
        "cancel": in_language(v.cannot_cancel(me, admin=roles.admin)),
    }


def safe_reasons(
    v: ProposalView, snap: DeskSnapshot, detail: ApprovalDetail | None
) -> dict[str, str]:
    """Per Safe this account owns, why it cannot sign its part for the Safe's approval of this
    proposal ("" when it can); `detail`, when drawn for this proposal, knows the parts kept."""
    me = snap.account.lower()
    approved = {a.lower() for a in v.approved_by}
    reasons: dict[str, str] = {}
    for safe in snap.safes:
        progress = None
        if detail is not None and detail.view.id == v.id:
            progress = next((p for p in detail.safe_progress if p.address == safe.address), None)
        if v.status.name != "PENDING":
            reason = v.cannot_approve(snap.account)
        elif safe.address.lower() in approved or (progress is not None and progress.approved):
            reason = QCoreApplication.translate("TreasuryTables", "The Safe has approved it.")
        elif me in approved:
            reason = QCoreApplication.translate(
                "TreasuryTables",
                "You approved it yourself: a key counts once per proposal.",
            )
        elif any(o.lower() in approved for o in safe.owners):
            reason = QCoreApplication.translate(
                "TreasuryTables",
                "One of its owners approved personally: the treasury never counts a Safe beside "
                "one of its owners.",
            )
        elif progress is not None and me in {o.lower() for o in progress.signed}:
            reason = QCoreApplication.translate(
                "TreasuryTables", "You signed your part for this Safe; another owner must sign."
            )
        else:
            reason = ""
        reasons[safe.address] = reason
    return reasons


def part_given(v: ProposalView, snap: DeskSnapshot, detail: ApprovalDetail | None) -> str:
    """Why this account cannot approve personally after signing a part for a Safe ("")."""
    if detail is None or detail.view.id != v.id or detail.my_part(snap.account) is None:
        return ""
    return QCoreApplication.translate(
        "TreasuryTables",
        "Your part went to the Safe's approval: a key counts once per proposal.",
    )


class ProposalsTab(Retranslating, QWidget):
    """The queue (waiting for this account) or every proposal, with the approval view of the
    selected one and its buttons. Rows update in place, so a refresh keeps the selection."""

    action = Signal(str, int, str)  # kind, proposal id, note (a rejection's reason)
    export = Signal(int)  # "Export for signing" the proposal (air-gapped)
    import_file = Signal()  # "Import signature"
    safe_approve = Signal(int, str)  # "Approve for Safe": proposal id, the Safe's address

    def __init__(self, queue: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        headers = PROPOSAL_HEADERS + ([] if queue else HISTORY_HEADERS)
        self.model = RowsModel(headers, numeric=(3,), context=TABLES)
        self.view = table(self.model, "approvalQueue" if queue else "proposalHistory")
        self.approval = ApprovalView()
        # (proposal) -> the work that reads its detail; set by the page
        self.loader: Callable[[ProposalView], Callable[[], ApprovalDetail]] | None = None
        self.why = QLabel("")
        self.why.setObjectName("warning")
        self.why.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        if queue:
            self.reason = QLineEdit()
            row.addWidget(self.reason, 1)
        for kind in ("approve", "reject") if queue else ("approve", "execute", "cancel"):
            button = QPushButton()
            button.setObjectName(f"{kind}Button")
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, k=kind: self._clicked(k))
            self.buttons[kind] = button
            row.addWidget(button)
        # "Approve for Safe 0x…": one button per approver Safe the account owns, after Approve
        self.safe_buttons: dict[str, QPushButton] = {}
        self._row = row
        if not queue:
            row.insertStretch(0, 1)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._export)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.import_file.emit)
        row.insertWidget(0, self.import_button)
        row.insertWidget(0, self.export_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.approval)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([150, 450])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(split, 1)
        layout.addWidget(self.why)
        layout.addLayout(row)
        self._views: dict[int, ProposalView] = {}
        self._snap: DeskSnapshot | None = None
        self._drawn: tuple[object, ...] | None = None  # what the approval view was loaded for
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.approval.shown.connect(lambda _d: self._enable())
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(
            self.tr("Proposals waiting for my approval") if self.queue else self.tr("All proposals")
        )
        if self.queue:
            self.reason.setAccessibleName(self.tr("Reason for rejecting"))
            self.reason.setPlaceholderText(self.tr("Reason (needed to reject)"))
        words = {
            "approve": self.tr("Approve"),
            "reject": self.tr("Reject"),
            "execute": self.tr("Execute"),
            "cancel": self.tr("Cancel"),
        }
        for kind, button in self.buttons.items():
            button.setText(words[kind])
        self._word_safe_buttons()
        self.export_button.setText(self.tr("Export for signing…"))
        self.export_button.setToolTip(
            self.tr("A file and a QR code an approver signs on an offline machine")
        )
        self.import_button.setText(self.tr("Import signature…"))
        if self._snap is not None:  # statuses, times left and why a button is disabled
            self.show_snapshot(self._snap)

    def show_snapshot(self, snap: DeskSnapshot) -> None:
        self._snap = snap
        self._safe_buttons(snap)
        current = selected_key(self.view)
        views: Sequence[ProposalView] = snap.queue if self.queue else snap.proposals
        self._views = {v.id: v for v in views}
        rows = []
        for v in views:
            cells = proposal_cells(v, snap.now)
            if not self.queue:
                cells += (short(v.tx_hashes.get("proposed", "")),
                          short(v.tx_hashes.get("executed", "")))  # fmt: skip
            tone = {"EXPIRED": "muted", "REJECTED": "muted", "CANCELLED": "muted"}
            rows.append(Row(v.id, cells, tone.get(v.status.name)))
        self.model.set_items(rows)
        if selected_key(self.view) is None:
            select_key(self.view, current)
        self._chosen()

    def _safe_buttons(self, snap: DeskSnapshot) -> None:
        """One "Approve for Safe 0x…" button per approver Safe the account owns."""
        wanted = [s.address for s in snap.safes]
        if list(self.safe_buttons) == wanted:
            return
        for button in self.safe_buttons.values():
            self._row.removeWidget(button)
            button.deleteLater()
        self.safe_buttons = {}
        at = self._row.indexOf(self.buttons["approve"]) + 1
        for offset, safe in enumerate(wanted):
            button = QPushButton()
            button.setObjectName("safeApproveButton")
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, a=safe: self._safe_clicked(a))
            self.safe_buttons[safe] = button
            self._row.insertWidget(at + offset, button)
        self._word_safe_buttons()

    def _word_safe_buttons(self) -> None:
        for safe, button in self.safe_buttons.items():
            button.setText(self.tr("Approve for Safe {safe}").format(safe=short(safe)))
            button.setAccessibleName(self.tr("Approve for Safe {safe}").format(safe=safe))

    def selected(self) -> ProposalView | None:
        return self._views.get(selected_key(self.view))

    def _chosen(self) -> None:
        v, snap = self.selected(), self._snap
        if v is None or snap is None:
            self._drawn = None
            self.approval.clear(self._nothing)
            self.why.setText("")
            for button in (*self.buttons.values(), *self.safe_buttons.values()):
                button.setEnabled(False)
            self.export_button.setEnabled(False)
            return
        self._enable()
        # An override reason arriving from the proposer (through the API) is news too.
        overrides = sum(1 for e in snap.audit if e.kind == "override")
        drawn = (v.id, v.state, v.status, v.approved_by, snap.account, overrides)
        if drawn != self._drawn and self.loader is not None:
            self._drawn = drawn
            self.approval.load(v.id, self.loader(v))

    def _enable(self) -> None:
        """Each button enabled or not, with why not, for the selected proposal (the approval
        view's detail, once drawn for it, adds the Safes' parts kept on this desk)."""
        v, snap = self.selected(), self._snap
        if v is None or snap is None:
            return
        detail = self.approval.detail
        reasons = blocked_reasons(v, snap)
        reasons["approve"] = reasons["approve"] or part_given(v, snap, detail)
        self.export_button.setEnabled(v.status.name == "PENDING")
        for kind, button in self.buttons.items():
            button.setEnabled(not reasons[kind])
            button.setToolTip(reasons[kind])
        for safe, reason in safe_reasons(v, snap, detail).items():
            safe_button = self.safe_buttons.get(safe)
            if safe_button is not None:
                safe_button.setEnabled(not reason)
                safe_button.setToolTip(reason or safe)
        self.why.setText(reasons["approve"] if "approve" in self.buttons else "")

    def redraw(self) -> None:
        """Read the selected proposal's detail again at the next snapshot (what the chain's
        state does not show changed: an owner's part kept on this desk)."""
        self._drawn = None

    def _safe_clicked(self, safe: str) -> None:
        v = self.selected()
        if v is not None:
            self.safe_approve.emit(v.id, safe)

    def _nothing(self) -> str:
        return self.tr("Nothing waits for you.") if self.queue else self.tr("No proposal yet.")

    def _export(self) -> None:
        v = self.selected()
        if v is not None:
            self.export.emit(v.id)

    def _clicked(self, kind: str) -> None:
        v = self.selected()
        if v is None:
            return
        note = self.reason.text().strip() if self.queue else ""
        if kind == "reject" and not note:
            self.why.setText(self.tr("Write why you reject it first."))
            self.reason.setFocus()
            return
        self.action.emit(kind, v.id, note)

    def set_colors(self, colors: Colors) -> None:
        self.model.set_colors(colors)
        self.approval.set_colors(colors)
