"""The order book through the platform API: why an order was not listed (app.market.book_client)."""

from app.errors.catalog import Message

MESSAGES = {
    "market_book.refused": Message(
        "The platform did not list the order ({detail}).",
        "平台未挂出该订单（{detail}）。",
        "平台未掛出該訂單（{detail}）。",
    ),
    "market_book.malformed_order": Message(
        "The order is malformed and was not listed ({detail}). Make it again from the order "
        "dialog.",
        "订单格式有误，未挂出（{detail}）。请在下单窗口重新创建。",
        "訂單格式有誤，未掛出（{detail}）。請在下單視窗重新建立。",
    ),
    "market_book.unknown_token": Message(
        "This token is not traded on the platform's market.",
        "该代币不在平台市场交易。",
        "該代幣不在平台市場交易。",
    ),
    "market_book.order_too_small": Message(
        "The order is worth less than the market's minimum of 1 stablecoin ({detail}). Raise "
        "the amount or the price.",
        "订单价值低于市场最低 1 个稳定币（{detail}）。请提高数量或价格。",
        "訂單價值低於市場最低 1 個穩定幣（{detail}）。請提高數量或價格。",
    ),
    "market_book.duplicate_order": Message(
        "This order is already on the book; nothing was changed.",
        "该订单已在订单簿上；未做任何更改。",
        "該訂單已在訂單簿上；未做任何更改。",
    ),
    "market_book.bad_signature": Message(
        "The order's signature is not the maker's. Sign it again with the maker's account.",
        "订单签名不属于挂单方。请用挂单方账户重新签名。",
        "訂單簽章不屬於掛單方。請用掛單方帳戶重新簽署。",
    ),
    "market_book.order_expired": Message(
        "The order has already expired. Choose a later expiry and sign again.",
        "订单已过期。请选择更晚的到期时间并重新签名。",
        "訂單已過期。請選擇較晚的到期時間並重新簽署。",
    ),
    "market_book.order_cancelled": Message(
        "This order was cancelled on chain and cannot be listed again. Make a new order.",
        "该订单已在链上取消，不能再次挂出。请新建订单。",
        "該訂單已在鏈上取消，不能再次掛出。請新建訂單。",
    ),
    "market_book.stale_nonce": Message(
        "The order was made before your last “cancel all” and is void. Make a new order.",
        "该订单创建于您上次“全部取消”之前，已失效。请新建订单。",
        "該訂單建立於您上次「全部取消」之前，已失效。請新建訂單。",
    ),
    "market_book.order_filled": Message(
        "This order is already filled.",
        "该订单已全部成交。",
        "該訂單已全部成交。",
    ),
    "market_book.maker_not_compliant": Message(
        "The maker's KYC is not valid on the platform, so the order cannot be listed. Renew "
        "the KYC first.",
        "挂单方的 KYC 在平台上无效，订单无法挂出。请先更新 KYC。",
        "掛單方的 KYC 在平台上無效，訂單無法掛出。請先更新 KYC。",
    ),
    "market_book.balance_short": Message(
        "The maker's balance does not cover the order ({detail}). Lower the amount or add funds.",
        "挂单方余额不足以覆盖该订单（{detail}）。请减少数量或补充资金。",
        "掛單方餘額不足以支付該訂單（{detail}）。請減少數量或補充資金。",
    ),
    "market_book.allowance_short": Message(
        "The market may not spend enough of the maker's funds ({detail}). Approve the market "
        "for the order's amount first.",
        "市场合约可动用挂单方资金的额度不足（{detail}）。请先为该订单金额授权市场合约。",
        "市場合約可動用掛單方資金的額度不足（{detail}）。請先為該訂單金額授權市場合約。",
    ),
    "market_book.market_unavailable": Message(
        "The platform's market is not running right now. Try again later.",
        "平台市场当前未运行。请稍后重试。",
        "平台市場目前未運行。請稍後重試。",
    ),
}
