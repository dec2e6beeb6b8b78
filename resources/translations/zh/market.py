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
}
