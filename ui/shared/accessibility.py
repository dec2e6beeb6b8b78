"""What a screen reader would announce for each control: a check that every interactive control
has a name (its own text, an accessible name, or the label a form layout ties to it)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology gets for `widget` (Qt's own rules: accessibleName, the
    button's text, a buddy label from a QFormLayout row, a line edit's placeholder, ...)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName()).strip()


def _part_of_another_control(widget: QWidget) -> bool:
    """Sub-widgets Qt builds inside a control (a combo box's line edit, a spin box's editor, a
    scroll bar) are announced with their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QAbstractSlider)


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive controls under `root` (shown ones) that a screen reader could not name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _part_of_another_control(widget):
            continue
        if not widget.isVisibleTo(root) or not widget.focusPolicy():
            continue
        if not accessible_name(widget):
            found.append(f"{type(widget).__name__}({widget.objectName()!r})")
    return found
