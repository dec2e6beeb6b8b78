"""The Screener page, its charts, what-if panel and comparison: English -> (Simplified,
Traditional). "Context|source" keys override one context."""

STRINGS: dict[str, tuple[str, str]] = {
    "Screener": ("筛选器", "篩選器"),
    "Underwriter score": ("承销方评分", "承銷方評分"),
    "Funnel: stores passing each criterion in turn": (
        "漏斗：依次通过各项标准的店铺",
        "漏斗：依次通過各項標準的店鋪",
    ),
    "Peer percentiles": ("同业百分位", "同業百分位"),
    "Compare stores": ("比较店铺", "比較店鋪"),
    "{store}: revenue by month": ("{store}：月度收入", "{store}：月度收入"),
    "Where each store sits among its category's peers (0-100). Growth and promotion uplift: "
    "higher is better; return rate and DIO: lower is better.": (
        "各店铺在同品类同业中的位置（0-100）。增长和促销增幅越高越好；退货率和库存周转天数越低越好。",
        "各店鋪在同品類同業中的位置（0-100）。增長和促銷增幅越高越好；退貨率和存貨周轉天數越低越好。",
    ),
    "All five criteria": ("全部五项标准", "全部五項標準"),
    "Pass": ("通过", "通過"),
    "Fail": ("未通过", "未通過"),
    "{ordinal} percentile": ("第 {ordinal} 百分位", "第 {ordinal} 百分位"),
    "All stores": ("全部店铺", "全部店鋪"),
    "+ financial track record": ("+ 财务记录", "+ 財務記錄"),
    "+ product edge": ("+ 产品优势", "+ 產品優勢"),
    "+ operational edge": ("+ 运营优势", "+ 營運優勢"),
    "+ repayment": ("+ 还款记录", "+ 還款記錄"),
    "+ data integrity = all five": ("+ 数据一致性 = 全部五项", "+ 數據一致性 = 全部五項"),
    "Tokenized": ("已代币化", "已代幣化"),
    "Growth over 24 months (%)": ("24 个月增长（%）", "24 個月增長（%）"),
    "Return rate: peer percentile": ("退货率：同业百分位", "退貨率：同業百分位"),
    "Days inventory outstanding (days)": ("库存周转天数（天）", "存貨周轉天數（天）"),
    "Promotion uplift minus peers' (points)": (
        "促销增幅减同业增幅（百分点）",
        "促銷增幅減同業增幅（百分點）",
    ),
    "Late installments": ("逾期期数", "逾期期數"),
    "Largest gap between sources (%)": ("数据源之间的最大差异（%）", "數據源之間的最大差異（%）"),
    "{passed} of {total} stores pass all five criteria; {tokenized} of them are tokenized.": (
        "{total} 家店铺中有 {passed} 家通过全部五项标准，其中 {tokenized} 家已代币化。",
        "{total} 家店鋪中有 {passed} 家通過全部五項標準，其中 {tokenized} 家已代幣化。",
    ),
    "{count} stores with a value; dashed line: the threshold": (
        "{count} 家店铺有数值；虚线：阈值",
        "{count} 家店鋪有數值；虛線：閾值",
    ),
    "Compare ({count})": ("比较（{count}）", "比較（{count}）"),
    "Export the shortlist": ("导出候选名单", "匯出候選名單"),
    "CSV files (*.csv)": ("CSV 文件 (*.csv)", "CSV 檔案 (*.csv)"),
    "Could not write {path}: {reason}": ("无法写入 {path}：{reason}", "無法寫入 {path}：{reason}"),
    "Exported {count} stores to {path}.": (
        "已将 {count} 家店铺导出到 {path}。",
        "已將 {count} 家店鋪匯出到 {path}。",
    ),
    "Loading bulk data: {done} of {total} pages…": (
        "正在加载批量数据：第 {done} 页，共 {total} 页…",
        "正在載入批次資料：第 {done} 頁，共 {total} 頁…",
    ),
    "Loading bulk data…": ("正在加载批量数据…", "正在載入批次資料…"),
    "{shown} of {total} stores shown · data as of {date}": (
        "显示 {total} 家店铺中的 {shown} 家 · 数据截至 {date}",
        "顯示 {total} 家店鋪中的 {shown} 家 · 數據截至 {date}",
    ),
    "Not screened yet.": ("尚未筛选。", "尚未篩選。"),
    "Cancel": ("取消", "取消"),
    "Screen again": ("重新筛选", "重新篩選"),
    "Export CSV…": ("导出 CSV…", "匯出 CSV…"),
    "Show every store, not only those passing all five": (
        "显示所有店铺，而不仅是通过全部五项的店铺",
        "顯示所有店鋪，而不僅是通過全部五項的店鋪",
    ),
    "Shortlist": ("候选名单", "候選名單"),
    "ScreenerPage|Distributions": ("分布", "分佈"),  # of values, not payouts
    "Growth": ("增长", "增長"),
    "Return rate": ("退货率", "退貨率"),
    "DIO": ("库存周转天数", "存貨周轉天數"),
    "Promotion uplift": ("促销增幅", "促銷增幅"),
    "Source gap": ("数据源差异", "數據源差異"),
    "Rank": ("排名", "排名"),
    "ID": ("编号", "編號"),
    "Name": ("名称", "名稱"),
    "Category": ("品类", "品類"),
    "Underwriter score (internal)": ("承销方评分（内部）", "承銷方評分（內部）"),
    "The underwriter's internal credit score, served by the platform: not one of the five "
    "selection criteria.": (
        "承销方的内部信用评分，由平台提供：不属于五项选择标准。",
        "承銷方的內部信用評分，由平台提供：不屬於五項選擇標準。",
    ),
    "yes": ("是", "是"),
    "p{percentile}": ("p{percentile}", "p{percentile}"),
    "What-if: these thresholds apply on this page only.": (
        "假设分析：这些阈值仅用于本页。",
        "假設分析：這些閾值僅用於本頁。",
    ),
    "The policy in force.": ("当前生效的政策。", "當前生效的政策。"),
    "What-if thresholds": ("假设阈值", "假設閾值"),
    "Change a threshold to see which stores would pass. Nothing else in the app uses these "
    "values. Growth must also reach the category median; a DIO above the limit passes at or "
    "below the category median.": (
        "更改阈值，查看哪些店铺会通过。应用的其他部分不会使用这些值。增长还须达到品类中位数；"
        "库存周转天数超过上限时，不高于品类中位数也可通过。",
        "更改閾值，查看哪些店鋪會通過。應用程式的其他部分不會使用這些值。增長還須達到品類中位數；"
        "存貨周轉天數超過上限時，不高於品類中位數也可通過。",
    ),
    "Growth at least": ("增长至少", "增長至少"),
    "Return rate percentile at most": ("退货率百分位至多", "退貨率百分位至多"),
    "DIO always fine up to": ("库存周转天数上限", "存貨周轉天數上限"),
    "Late installments allowed": ("允许的逾期期数", "允許的逾期期數"),
    "Sources differ at most": ("数据源差异上限", "數據源差異上限"),
    "{late} of {count} installments late": (
        "{count} 期中逾期 {late} 期",
        "{count} 期中逾期 {late} 期",
    ),
    "days": ("天", "天"),
    "installments": ("期", "期"),
    "Restore the policy in force": ("恢复当前生效的政策", "恢復當前生效的政策"),
}
