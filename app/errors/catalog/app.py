"""Sentences shared by every part of the core."""

from app.errors.catalog import Message

MESSAGES = {
    "app.error": Message(
        "Something went wrong ({code}). Nothing was changed; try again, and if it keeps "
        "happening, contact support.",
        "出现问题（{code}）。没有任何更改；请重试，如果问题持续，请联系支持。",
        "發生問題（{code}）。沒有任何變更；請重試，如果問題持續，請聯絡支援。",
    ),
    # A raise site that still passes an English sentence (see AppError); its words are shown as
    # they are, after a word in the user's language.
    "app.worded": Message(
        "{sentence}",
        "操作未完成：{sentence}",
        "操作未完成：{sentence}",
    ),
}
