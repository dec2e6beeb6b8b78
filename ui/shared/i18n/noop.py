"""`QT_TRANSLATE_NOOP` typed: PySide6's stub says it returns `object`, so every marked text
(a column title, a chart label) would need a cast. lupdate finds the calls by name, whichever
module the name comes from."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str, /) -> str:  # noqa: N802 (Qt's name, for lupdate)
    """Mark `text` for translation in `context`; the text itself, untranslated."""
    return text
