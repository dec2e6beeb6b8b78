# ruff: noqa: E501 - one translation pair a line reads best
"""The Market page, the order dialogs, holdings at market and the red-up / green-up choice:
English -> (Simplified, Traditional). "Context|source" keys override one context."""

STRINGS: dict[str, tuple[str, str]] = {
    # Settings: which colour means up
    "Price changes": ("涨跌颜色", "漲跌顏色"),
    "Follow my market (from the language)": ("按我的市场（依语言）", "按我的市場（依語言）"),
    "Red up, green down": ("红涨绿跌", "紅漲綠跌"),
    "Green up, red down": ("绿涨红跌", "綠漲紅跌"),
    "The colour of rises in prices, P&L and yields: red in mainland China and Taiwan, green in "
    "Hong Kong and the West. Warnings keep their colours.": (
        "价格、盈亏和收益率上涨的颜色：中国大陆和台湾用红色，香港和西方用绿色。警示颜色不变。",
        "價格、盈虧和收益率上漲的顏色：中國大陸和台灣用紅色，香港和西方用綠色。警示顏色不變。",
    ),
    # Holdings at market
    "last trade": ("最新成交价", "最新成交價"),
    "mid": ("买卖中间价", "買賣中間價"),
    "offering price": ("发行价", "發行價"),
    "Cost basis (FIFO)": ("成本（先进先出）", "成本（先進先出）"),
    "Priced at": ("估值依据", "估值依據"),
    "Market value": ("市值", "市值"),
    "Unrealised P&L": ("未实现盈亏", "未實現盈虧"),
    "Yield on market": ("按市值收益率", "按市值收益率"),
    "IRR at market": ("按市值内部收益率", "按市值內部回報率"),
    "First in, first out: what is left of the oldest purchases. Purchases at the price paid "
    "(market buys with their fee); transfers in at the offering price.": (
        "先进先出：最早买入的部分先卖出。买入按实付价格（市场买入含手续费）；转入按发行价计。",
        "先進先出：最早買入的部分先賣出。買入按實付價格（市場買入含手續費）；轉入按發行價計。",
    ),
    "Valued at the last trade on the market.": (
        "按市场最新成交价估值。",
        "按市場最新成交價估值。",
    ),
    "No trade yet: valued at the mid of the best bid and the best ask.": (
        "尚无成交：按最优买价与最优卖价的中间价估值。",
        "尚無成交：按最優買價與最優賣價的中間價估值。",
    ),
    "No trade and no two-sided book: valued at the offering price.": (
        "无成交且买卖盘不全：按发行价估值。",
        "無成交且買賣盤不全：按發行價估值。",
    ),
    "Realised by sales (FIFO): {realised}": (
        "卖出已实现（先进先出）：{realised}",
        "賣出已實現（先進先出）：{realised}",
    ),
    "Market buy": ("市场买入", "市場買入"),
    "Sale": ("卖出", "賣出"),
    "Sales": ("卖出", "賣出"),
    "Transfers out (at FIFO cost)": ("转出（按先进先出成本）", "轉出（按先進先出成本）"),
    "Market buys (price paid with fees)": (
        "市场买入（实付价含手续费）",
        "市場買入（實付價含手續費）",
    ),
    "Sales (proceeds after fees)": ("卖出（扣除手续费后所得）", "賣出（扣除手續費後所得）"),
    "Realised gains on sales (FIFO)": ("卖出已实现收益（先进先出）", "賣出已實現收益（先進先出）"),
    "Market fees paid": ("已付市场手续费", "已付市場手續費"),
    "Realised (FIFO)": ("已实现（先进先出）", "已實現（先進先出）"),
    "Realised gains (FIFO)": ("已实现收益（先进先出）", "已實現收益（先進先出）"),
    "Market value · unrealised P&L": ("市值 · 未实现盈亏", "市值 · 未實現盈虧"),
    "T12M yield (cost · market)": (
        "近12个月收益率（成本 · 市值）",
        "近12個月收益率（成本 · 市值）",
    ),
    "IRR, cash moved (cost · market)": (
        "内部收益率，仅现金（成本 · 市值）",
        "內部回報率，僅現金（成本 · 市值）",
    ),
    "Unrealised: {unrealised} {coin}": (
        "未实现：{unrealised} {coin}",
        "未實現：{unrealised} {coin}",
    ),
    "Realised by sales (first in, first out): {realised} {coin}": (
        "卖出已实现（先进先出）：{realised} {coin}",
        "賣出已實現（先進先出）：{realised} {coin}",
    ),
    "Cost basis method: first in, first out (FIFO).": (
        "成本计算方法：先进先出（FIFO）。",
        "成本計算方法：先進先出（FIFO）。",
    ),
    # Market page
    "Market": ("市场", "市場"),
    "Market depth": ("市场深度", "市場深度"),
    "Price history": ("价格走势", "價格走勢"),
    "Bids (buyers)": ("买盘（买方）", "買盤（買方）"),
    "Asks (sellers)": ("卖盘（卖方）", "賣盤（賣方）"),
    "No open orders": ("暂无挂单", "暫無掛單"),
    "Mid {mid} · spread {spread}": ("中间价 {mid} · 价差 {spread}", "中間價 {mid} · 價差 {spread}"),
    "One side of the book is empty": ("买卖盘有一侧为空", "買賣盤有一側為空"),
    "The market opens once the chain and the platform's order book are connected.": (
        "连接区块链和平台订单簿后即可打开市场。",
        "連接區塊鏈和平台訂單簿後即可開啟市場。",
    ),
    "Total": ("累计", "累計"),
    "MarketModels|Amount": ("数量", "數量"),
    "Orders": ("订单数", "訂單數"),
    "Time (UTC)": ("时间（UTC）", "時間（UTC）"),
    "Taker": ("吃单方", "吃單方"),
    "Side": ("方向", "方向"),
    "Left": ("剩余", "剩餘"),
    "open": ("挂单中", "掛單中"),
    "filled": ("已成交", "已成交"),
    "bought": ("买入", "買入"),
    "sold": ("卖出", "賣出"),
    "Buy…": ("买入…", "買入…"),
    "Sell…": ("卖出…", "賣出…"),
    "Order book": ("订单簿", "訂單簿"),
    "Trades": ("成交", "成交"),
    "Last trades": ("最新成交", "最新成交"),
    "Cancel order": ("撤销订单", "撤銷訂單"),
    "Cancel all my orders": ("撤销我的全部订单", "撤銷我的全部訂單"),
    "My orders": ("我的订单", "我的訂單"),
    "Loading the market…": ("正在加载市场…", "正在載入市場…"),
    "No token has a market yet.": ("尚无代币开通市场。", "尚無代幣開通市場。"),
    "Could not read the market: {user_message}": (
        "无法读取市场：{user_message}",
        "無法讀取市場：{user_message}",
    ),
    "Last {last} · bid {bid} · ask {ask} · offering {offering} · fee {fee}": (
        "最新 {last} · 买价 {bid} · 卖价 {ask} · 发行价 {offering} · 手续费 {fee}",
        "最新 {last} · 買價 {bid} · 賣價 {ask} · 發行價 {offering} · 手續費 {fee}",
    ),
    "Select one of your open orders to cancel.": (
        "请选择一笔要撤销的挂单。",
        "請選擇一筆要撤銷的掛單。",
    ),
    "cancel order {hash}": ("撤销订单 {hash}", "撤銷訂單 {hash}"),
    "Cancel all orders": ("撤销全部订单", "撤銷全部訂單"),
    "Cancel every order you have signed on this market, on every token? One transaction raises "
    "your order nonce: no old signature can be filled again.": (
        "撤销您在此市场签署的所有代币的全部订单？一笔交易将提高您的订单序号：旧签名都无法再成交。",
        "撤銷您在此市場簽署的所有代幣的全部訂單？一筆交易將提高您的訂單序號：舊簽名都無法再成交。",
    ),
    "cancel all my orders": ("撤销我的全部订单", "撤銷我的全部訂單"),
    "Cancelling…": ("正在撤销…", "正在撤銷…"),
    "Cancelled ({hash}).": ("已撤销（{hash}）。", "已撤銷（{hash}）。"),
    "The cancel stopped: {user_message}": (
        "撤销未完成：{user_message}",
        "撤銷未完成：{user_message}",
    ),
    # Order dialog
    "Buy {symbol}": ("买入 {symbol}", "買入 {symbol}"),
    "Sell {symbol}": ("卖出 {symbol}", "賣出 {symbol}"),
    "Buy now from the best offer": ("立即按最优卖价买入", "立即按最優賣價買入"),
    "Sell now to the best bid": ("立即按最优买价卖出", "立即按最優買價賣出"),
    "Post an order at my price (no fee)": (
        "按我的价格挂单（免手续费）",
        "按我的價格掛單（免手續費）",
    ),
    "How": ("方式", "方式"),
    "Price ({coin} per {symbol})": (
        "价格（每 {symbol} 多少 {coin}）",
        "價格（每 {symbol} 多少 {coin}）",
    ),
    "Amount ({symbol})": ("数量（{symbol}）", "數量（{symbol}）"),
    "You pay": ("您支付", "您支付"),
    "You receive": ("您收到", "您收到"),
    "Total at this price": ("按此价格合计", "按此價格合計"),
    "Fee (paid by the taker)": ("手续费（吃单方支付）", "手續費（吃單方支付）"),
    "The other side receives": ("对方收到", "對方收到"),
    "KYC pre-check": ("KYC 预检", "KYC 預檢"),
    "Allowance for the market": ("市场授权额度", "市場授權額度"),
    "At most {amount} at this price": ("此价格最多 {amount}", "此價格最多 {amount}"),
    "Buy now": ("立即买入", "立即買入"),
    "Sell now": ("立即卖出", "立即賣出"),
    "Sign and post the order": ("签名并挂单", "簽名並掛單"),
    "The best order has only {amount} left at this price.": (
        "最优订单在此价格只剩 {amount}。",
        "最優訂單在此價格只剩 {amount}。",
    ),
    "none: a maker pays no fee": ("无：挂单方不付手续费", "無：掛單方不付手續費"),
    "checking…": ("检查中…", "檢查中…"),
    "{amount}: already in place": ("{amount}：已授权", "{amount}：已授權"),
    "{amount}: approved first, in its own transaction": (
        "{amount}：先以单独一笔交易授权",
        "{amount}：先以單獨一筆交易授權",
    ),
    "{amount} of it for your open orders": (
        "其中 {amount} 用于您的未成交挂单",
        "其中 {amount} 用於您的未成交掛單",
    ),
    "Your account is not cleared by KYC: the market refuses it.": (
        "您的账户未通过 KYC：市场会拒绝此交易。",
        "您的帳戶未通過 KYC：市場會拒絕此交易。",
    ),
    "Your stablecoin balance is short of what this costs.": (
        "您的稳定币余额不足以支付。",
        "您的穩定幣餘額不足以支付。",
    ),
    "You hold fewer tokens than this sells.": (
        "您持有的代币少于卖出数量。",
        "您持有的代幣少於賣出數量。",
    ),
    "{side} {amount} {symbol} at {price} {coin}": (
        "{side} {amount} {symbol}，价格 {price} {coin}",
        "{side} {amount} {symbol}，價格 {price} {coin}",
    ),
    "buy": ("买入", "買入"),
    "sell": ("卖出", "賣出"),
    "Posted: order {hash}.": ("已挂单：订单 {hash}。", "已掛單：訂單 {hash}。"),
    "Filled: {hash}.": ("已成交：{hash}。", "已成交：{hash}。"),
    "The order stopped: {user_message}": (
        "订单未完成：{user_message}",
        "訂單未完成：{user_message}",
    ),
    "Daily close": ("每日收盘价", "每日收盤價"),
    "Offering price": ("发行价", "發行價"),
    "No trades yet": ("尚无成交", "尚無成交"),
    "Last close {price} ({change} since {day})": (
        "最新收盘 {price}（自 {day} 起 {change}）",
        "最新收盤 {price}（自 {day} 起 {change}）",
    ),
    "Buy the token shown": ("买入当前代币", "買入當前代幣"),
    "Sell the token shown": ("卖出当前代币", "賣出當前代幣"),
    "Cancel the selected order": ("撤销所选订单", "撤銷所選訂單"),
    "Trade": ("交易", "交易"),
    "Buy or sell the selected holding on the market": (
        "在市场上买卖所选持仓",
        "在市場上買賣所選持倉",
    ),
    "Orders at this price: {count}": ("此价格的订单数：{count}", "此價格的訂單數：{count}"),
    "Connecting to the market…": ("正在连接市场…", "正在連接市場…"),
    "The market needs a chain and the platform's API (Settings).": (
        "市场需要区块链和平台 API（见设置）。",
        "市場需要區塊鏈和平台 API（見設定）。",
    ),
    "This network has no market yet.": ("此网络尚无市场。", "此網路尚無市場。"),
    "The market cannot be reached: {reason}": ("无法连接市场：{reason}", "無法連接市場：{reason}"),
    "recent trades": ("近期成交", "近期成交"),
    "The last trade strays far from the recent ones: valued at the volume-weighted price of the "
    "recent trades.": (
        "最近一笔成交价与近期成交相差过大：按近期成交的成交量加权均价估值。",
        "最近一筆成交價與近期成交相差過大：按近期成交的成交量加權均價估值。",
    ),
    "The market lists orders worth at least {minimum}: raise the amount or the price.": (
        "市场只挂出价值至少 {minimum} 的订单：请提高数量或价格。",
        "市場只掛出價值至少 {minimum} 的訂單：請提高數量或價格。",
    ),
}
