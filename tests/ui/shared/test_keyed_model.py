"""The one keyed table model: a live refresh keeps the selection on its key, sorting keeps the
user's order across refreshes, rows without a value go last, and every change is announced the
way Qt's model tester expects."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ui.shared.keyed_model import KEY_ROLE, SORT_ROLE, Column, KeyedTableModel


@dataclass(frozen=True)
class Thing:
    name: str
    amount: int | None


COLUMNS = (
    Column[Thing]("Name", lambda t: t.name),
    Column[Thing](
        "Amount", lambda t: "—" if t.amount is None else str(t.amount), lambda t: t.amount, True
    ),
)


def model_of(*things: Thing) -> KeyedTableModel[Thing]:
    model = KeyedTableModel(COLUMNS, lambda t: t.name, context="Test")
    model.set_items(things)
    return model


def names(model: KeyedTableModel[Thing]) -> list[str]:
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_a_refresh_keeps_the_selected_row_selected_by_its_key(qtbot, qtmodeltester) -> None:
    model = model_of(Thing("a", 1), Thing("b", 2), Thing("c", 3))
    qtmodeltester.check(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectionModel().select(
        model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    redrawn: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: redrawn.append((top.row(), bottom.row())))

    model.set_items([Thing("z", 9), Thing("c", 3), Thing("b", 20), Thing("d", 4)])

    assert names(model) == ["z", "c", "b", "d"]
    assert [i.row() for i in view.selectionModel().selectedIndexes()] == [2]
    assert model.index(2, 1).data() == "20" and model.index(2, 0).data(KEY_ROLE) == "b"
    assert model.row_of("d") == 3 and model.row_of("a") is None
    assert resets == [] and any(top <= 2 <= bottom for top, bottom in redrawn)


def test_a_sort_holds_across_refreshes_with_missing_values_last_and_ties_as_given(
    qtmodeltester,
) -> None:
    model = model_of(Thing("a", 2), Thing("b", None), Thing("c", 1), Thing("d", 2))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["a", "d", "c", "b"]
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["c", "a", "d", "b"]
    kept = QPersistentModelIndex(model.index(0, 1))  # "c"

    model.set_items([Thing("d", 2), Thing("a", 2), Thing("e", 0), Thing("c", 5)])

    assert names(model) == ["e", "d", "a", "c"]  # sorted by amount; d before a as given
    assert kept.row() == 3 and kept.data(SORT_ROLE) == 5
    qtmodeltester.check(model)


def test_repeated_keys_are_shown_as_given_and_the_next_refresh_still_works() -> None:
    model = model_of(Thing("a", 1))
    model.set_items([Thing("a", 1), Thing("a", 2)])
    assert names(model) == ["a", "a"]
    model.set_items([Thing("b", 1), Thing("a", 3)])
    assert names(model) == ["b", "a"] and model.row_of("a") == 1


@pytest.mark.parametrize("seed", range(20))
def test_any_refresh_ends_in_exactly_the_rows_given(qtmodeltester, seed: int) -> None:
    """Random removals, insertions, moves and changes: the model ends as given (or as sorted),
    and the persistent index of every row that stayed still points at it."""
    rng = random.Random(seed)
    model = model_of(*(Thing(str(n), rng.randrange(5)) for n in range(rng.randrange(0, 12))))
    qtmodeltester.check(model)
    if seed % 2:
        model.sort(1, Qt.SortOrder.DescendingOrder)
    for _ in range(15):
        pool = [Thing(str(n), rng.choice([None, 0, 1, 2, 3])) for n in range(20)]
        fresh = rng.sample(pool, rng.randrange(0, 20))
        held = {
            str(model.index(r, 0).data()): QPersistentModelIndex(model.index(r, 0))
            for r in range(model.rowCount())
        }
        model.set_items(fresh)
        expected = [t.name for t in fresh]
        if seed % 2:
            with_value = sorted(
                (t for t in fresh if t.amount is not None),
                key=lambda t: t.amount or 0,
                reverse=True,
            )
            expected = [t.name for t in with_value] + [t.name for t in fresh if t.amount is None]
        assert names(model) == expected
        assert model.items() == [next(t for t in fresh if t.name == n) for n in expected]
        for name, index in held.items():
            if name in expected:
                assert index.isValid() and index.data() == name
            else:
                assert not index.isValid()


def test_a_model_naming_its_cell_roles_answers_the_others_without_asking_cell() -> None:
    asked: list[int] = []

    class Tipped(KeyedTableModel[Thing]):
        CELL_ROLES = frozenset({Qt.ItemDataRole.ToolTipRole})

        def cell(self, item: Thing, column: int, role: int) -> object:
            asked.append(role)
            return f"tip {item.name}" if role == Qt.ItemDataRole.ToolTipRole else "drawn"

    model = Tipped(COLUMNS, lambda t: t.name, context="Test")
    model.set_items([Thing("a", 1)])
    cell = model.index(0, 1)
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole,
                 Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.CheckStateRole):  # fmt: skip
        assert cell.data(role) is None
    assert asked == []
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "tip a" and asked == [3]
    assert cell.data() == "1" and cell.data(SORT_ROLE) == 1 and cell.data(KEY_ROLE) == "a"
    assert cell.data(Qt.ItemDataRole.TextAlignmentRole) is not None  # numeric: right-aligned
    assert model_of(Thing("b", 2)).cell(Thing("b", 2), 0, 0) is None  # no roles named: any
