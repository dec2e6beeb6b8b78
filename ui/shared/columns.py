"""Table columns that stay where they are: widths fixed once (and again when the language
changes), never re-fitted to the rows, so a refresh, a reset or a filter never moves a column.
Merchants set the pattern (ui/merchants/page.py): a name column stretches and long text elides in
the middle, so a name or an address keeps both its ends."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 18  # a cell's margins and the sort indicator's room


def fix_widths(table: QTableView, chars: Sequence[int], stretch: int | None = None) -> None:
    """Column i gets `chars[i]` digits of the table's font, or its header's width if wider (a
    Chinese header is never clipped). `stretch` takes the room left; without one (a table
    wider than its page) the last column does. Call once built and on a change of language."""
    header = table.horizontalHeader()
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.setWordWrap(False)
    header.setStretchLastSection(stretch is None)
    digit = table.fontMetrics().horizontalAdvance("0")
    for column, count in enumerate(chars):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        needed = header.sectionSizeFromContents(column).width()
        table.setColumnWidth(column, max(count * digit + PADDING, needed))
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
