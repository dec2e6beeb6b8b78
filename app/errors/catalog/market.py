"""The PST market: orders, signatures, fills and cancels."""

from app.errors.catalog import Message

MESSAGES = {
    "market.error": Message(
        "The market could not do this. Nothing was changed; try again.",
        "市场无法完成此操作。没有任何更改；请重试。",
        "市場無法完成此操作。沒有任何變更；請重試。",
    ),
    "market.order_malformed": Message(
        "This order is not valid: the field {field} is missing or malformed.",
        "此订单无效：字段 {field} 缺失或格式错误。",
        "此訂單無效：欄位 {field} 缺失或格式錯誤。",
    ),
    "market.signature_malformed": Message(
        "This order's signature cannot be read ({reason}). Ask the maker to sign it again.",
        "无法读取此订单的签名（{reason}）。请让挂单人重新签名。",
        "無法讀取此訂單的簽章（{reason}）。請讓掛單人重新簽章。",
    ),
}
