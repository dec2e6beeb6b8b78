"""Scorecard reasons, covenant alerts and core errors: English -> (Simplified, Traditional)."""

STRINGS: dict[str, tuple[str, str]] = {
    "the PSP": ("支付服务商", "支付服務商"),
    "the bank": ("银行", "銀行"),
    "Net revenue of the last %n day(s) fell {drop} against the same number of days before": (
        "最近 %n 天的净收入较之前同等天数下降 {drop}",
        "最近 %n 天的淨收入較之前同等天數下降 {drop}",
    ),
    "and {drop} against the same days a year ago": (
        "较去年同期下降 {drop}",
        "較去年同期下降 {drop}",
    ),
    "DomainText|, ": ("，", "，"),
    "DomainText|.": ("。", "。"),
    "DomainText| and ": ("和", "和"),
    "{recent} of orders were returned in the last %n day(s), against {trailing} over the year "
    "before.": (
        "最近 %n 天有 {recent} 的订单被退货，而此前一年为 {trailing}。",
        "最近 %n 天有 {recent} 的訂單被退貨，而此前一年為 {trailing}。",
    ),
    "Stock lasted {value} over the last %n day(s), above {limit}.": (
        "最近 %n 天库存周转天数为 {value}，高于 {limit}。",
        "最近 %n 天存貨周轉天數為 {value}，高於 {limit}。",
    ),
    "The bank has not settled sales for %n day(s) beyond the expected settlement lag of {lag} "
    "days.": (
        "银行已超出预期的 {lag} 天结算周期 %n 天仍未结算销售款。",
        "銀行已超出預期的 {lag} 天結算週期 %n 天仍未結算銷售款。",
    ),
    "Installment {number} due {due} is unpaid, %n day(s) late.": (
        "第 {number} 期（{due} 到期）尚未还款，已逾期 %n 天。",
        "第 {number} 期（{due} 到期）尚未還款，已逾期 %n 天。",
    ),
    "Installment {number} due {due} is unpaid.": (
        "第 {number} 期（{due} 到期）尚未还款。",
        "第 {number} 期（{due} 到期）尚未還款。",
    ),
    "%n installment(s) are overdue.": ("共 %n 期逾期。", "共 %n 期逾期。"),
    "Platform sales and {source} differ by {gap} over the last %n day(s).": (
        "最近 %n 天平台销售额与{source}的数据相差 {gap}。",
        "最近 %n 天平台銷售額與{source}的數據相差 {gap}。",
    ),
    "Sales grew {value} over the last 12 months against the year before, below the required "
    "{minimum}.": (
        "最近 12 个月销售额较上一年增长 {value}，低于要求的 {minimum}。",
        "最近 12 個月銷售額較上一年增長 {value}，低於要求的 {minimum}。",
    ),
    "Sales grew {value} over the last 12 months against the year before, below the category "
    "median of {median}.": (
        "最近 12 个月销售额较上一年增长 {value}，低于品类中位数 {median}。",
        "最近 12 個月銷售額較上一年增長 {value}，低於品類中位數 {median}。",
    ),
    "Sales grew {value} over the last 12 months against the year before; category median "
    "{median}.": (
        "最近 12 个月销售额较上一年增长 {value}；品类中位数为 {median}。",
        "最近 12 個月銷售額較上一年增長 {value}；品類中位數為 {median}。",
    ),
    "{value} of orders were returned over the last 12 months, at or below the category median "
    "of {median}.": (
        "最近 12 个月有 {value} 的订单被退货，不高于品类中位数 {median}。",
        "最近 12 個月有 {value} 的訂單被退貨，不高於品類中位數 {median}。",
    ),
    "{value} of orders were returned over the last 12 months, above the category median of "
    "{median}.": (
        "最近 12 个月有 {value} 的订单被退货，高于品类中位数 {median}。",
        "最近 12 個月有 {value} 的訂單被退貨，高於品類中位數 {median}。",
    ),
    "Stock lasts {value} on average, at or below the category median of {median}.": (
        "库存平均周转 {value}，不高于品类中位数 {median}。",
        "存貨平均周轉 {value}，不高於品類中位數 {median}。",
    ),
    "Stock lasts {value} on average: above the category median of {median} but within {ceiling}.": (
        "库存平均周转 {value}：高于品类中位数 {median}，但在 {ceiling} 以内。",
        "存貨平均周轉 {value}：高於品類中位數 {median}，但在 {ceiling} 以內。",
    ),
    "Stock lasts {value} on average, above the category median of {median}.": (
        "库存平均周转 {value}，高于品类中位数 {median}。",
        "存貨平均周轉 {value}，高於品類中位數 {median}。",
    ),
    "Sales rose {value} in a typical promotion (%n event(s)); peers' median {median}.": (
        "典型促销活动中销售额增长 {value}（%n 次活动）；同业中位数为 {median}。",
        "典型促銷活動中銷售額增長 {value}（%n 次活動）；同業中位數為 {median}。",
    ),
    "Sales rose {value} in a typical promotion (%n event(s)), below peers' median of {median}.": (
        "典型促销活动中销售额增长 {value}（%n 次活动），低于同业中位数 {median}。",
        "典型促銷活動中銷售額增長 {value}（%n 次活動），低於同業中位數 {median}。",
    ),
    "No installments yet.": ("尚无还款期。", "尚無還款期。"),
    "All %n installment(s) were paid on time.": (
        "全部 %n 期均按时还款。",
        "全部 %n 期均按時還款。",
    ),
    "{late} of %n installment(s) were late, the worst by {worst} days.": (
        "%n 期中有 {late} 期逾期，最长逾期 {worst} 天。",
        "%n 期中有 {late} 期逾期，最長逾期 {worst} 天。",
    ),
    "Platform sales and {sources} agree within {gap} in every month of the last year.": (
        "过去一年每个月，平台销售额与{sources}的数据相差均在 {gap} 以内。",
        "過去一年每個月，平台銷售額與{sources}的數據相差均在 {gap} 以內。",
    ),
    "Platform sales and {source} differ by up to {gap} in a month, more than the {allowed} "
    "allowed.": (
        "平台销售额与{source}的数据单月最多相差 {gap}，超过允许的 {allowed}。",
        "平台銷售額與{source}的數據單月最多相差 {gap}，超過允許的 {allowed}。",
    ),
    "Not enough data: needs 24 months of sales.": (
        "数据不足：需要 24 个月的销售数据。",
        "數據不足：需要 24 個月的銷售數據。",
    ),
    "Not enough data: needs a year of orders.": (
        "数据不足：需要一年的订单数据。",
        "數據不足：需要一年的訂單數據。",
    ),
    "Not enough data: needs a year of inventory and sales.": (
        "数据不足：需要一年的库存和销售数据。",
        "數據不足：需要一年的存貨和銷售數據。",
    ),
    "Not enough data: needs a promotion event with its baseline.": (
        "数据不足：需要一次有基线可比的促销活动。",
        "數據不足：需要一次有基線可比的促銷活動。",
    ),
    "Not enough data: needs a year of PSP or bank figures.": (
        "数据不足：需要一年的支付服务商或银行数据。",
        "數據不足：需要一年的支付服務商或銀行數據。",
    ),
    "Financial track record": ("财务表现", "財務表現"),
    "Return rate": ("退货率", "退貨率"),
    "Days inventory outstanding": ("库存周转天数", "存貨周轉天數"),
    "Promotion uplift": ("促销增幅", "促銷增幅"),
    "Repayment record": ("还款记录", "還款記錄"),
    "Agreement between sources": ("数据源一致性", "數據源一致性"),
    "BREACH": ("违约", "違約"),
    "WARNING": ("预警", "預警"),
}
