"""Find text that does not fit: labels and buttons whose one-line text is wider than the room
they got (cut off at the right), e.g. a Chinese caption at 200 % scaling."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QSizePolicy, QWidget


def clipped_texts(root: QWidget) -> list[str]:
    """Shown labels and buttons under `root` whose text is cut (word-wrapped labels wrap, and
    labels that chose to ignore their text's width, like chart captions, are skipped)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 1:
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
