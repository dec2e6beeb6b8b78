"""The vault's store credentials as a table, with each entry's chain binding as a badge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.vault import EntryInfo
from app.vault.binding_state import BindingState, EntryBinding
from ui.shared import format as fmt
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.keyed_model import FIRST_FREE_ROLE, Column, Index, KeyedTableModel
from ui.shared.theme import DARK, LIGHT

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
NOT_CHECKED_TIP = QT_TRANSLATE_NOOP("VaultEntryModel", "The chain binding has not been checked.")
STATE_ROLE = FIRST_FREE_ROLE  # the binding state's value, for the badge colour
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


class VaultEntryModel(KeyedTableModel[EntryInfo]):
    """One row per store credential, keyed by store id; the chain column reads the entry's
    binding (or, without one, the note why there is none)."""

    def __init__(self, parent: QObject | None = None) -> None:
        store, platform, login, label, version, chain, updated = COLUMNS
        columns: tuple[Column[EntryInfo], ...] = (
            Column(store, lambda e: e.store_id),
            Column(platform, lambda e: e.platform),
            Column(login, lambda e: e.login),
            Column(label, lambda e: e.label),
            Column(version, lambda e: str(e.key_version), lambda e: e.key_version, numeric=True),
            Column(chain, self._chain_text),
            Column(updated, lambda e: fmt.date_time(e.updated_at), lambda e: e.updated_at),
        )
        super().__init__(columns, lambda e: e.store_id, context="VaultEntryModel", parent=parent)
        self._bindings: dict[str, EntryBinding] = {}
        self._chain_note = NOT_CHECKED

    def set_entries(
        self,
        entries: list[EntryInfo],
        bindings: dict[str, EntryBinding] | None,
        chain_note: str = NOT_CHECKED,
    ) -> None:
        """`chain_note`: what the chain column says where an entry has no binding, one of
        NOT_CHECKED, NO_CHAIN and UNAVAILABLE (in English: it is translated as it is drawn).
        In place: the selected entry stays selected across a refresh."""
        chain = (bindings or {}, chain_note)
        changed = chain != (self._bindings, self._chain_note)
        self._bindings, self._chain_note = chain
        self.set_items(entries)
        if changed:
            self.refresh(CHAIN_COLUMN)

    def binding(self, store_id: str) -> EntryBinding | None:
        return self._bindings.get(store_id)

    def _chain_text(self, entry: EntryInfo) -> str:
        binding = self._bindings.get(entry.store_id)
        return self.tr_(self._chain_note) if binding is None else state_label(binding.state.value)

    def cell(self, item: EntryInfo, column: int, role: int) -> Any:
        if column != CHAIN_COLUMN:
            return None
        binding = self._bindings.get(item.store_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            if binding:
                return binding.detail
            return self.tr_(NOT_CHECKED_TIP)
        if role == STATE_ROLE:
            return binding.state.value if binding else ""
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
