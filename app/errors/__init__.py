"""One error model for the core.

Every error the core raises on purpose derives from `AppError`, which carries a stable `code`
(e.g. "chain.id_mismatch") and `params` (the values the sentence needs). One table,
`app.errors.catalog`, turns a code into English, 简体中文 or 繁體中文; the CLI and the GUI both read
it, so no English sentence from the core reaches a Chinese screen.

A subclass names its default code as a class attribute and may pass another one per instance:

    class ChainIdMismatch(ChainError):
        code = "chain.id_mismatch"

    raise ChainIdMismatch(expected=1, actual=5)
    raise ChainError("chain.no_rpc_url", profile=name)

Parameters are data, never secrets: no password, key, mnemonic word, token or raw transaction.
Text that came from outside (a server's words, a file's content) is cleaned of control
characters and clipped when the sentence is rendered.
"""

from __future__ import annotations

from typing import Any, ClassVar

from app.errors.catalog import LANGUAGES, render

__all__ = ["LANGUAGES", "AppError", "WordedError", "render"]


class AppError(Exception):
    """Base of every error the core raises on purpose."""

    code: ClassVar[str] = "app.error"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        if code is not None:
            self.code = code  # type: ignore[misc]  # an instance may refine its class's code
        self.params: dict[str, Any] = params
        super().__init__(self.code)

    def text(self, language: str = "en") -> str:
        """The sentence for a user, in `language` ("en", "zh_CN" or "zh_TW")."""
        return render(self.code, self.params, language)

    @property
    def user_message(self) -> str:
        """The English sentence (logs, the CLI in English, tests)."""
        return self.text("en")

    def __str__(self) -> str:
        return self.user_message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, **{self.params!r})"


class WordedError(AppError):
    """An error still worded in English where it is raised (its sentence is the `message`
    param). Kept while the raise sites move to codes; other languages show the class's code
    sentence around the English words."""

    def __init__(self, message: str = "", /, **params: Any) -> None:
        super().__init__(None, message=message, **params)
        self.args = (message,)

    @property
    def user_message(self) -> str:
        return str(self.params["message"])

    def text(self, language: str = "en") -> str:
        return self.user_message if language == "en" else super().text(language)

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else self.user_message
