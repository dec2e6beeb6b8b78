"""The Treasury page's proposal tabs: the approval queue (waiting for this account) and every
proposal (history, execute, cancel), with details and why a button is disabled. They only draw
a DeskSnapshot; the page runs the work."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.treasury.views import DeskSnapshot, ProposalView
from ui.shared.i18n import current_code
from ui.shared.rows_model import Row, RowsModel
from ui.shared.theme import Colors
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
        "approve": v.cannot_approve(me)
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
        "execute": v.cannot_execute()
        or (
            ""
            if staff
            else QCoreApplication.translate("TreasuryTables", "Only treasury staff can execute.")
        ),
        "cancel": v.cannot_cancel(me, admin=roles.admin),
    }


class ProposalsTab(QWidget):
    """The queue (waiting for this account) or every proposal, with details and buttons."""

    action = Signal(str, int, str)  # kind, proposal id, note

    def __init__(self, *, queue: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        headers = PROPOSAL_HEADERS + ([] if queue else HISTORY_HEADERS)
        self.model = RowsModel(headers, numeric=(3,), context=TABLES)
        self.view = table(self.model, "approvalQueue" if queue else "proposalHistory")
        self.view.setAccessibleName(
            self.tr("Proposals waiting for my approval") if queue else self.tr("All proposals")
        )
        self.details = QLabel(self.tr("Select a proposal."))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.why = QLabel("")
        self.why.setObjectName("warning")
        self.why.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        if queue:
            self.reason = QLineEdit()
            self.reason.setAccessibleName(self.tr("Reason for rejecting"))
            self.reason.setPlaceholderText(self.tr("Reason (needed to reject)"))
            row.addWidget(self.reason, 1)
        for kind, text in (
            (("approve", self.tr("Approve")), ("reject", self.tr("Reject")))
            if queue
            else (
                ("approve", self.tr("Approve")),
                ("execute", self.tr("Execute")),
                ("cancel", self.tr("Cancel")),
            )
        ):
            button = QPushButton(text)
            button.setObjectName(f"{kind}Button")
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, k=kind: self._clicked(k))
            self.buttons[kind] = button
            row.addWidget(button)
        if not queue:
            row.insertStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        card = QFrame()
        card.setObjectName("card")
        inside = QVBoxLayout(card)
        inside.addWidget(self.details)
        layout.addWidget(self.view, 1)
        layout.addWidget(card)
        layout.addWidget(self.why)
        layout.addLayout(row)
        self._views: dict[int, ProposalView] = {}
        self._snap: DeskSnapshot | None = None
        self.report_notes: dict[int, str] = {}
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._chosen())

    def show_snapshot(self, snap: DeskSnapshot) -> None:
        self._snap = snap
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
        self.model.set_rows(rows)
        select_key(self.view, current)
        self._chosen()

    def selected(self) -> ProposalView | None:
        return self._views.get(selected_key(self.view))

    def _chosen(self) -> None:
        v, snap = self.selected(), self._snap
        if v is None or snap is None:
            self.details.setText(
                self.tr("Nothing waits for you.") if self.queue else self.tr("No proposal yet.")
            )
            self.why.setText("")
            for button in self.buttons.values():
                button.setEnabled(False)
            return
        self.details.setText(self._describe(v, snap))
        reasons = blocked_reasons(v, snap)
        for kind, button in self.buttons.items():
            button.setEnabled(not reasons[kind])
            button.setToolTip(reasons[kind])
        self.why.setText(reasons["approve"] if "approve" in self.buttons else "")

    def _describe(self, v: ProposalView, snap: DeskSnapshot) -> str:
        s = v.state
        store = next((x for x in snap.stores if x.symbol == v.symbol), None)
        row = next((p for p in store.periods if p.period == v.period), None) if store else None
        rec = row.reconciliation if row else None
        approved = ", ".join(v.approved_by) or self.tr("none yet")
        lines = [
            self.tr("Proposal #{id}: {amount} to the holders of {symbol} for {period}").format(
                id=v.id, amount=stable(s.amount), symbol=v.symbol, period=v.period
            ),
            self.tr("Proposed by {proposer}; approvals {approvals} of {threshold}: {who}").format(
                proposer=s.proposer, approvals=s.approvals, threshold=v.threshold, who=approved
            ),
            self.tr("Expires {time} ({left})").format(
                time=chain_time(s.expires_at), left=remaining(s.expires_at, snap.now)
            ),
            self.tr("Report hash {hash}").format(hash="0x" + s.report_hash.hex()),
        ]
        if row is not None and row.report is not None:
            r = row.report
            text = self.tr(
                "Report: platform sales {sales}, bank settled {settled}, routed {routed}, "
                "investors' share {share}"
            ).format(
                sales=stable(r.gross_sales),
                settled=stable(r.settled_proceeds),
                routed=stable(r.routed_on_chain),
                share=stable(r.investor_share),
            )
            if r.report_hash.lower() != "0x" + s.report_hash.hex():
                text += "  — " + self.tr("THE BACKEND'S REPORT HAS ANOTHER HASH")
            lines.append(text)
        if rec is not None:
            lines.append(
                self.tr("Reconciliation: ok")
                if rec.ok
                else self.tr("Reconciliation: {reasons}").format(
                    reasons=rec.why.text(current_code())
                )
            )
        return "\n".join(lines)

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
