"""The merchant table model and its filter proxy: Qt's model tester, raw-value sorting,
filters, and display formatting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPersistentModelIndex, Qt

from app.backend.models import Category, City, MerchantSummary, Platform
from ui.merchants.table_model import (
    COLUMN,
    MerchantFilter,
    MerchantFilterProxy,
    MerchantTableModel,
)
from ui.shared.keyed_model import KEY_ROLE, SORT_ROLE


def merchant(i: int, **changes: object) -> MerchantSummary:
    values: dict[str, object] = {
        "id": f"M{i:05d}",
        "name": f"Store {i}",
        "city": list(City)[i % len(City)],
        "platform": list(Platform)[i % len(Platform)],
        "category": list(Category)[i % len(Category)],
        "tokenized": i % 4 == 0,
        "token_symbol": f"PS{i}" if i % 4 == 0 else None,
        "score": (i * 37) % 101,
        "gmv_12m": (i * 7_919) % 50_000 * 100_000,
        "growth_24m_bp": (i * 613) % 9_000 - 3_000,
        "onboarded_on": dt.date(2024, 1, 1),
    }
    values.update(changes)
    return MerchantSummary.model_validate(values)


def loaded(n: int = 40) -> tuple[MerchantTableModel, MerchantFilterProxy]:
    model = MerchantTableModel()
    proxy = MerchantFilterProxy()
    proxy.setSourceModel(model)
    model.set_items([merchant(i) for i in range(1, n + 1)])
    return model, proxy


def column(proxy: MerchantFilterProxy, key: str, role: int = SORT_ROLE) -> list[object]:
    return [proxy.index(r, COLUMN[key]).data(role) for r in range(proxy.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester):
    model, proxy = loaded()
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(proxy, force_py=True)


def test_money_and_growth_are_formatted_from_integers():
    model = MerchantTableModel()
    model.set_items([merchant(1, gmv_12m=123_456_789_01, growth_24m_bp=-1234)])
    gmv = model.index(0, COLUMN["gmv_12m"])
    assert gmv.data() == "123,456,789"
    assert gmv.data(SORT_ROLE) == 123_456_789_01 and gmv.data(KEY_ROLE) == "M00001"
    assert model.index(0, COLUMN["growth_24m"]).data() == "-12.34%"
    assert model.index(0, COLUMN["token"]).data() == "—"
    assert model.headerData(COLUMN["gmv_12m"], Qt.Orientation.Horizontal) == "GMV 12m (USD)"


def test_sorting_uses_raw_numbers_not_text():
    model, proxy = loaded()
    proxy.sort(COLUMN["gmv_12m"], Qt.SortOrder.DescendingOrder)
    values = column(proxy, "gmv_12m")
    assert values == sorted(values, reverse=True)
    assert len(set(values)) > 10  # a real ordering was tested, not a constant column
    proxy.sort(COLUMN["growth_24m"], Qt.SortOrder.AscendingOrder)
    growth = column(proxy, "growth_24m")
    assert growth == sorted(growth) and growth[0] < 0 < growth[-1]


def test_sort_keeps_persistent_indexes_on_the_same_merchant():
    model, proxy = loaded()
    index = QPersistentModelIndex(model.index(5, 0))
    before = index.data()
    model.sort(COLUMN["score"], Qt.SortOrder.DescendingOrder)
    assert index.isValid() and index.data() == before
    assert index.row() != 5 or model.index(5, 0).data() == before


def test_new_list_keeps_the_chosen_sort():
    model, proxy = loaded(10)
    proxy.sort(COLUMN["score"], Qt.SortOrder.DescendingOrder)
    model.set_items([merchant(i) for i in range(1, 30)])
    scores = column(proxy, "score")
    assert scores == sorted(scores, reverse=True)


def test_filters_combine_and_search_matches_name_or_id():
    model, proxy = loaded(60)
    proxy.set_filter(MerchantFilter(city="Shenzhen"))
    assert proxy.rowCount() > 0
    assert set(column(proxy, "city", Qt.ItemDataRole.DisplayRole)) == {"Shenzhen"}
    proxy.set_filter(MerchantFilter(city="Shenzhen", tokenized=True))
    rows = [proxy.merchant(r) for r in range(proxy.rowCount())]
    assert rows and all(m.tokenized and m.city == City.SHENZHEN for m in rows)
    proxy.set_filter(MerchantFilter(search="store 1"))  # case-insensitive, by name
    assert {m.name for m in (proxy.merchant(r) for r in range(proxy.rowCount()))} == {
        "Store 1",
        *(f"Store {i}" for i in range(10, 20)),
    }
    proxy.set_filter(MerchantFilter(search="m00042"))  # by id
    assert proxy.rowCount() == 1 and proxy.merchant(0).id == "M00042"
    proxy.set_filter(MerchantFilter(category="Apparel", platform="Amazon"))
    assert [proxy.merchant(r).id for r in range(proxy.rowCount())] == ["M00018", "M00042"]
    proxy.set_filter(MerchantFilter())
    assert proxy.rowCount() == 60


def test_a_refreshed_list_updates_in_place_and_keeps_the_selection(qtbot):
    model, proxy = loaded(30)
    proxy.sort(COLUMN["score"], Qt.SortOrder.DescendingOrder)
    selected = QPersistentModelIndex(proxy.index(3, 0))
    chosen = selected.data()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_items([merchant(i, score=(i * 11) % 101) for i in range(1, 31)])
    assert resets == []  # same merchants, new figures: no reset
    assert selected.isValid() and selected.data() == chosen
    scores = column(proxy, "score")
    assert scores == sorted(scores, reverse=True)
    assert model.item(0).score == max(scores)


def test_merchants_come_and_go_in_place_and_ties_stay_in_id_order(qtmodeltester):
    model, proxy = loaded(30)
    proxy.sort(COLUMN["city"], Qt.SortOrder.DescendingOrder)
    row = model.row_of("M00007")
    assert row is not None
    selected = QPersistentModelIndex(model.index(row, 0))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_items([merchant(i) for i in reversed(range(3, 40))])  # given out of order
    assert resets == [] and selected.isValid() and selected.data() == "M00007"
    assert model.row_of("M00001") is None and model.row_of("M00039") is not None
    shown = [(m.city.value, m.id) for m in model.items()]
    by_id = sorted(shown, key=lambda pair: pair[1])
    assert shown == sorted(by_id, key=lambda pair: pair[0], reverse=True)  # ties by id
    qtmodeltester.check(model, force_py=True)
