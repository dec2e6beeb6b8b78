"""Sentences shared by every part of the core."""

from app.errors.catalog import Message

MESSAGES = {
    "app.error": Message(
        "Something went wrong ({code}). Nothing was changed; try again, and if it keeps "
        "happening, contact support.",
        "出现问题（{code}）。没有任何更改；请重试，如果问题持续，请联系支持。",
        "發生問題（{code}）。沒有任何變更；請重試，如果問題持續，請聯絡支援。",
    ),
    "app.not_a_database": Message(
        "{path} is not a PST Desk database, or it is damaged ({reason}). Nothing was changed. "
        "Restore it from a backup, or pass --data-dir with another directory.",
        "{path} 不是 PST Desk 数据库，或已损坏（{reason}）。未做任何更改。"
        "请从备份恢复该文件，或用 --data-dir 指定其他目录。",
        "{path} 不是 PST Desk 資料庫，或已損壞（{reason}）。未做任何變更。"
        "請從備份還原該檔案，或用 --data-dir 指定其他目錄。",
    ),
    # A raise site that still passes an English sentence (see AppError); its words are shown as
    # they are, after a word in the user's language.
    "app.worded": Message(
        "{sentence}",
        "操作未完成：{sentence}",
        "操作未完成：{sentence}",
    ),
}
