"""Sentences shared by every part of the core."""

from app.errors.catalog import Message

MESSAGES = {
    "app.error": Message(
        "Something went wrong ({code}). Nothing was changed; try again, and if it keeps "
        "happening, contact support.",
        "出现问题（{code}）。没有任何更改；请重试，如果问题持续，请联系支持。",
        "發生問題（{code}）。沒有任何變更；請重試，如果問題持續，請聯絡支援。",
    ),
}
