"""Labels whose text has values in it (an outcome, a count, a block): each remembers how its text
was made, so the widget that owns it says it again in the new language from its `retranslate()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

Render = Callable[[], str]  # makes a text in the current language


class SaidLabel(QLabel):
    """`say(render)` shows `render()` and keeps `render`; `again()` shows it anew. A plain
    `setText` forgets the last render (that text is not said again)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._render: Render | None = None

    def say(self, render: Render) -> None:
        self.setText(render())
        self._render = render  # after setText, which forgets the previous one

    def again(self) -> None:
        """The last said text in the current language (the owner's `retranslate()` calls it)."""
        if self._render is not None:
            self.say(self._render)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._render = None
        super().setText(text)

    def clear(self) -> None:
        self._render = None
        super().clear()


class MessageLabel(SaidLabel):
    """The page's one line of news: hidden while empty, so it takes no room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))
