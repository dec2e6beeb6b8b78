"""What the Vault page gives the action mixins it is built from (ui/vault/credentials.py and
ui/vault/files.py): its vault and profile, running work off the GUI thread, saying a notice."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QWidget

from app.vault import Vault

if TYPE_CHECKING:
    _Widget = QWidget  # the page this mixes into (VaultPage)
else:
    _Widget = object

T = TypeVar("T")


class VaultPageParts(_Widget):
    """Declared here, defined by VaultPage."""

    vault: Vault
    profile: str

    def _run(
        self,
        fn: Callable[[], T],
        done: Callable[[T], None],
        progress: Callable[[], str],
        reload: bool = True,
    ) -> None:
        raise NotImplementedError

    def _say(self, text: Callable[[], str], error: bool = False, *, success: bool = False) -> None:
        raise NotImplementedError

    def _widget(self) -> QWidget:
        """This page, as the parent of its dialogs."""
        assert isinstance(self, QWidget)
        return self
