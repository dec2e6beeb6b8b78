"""The screener: screening every merchant on the five criteria from the bulk data."""

from app.errors.catalog import Message

MESSAGES = {
    "screener.cancelled": Message(
        "Screening was cancelled; nothing changed.",
        "筛选已取消；未作任何更改。",
        "篩選已取消；未作任何變更。",
    ),
    "screener.count": Message(
        "The bulk data holds {loaded} stores, but the platform reports {expected}: the "
        "screening stopped rather than show a partial portfolio. Try again.",
        "批量数据包含 {loaded} 家店铺，但平台报告为 {expected} 家：为避免显示不完整的组合，"
        "筛选已停止。请重试。",
        "批次資料包含 {loaded} 家店鋪，但平台回報為 {expected} 家：為避免顯示不完整的組合，"
        "篩選已停止。請重試。",
    ),
    "screener.cli.bad_threshold": Message(
        "{option} must be a plain number from {low} to {high} with at most {places} decimal "
        "place(s), not {value!r}. Nothing was asked of the platform.",
        "{option} 必须是 {low} 到 {high} 之间、最多 {places} 位小数的普通数字，而不是 {value!r}。"
        "未向平台发出任何请求。",
        "{option} 必須是 {low} 到 {high} 之間、最多 {places} 位小數的普通數字，而不是 {value!r}。"
        "未向平台發出任何請求。",
    ),
    "screener.inconsistent": Message(
        "The bulk data does not fit together ({problem}). Try again; if it persists, clear the "
        "screener's cache in the data directory.",
        "批量数据前后不一致（{problem}）。请重试；如仍出现，请清除数据目录中的筛选器缓存。",
        "批次資料前後不一致（{problem}）。請重試；如仍出現，請清除資料目錄中的篩選器快取。",
    ),
}
