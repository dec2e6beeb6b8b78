"""The Market page's trades (app.services.market_desk)."""

from app.errors.catalog import Message

MESSAGES = {
    "market_desk.error": Message(
        "The trade could not be done. Nothing was signed; try again.",
        "无法完成交易。没有签署任何内容；请重试。",
        "無法完成交易。沒有簽署任何內容；請重試。",
    ),
    "market_desk.unknown_token": Message(
        "{symbol} is not a token of this network's registry (any more). Choose another token, "
        "or check the network profile.",
        "{symbol} 不是（或已不再是）此网络注册表中的代币。请选择其他代币，或检查网络配置。",
        "{symbol} 不是（或已不再是）此網絡註冊表中的代幣。請選擇其他代幣，或檢查網絡設定。",
    ),
    "market_desk.typed_signing_unavailable": Message(
        "This account's signer cannot sign orders (EIP-712 typed data). Use a keystore account "
        "of the wallet, or take an order from the book instead.",
        "此账户的签名方式无法签署订单（EIP-712 类型化数据）。请使用钱包的密钥库账户，或改为吃单。",
        "此帳戶的簽章方式無法簽署訂單（EIP-712 類型化資料）。請使用錢包的金鑰庫帳戶，或改為吃單。",
    ),
    "market_desk.not_confirmed": Message(
        "{what} did not go through (status {status}). Nothing after it was sent; check the "
        "Wallet page's activity.",
        "{what}未成功（状态 {status}）。其后的步骤均未发送；请查看钱包页面的记录。",
        "{what}未成功（狀態 {status}）。其後的步驟均未傳送；請查看錢包頁面的紀錄。",
    ),
}
