"""The Treasury page's audit tab: the hash-chained trail, export as CSV or JSON, verify; and
sending a signed rejection that reached this desk (an air-gapped approver's, imported) from the
acting account.

Every cell is in the reader's language: the event ("signed", "override", ...) and the channel
a signature came through are words, times are the GUI's date format in UTC, and the tooltip
lists an entry's details under their names (never the raw record)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.treasury.audit import AuditEntry
from ui.shared.format import date_time, timestamp
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.rows_model import Row, RowsModel
from ui.shared.theme import Colors
from ui.treasury.approval_words import channel_name
from ui.treasury.columns import AUDIT_HEADERS, TABLES
from ui.treasury.tabs import selected_key, short, stable, table

CONTEXT = "TreasuryAudit"
EVENTS = {
    "routed": QT_TRANSLATE_NOOP("TreasuryAudit", "revenue routed"),
    "proposed": QT_TRANSLATE_NOOP("TreasuryAudit", "proposed"),
    "approved": QT_TRANSLATE_NOOP("TreasuryAudit", "approved on chain"),
    "rejected": QT_TRANSLATE_NOOP("TreasuryAudit", "rejected"),
    "cancelled": QT_TRANSLATE_NOOP("TreasuryAudit", "cancelled"),
    "executed": QT_TRANSLATE_NOOP("TreasuryAudit", "executed"),
    "override": QT_TRANSLATE_NOOP("TreasuryAudit", "override reason"),
    "note": QT_TRANSLATE_NOOP("TreasuryAudit", "note"),
    "signed": QT_TRANSLATE_NOOP("TreasuryAudit", "signed"),
}
DECISIONS = {  # what a "signed" entry signed
    "approval": QT_TRANSLATE_NOOP("TreasuryAudit", "approval signed"),
    "rejection": QT_TRANSLATE_NOOP("TreasuryAudit", "rejection signed"),
    "safe_part": QT_TRANSLATE_NOOP("TreasuryAudit", "Safe owner's part signed"),
}
DETAILS = {  # the tooltip's names of an entry's details
    "decision": QT_TRANSLATE_NOOP("TreasuryAudit", "Decision"),
    "channel": QT_TRANSLATE_NOOP("TreasuryAudit", "Channel"),
    "claimed_channel": QT_TRANSLATE_NOOP("TreasuryAudit", "Channel it claims"),
    "signed_at": QT_TRANSLATE_NOOP("TreasuryAudit", "Signed"),
    "received_at": QT_TRANSLATE_NOOP("TreasuryAudit", "Received"),
    "nonce": QT_TRANSLATE_NOOP("TreasuryAudit", "Nonce"),
    "deadline": QT_TRANSLATE_NOOP("TreasuryAudit", "Valid until"),
    "reason": QT_TRANSLATE_NOOP("TreasuryAudit", "Reason"),
    "owners": QT_TRANSLATE_NOOP("TreasuryAudit", "Owners who signed"),
    "safe": QT_TRANSLATE_NOOP("TreasuryAudit", "Safe"),
    "report_hash": QT_TRANSLATE_NOOP("TreasuryAudit", "Report hash"),
    "flagged": QT_TRANSLATE_NOOP("TreasuryAudit", "Checks flagged"),
    "signature": QT_TRANSLATE_NOOP("TreasuryAudit", "Signature"),
    "action_id": QT_TRANSLATE_NOOP("TreasuryAudit", "Action"),
    "signed_by_proposer": QT_TRANSLATE_NOOP("TreasuryAudit", "Signed by the proposer"),
}
TIMES = ("signed_at", "received_at", "deadline")


def audit_tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def event_words(entry: AuditEntry) -> str:
    decision = str(entry.details.get("decision", ""))
    if entry.kind == "signed" and decision in DECISIONS:
        return audit_tr(DECISIONS[decision])
    return audit_tr(EVENTS[entry.kind]) if entry.kind in EVENTS else entry.kind


def signed_words(entry: AuditEntry) -> str:
    """When it was signed (UTC); a time only claimed by a signature from elsewhere says so."""
    signed = entry.details.get("signed_at")
    if not isinstance(signed, int) or isinstance(signed, bool):
        return ""
    text = timestamp(signed, utc=True)
    if entry.details.get("signed_at_implausible"):
        return QCoreApplication.translate("TreasuryAudit", "{time} (claimed, implausible)").format(
            time=text
        )
    if entry.details.get("signed_at_claimed"):
        return QCoreApplication.translate("TreasuryAudit", "{time} (claimed)").format(time=text)
    return text


def detail_lines(entry: AuditEntry) -> str:
    """The entry's details, one per line under their names, for the tooltip."""
    lines = []
    for key, value in entry.details.items():
        if value is None or key in ("signed_at_claimed", "signed_at_implausible"):
            continue
        if key in TIMES and isinstance(value, int) and not isinstance(value, bool):
            shown = timestamp(value, utc=True)
        elif key in ("channel", "claimed_channel"):
            shown = channel_name(str(value))
        elif key == "decision" and str(value) in DECISIONS:
            shown = audit_tr(DECISIONS[str(value)])
        elif isinstance(value, bool):
            shown = (
                QCoreApplication.translate("TreasuryAudit", "yes")
                if value
                else QCoreApplication.translate("TreasuryAudit", "no")
            )
        else:
            shown = str(value)
        name = audit_tr(DETAILS[key]) if key in DETAILS else key.replace("_", " ")
        lines.append(f"{name}: {shown}")
    return "\n".join(lines)


def is_signed_rejection(entry: AuditEntry | None) -> bool:
    return (
        entry is not None
        and entry.kind == "signed"
        and entry.details.get("decision") == "rejection"
        and entry.proposal_id is not None
        and entry.actor is not None
    )


class AuditTab(Retranslating, QWidget):
    export = Signal(str)  # "csv" | "json"
    verify = Signal()
    send_rejection = Signal(int, str)  # proposal id, the approver whose signed rejection

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(AUDIT_HEADERS, numeric=(0, 9), context=TABLES)
        self.view = table(self.model, "auditTrail")
        self._entries: dict[int, AuditEntry] = {}
        self._symbols: dict[str, str] = {}
        self.result = QLabel("")
        self.result.setWordWrap(True)
        self._said: Callable[[], str] | None = None  # the last result, in the current language
        self.send_button = QPushButton()
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self._send)
        self.view.selectionModel().selectionChanged.connect(self._chosen)
        self.verify_button = QPushButton()
        self.csv_button = QPushButton()
        self.json_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.result, 1)
        row.addWidget(self.send_button)
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
        self.send_button.setText(self.tr("Send the signed rejection…"))
        self.send_button.setToolTip(
            self.tr(
                "Sends the chosen approver's signed rejection (for example one imported from an "
                "air-gapped approver) from the acting account: a transaction, confirmed first."
            )
        )
        self.verify_button.setText(self.tr("Verify"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.json_button.setText(self.tr("Export JSON…"))
        if self._said is not None:
            self.result.setText(self._said())
        if self._entries:
            self._draw()

    def show_entries(self, entries: Sequence[AuditEntry], symbols: dict[str, str]) -> None:
        self._entries = {e.seq: e for e in entries}
        self._symbols = symbols
        self._draw()
        self.view.scrollToBottom()

    def _draw(self) -> None:
        symbols = self._symbols
        self.model.set_items([
            Row(e.seq, (str(e.seq), _recorded(e.at), event_words(e),
                        channel_name(str(e.details["channel"])) if "channel" in e.details else "",
                        signed_words(e), short(e.actor or ""),
                        symbols.get(e.store_id or "", short(e.store_id or "")),
                        "" if e.period is None else f"{e.period // 100}-{e.period % 100:02d}",
                        "" if e.proposal_id is None else f"#{e.proposal_id}",
                        "" if e.amount is None else stable(e.amount), short(e.tx_hash or ""),
                        short(e.entry_hash)),
                tone="warn" if e.kind == "override" else None,
                tip=detail_lines(e))
            for e in self._entries.values()
        ])  # fmt: skip
        self._chosen()

    def selected(self) -> AuditEntry | None:
        return self._entries.get(selected_key(self.view))

    def _chosen(self) -> None:
        self.send_button.setEnabled(is_signed_rejection(self.selected()))

    def _send(self) -> None:
        entry = self.selected()
        if entry is not None and is_signed_rejection(entry):
            assert entry.proposal_id is not None and entry.actor is not None
            self.send_rejection.emit(entry.proposal_id, entry.actor)

    def show_result(self, ok: bool, text: str | Callable[[], str]) -> None:
        """`text`: the words, or what words them again after a change of language."""
        self._said = text if callable(text) else None
        self.result.setObjectName("pass" if ok else "fail")
        self.result.setText(text() if callable(text) else text)
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)

    def set_colors(self, colors: Colors) -> None:
        self.model.set_colors(colors)


def _recorded(at: str) -> str:
    """The entry's ISO 8601 UTC time in the GUI's date format."""
    try:
        return date_time(dt.datetime.fromisoformat(at), utc=True)
    except ValueError:
        return at[:19].replace("T", " ")
