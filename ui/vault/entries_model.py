"""The vault's store credentials as a table, with each entry's chain binding as a badge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.vault import EntryInfo
from app.vault.binding_state import BindingState, EntryBinding
from ui.shared import format as fmt
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.theme import DARK, LIGHT

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("VaultEntryModel", "Store"),
    QT_TRANSLATE_NOOP("VaultEntryModel", "Platform"),
    QT_TRANSLATE_NOOP("VaultEntryModel", "Login"),
    QT_TRANSLATE_NOOP("VaultEntryModel", "Label"),
    QT_TRANSLATE_NOOP("VaultEntryModel", "Key version"),
    QT_TRANSLATE_NOOP("VaultEntryModel", "Chain"),
    QT_TRANSLATE_NOOP("VaultEntryModel", "Updated"),
)
CHAIN_COLUMN = COLUMNS.index("Chain")
# What the chain column says without a binding (kept untranslated: translated as it is drawn).
NOT_CHECKED = QT_TRANSLATE_NOOP("VaultEntryModel", "not checked")
NO_CHAIN = QT_TRANSLATE_NOOP("VaultEntryModel", "no chain")
UNAVAILABLE = QT_TRANSLATE_NOOP("VaultEntryModel", "unavailable")
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # the binding state's value, for the badge colour
STATES = (  # BindingState values, shown translated
    QT_TRANSLATE_NOOP("VaultEntryModel", "bound"),
    QT_TRANSLATE_NOOP("VaultEntryModel", "tampered"),
    QT_TRANSLATE_NOOP("VaultEntryModel", "stale"),
    QT_TRANSLATE_NOOP("VaultEntryModel", "pending"),
    QT_TRANSLATE_NOOP("VaultEntryModel", "unregistered"),
)
# States whose badge words differ from their value.
LABELS = {BindingState.UNBOUND.value: QT_TRANSLATE_NOOP("VaultEntryModel", "not bound yet")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("VaultEntryModel", text)


def state_label(state: str) -> str:
    """A BindingState value as the badge reads, in the user's language."""
    return _tr(LABELS.get(state, state))


def badge_color(state: str, dark: bool) -> str:
    c = DARK if dark else LIGHT
    return {
        BindingState.BOUND.value: c.good,
        BindingState.TAMPERED.value: c.bad,
        BindingState.STALE.value: c.warn,
        BindingState.PENDING.value: c.warn,
        BindingState.UNREGISTERED.value: c.muted,
        BindingState.UNBOUND.value: c.muted,
    }.get(state, c.muted)


class VaultEntryModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[EntryInfo] = []
        self._bindings: dict[str, EntryBinding] = {}
        self._chain_note = NOT_CHECKED

    def set_entries(
        self,
        entries: list[EntryInfo],
        bindings: dict[str, EntryBinding] | None,
        chain_note: str = NOT_CHECKED,
    ) -> None:
        """`chain_note`: what the chain column says where an entry has no binding, one of
        NOT_CHECKED, NO_CHAIN and UNAVAILABLE (in English: it is translated as it is drawn)."""
        self.beginResetModel()
        self._entries = list(entries)
        self._bindings = bindings or {}
        self._chain_note = chain_note
        self.endResetModel()

    def entry(self, row: int) -> EntryInfo:
        return self._entries[row]

    def binding(self, store_id: str) -> EntryBinding | None:
        return self._bindings.get(store_id)

    def row_of(self, store_id: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.store_id == store_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        binding = self._bindings.get(entry.store_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CHAIN_COLUMN:
                if binding is None:
                    return _tr(self._chain_note)
                return state_label(binding.state.value)
            return (
                entry.store_id,
                entry.platform,
                entry.login,
                entry.label,
                str(entry.key_version),
                None,
                fmt.date_time(entry.updated_at),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == CHAIN_COLUMN:
            if binding:
                return binding.detail
            return QCoreApplication.translate(
                "VaultEntryModel", "The chain binding has not been checked."
            )
        if role == STATE_ROLE and column == CHAIN_COLUMN:
            return binding.state.value if binding else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMNS.index("Key version"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BadgeDelegate(QStyledItemDelegate):
    """Draws the chain state as a coloured pill that reads in light and dark themes."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        state = str(index.data(STATE_ROLE) or "")
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        dark = option.palette.window().color().lightness() < 128
        color = QColor(badge_color(state, dark))
        if option.state & QStyle.StateFlag.State_Selected:
            color = option.palette.highlightedText().color()  # readable on the selection
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 18
        height = metrics.height() + 4
        rect = QRect(
            option.rect.x() + 6,
            option.rect.y() + (option.rect.height() - height) // 2,
            width,
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(color)
        fill.setAlpha(48)
        painter.setPen(color)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 30, hint.height())  # the pill's padding and margin
