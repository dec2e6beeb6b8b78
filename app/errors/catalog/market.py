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
    "market.none": Message(
        "This network has no market: the registry {registry} names none. Ask the platform, or "
        "choose another network.",
        "此网络没有市场：注册表 {registry} 未登记市场合约。请联系平台，或选择其他网络。",
        "此網路沒有市場：登錄表 {registry} 未登記市場合約。請聯絡平台，或選擇其他網路。",
    ),
    "market.amount_not_positive": Message(
        "The amount and the price must both be more than zero.",
        "数量和价格都必须大于零。",
        "數量和價格都必須大於零。",
    ),
    "market.not_your_order": Message(
        "This order's maker is {maker}, not the account signing ({signer}). Sign with the "
        "maker's account.",
        "此订单的挂单人是 {maker}，不是签名账户（{signer}）。请用挂单人的账户签名。",
        "此訂單的掛單人是 {maker}，不是簽章帳戶（{signer}）。請用掛單人的帳戶簽章。",
    ),
    "market.own_order": Message(
        "This is your own order: you cannot trade with yourself. Cancel it instead.",
        "这是您自己的订单，不能与自己成交。请改为撤单。",
        "這是您自己的訂單，不能與自己成交。請改為撤單。",
    ),
    "market.private_order": Message(
        "This order is reserved for {taker}; another account cannot fill it.",
        "此订单仅限 {taker} 成交，其他账户不能成交。",
        "此訂單僅限 {taker} 成交，其他帳戶不能成交。",
    ),
    "market.order_cancelled": Message(
        "This order was cancelled by its maker; choose another order.",
        "此订单已被挂单人撤销；请选择其他订单。",
        "此訂單已被掛單人撤銷；請選擇其他訂單。",
    ),
    "market.order_stale": Message(
        "This order is no longer valid: its maker cancelled all their orders. Choose another "
        "order.",
        "此订单已失效：挂单人已撤销全部订单。请选择其他订单。",
        "此訂單已失效：掛單人已撤銷全部訂單。請選擇其他訂單。",
    ),
    "market.order_expired": Message(
        "This order has expired; choose another order.",
        "此订单已过期；请选择其他订单。",
        "此訂單已過期；請選擇其他訂單。",
    ),
    "market.overfill": Message(
        "This order has only {remaining} base units left; take at most that much.",
        "此订单仅剩 {remaining} 个基本单位；最多只能成交这么多。",
        "此訂單僅剩 {remaining} 個基本單位；最多只能成交這麼多。",
    ),
    "market.taker_not_compliant": Message(
        "Your KYC ({account}) is not current, so you cannot trade. Renew it and try again.",
        "您的 KYC（{account}）已失效，无法交易。请更新后重试。",
        "您的 KYC（{account}）已失效，無法交易。請更新後重試。",
    ),
    "market.maker_not_compliant": Message(
        "The other side's KYC ({account}) is not current, so this order cannot fill now. Choose "
        "another order.",
        "对方的 KYC（{account}）已失效，此订单目前无法成交。请选择其他订单。",
        "對方的 KYC（{account}）已失效，此訂單目前無法成交。請選擇其他訂單。",
    ),
    "market.fill_refused": Message(
        "The market refuses this fill ({reason}). Nothing was sent.",
        "市场拒绝此成交（{reason}）。未发送任何交易。",
        "市場拒絕此成交（{reason}）。未傳送任何交易。",
    ),
    "market.balance_short": Message(
        "Your balance is too low for this trade: it needs {need} base units and you have {have}.",
        "余额不足以完成此交易：需要 {need} 个基本单位，您只有 {have} 个。",
        "餘額不足以完成此交易：需要 {need} 個基本單位，您只有 {have} 個。",
    ),
    "market.maker_cannot_pay": Message(
        "The other side ({account}) can no longer settle this order: the market may move only "
        "{have} of the {need} base units it needs from them (their balance or allowance went "
        "down). Nothing was sent; choose another order.",
        "对方（{account}）已无法交割此订单：市场合约只能从对方转出 {have} 个基本单位，而需要 "
        "{need} 个（对方的余额或授权额度已减少）。未发送任何交易；请选择其他订单。",
        "對方（{account}）已無法交割此訂單：市場合約只能從對方轉出 {have} 個基本單位，而需要 "
        "{need} 個（對方的餘額或授權額度已減少）。未傳送任何交易；請選擇其他訂單。",
    ),
    "market.makers_cannot_settle": Message(
        "None of the {count} order(s) on the {symbol} book at this price can settle now: their "
        "makers' funds, allowances or KYC no longer cover them (your own account is fine). "
        "Nothing was sent; try again later or post an order with --post.",
        "{symbol} 订单簿上此价格的 {count} 个订单目前都无法交割：挂单方的资金、授权额度或 KYC "
        "已不足以支持（您自己的账户没有问题）。未发送任何交易；请稍后重试，或用 --post 挂单。",
        "{symbol} 訂單簿上此價格的 {count} 筆訂單目前都無法交割：掛單方的資金、授權額度或 KYC "
        "已不足以支持（您自己的帳戶沒有問題）。未傳送任何交易；請稍後重試，或用 --post 掛單。",
    ),
    "market.order_too_small": Message(
        "This order is worth {worth}; the market lists orders worth at least {minimum}. Raise "
        "the amount or the price.",
        "此订单价值 {worth}；市场只挂出价值至少 {minimum} 的订单。请提高数量或价格。",
        "此訂單價值 {worth}；市場只掛出價值至少 {minimum} 的訂單。請提高數量或價格。",
    ),
    "market.price_too_precise": Message(
        "The price “{text}” has more decimal places than the stablecoin's {decimals}. Round "
        "the price to {decimals} places, such as 12.40.",
        "价格“{text}”的小数位数超过稳定币的 {decimals} 位。"
        "请将价格舍入到 {decimals} 位，例如 12.40。",
        "價格「{text}」的小數位數超過穩定幣的 {decimals} 位。"
        "請將價格捨入到 {decimals} 位，例如 12.40。",
    ),
    "market.price_zero": Message(
        "The price must be more than zero, such as 12.40 (stablecoin per whole PST).",
        "价格必须大于零，例如 12.40（每个完整 PST 的稳定币价格）。",
        "價格必須大於零，例如 12.40（每個完整 PST 的穩定幣價格）。",
    ),
    "market.nothing_to_take": Message(
        "No order on the {symbol} book matches this price now. Change the price, or post an "
        "order with --post.",
        "{symbol} 的订单簿上目前没有符合此价格的订单。请调整价格，或用 --post 挂单。",
        "{symbol} 的訂單簿上目前沒有符合此價格的訂單。請調整價格，或用 --post 掛單。",
    ),
    "market.no_such_order": Message(
        "You have no order {order} on {symbol}. See `market orders` for your orders.",
        "您在 {symbol} 上没有订单 {order}。请用 `market orders` 查看您的订单。",
        "您在 {symbol} 上沒有訂單 {order}。請用 `market orders` 查看您的訂單。",
    ),
    "market.typed_signing_unavailable": Message(
        "This account cannot sign orders (typed data) here. Take an order from the book instead, "
        "or sign with another account.",
        "此账户在此无法签署订单（类型化数据）。请改为从订单簿成交，或使用其他账户签名。",
        "此帳戶在此無法簽署訂單（型別化資料）。請改為從訂單簿成交，或使用其他帳戶簽章。",
    ),
    "market.cli_bad_number": Message(
        "--wait, --expires-in and --limit must be more than zero.",
        "--wait、--expires-in 和 --limit 必须大于零。",
        "--wait、--expires-in 和 --limit 必須大於零。",
    ),
    "market.cli_no_symbol": Message(
        "`market {action}` needs the token's symbol, e.g. `market {action} PST1`.",
        "`market {action}` 需要代币代码，例如 `market {action} PST1`。",
        "`market {action}` 需要代幣代碼，例如 `market {action} PST1`。",
    ),
    "market.cli_no_account": Message(
        "`market {action}` needs --account (your wallet account).",
        "`market {action}` 需要 --account（您的钱包账户）。",
        "`market {action}` 需要 --account（您的錢包帳戶）。",
    ),
    "market.cli_amount_and_price": Message(
        "`market {action}` needs --amount (whole PST) and --price (stablecoin per PST).",
        "`market {action}` 需要 --amount（PST 数量）和 --price（每个 PST 的稳定币价格）。",
        "`market {action}` 需要 --amount（PST 數量）和 --price（每個 PST 的穩定幣價格）。",
    ),
    "market.cli_no_order_hash": Message(
        "`market cancel` needs the order's hash after the symbol (see `market orders`).",
        "`market cancel` 需要在代币代码后给出订单哈希（见 `market orders`）。",
        "`market cancel` 需要在代幣代碼後給出訂單雜湊（見 `market orders`）。",
    ),
    "market.cli_no_api_url": Message(
        "The profile has no API URL: give --api-url or set one in the profile.",
        "此配置没有 API 地址：请提供 --api-url，或在配置中设置。",
        "此設定檔沒有 API 網址：請提供 --api-url，或在設定檔中設定。",
    ),
}
