"""The one table from error codes to sentences in English, 简体中文 and 繁體中文.

Each domain keeps its sentences in a module of this package (`MESSAGES: dict[str, Message]`);
they are merged here once, and a code defined twice is a programming error. Templates use
`str.format` fields named after the error's params.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import string
from collections.abc import Mapping
from typing import Any, NamedTuple

from app.errors.clean import clean_text

LANGUAGES = ("en", "zh_CN", "zh_TW")


class Message(NamedTuple):
    en: str
    zh_CN: str
    zh_TW: str


@functools.cache
def table() -> Mapping[str, Message]:
    merged: dict[str, Message] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for code, message in getattr(module, "MESSAGES", {}).items():
            if code in merged:
                raise RuntimeError(f"error code {code!r} is defined twice (in {info.name})")
            merged[code] = message
    return merged


class _Params(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "—"


def render(code: str, params: Mapping[str, Any], language: str = "en") -> str:
    """The sentence for `code` in `language`, filled with `params` (outside text cleaned).

    A param with a `text(language)` method (a `Phrase`, or another error quoted as a reason) is
    rendered in the same language."""
    message = table().get(code) or table()["app.error"]
    template = getattr(message, language if language in LANGUAGES else "en") or message.en
    safe = _Params(code=code)
    for key, value in params.items():
        if callable(getattr(value, "text", None)):
            safe[key] = value.text(language)  # from this table: its own params were cleaned
        else:
            safe[key] = clean_text(value) if isinstance(value, str) else value
    try:
        return string.Formatter().vformat(template, (), safe)
    except (ValueError, TypeError, IndexError, KeyError):
        return message.en if template is not message.en else code
