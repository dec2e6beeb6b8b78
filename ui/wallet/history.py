"""The History table: one row per recorded transaction (transfers, allowances, claims,
bindings, treasury actions: every feature signs through the one pipeline) and per indexed
incoming transfer, with its date, status, amount and asset, counterparty, fee and full hash."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.chain.tracking import status_phrase
from app.wallet.history import HistoryEntry
from ui.shared import format as fmt
from ui.shared.i18n import current_code
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.keyed_model import Column, KeyedTableModel

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
    if entry.label:  # the user's own label first, the app's description after it
        description = f"{entry.label} · {description}"
    return (
        (when, tx),
        (status, status),
        (description, description),
        (entry.amount_text, entry.amount_text),
        (short, other),
        (fee, exact),
        (tx, tx),
    )


def key(entry: HistoryEntry) -> Hashable:
    """A record by its intent (its hash may come later or change on a speed-up), an indexed
    transfer by its hash, direction and asset."""
    asset = entry.asset.key if entry.asset else ""
    return entry.intent_id or (entry.tx_hash, entry.direction, asset)


def _text(column: int) -> Callable[[HistoryEntry], str]:
    return lambda entry: cells(entry)[column][0]


class HistoryModel(KeyedTableModel[HistoryEntry]):
    """Each cell's exact value (the full address, the fee to the wei) is in its tooltip."""

    def __init__(self, parent: QObject | None = None) -> None:
        raw: dict[int, Callable[[HistoryEntry], Any]] = {0: lambda e: e.when, 5: lambda e: e.fee}
        columns = [Column(title, _text(n), raw.get(n)) for n, title in enumerate(COLUMNS)]
        super().__init__(columns, key, context="WalletHistory", parent=parent)

    def cell(self, item: HistoryEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return cells(item)[column][1] or None
        return None
