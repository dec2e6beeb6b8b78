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
characters and clipped when the sentence is rendered. Words of our own inside a sentence (a
reason, a status, a field's name, another error quoted as the cause) are a `Phrase`, `Sentences`
or the error itself, rendered in the sentence's language:

    raise VaultInputError("vault.field_empty", what=Phrase("vault.field.login"))
    raise BindingIncomplete(store_id, key_version, reason=chain_error)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, ClassVar

from app.errors.catalog import LANGUAGES, render

__all__ = ["LANGUAGES", "AppError", "Phrase", "Sentences", "render"]

_CODE = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+")
WORDED = "app.worded"


class AppError(Exception):
    """Base of every error the core raises on purpose."""

    code: ClassVar[str] = "app.error"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        if code is not None and not _CODE.fullmatch(code):
            # An English sentence from a raise site that has not moved to a code yet (the files
            # are listed in tests/app/errors/test_raise_sites.py); shown as is, framed in Chinese.
            params, code = {**params, "sentence": code}, WORDED
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

    def phrase(self) -> Phrase:
        """The sentence kept as a Phrase: English where a str is expected, and worded again in
        the language it is shown in (a problem a view keeps to show later)."""
        return Phrase(self.code, **self.params)

    def __str__(self) -> str:
        return self.user_message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, **{self.params!r})"


class Phrase(str):
    """A piece of text from the table (a noun, a reason, a status line). It is the English text
    wherever a str is expected, and `text(language)` gives it in another language; given to an
    error as a param, it is rendered in the language of the sentence around it:

        raise CorruptKeystore("wallet.file_missing", what=Phrase("wallet.what_seed"), ...)
    """

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, /, **params: Any) -> Phrase:
        phrase = super().__new__(cls, render(code, params, "en"))
        phrase.code = code
        phrase.params = params
        return phrase

    def text(self, language: str = "en") -> str:
        return render(self.code, self.params, language)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_phrase, (self.code, self.params))

    def __repr__(self) -> str:
        return f"Phrase({self.code!r}, **{self.params!r})"


def _phrase(code: str, params: dict[str, Any]) -> Phrase:
    return Phrase(code, **params)


class Sentences:
    """Several phrases or errors read one after the other, in the language they are shown in
    (a space between English sentences, none between Chinese ones)."""

    def __init__(self, parts: Iterable[Any]) -> None:
        self.parts = tuple(parts)

    def text(self, language: str = "en") -> str:
        joiner = " " if language not in ("zh_CN", "zh_TW") else ""
        return joiner.join(part.text(language) for part in self.parts)

    def __str__(self) -> str:
        return self.text("en")
