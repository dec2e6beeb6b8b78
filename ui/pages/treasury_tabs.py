"""The Treasury page's tabs: stores with their reconciled periods, the approval queue, every
proposal (history, execute, cancel) and the audit trail. They only draw a DeskSnapshot; the page
runs the work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.treasury.views import DeskSnapshot, PeriodRow, ProposalView, StoreOverview
from ui.models.rows import KEY, Row, RowsModel
from ui.theme import Colors

CHECK_NAMES = {
    "settled_vs_routed": "settled ≠ routed",
    "report_vs_chain": "report ≠ chain",
    "investor_share": "investors' share",
    "platform_vs_settled": "sales vs settled",
}


def stable(units: int | None) -> str:
    """Stablecoin base units (6 decimals): cents when exact, every digit otherwise."""
    if units is None:
        return "—"
    places = 2 if units % 10_000 == 0 else 6
    return f"{Decimal(units).scaleb(-6):,.{places}f}"


def short(address: str) -> str:
    return f"{address[:6]}…{address[-4:]}" if len(address) > 12 else address


def chain_time(timestamp: int) -> str:
    return f"{dt.datetime.fromtimestamp(timestamp, dt.UTC):%Y-%m-%d %H:%M} UTC"


def remaining(expires_at: int, now: int) -> str:
    left = expires_at - now
    if left <= 0:
        return "expired"
    days, rest = divmod(left, 86_400)
    return (
        f"{days} d {rest // 3600} h left"
        if days
        else f"{rest // 3600} h {rest % 3600 // 60} min left"
    )


def table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def selected_key(view: QTableView) -> Any:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].data(KEY) if rows else None


def select_key(view: QTableView, key: Any) -> None:
    model = view.model()
    for number in range(model.rowCount()):
        if model.index(number, 0).data(KEY) == key:
            view.selectRow(number)
            return
    if model.rowCount():
        view.selectRow(0)


def period_row(row: PeriodRow) -> Row:
    rec = row.reconciliation
    report = row.report
    if rec is None:
        status, tone = row.problem or "no report", "muted"
    elif row.problem:
        status, tone = row.problem.split(".")[0], "bad"
    elif rec.ok:
        status, tone = "ok", None
    else:
        status = "difference: " + ", ".join(CHECK_NAMES.get(c.name, c.name) for c in rec.flagged)
        tone = "bad"
    reasons = (rec.reasons if rec else []) + ([row.problem] if row.problem else [])
    return Row(
        key=row.period,
        cells=(
            row.period,
            stable(report.gross_sales) if report else "—",
            stable(report.settled_proceeds) if report else "—",
            stable(row.routed),
            stable(row.credited),
            stable(report.investor_share) if report else "—",
            status,
            f"#{row.proposal_id}" if row.proposal_id else "",
        ),
        tone=tone,
        tip="\n".join(reasons),
    )


class StoresTab(QWidget):
    propose = Signal(str, str)  # symbol, period

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stores_model = RowsModel(["Token", "Store id", "Pending for investors",
                                       "Cap per period", "Periods", "Differences"],
                                      numeric=(2, 3, 4, 5))  # fmt: skip
        self.periods_model = RowsModel(["Period", "Platform sales", "Bank settled",
                                        "Routed on chain", "Credited to treasury",
                                        "Investors' share", "Reconciliation", "Paid by"],
                                       numeric=(1, 2, 3, 4, 5))  # fmt: skip
        self.stores = table(self.stores_model, "treasuryStores")
        self.periods = table(self.periods_model, "treasuryPeriods")
        self.stores.horizontalHeader().setStretchLastSection(False)
        self.reasons = QLabel("")
        self.reasons.setObjectName("muted")
        self.reasons.setWordWrap(True)
        self.propose_button = QPushButton("Propose distribution…")
        self.propose_button.setObjectName("proposeButton")
        self.tolerance = QLabel("")
        self.tolerance.setObjectName("muted")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.stores)
        lower = QWidget()
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.periods, 1)
        box.addWidget(self.reasons)
        row = QHBoxLayout()
        row.addWidget(self.tolerance, 1)
        row.addWidget(self.propose_button)
        box.addLayout(row)
        split.addWidget(lower)
        split.setSizes([160, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(split)
        self._stores: dict[str, StoreOverview] = {}
        self.stores.selectionModel().selectionChanged.connect(lambda *_: self._store_chosen())
        self.periods.selectionModel().selectionChanged.connect(lambda *_: self._period_chosen())
        self.propose_button.clicked.connect(self._propose)

    def show_snapshot(self, snap: DeskSnapshot, tolerance_bp: int) -> None:
        current = selected_key(self.stores)
        self._stores = {s.symbol: s for s in snap.stores}
        rows = []
        for s in snap.stores:
            flagged = sum(1 for p in s.periods if p.reconciliation and not p.reconciliation.ok)
            rows.append(Row(s.symbol, (s.symbol, short(s.store_hex), stable(s.pending),
                                       stable(s.cap_per_period), str(len(s.periods)),
                                       str(flagged) if flagged else "—"),
                            tone="bad" if flagged else None, tip=s.report_error))  # fmt: skip
        self.stores_model.set_rows(rows)
        select_key(self.stores, current)
        self.tolerance.setText(
            f"Differences beyond {tolerance_bp} bp (settings: reconciliation tolerance) are "
            "highlighted."
        )
        self.propose_button.setEnabled(snap.roles.proposer)
        self.propose_button.setToolTip(
            "" if snap.roles.proposer else "Your account does not hold the proposer role."
        )

    def _store_chosen(self) -> None:
        store = self._stores.get(selected_key(self.stores))
        current = selected_key(self.periods)
        self.periods_model.set_rows([period_row(p) for p in store.periods] if store else [])
        select_key(self.periods, current)

    def _period_chosen(self) -> None:
        number = self.periods.selectionModel().selectedRows()
        row = self.periods_model.row(number[0].row()) if number else None
        if row is not None and not row.tip and row.tone is None:
            self.reasons.setText(f"{row.key}: the three sources agree within the tolerance.")
        else:
            self.reasons.setText(row.tip if row else "")

    def _propose(self) -> None:
        self.propose.emit(selected_key(self.stores) or "", selected_key(self.periods) or "")

    def set_colors(self, colors: Colors) -> None:
        self.stores_model.set_colors(colors)
        self.periods_model.set_colors(colors)


def proposal_cells(v: ProposalView, now: int) -> tuple[str, ...]:
    s = v.state
    expiry = (
        remaining(s.expires_at, now) if v.status.name == "PENDING" else chain_time(s.expires_at)
    )
    return (f"#{v.id}", v.symbol, v.period, stable(s.amount), v.status.name.lower(),
            f"{s.approvals} / {v.threshold}", short(s.proposer), expiry)  # fmt: skip


def blocked_reasons(v: ProposalView, snap: DeskSnapshot) -> dict[str, str]:
    """Per button, why this account cannot use it on this proposal ("" when it can)."""
    me, roles = snap.account, snap.roles
    staff = roles.proposer or roles.approver
    pending = v.status.name == "PENDING"
    return {
        "approve": v.cannot_approve(me) or ("" if roles.approver else "You are not an approver."),
        "reject": "" if roles.approver and pending else "Only an approver rejects, while pending.",
        "execute": v.cannot_execute() or ("" if staff else "Only treasury staff can execute."),
        "cancel": v.cannot_cancel(me, admin=roles.admin),
    }


PROPOSAL_HEADERS = ["#", "Token", "Period", "Amount", "Status", "Approvals", "Proposer", "Expiry"]


class ProposalsTab(QWidget):
    """The queue (waiting for this account) or every proposal, with details and buttons."""

    action = Signal(str, int, str)  # kind, proposal id, note

    def __init__(self, *, queue: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        headers = PROPOSAL_HEADERS + ([] if queue else ["Proposed tx", "Executed tx"])
        self.model = RowsModel(headers, numeric=(3,))
        self.view = table(self.model, "approvalQueue" if queue else "proposalHistory")
        self.details = QLabel("Select a proposal.")
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
            self.reason.setPlaceholderText("Reason (needed to reject)")
            row.addWidget(self.reason, 1)
        for kind, text in (
            (("approve", "Approve"), ("reject", "Reject"))
            if queue
            else (("approve", "Approve"), ("execute", "Execute"), ("cancel", "Cancel"))
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
            self.details.setText("Nothing waits for you." if self.queue else "No proposal yet.")
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
        lines = [
            f"Proposal #{v.id}: {stable(s.amount)} to the holders of {v.symbol} for {v.period}",
            f"Proposed by {s.proposer}; approvals {s.approvals} of {v.threshold}: "
            + (", ".join(v.approved_by) or "none yet"),
            f"Expires {chain_time(s.expires_at)} ({remaining(s.expires_at, snap.now)})",
            f"Report hash 0x{s.report_hash.hex()}",
        ]
        if row is not None and row.report is not None:
            r = row.report
            lines.append(
                f"Report: platform sales {stable(r.gross_sales)}, bank settled "
                f"{stable(r.settled_proceeds)}, routed {stable(r.routed_on_chain)}, investors' "
                f"share {stable(r.investor_share)}"
                + (
                    ""
                    if r.report_hash.lower() == "0x" + s.report_hash.hex()
                    else "  — THE BACKEND'S REPORT HAS ANOTHER HASH"
                )  # fmt: skip
            )
        if rec is not None:
            lines.append(
                "Reconciliation: ok" if rec.ok else "Reconciliation: " + " ".join(rec.reasons)
            )
        return "\n".join(lines)

    def _clicked(self, kind: str) -> None:
        v = self.selected()
        if v is None:
            return
        note = self.reason.text().strip() if self.queue else ""
        if kind == "reject" and not note:
            self.why.setText("Write why you reject it first.")
            self.reason.setFocus()
            return
        self.action.emit(kind, v.id, note)

    def set_colors(self, colors: Colors) -> None:
        self.model.set_colors(colors)
