"""The Treasury page's audit tab: the hash-chained trail, export as CSV or JSON, verify."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.treasury.audit import AuditEntry
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.rows_model import Row, RowsModel
from ui.shared.theme import Colors
from ui.treasury.columns import AUDIT_HEADERS, TABLES
from ui.treasury.tabs import short, stable, table


class AuditTab(Retranslating, QWidget):
    export = Signal(str)  # "csv" | "json"
    verify = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(AUDIT_HEADERS, numeric=(0, 7), context=TABLES)
        self.view = table(self.model, "auditTrail")
        self.result = QLabel("")
        self.result.setWordWrap(True)
        self._said: Callable[[], str] | None = None  # the last result, in the current language
        self.verify_button = QPushButton()
        self.csv_button = QPushButton()
        self.json_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.result, 1)
        for button, slot in (
            (self.verify_button, self.verify.emit),
            (self.csv_button, lambda: self.export.emit("csv")),
            (self.json_button, lambda: self.export.emit("json")),
        ):
            button.clicked.connect(slot)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Audit trail"))
        self.verify_button.setText(self.tr("Verify"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.json_button.setText(self.tr("Export JSON…"))
        if self._said is not None:
            self.result.setText(self._said())

    def show_entries(self, entries: Sequence[AuditEntry], symbols: dict[str, str]) -> None:
        self.model.set_items([
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

    def show_result(self, ok: bool, text: str | Callable[[], str]) -> None:
        """`text`: the words, or what words them again after a change of language."""
        self._said = text if callable(text) else None
        self.result.setObjectName("pass" if ok else "fail")
        self.result.setText(text() if callable(text) else text)
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)

    def set_colors(self, colors: Colors) -> None:
        self.model.set_colors(colors)
