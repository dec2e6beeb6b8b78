"""The Merchants page: the whole portfolio in one sortable, filterable table.

Double-click or Enter opens a merchant's dashboard (the `open_merchant` signal). Loading runs
in the background; when the server fails the page keeps what it shows, says so in a banner, and
the cache (CachedApi) serves the last good list with its age.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.backend.cache import Fetched
from app.backend.errors import BackendError
from app.backend.models import Category, City, MerchantSummary, Platform
from app.events import MERCHANTS_UPDATED
from app.services.merchants import is_offline
from ui.merchants.table_model import (
    COLUMN,
    MerchantFilter,
    MerchantFilterProxy,
    MerchantTableModel,
)
from ui.shared import format as fmt
from ui.shared.bridge import EventBridge
from ui.shared.i18n.names import name
from ui.shared.i18n.retranslating import Retranslating, Text, said
from ui.shared.runner import Op, user_message
from ui.shell import shortcuts

SEARCH_DELAY_MS = 250
COLUMN_WIDTHS = {"id": 80, "name": 260, "city": 100, "platform": 100, "category": 180,
                 "token": 80, "score": 60, "gmv_12m": 130, "growth_24m": 100}  # fmt: skip


def stale_banner(fetched_at: dt.datetime, error: BackendError | None) -> str:
    """What a page says above data served from the cache."""
    age = fmt.age(dt.datetime.now(dt.UTC) - fetched_at)
    if error is None or is_offline(error):
        text = QCoreApplication.translate(
            "MerchantsPage",
            "Offline — showing data from {age}. It refreshes when the connection is back.",
        )
    else:
        text = QCoreApplication.translate(
            "MerchantsPage",
            "Showing saved data from {age}: the server's latest answer could not be used.",
        )
    return text.format(age=age)


class MerchantList(Protocol):
    """What the page needs of the MerchantExplorer."""

    def list_merchants(self) -> Fetched[list[MerchantSummary]]: ...


def _combo(object_name: str, values: list[str]) -> QComboBox:
    """A filter: "any" first (worded in `retranslate`), then the backend's values."""
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.addItem("", None)
    for value in values:
        combo.addItem("", value)  # shown translated, filtered by the backend's value
    return combo


def _word_combo(combo: QComboBox, anything: str) -> None:
    combo.setAccessibleName(anything)
    combo.setItemText(0, anything)
    for index in range(1, combo.count()):
        combo.setItemText(index, name(combo.itemData(index)))


class MerchantsPage(Retranslating, QWidget):
    open_merchant = Signal(str)
    loaded = Signal()  # after each successful (or cached) load
    failed = Signal(str)  # the message shown

    def __init__(
        self, explorer: MerchantList, bridge: EventBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.explorer = explorer
        self._fetched_at: dt.datetime | None = None
        self._stale = False
        self._stale_error: BackendError | None = None
        self._error: BaseException | None = None  # the last load's, while it is shown
        self._asked = False  # a load was asked for (before it, the count says "Loading…")
        self._dirty = False
        self._loading = False

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.city = _combo("city", [c.value for c in City])
        self.platform = _combo("platform", [p.value for p in Platform])
        self.category = _combo("category", [c.value for c in Category])
        self.tokenized = QComboBox()
        self.tokenized.setObjectName("tokenized")
        for value in (None, True, False):
            self.tokenized.addItem("", value)
        self.refresh_button = QPushButton()
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.hide()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.model = MerchantTableModel(self)
        self.proxy = MerchantFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("merchantTable")
        self._setup_table()

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(12)
        head.addWidget(self.count, 1, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.refresh_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.city, self.platform, self.category, self.tokenized):
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(head)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.city, self.platform, self.category, self.tokenized):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.refresh_button.clicked.connect(self.reload)
        self.table.activated.connect(self._activated)
        shortcuts.bind(self, "merchants.search", self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        # The banner says how old cached data is; keep that age current.
        self._age_timer = QTimer(self, interval=30_000)
        self._age_timer.timeout.connect(self._update_banner)
        self._age_timer.start()
        bridge.on(MERCHANTS_UPDATED, self._merchants_changed, self)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Merchants"))
        self.search.setPlaceholderText(self.tr("Search name or ID  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search merchants"))
        _word_combo(self.city, self.tr("All cities"))
        _word_combo(self.platform, self.tr("All platforms"))
        _word_combo(self.category, self.tr("All categories"))
        self.tokenized.setAccessibleName(self.tr("Tokenized or not"))
        for index, text in enumerate(
            (self.tr("Tokenized or not"), self.tr("Tokenized"), self.tr("Not tokenized"))
        ):
            self.tokenized.setItemText(index, text)
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Load the merchant list again (F5)"))
        self.table.setAccessibleName(self.tr("Merchants"))
        # The texts with values: the count, the banner, the error.
        if not self._asked:
            self.count.setText(self.tr("Loading…"))
        elif self._loading and self.model.rowCount() == 0:
            self.count.setText(self.tr("Loading merchants…"))
        else:
            self._update_count()
        self._update_banner()
        if self._error is not None:
            self.error.setText(user_message(self._error))
        self._fit_columns()  # the headers' new words may be wider

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(COLUMN["id"], Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long name keeps its both ends
        table.setShowGrid(False)
        # The scroll bar is always there: a filter that shrinks the list never widens the
        # stretched Name column (and moves every column after it) by the bar's width.
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        vertical = table.verticalHeader()
        vertical.hide()
        # Fixed, uniform row heights: the view never measures 15,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(
            max(26, table.fontMetrics().height() + 8)
        )  # CJK fonts are taller
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        self._fit_columns()
        header.setSectionResizeMode(COLUMN["name"], QHeaderView.ResizeMode.Stretch)

    def _fit_columns(self) -> None:
        """Each column its planned width, or its header's if wider (Chinese headers are never
        clipped); run again when the language changes."""
        header = self.table.horizontalHeader()
        for key, width in COLUMN_WIDTHS.items():
            column = COLUMN[key]
            needed = header.sectionSizeFromContents(column).width()
            self.table.setColumnWidth(column, max(width, needed))

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        if self._loading:
            return
        self._loading = True
        self._asked = True
        self._dirty = False
        op = Op(self, self.explorer.list_merchants)
        op.success(self._loaded).failure(self._failed).with_progress(self.tr("Loading merchants…"))
        op.run_in_background()

    def show_progress(self, label: Text | None) -> None:
        # Only the first load says so; live refreshes replace the rows without flicker.
        if label and self.model.rowCount() == 0:
            self.count.setText(said(label))

    def _loaded(self, fetched: Fetched[list[MerchantSummary]]) -> None:
        self._loading = False
        self._fetched_at = fetched.fetched_at
        self._stale = bool(fetched.stale)
        self._stale_error = fetched.error
        self.model.set_items(fetched.value)
        if self.proxy.current_filter != MerchantFilter():  # new figures may change who matches
            self.proxy.refilter()
        if fetched.stale and fetched.error is not None:
            self._show_error(fetched.error)
        else:
            self._error = None
            self.error.hide()
        self._update_banner()
        self._update_count()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self._show_error(error)
        self._update_count()
        self.failed.emit(self.error.text())

    def _show_error(self, error: BaseException) -> None:
        self._error = error
        self.error.setText(user_message(error))
        self.error.show()

    def _merchants_changed(self, _changes: object) -> None:
        if self.isVisible():
            self.reload()
        else:  # refresh when the user comes back, not in the background for nobody
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    # --- filtering ---------------------------------------------------------------------------
    def current_filter(self) -> MerchantFilter:
        return MerchantFilter(
            city=self.city.currentData(),
            platform=self.platform.currentData(),
            category=self.category.currentData(),
            tokenized=self.tokenized.currentData(),
            search=self.search.text().strip(),
        )

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        self.proxy.set_filter(self.current_filter())
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if total == 0 and self._loading:
            return
        self.count.setText(
            self.tr("{shown} of %n merchant(s)", "", total).format(shown=fmt.integer(shown))
        )

    def _update_banner(self) -> None:
        if not self._stale or self._fetched_at is None:
            self.banner.hide()
            return
        self.banner.setText(stale_banner(self._fetched_at, self._stale_error))
        self.banner.show()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_merchant.emit(self.proxy.merchant(index.row()).id)

    @property
    def fetched_at(self) -> dt.datetime | None:
        return self._fetched_at
