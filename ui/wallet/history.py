"""The History table's words: one row per recorded transaction (transfers, allowances, claims,
bindings, treasury actions: every feature signs through the one pipeline) and per indexed
incoming transfer, with its date, status, amount and asset, counterparty, fee and full hash."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.chain.tracking import status_phrase
from app.wallet.history import HistoryEntry
from ui.shared import format as fmt
from ui.shared.i18n import current_code
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP

ETH_DECIMALS = 18


COLUMNS = (  # lupdate reads QT_TRANSLATE_NOOP, not an alias of translate()
    QT_TRANSLATE_NOOP("WalletHistory", "Date"),
    QT_TRANSLATE_NOOP("WalletHistory", "Status"),
    QT_TRANSLATE_NOOP("WalletHistory", "What"),
    QT_TRANSLATE_NOOP("WalletHistory", "Amount"),
    QT_TRANSLATE_NOOP("WalletHistory", "Counterparty"),
    QT_TRANSLATE_NOOP("WalletHistory", "Fee (ETH)"),
    QT_TRANSLATE_NOOP("WalletHistory", "Transaction"),
)


def columns() -> list[str]:
    return [QCoreApplication.translate("WalletHistory", name) for name in COLUMNS]


def cells(entry: HistoryEntry) -> tuple[tuple[str, str], ...]:
    """(text, tooltip) per column: a short form where the column is narrow, the exact value
    (the full address, the fee to the wei) in its tooltip; the hash in full."""
    when = fmt.date_time(entry.when) if entry.when else ""
    if not when and entry.block is not None:
        when = QCoreApplication.translate("WalletHistory", "block {block}").format(
            block=entry.block
        )
    other = entry.counterparty or ""
    short = f"{other[:8]}…{other[-6:]}" if len(other) == 42 else other
    fee = exact = ""
    if entry.fee is not None:
        fee = fmt.units_brief(entry.fee, ETH_DECIMALS, places=8)
        exact = fmt.units(entry.fee, ETH_DECIMALS, min_places=0) + " ETH"
    tx = entry.tx_hash or ""
    language = current_code()
    status = status_phrase(entry.status).text(language)
    description = entry.description_text(language)
    return (
        (when, tx),
        (status, status),
        (description, description),
        (entry.amount_text, entry.amount_text),
        (short, other),
        (fee, exact),
        (tx, tx),
    )
