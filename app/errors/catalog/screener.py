"""The screener: screening every merchant on the five criteria from the bulk data."""

from app.errors.catalog import Message

MESSAGES = {
    "screener.cancelled": Message(
        "Screening was cancelled; nothing changed.",
        "筛选已取消；未作任何更改。",
        "篩選已取消；未作任何變更。",
    ),
    "screener.token": Message(
        "The API token could not be read from the vault: {problem}",
        "无法从保险库读取 API 令牌：{problem}",
        "無法從保險庫讀取 API 權杖：{problem}",
    ),
    "screener.inconsistent": Message(
        "The bulk data does not fit together ({problem}). Try again; if it persists, clear the "
        "screener's cache in the data directory.",
        "批量数据前后不一致（{problem}）。请重试；如仍出现，请清除数据目录中的筛选器缓存。",
        "批次資料前後不一致（{problem}）。請重試；如仍出現，請清除資料目錄中的篩選器快取。",
    ),
}
