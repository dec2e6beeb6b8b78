"""The vault's entries table follows each entry by its store id: a refresh keeps the selected
entry selected, and the chain column reads each entry's binding in the user's colours."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from app.vault import EntryInfo
from app.vault.binding_state import BindingState, EntryBinding
from app.vault.records import EntryKind
from ui.vault.entries_model import CHAIN_COLUMN, NO_CHAIN, STATE_ROLE, VaultEntryModel

WHEN = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)


def _entry(store_id: str, version: int = 1) -> EntryInfo:
    login, label = f"{store_id}@example.com", f"label {store_id}"
    kind = EntryKind.STORE_CREDENTIAL
    return EntryInfo(f"e-{store_id}", "local", kind, store_id, "shopify", login, label, version,
                     WHEN, WHEN, b"")  # fmt: skip


def _bound(store_id: str) -> EntryBinding:
    return EntryBinding(store_id, 1, b"", None, BindingState.BOUND, "bound at block 7")


def test_the_entries_table_keeps_its_selection_and_reads_the_bindings(qtbot, qtmodeltester):
    model = VaultEntryModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_entries([_entry("s1"), _entry("s2"), _entry("s3")], None, NO_CHAIN)
    qtmodeltester.check(model)
    assert model.index(0, CHAIN_COLUMN).data() == "no chain"
    assert model.index(0, CHAIN_COLUMN).data(STATE_ROLE) == ""
    flag = QItemSelectionModel.SelectionFlag
    flags = flag.ClearAndSelect | flag.Rows
    view.selectionModel().setCurrentIndex(model.index(1, 0), flags)

    model.set_entries([_entry("s0"), _entry("s1"), _entry("s2", 2)], {"s2": _bound("s2")})
    qtmodeltester.check(model)
    current = view.selectionModel().currentIndex()
    assert model.item(current.row()).store_id == "s2" and model.row_of("s2") == 2
    assert model.index(2, 4).data() == "2"  # the rotated key version, redrawn in place
    assert model.index(2, 4).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    chain = model.index(2, CHAIN_COLUMN)
    assert chain.data() == "bound" and chain.data(STATE_ROLE) == "bound"
    assert chain.data(Qt.ItemDataRole.ToolTipRole) == "bound at block 7"
    assert model.index(0, CHAIN_COLUMN).data() == "not checked"
    assert model.binding("s2") == _bound("s2") and model.binding("s0") is None


def test_the_entries_sort_by_key_version_as_numbers(qtbot):
    model = VaultEntryModel()
    model.set_entries([_entry("a", 10), _entry("b", 9), _entry("c", 100)], None)
    model.sort(4, Qt.SortOrder.AscendingOrder)
    assert [e.store_id for e in model.items()] == ["b", "a", "c"]
