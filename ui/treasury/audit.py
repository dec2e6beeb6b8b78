"""The Treasury page's audit tab: the hash-chained trail, export as CSV or JSON, verify."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.treasury.audit import AuditEntry
from ui.shared.rows_model import Row, RowsModel
from ui.shared.theme import Colors
from ui.treasury.columns import AUDIT_HEADERS, TABLES
from ui.treasury.tabs import short, stable, table


class AuditTab(QWidget):
    export = Signal(str)  # "csv" | "json"
    verify = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(AUDIT_HEADERS, numeric=(0, 7), context=TABLES)
        self.view = table(self.model, "auditTrail")
        self.view.setAccessibleName(self.tr("Audit trail"))
        self.result = QLabel("")
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.result, 1)
        for text, slot in (
            (self.tr("Verify"), self.verify.emit),
            (self.tr("Export CSV…"), lambda: self.export.emit("csv")),
            (self.tr("Export JSON…"), lambda: self.export.emit("json")),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def show_entries(self, entries: Sequence[AuditEntry], symbols: dict[str, str]) -> None:
        self.model.set_rows([
            Row(e.seq, (str(e.seq), e.at[:19].replace("T", " "), e.kind, short(e.actor or ""),
                        symbols.get(e.store_id or "", short(e.store_id or "")),
                        "" if e.period is None else f"{e.period // 100}-{e.period % 100:02d}",
                        "" if e.proposal_id is None else f"#{e.proposal_id}",
                        "" if e.amount is None else stable(e.amount), short(e.tx_hash or ""),
                        short(e.entry_hash)),
                tone="warn" if e.kind == "override" else None,
                tip=str(dict(e.details)) if e.details else "")
            for e in entries
        ])  # fmt: skip
        self.view.scrollToBottom()

    def show_result(self, ok: bool, text: str) -> None:
        self.result.setObjectName("pass" if ok else "fail")
        self.result.setText(text)
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)

    def set_colors(self, colors: Colors) -> None:
        self.model.set_colors(colors)
