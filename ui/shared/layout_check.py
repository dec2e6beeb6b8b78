"""Find text that does not fit: labels and buttons whose one-line text is wider than the room
they got (cut off at the right), e.g. a Chinese caption at 200 % scaling, and table column
titles narrower than their text and sort mark."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QLabel, QSizePolicy, QWidget


def clipped_texts(root: QWidget) -> list[str]:
    """Shown labels and buttons under `root` whose text is cut (word-wrapped labels wrap, and
    labels that chose to ignore their text's width, like chart captions, are skipped)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 1:
            continue
        if isinstance(widget, QHeaderView):
            found += _cut_titles(widget)
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or widget.pixmap() and not widget.text():
                continue
            if widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
                continue
            room = widget.contentsRect().width() - 2 * widget.margin() - widget.indent()
        elif isinstance(widget, QAbstractButton):
            if not widget.text():
                continue
            room = widget.width() - 12  # the frame and padding of a push button
        else:
            continue
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if "<" in text and ">" in text:
            continue  # rich text: measured by its document, not here
        needed = max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        if needed > room + 1:
            found.append(f"{type(widget).__name__}({widget.objectName()!r}): {text[:40]!r}")
    return found


def _cut_titles(header: QHeaderView) -> list[str]:
    """Column titles of a horizontal header narrower than their text (a stretched last
    column, an empty title and a hidden column are left out)."""
    model = header.model()
    if header.orientation() != Qt.Orientation.Horizontal or model is None:
        return []
    found = []
    last = header.count() - 1
    for section in range(header.count()):
        if header.isSectionHidden(section) or (section == last and header.stretchLastSection()):
            continue
        title = model.headerData(section, Qt.Orientation.Horizontal)
        if not title or header.sectionSize(section) + 1 >= header.sectionSizeHint(section):
            continue
        table = header.parentWidget()
        owner = table.objectName() if table is not None else ""
        found.append(f"QHeaderView({owner!r}): {str(title)[:40]!r}")
    return found
