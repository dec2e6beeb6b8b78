"""Naming a widget where it is made: `named(QLineEdit(text), "login")`. Qt accepts
`objectName=` as a constructor keyword, but PySide6's stubs list only each class's own
properties, so the keyword fails type checking."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Q = TypeVar("Q", bound=QObject)


def named(widget: Q, name: str) -> Q:
    """`widget`, with `name` as its object name (what stylesheets and tests find it by)."""
    widget.setObjectName(name)
    return widget
