"""The reconciliation's words: column headers, statuses, the reasons an item is unmatched and
how it was settled by hand, marked for translation (context "Reconciliation")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.bank.matching import Difference, Reason, Status
from ui.shared import format as fmt
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "Reconciliation"
STATUS_HEADERS = [
    QT_TRANSLATE_NOOP("Reconciliation", "Token"),
    QT_TRANSLATE_NOOP("Reconciliation", "Bank account"),
    QT_TRANSLATE_NOOP("Reconciliation", "Month"),
    QT_TRANSLATE_NOOP("Reconciliation", "Status"),
    QT_TRANSLATE_NOOP("Reconciliation", "Days matched"),
    QT_TRANSLATE_NOOP("Reconciliation", "Differences"),
    QT_TRANSLATE_NOOP("Reconciliation", "Waiting"),
]
DIFFERENCE_HEADERS = [
    QT_TRANSLATE_NOOP("Reconciliation", "Value date"),
    QT_TRANSLATE_NOOP("Reconciliation", "What is wrong"),
    QT_TRANSLATE_NOOP("Reconciliation", "Item"),
    QT_TRANSLATE_NOOP("Reconciliation", "Amount"),
    QT_TRANSLATE_NOOP("Reconciliation", "Other side"),
]
GROUP_HEADERS = [
    QT_TRANSLATE_NOOP("Reconciliation", "Value date"),
    QT_TRANSLATE_NOOP("Reconciliation", "Settlements"),
    QT_TRANSLATE_NOOP("Reconciliation", "Credited"),
    QT_TRANSLATE_NOOP("Reconciliation", "Swept and routed in"),
]
STATUS_WORDS = {
    Status.MATCHED: QT_TRANSLATE_NOOP("Reconciliation", "All matched"),
    Status.DIFFERENCES: QT_TRANSLATE_NOOP("Reconciliation", "Differences"),
    Status.PENDING: QT_TRANSLATE_NOOP("Reconciliation", "Waiting for the bank or the chain"),
    Status.EMPTY: QT_TRANSLATE_NOOP("Reconciliation", "No activity"),
}
REASON_WORDS = {
    Reason.DIVERTED: QT_TRANSLATE_NOOP(
        "Reconciliation", "Paid to an account outside control (diverted)"
    ),
    Reason.MISSING_SETTLEMENT: QT_TRANSLATE_NOOP(
        "Reconciliation", "Reported by the provider, never credited by the bank"
    ),
    Reason.UNEXPLAINED_CREDIT: QT_TRANSLATE_NOOP(
        "Reconciliation", "Credited, but no provider reported it"
    ),
    Reason.DUPLICATE: QT_TRANSLATE_NOOP("Reconciliation", "Credited twice (duplicate line)"),
    Reason.AMOUNT_DIFFERS: QT_TRANSLATE_NOOP("Reconciliation", "The amounts differ"),
    Reason.NOT_SWEPT: QT_TRANSLATE_NOOP("Reconciliation", "Credited but not swept"),
    Reason.NOT_ROUTED: QT_TRANSLATE_NOOP("Reconciliation", "Swept, but never routed on chain"),
}
RESOLVED_WORDS = {
    "match": QT_TRANSLATE_NOOP("Reconciliation", "Matched by hand with {partner}: {reason}"),
    "write_off": QT_TRANSLATE_NOOP("Reconciliation", "Written off: {reason}"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def dollars(cents: int | None) -> str:
    return "—" if cents is None else fmt.cents(cents)


def describe(d: Difference) -> str:
    """An item in a line, as its table row says it: day, what is wrong, item, amount."""
    return (
        f"{fmt.date(d.value_date)} · {tr(REASON_WORDS[d.reason])} · {d.item} · {dollars(d.amount)}"
    )
