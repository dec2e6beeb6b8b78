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
}
