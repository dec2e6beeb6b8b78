"""The Treasury page's reconciliation: each store's status by month, drilled down to the
matched groups and the unmatched items (with reasons in plain words), the store's business days
on a chart, and statement import (from the bank or a file) with a progress bar and Cancel.

It draws a MatchResult from app.bank; the work (import, matching) runs through `source`, an
app.bank.reconciliation.ReconciliationDesk, off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.bank.alerts import ALERTING, alert_of
from app.bank.matching import Difference, MatchResult, Resolution, Status
from app.bank.store import ImportResult
from app.errors.catalog import render
from ui.shared import format as fmt
from ui.shared.columns import fix_widths
from ui.shared.file_dialogs import open_file
from ui.shared.i18n import current_code
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.rows_model import Row, RowsModel
from ui.shared.runner import Op, Report, user_message
from ui.shared.theme import LIGHT, Colors
from ui.treasury.reconciliation_chart import DailyFlowsChart
from ui.treasury.reconciliation_resolve import Resolve, ResolveDialog, SettlingByHand
from ui.treasury.reconciliation_words import (
    CONTEXT,
    DIFFERENCE_HEADERS,
    GROUP_HEADERS,
    REASON_WORDS,
    RESOLVED_WORDS,
    STATUS_HEADERS,
    STATUS_WORDS,
    dollars,
    tr,
)
from ui.treasury.tabs import select_key, selected_key, table

if TYPE_CHECKING:
    from app.bank.reconciliation import ReconciliationDesk

LIVE_MS = 20_000


class ReconciliationTab(Retranslating, SettlingByHand, QWidget):
    def __init__(
        self,
        source: ReconciliationDesk | None = None,
        parent: QWidget | None = None,
        actor: Callable[[], str] = lambda: "",
    ) -> None:
        """`actor()`: the account a hand match or write-off is recorded under."""
        super().__init__(parent)
        self.source = source
        self.actor = actor
        self.resolve_dialog: ResolveDialog | None = None  # the one open, for tests
        self.result: MatchResult | None = None
        self._cancel = threading.Event()
        self._busy = False
        self._summary: Callable[[], str] | None = None  # what words the summary again
        self._steps: tuple[int, int] | None = None  # statements imported of how many
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importFromBank")
        self.file_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.hide()
        self.status_model = RowsModel(STATUS_HEADERS, numeric=(4, 5, 6), context=CONTEXT)
        self.statuses = table(self.status_model, "reconciliationStatuses")
        self.difference_model = RowsModel(DIFFERENCE_HEADERS, numeric=(3, 4), context=CONTEXT)
        self.differences = table(self.difference_model, "reconciliationDifferences")
        self.group_model = RowsModel(GROUP_HEADERS, numeric=(1, 2), context=CONTEXT)
        self.groups = table(self.group_model, "reconciliationGroups")
        self.chart = DailyFlowsChart(LIGHT)
        self.detail = QLabel("")
        self.detail.setObjectName("muted")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.match_button = QPushButton()
        self.match_button.setObjectName("matchByHand")
        self.write_off_button = QPushButton()
        self.write_off_button.setObjectName("writeOff")
        for button in (self.match_button, self.write_off_button):
            button.setEnabled(False)  # until an open item is selected

        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.progress)
        head.addWidget(self.cancel_button)
        head.addWidget(self.import_button)
        head.addWidget(self.file_button)
        self.unmatched_title = QLabel("")
        self.unmatched_title.setStyleSheet("font-weight: 600;")
        self.matched_title = QLabel("")
        self.matched_title.setStyleSheet("font-weight: 600;")
        drill = QWidget()
        column = QVBoxLayout(drill)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.unmatched_title)
        column.addWidget(self.differences, 2)
        column.addWidget(self.detail)
        settle = QHBoxLayout()
        settle.addStretch(1)
        settle.addWidget(self.match_button)
        settle.addWidget(self.write_off_button)
        column.addLayout(settle)
        column.addWidget(self.matched_title)
        column.addWidget(self.groups, 3)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(drill)
        lower.addWidget(self.chart)
        lower.setSizes([640, 520])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.statuses)
        split.addWidget(lower)
        split.setSizes([220, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(head)
        layout.addWidget(split, 1)

        self.statuses.selectionModel().selectionChanged.connect(lambda *_: self._status_chosen())
        self.differences.selectionModel().selectionChanged.connect(
            lambda *_: self._difference_chosen()
        )
        self.import_button.clicked.connect(self.import_from_bank)
        self.file_button.clicked.connect(self._ask_file)
        self.cancel_button.clicked.connect(self._cancel.set)
        self.match_button.clicked.connect(lambda: self.ask_resolve(Resolve.MATCH))
        self.write_off_button.clicked.connect(lambda: self.ask_resolve(Resolve.WRITE_OFF))
        self.import_button.setEnabled(source is not None and source.bank is not None)
        self.file_button.setEnabled(source is not None)
        # Live: with a bank, import what it booked since and match again every little while.
        self._live = QTimer(self, interval=LIVE_MS)
        self._live.timeout.connect(self.refresh)
        self.retranslate()
        if source is not None and source.bank is not None:
            self._live.start()
            QTimer.singleShot(0, self.refresh)

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import statements from the bank"))
        self.file_button.setText(self.tr("Import a statement file…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.match_button.setText(self.tr("Match by hand…"))
        self.match_button.setToolTip(
            self.tr("Match the selected item with its counterpart (recorded in the audit trail)")
        )
        self.write_off_button.setText(self.tr("Write off…"))
        self.write_off_button.setToolTip(
            self.tr("Write the selected item off with a reason (recorded in the audit trail)")
        )
        # widths fixed (not re-fitted on each refresh); the words and the hash take the room
        fix_widths(self.statuses, (9, 11, 8, 22, 6, 6, 6), stretch=3)
        fix_widths(self.differences, (11, 30, 20, 11, 11), stretch=1)
        fix_widths(self.groups, (11, 6, 11, 66), stretch=3)
        self.statuses.setAccessibleName(self.tr("Each store's status by month"))
        self.differences.setAccessibleName(self.tr("Unmatched items"))
        self.groups.setAccessibleName(self.tr("Matched groups"))
        self.unmatched_title.setText(self.tr("Unmatched items"))
        self.matched_title.setText(self.tr("Matched groups"))
        summary = self._summary  # an import's or a failure's words outlive the redraw
        if self.result is not None:  # statuses, reasons and titles are worded when drawn
            self.show_result(self.result)  # in place: the selected rows stay selected
        if summary is not None:
            self._say(summary)
        if self._steps is not None:
            self._step(self._steps)

    def _say(self, summary: Callable[[], str]) -> None:
        """The summary line, worded again after a change of language."""
        self._summary = summary
        self.summary.setText(summary())

    # -- drawing --------------------------------------------------------------------------
    def show_result(self, result: MatchResult) -> None:
        self.result = result
        current = selected_key(self.statuses)
        statuses = result.statuses()
        rows = []
        for s in statuses:
            tone = {Status.DIFFERENCES: "bad", Status.PENDING: "muted"}.get(s.status)
            rows.append(
                Row(
                    (s.account, s.period),
                    (s.symbol, s.account, s.period, tr(STATUS_WORDS[s.status]),
                     str(s.matched), str(s.differences) if s.differences else "—",
                     str(s.pending) if s.pending else "—"),
                    tone=tone,
                )
            )  # fmt: skip
        self.status_model.set_items(rows)
        bad = {(s.account) for s in statuses if s.status is Status.DIFFERENCES}
        stores = {s.account for s in statuses}
        self._say(
            lambda: self.tr(
                "As of {date}: {matched} of {stores} stores fully matched; {differences} "
                "difference(s) to look at, {resolved} settled by hand."
            ).format(
                date=fmt.date(result.as_of),
                matched=len(stores - bad),
                stores=len(stores),
                differences=len(result.differences),
                resolved=len(result.resolved),
            )
        )
        first_bad = next((r.key for r in rows if r.tone == "bad"), None)
        select_key(self.statuses, current or first_bad)
        self._status_chosen()  # the same row may stay selected: what it shows is new

    def _status_chosen(self) -> None:
        key = selected_key(self.statuses)
        result = self.result
        if result is None or key is None:
            return
        account, period = key
        differences = [d for d in result.differences if d.account == account]
        shown = [d for d in differences if d.period == period]
        resolved = [r for r in result.resolved if r[0].account == account and r[0].period == period]
        self.difference_model.set_items(
            [self._difference_row(d) for d in shown] + [self._resolved_row(*r) for r in resolved]
        )
        groups = [g for g in result.groups if g.account == account and g.period == period]
        self.group_model.set_items(
            [
                Row(
                    (g.account, g.value_date),
                    (fmt.date(g.value_date), str(len(g.settlements)), dollars(g.amount),
                     g.tx_hash or "—"),
                    tip=g.tx_hash or "",
                )
                for g in groups
            ]
        )  # fmt: skip
        self.unmatched_title.setText(
            self.tr("Unmatched items in {period}: {count}").format(period=period, count=len(shown))
        )
        self.matched_title.setText(
            self.tr("Matched groups in {period}: {count} business days").format(
                period=period, count=len(groups)
            )
        )
        self.chart.show_subject(account)
        self.chart.show_data([f for f in result.daily_flows(account) if f"{f.day:%Y-%m}" == period])
        if differences and selected_key(self.differences) is None:
            self.differences.selectRow(0)
        self._difference_chosen()

    def _difference_row(self, d: Difference) -> Row:
        return Row(
            d.key,
            (fmt.date(d.value_date), tr(REASON_WORDS[d.reason]), d.item, dollars(d.amount),
             dollars(d.other)),
            tone="bad",
            tip=self._explain(d),
        )  # fmt: skip

    def _resolved_row(self, d: Difference, resolution: Resolution) -> Row:
        """A difference settled by hand: still listed, muted, with how and why."""
        partner = self.result.difference(resolution.partner or "") if self.result else None
        said = tr(RESOLVED_WORDS.get(resolution.kind, "{reason}")).format(
            partner=partner.item if partner else resolution.partner or "", reason=resolution.reason
        )
        return Row(
            d.key,
            (fmt.date(d.value_date), said, d.item, dollars(d.amount), dollars(d.other)),
            tone="muted",
            tip=self.tr("{how} (by {actor}). It was: {what}").format(
                how=said, actor=resolution.actor or "?", what=tr(REASON_WORDS[d.reason])
            ),
        )

    def _explain(self, d: Difference) -> str:
        """The alert's sentence (what went wrong, what to do) in the user's language."""
        if d.reason in ALERTING:
            symbol = self.result.symbols.get(d.account, "") if self.result else ""
            alert = alert_of(d, symbol)
            return render(alert.reason_code, alert.params, current_code())
        return tr(REASON_WORDS[d.reason])

    def _difference_chosen(self) -> None:
        rows = self.differences.selectionModel().selectedRows()
        row = self.difference_model.item(rows[0].row()) if rows else None
        self.detail.setText(row.tip if row else "")
        can = self.source is not None and not self._busy and self._open_item() is not None
        self.match_button.setEnabled(can)
        self.write_off_button.setEnabled(can)

    def _open_item(self) -> Difference | None:
        """The selected unmatched item, while it is open (not settled by hand)."""
        key, result = selected_key(self.differences), self.result
        if result is None or key is None or key in result.resolutions:
            return None
        return result.difference(key)

    def set_colors(self, colors: Colors) -> None:
        for model in (self.status_model, self.difference_model, self.group_model):
            model.set_colors(colors)
        self.chart.set_colors(colors)

    # -- work -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Import the bank's new lines and match, quietly (no progress bar: it is routine)."""
        source = self.source
        if source is None or self._busy:
            return
        self._busy = True
        Op(self, source.refresh).success(self._reconciled).failure(self._failed).run_in_background()

    def reconcile(self) -> None:
        source = self.source
        if source is None or self._busy:
            return
        self._busy = True

        def run() -> MatchResult:
            return source.reconcile(source.live_periods())

        Op(self, run).success(self._reconciled).failure(self._failed).run_in_background()

    def _reconciled(self, result: MatchResult) -> None:
        self._busy = False
        self.show_result(result)  # ends in _difference_chosen: the buttons as they now are

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._end_progress()
        self._say(lambda: user_message(error))
        self._difference_chosen()

    def import_from_bank(self) -> None:
        source = self.source
        if source is None or self._busy:
            return
        self._start_progress()

        def run(report: Report) -> ImportResult:
            periods = source.live_periods()
            return source.import_from_bank(
                periods, progress=lambda done, total: report((done, total)),
                cancelled=self._cancel.is_set,
            )  # fmt: skip

        Op.reporting(self, run).progress(self._step).success(self._imported).failure(
            self._failed
        ).run_in_background()

    def _ask_file(self) -> None:
        path = open_file(
            self, self.tr("Import a bank statement"),
            self.tr("Bank statements (*.xml *.camt *.sta *.mt940 *.txt);;All files (*)"),
        )  # fmt: skip
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        source = self.source
        if source is None or self._busy:
            return
        self._start_progress()

        def run(report: Report) -> ImportResult:
            return source.import_file(
                path, progress=lambda done, total: report((done, total)),
                cancelled=self._cancel.is_set,
            )  # fmt: skip

        Op.reporting(self, run).progress(self._step).success(self._imported).failure(
            self._failed
        ).run_in_background()

    def _start_progress(self) -> None:
        self._busy = True
        self._cancel.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.import_button.setEnabled(False)
        self.file_button.setEnabled(False)

    def _step(self, value: tuple[int, int]) -> None:
        self._steps = value
        done, total = value
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        words = self.tr("{done} of {total} statements").format(done=done, total=total)
        self.progress.setFormat(words)

    def _end_progress(self) -> None:
        self._steps = None
        self.progress.hide()
        self.cancel_button.hide()
        self.import_button.setEnabled(self.source is not None and self.source.bank is not None)
        self.file_button.setEnabled(self.source is not None)

    def _imported(self, result: ImportResult) -> None:
        self._end_progress()
        self._busy = False
        cancelled = self._cancel.is_set()

        def words() -> str:
            said = self.tr("{statements} statement(s) imported, {lines} new line(s).").format(
                statements=result.statements, lines=result.lines_added
            )
            if cancelled:
                said = self.tr("Import cancelled; what was imported is kept. ") + said
            return said

        self._say(words)
        self.reconcile()
