"""The Treasury page's tables: the helpers its tabs share (amounts, addresses, times, a table
view keyed by row) and the stores tab with their reconciled periods. The proposal tabs are in
ui/treasury/proposals.py, the audit trail in ui/treasury/audit.py. They only draw a
DeskSnapshot; the page runs the work."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.treasury.reconcile import Check
from app.treasury.views import DeskSnapshot, PeriodRow, StoreOverview
from ui.shared import format as fmt
from ui.shared.i18n import current_code, in_language
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.keyed_model import KEY_ROLE
from ui.shared.rows_model import Row, RowsModel
from ui.shared.theme import Colors
from ui.treasury.columns import (
    BAND_LINE,
    CHECK_NAMES,
    PERIOD_HEADERS,
    STORE_HEADERS,
    TABLES,
)

# The two sides of a reconciliation check (app.treasury.reconcile's labels), in a few words.
SIDES = {
    "bank settlement": QT_TRANSLATE_NOOP("TreasuryTables", "settled"),
    "routed on chain": QT_TRANSLATE_NOOP("TreasuryTables", "routed"),
    "routed per report": QT_TRANSLATE_NOOP("TreasuryTables", "the report"),
    "split of routed revenue": QT_TRANSLATE_NOOP("TreasuryTables", "the split"),
    "investors' share per report": QT_TRANSLATE_NOOP("TreasuryTables", "the report's share"),
    "credited to the treasury": QT_TRANSLATE_NOOP("TreasuryTables", "credited"),
    "platform sales": QT_TRANSLATE_NOOP("TreasuryTables", "sales"),
}
LESS_THAN = QT_TRANSLATE_NOOP("TreasuryTables", "{observed} {percent} less than {expected}")
MORE_THAN = QT_TRANSLATE_NOOP("TreasuryTables", "{observed} {percent} more than {expected}")


def tables_tr(text: str) -> str:
    return QCoreApplication.translate(TABLES, text)


def check_line(check: Check) -> str:
    """One reconciliation check as a line: ✓ or ⚠, its name, the two figures and how they
    differ (a ratio check: the ratio and the band it must lie in)."""
    mark = "⚠" if check.flagged else "✓"
    name = tables_tr(CHECK_NAMES.get(check.name, check.name))
    ratio = check.ratio_bp
    if check.band_bp is not None and ratio is not None:
        low, high = check.band_bp
        said = tables_tr(BAND_LINE).format(
            observed=stable(check.observed),
            expected=stable(check.expected),
            ratio=fmt.basis_points(ratio),
            low=fmt.basis_points(low),
            high=fmt.basis_points(high),
        )
        return f"{mark} {name}: {said}"
    figures = f"{stable(check.observed)} vs {stable(check.expected)}"
    words = how_far(check)
    return f"{mark} {name}: {figures} ({stable(check.difference)}{'; ' + words if words else ''})"


def how_far(check: Check) -> str:
    """How far the observed side is from the expected, as a percentage in plain words
    ("routed 100.00% less than settled"); "" when there is nothing to compare with."""
    bp = check.difference_bp
    if bp is None or bp == 0:
        return ""
    said = LESS_THAN if bp < 0 else MORE_THAN
    return tables_tr(said).format(
        observed=tables_tr(SIDES.get(check.observed_label, check.observed_label)),
        percent=fmt.basis_points(abs(bp)),
        expected=tables_tr(SIDES.get(check.expected_label, check.expected_label)),
    )


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
    return rows[0].data(KEY_ROLE) if rows else None


def select_key(view: QTableView, key: Any) -> None:
    model = view.model()
    for number in range(model.rowCount()):
        if model.index(number, 0).data(KEY_ROLE) == key:
            view.selectRow(number)
            return
    if model.rowCount():
        view.selectRow(0)


def period_row(row: PeriodRow) -> Row:
    rec = row.reconciliation
    report = row.report
    problem = in_language(row.problem) if row.problem else ""  # a Phrase from the core
    if rec is None:
        status, tone = (
            problem or QCoreApplication.translate("TreasuryTables", "no report"),
            "muted",
        )
    elif problem:
        status, tone = re.split(r"[.。]", problem)[0], "bad"
    elif rec.ok:
        status, tone = QCoreApplication.translate("TreasuryTables", "ok"), None
    else:
        checks = ", ".join(tables_tr(CHECK_NAMES.get(c.name, c.name)) for c in rec.flagged)
        status = QCoreApplication.translate("TreasuryTables", "difference: {checks}").format(
            checks=checks
        )
        tone = "bad"
    language = current_code()
    reasons = [c.why.text(language) for c in rec.flagged if c.why] if rec else []
    reasons += [problem] if problem else []
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


class StoresTab(Retranslating, QWidget):
    propose = Signal(str, str)  # symbol, period

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stores_model = RowsModel(STORE_HEADERS, numeric=(2, 3, 4, 5), context=TABLES)
        self.periods_model = RowsModel(PERIOD_HEADERS, numeric=(1, 2, 3, 4, 5), context=TABLES)
        self.stores = table(self.stores_model, "treasuryStores")
        self.periods = table(self.periods_model, "treasuryPeriods")
        self.stores.horizontalHeader().setStretchLastSection(False)
        self.reasons = QLabel("")
        self.reasons.setObjectName("muted")
        self.reasons.setWordWrap(True)
        self.propose_button = QPushButton()
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
        self._shown: tuple[DeskSnapshot, int] | None = None  # the snapshot and tolerance drawn
        self.stores.selectionModel().selectionChanged.connect(lambda *_: self._store_chosen())
        self.periods.selectionModel().selectionChanged.connect(lambda *_: self._period_chosen())
        self.propose_button.clicked.connect(self._propose)
        self.retranslate()

    def retranslate(self) -> None:
        self.stores.setAccessibleName(self.tr("Stores"))
        self.periods.setAccessibleName(self.tr("Periods of the selected store"))
        self.propose_button.setText(self.tr("Propose distribution…"))
        if self._shown is not None:
            self._say_limits(*self._shown)
            self._store_chosen()  # the periods' statuses and reasons are worded when drawn

    def _say_limits(self, snap: DeskSnapshot, tolerance_bp: int) -> None:
        self.tolerance.setText(
            self.tr(
                "Differences beyond {tolerance} (settings: reconciliation tolerance) are "
                "highlighted."
            ).format(tolerance=fmt.basis_points(tolerance_bp))
        )
        self.propose_button.setToolTip(
            "" if snap.roles.proposer else self.tr("Your account does not hold the proposer role.")
        )

    def show_snapshot(self, snap: DeskSnapshot, tolerance_bp: int) -> None:
        self._shown = (snap, tolerance_bp)
        current = selected_key(self.stores)
        self._stores = {s.symbol: s for s in snap.stores}
        rows = []
        for s in snap.stores:
            flagged = sum(1 for p in s.periods if p.reconciliation and not p.reconciliation.ok)
            rows.append(Row(s.symbol, (s.symbol, short(s.store_hex), stable(s.pending),
                                       stable(s.cap_per_period), str(len(s.periods)),
                                       str(flagged) if flagged else "—"),
                            tone="bad" if flagged else None,
                            tip=in_language(s.report_error)))  # fmt: skip
        self.stores_model.set_items(rows)
        select_key(self.stores, current)
        self._store_chosen()  # the same store stays selected: its periods are new all the same
        self.propose_button.setEnabled(snap.roles.proposer)
        self._say_limits(snap, tolerance_bp)

    def _store_chosen(self) -> None:
        store = self._stores.get(selected_key(self.stores))
        current = selected_key(self.periods)
        self.periods_model.set_items([period_row(p) for p in store.periods] if store else [])
        select_key(self.periods, current)
        self._period_chosen()

    def _period_chosen(self) -> None:
        number = self.periods.selectionModel().selectedRows()
        row = self.periods_model.item(number[0].row()) if number else None
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
