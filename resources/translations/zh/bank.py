"""The bank reconciliation (tab, chart): English -> (Simplified, Traditional)."""

STRINGS: dict[str, tuple[str, str]] = {
    "Bank reconciliation": ("银行对账", "銀行對帳"),
    "Bank credits, sweeps and on-chain routing per day": (
        "每日银行入账、划转与链上分配",
        "每日銀行入帳、劃轉與鏈上分配",
    ),
    "No statement lines for this store yet": ("该店铺尚无对账单明细", "該店鋪尚無對帳單明細"),
    "credited": ("入账", "入帳"),
    "swept": ("划转", "劃轉"),
    "routed on chain": ("链上分配", "鏈上分配"),
    "{days} business days; {gaps} where the three differ": (
        "{days} 个营业日；其中 {gaps} 天三方不一致",
        "{days} 個營業日；其中 {gaps} 天三方不一致",
    ),
    "Reconciliation|Token": ("代币", "代幣"),
    "Bank account": ("银行账户", "銀行帳戶"),
    "Month": ("月份", "月份"),
    "Status": ("状态", "狀態"),
    "Days matched": ("已匹配天数", "已匹配天數"),
    "Reconciliation|Differences": ("差异", "差異"),
    "Waiting": ("等待中", "等待中"),
    "Value date": ("起息日", "起息日"),
    "What is wrong": ("问题", "問題"),
    "Item": ("项目", "項目"),
    "Reconciliation|Amount": ("金额", "金額"),
    "Other side": ("另一方", "另一方"),
    "Settlements": ("结算笔数", "結算筆數"),
    "Credited": ("入账金额", "入帳金額"),
    "Swept and routed in": ("划转并分配于交易", "劃轉並分配於交易"),
    "All matched": ("全部匹配", "全部匹配"),
    "Waiting for the bank or the chain": ("等待银行或区块链", "等待銀行或區塊鏈"),
    "No activity": ("无交易", "無交易"),
    "Paid to an account outside control (diverted)": (
        "付至受控范围外的账户（被挪用）",
        "付至受控範圍外的帳戶（被挪用）",
    ),
    "Reported by the provider, never credited by the bank": (
        "支付服务商已报告，银行从未入账",
        "支付服務商已回報，銀行從未入帳",
    ),
    "Credited, but no provider reported it": (
        "已入账，但没有支付服务商报告",
        "已入帳，但沒有支付服務商回報",
    ),
    "Credited twice (duplicate line)": ("重复入账（重复分录）", "重複入帳（重複分錄）"),
    "The amounts differ": ("金额不一致", "金額不一致"),
    "Credited but not swept": ("已入账但未划转", "已入帳但未劃轉"),
    "Swept, but never routed on chain": ("已划转，但从未在链上分配", "已劃轉，但從未在鏈上分配"),
    "Import statements from the bank": ("从银行导入对账单", "從銀行匯入對帳單"),
    "Import a statement file…": ("导入对账单文件…", "匯入對帳單檔案…"),
    "Each store's status by month": ("各店铺每月状态", "各店鋪每月狀態"),
    "Unmatched items": ("未匹配项目", "未匹配項目"),
    "Matched groups": ("已匹配组", "已匹配組"),
    "As of {date}: {matched} of {stores} stores fully matched; {differences} difference(s) "
    "to look at, {resolved} settled by hand.": (
        "截至 {date}：{stores} 家店铺中 {matched} 家完全匹配；{differences} 项差异待查看，"
        "{resolved} 项已手动处理。",
        "截至 {date}：{stores} 家店鋪中 {matched} 家完全匹配；{differences} 項差異待查看，"
        "{resolved} 項已手動處理。",
    ),
    "Unmatched items in {period}: {count}": (
        "{period} 未匹配项目：{count}",
        "{period} 未匹配項目：{count}",
    ),
    "Matched groups in {period}: {count} business days": (
        "{period} 已匹配组：{count} 个营业日",
        "{period} 已匹配組：{count} 個營業日",
    ),
    "Import a bank statement": ("导入银行对账单", "匯入銀行對帳單"),
    "Bank statements (*.xml *.camt *.sta *.mt940 *.txt);;All files (*)": (
        "银行对账单 (*.xml *.camt *.sta *.mt940 *.txt);;所有文件 (*)",
        "銀行對帳單 (*.xml *.camt *.sta *.mt940 *.txt);;所有檔案 (*)",
    ),
    "{done} of {total} statements": ("{done} / {total} 份对账单", "{done} / {total} 份對帳單"),
    "{statements} statement(s) imported, {lines} new line(s).": (
        "已导入 {statements} 份对账单，新增 {lines} 条明细。",
        "已匯入 {statements} 份對帳單，新增 {lines} 筆明細。",
    ),
    "Import cancelled; what was imported is kept. ": (
        "导入已取消；已导入的内容会保留。",
        "匯入已取消；已匯入的內容會保留。",
    ),
    # Settling an unmatched item by hand (ui/treasury/reconciliation_resolve.py).
    "Matched by hand with {partner}: {reason}": (
        "已手动与 {partner} 匹配：{reason}",
        "已手動與 {partner} 匹配：{reason}",
    ),
    "Written off: {reason}": ("已核销：{reason}", "已沖銷：{reason}"),
    "Match by hand…": ("手动匹配…", "手動匹配…"),
    "Match the selected item with its counterpart (recorded in the audit trail)": (
        "将所选项目与其对应项目匹配（记入审计记录）",
        "將所選項目與其對應項目匹配（記入審計記錄）",
    ),
    "Write off…": ("核销…", "沖銷…"),
    "Write the selected item off with a reason (recorded in the audit trail)": (
        "注明原因后核销所选项目（记入审计记录）",
        "註明原因後沖銷所選項目（記入審計記錄）",
    ),
    "{how} (by {actor}). It was: {what}": (
        "{how}（操作人 {actor}）。原为：{what}",
        "{how}（操作人 {actor}）。原為：{what}",
    ),
    "Match by hand": ("手动匹配", "手動匹配"),
    "Match {item} with its counterpart, an open item of the same amount:": (
        "将 {item} 与其对应项目（金额相同的未解决项目）匹配：",
        "將 {item} 與其對應項目（金額相同的未解決項目）匹配：",
    ),
    "ResolveDialog|Match": ("匹配", "匹配"),
    "Why they belong together (optional)": (
        "为何两者相符（可选）",
        "為何兩者相符（選填）",
    ),
    "ResolveDialog|Write off": ("核销", "沖銷"),
    "Write off {item}.": ("核销 {item}。", "沖銷 {item}。"),
    "Why it is written off (required; kept in the audit trail)": (
        "核销原因（必填；记入审计记录）",
        "沖銷原因（必填；記入審計記錄）",
    ),
    "ResolveDialog|Counterpart": ("对应项目", "對應項目"),
    "ResolveDialog|Reason": ("原因", "原因"),
    "No other open item of this account has the same amount; write it off with a reason instead.": (
        "该账户没有其他金额相同的未解决项目；请改为注明原因后核销。",
        "該帳戶沒有其他金額相同的未解決項目；請改為註明原因後沖銷。",
    ),
    "Keep the reason under {count} characters.": (
        "原因请少于 {count} 个字符。",
        "原因請少於 {count} 個字元。",
    ),
    # Settings: the bank statement matching's tolerances (ui/settings/desk.py).
    "Bank matching: amounts may differ by (USD)": (
        "银行对账：金额允许相差（美元）",
        "銀行對帳：金額允許相差（美元）",
    ),
    "An amount in dollars from 0 to 1,000.00, at most 2 decimals, e.g. 0.50.": (
        "以美元计的金额，0 至 1,000.00，最多 2 位小数，例如 0.50。",
        "以美元計的金額，0 至 1,000.00，最多 2 位小數，例如 0.50。",
    ),
    "Bank matching: days a settlement may take to arrive": (
        "银行对账：结算款到账允许的天数",
        "銀行對帳：結算款入帳允許的天數",
    ),
    "A whole number of days from 0 to 30.": (
        "0 至 30 的整数天数。",
        "0 至 30 的整數天數。",
    ),
    "Bank matching: days to sweep and route proceeds": (
        "银行对账：归集并链上分账收入的天数",
        "銀行對帳：歸集並鏈上分帳收入的天數",
    ),
}
