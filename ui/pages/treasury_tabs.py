"""The Treasury page's tabs: stores with their reconciled periods, the approval queue, every
proposal (history, execute, cancel) and the audit trail. They only draw a DeskSnapshot; the page
runs the work."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from ui import format as fmt
from ui.models.rows import KEY, Row, RowsModel
from ui.pages.treasury_columns import (
    CHECK_NAMES,
    HISTORY_HEADERS,
    PERIOD_HEADERS,
    PROPOSAL_HEADERS,
    STORE_HEADERS,
    TABLES,
)
from ui.theme import Colors


def _tr(text: str) -> str:
    return QCoreApplication.translate(TABLES, text)


def stable(units: int | None) -> str:
    """Stablecoin base units (6 decimals): cents when exact, every digit otherwise."""
    if units is None:
        return "—"
    places = 2 if units % 10_000 == 0 else 6
    return fmt.decimal_text(Decimal(units).scaleb(-6), places)


def short(address: str) -> str:
    return f"{address[:6]}…{address[-4:]}" if len(address) > 12 else address


def chain_time(timestamp: int) -> str:
    return fmt.timestamp(timestamp)


def remaining(expires_at: int, now: int) -> str:
    left = expires_at - now
    if left <= 0:
        return QCoreApplication.translate("TreasuryTables", "expired")
    days, rest = divmod(left, 86_400)
    if days:
        text = QCoreApplication.translate("TreasuryTables", "{days} d {hours} h left")
    else:
        text = QCoreApplication.translate("TreasuryTables", "{hours} h {minutes} min left")
    return text.format(days=days, hours=rest // 3600, minutes=rest % 3600 // 60)


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
        status, tone = (
            row.problem or QCoreApplication.translate("TreasuryTables", "no report"),
            "muted",
        )
    elif row.problem:
        status, tone = row.problem.split(".")[0], "bad"
    elif rec.ok:
        status, tone = QCoreApplication.translate("TreasuryTables", "ok"), None
    else:
        checks = ", ".join(_tr(CHECK_NAMES.get(c.name, c.name)) for c in rec.flagged)
        status = QCoreApplication.translate("TreasuryTables", "difference: {checks}").format(
            checks=checks
        )
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
        self.stores_model = RowsModel(STORE_HEADERS, numeric=(2, 3, 4, 5), context=TABLES)
        self.periods_model = RowsModel(PERIOD_HEADERS, numeric=(1, 2, 3, 4, 5), context=TABLES)
        self.stores = table(self.stores_model, "treasuryStores")
        self.stores.setAccessibleName(self.tr("Stores"))
        self.periods = table(self.periods_model, "treasuryPeriods")
        self.periods.setAccessibleName(self.tr("Periods of the selected store"))
        self.stores.horizontalHeader().setStretchLastSection(False)
        self.reasons = QLabel("")
        self.reasons.setObjectName("muted")
        self.reasons.setWordWrap(True)
        self.propose_button = QPushButton(self.tr("Propose distribution…"))
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
            self.tr(
                "Differences beyond {tolerance_bp} bp (settings: reconciliation "
                "tolerance) are highlighted."
            ).format(tolerance_bp=tolerance_bp)
        )
        self.propose_button.setEnabled(snap.roles.proposer)
        self.propose_button.setToolTip(
            "" if snap.roles.proposer else self.tr("Your account does not hold the proposer role.")
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
            self.reasons.setText(
                self.tr("{key}: the three sources agree within the tolerance.").format(key=row.key)
            )
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
    return (f"#{v.id}", v.symbol, v.period, stable(s.amount), _tr(v.status.name.lower()),
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
                else self.tr("Reconciliation: {reasons}").format(reasons=" ".join(rec.reasons))
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
