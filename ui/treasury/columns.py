"""The treasury tables' column headers and fixed cell words, marked for translation.

English here; `RowsModel(..., context=TABLES)` and `tables_tr` translate them when shown.
"""

from __future__ import annotations

from ui.shared.i18n.noop import QT_TRANSLATE_NOOP

TABLES = "TreasuryTables"  # translation context of the tables' headers and cells
CHECK_NAMES = {
    "settled_vs_routed": QT_TRANSLATE_NOOP("TreasuryTables", "settled vs routed"),
    "report_vs_chain": QT_TRANSLATE_NOOP("TreasuryTables", "report vs chain"),
    "investor_share": QT_TRANSLATE_NOOP("TreasuryTables", "investors' share"),
    "platform_vs_settled": QT_TRANSLATE_NOOP("TreasuryTables", "sales vs settled"),
}
# A ratio check's line: settled is a share of sales, which fees, refunds and lag keep below 100 %.
BAND_LINE = QT_TRANSLATE_NOOP(
    "TreasuryTables", "{observed} is {ratio} of {expected} (expected {low} to {high})"
)
STORE_HEADERS = [
    QT_TRANSLATE_NOOP("TreasuryTables", "Token"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Store id"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Pending for investors"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Cap per period"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Periods"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Differences"),
]
PERIOD_HEADERS = [
    QT_TRANSLATE_NOOP("TreasuryTables", "Period"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Platform sales"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Bank settled"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Routed on chain"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Credited to treasury"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Investors' share"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Reconciliation"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Paid by"),
]
STATUSES = (  # ProposalStatus names, lower case, shown translated
    QT_TRANSLATE_NOOP("TreasuryTables", "none"),
    QT_TRANSLATE_NOOP("TreasuryTables", "pending"),
    QT_TRANSLATE_NOOP("TreasuryTables", "executed"),
    QT_TRANSLATE_NOOP("TreasuryTables", "rejected"),
    QT_TRANSLATE_NOOP("TreasuryTables", "cancelled"),
    QT_TRANSLATE_NOOP("TreasuryTables", "expired"),
)
PROPOSAL_HEADERS = [
    "#",
    QT_TRANSLATE_NOOP("TreasuryTables", "Token"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Period"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Amount"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Status"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Approvals"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Proposer"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Expiry"),
]
HISTORY_HEADERS = [
    QT_TRANSLATE_NOOP("TreasuryTables", "Proposed tx"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Executed tx"),
]
AUDIT_HEADERS = [
    "#",
    QT_TRANSLATE_NOOP("TreasuryTables", "Recorded (UTC)"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Event"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Channel"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Signed (UTC)"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Actor"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Store"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Period"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Proposal"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Amount"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Tx"),
    QT_TRANSLATE_NOOP("TreasuryTables", "Entry hash"),
]
