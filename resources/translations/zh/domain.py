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
    # core errors
    "Cannot reach the PST backend at {host} ({reason}). Check your network connection and the "
    "API URL of this network profile, then try again.": (
        "无法连接位于 {host} 的 PST 后端（{reason}）。请检查网络连接和此网络配置的 API 地址，"
        "然后重试。",
        "無法連接位於 {host} 的 PST 後端（{reason}）。請檢查網絡連線和此網絡設定檔的 API 網址，"
        "然後重試。",
    ),
    "The PST backend at {host} did not answer within {seconds} seconds. It may be overloaded "
    "or the connection slow; try again in a moment.": (
        "位于 {host} 的 PST 后端在 {seconds} 秒内没有响应。可能是服务器繁忙或网络较慢；"
        "请稍后重试。",
        "位於 {host} 的 PST 後端在 {seconds} 秒內沒有回應。可能是伺服器繁忙或網絡較慢；"
        "請稍後重試。",
    ),
    "The PST backend rejected the API token (HTTP {status}). Check the token of this network "
    "profile and try again.": (
        "PST 后端拒绝了 API 令牌（HTTP {status}）。请检查此网络配置的令牌后重试。",
        "PST 後端拒絕了 API 權杖（HTTP {status}）。請檢查此網絡設定檔的權杖後重試。",
    ),
    "The PST backend has nothing at {endpoint}. It may have been removed or renamed; refresh "
    "the list and try again.": (
        "PST 后端在 {endpoint} 没有内容，可能已被删除或改名；请刷新列表后重试。",
        "PST 後端在 {endpoint} 沒有內容，可能已被刪除或改名；請重新整理列表後重試。",
    ),
    "The PST backend is having trouble with the request for {endpoint} ({detail}). Try again "
    "later; if it keeps happening, contact platform support.": (
        "PST 后端处理 {endpoint} 请求时出现问题（{detail}）。请稍后重试；如果持续出现，"
        "请联系平台支持。",
        "PST 後端處理 {endpoint} 請求時出現問題（{detail}）。請稍後重試；如果持續出現，"
        "請聯絡平台支援。",
    ),
    "The PST backend refused the request for {endpoint} ({detail}). Try again later; if it "
    "keeps happening, contact platform support.": (
        "PST 后端拒绝了 {endpoint} 请求（{detail}）。请稍后重试；如果持续出现，请联系平台支持。",
        "PST 後端拒絕了 {endpoint} 請求（{detail}）。請稍後重試；如果持續出現，請聯絡平台支援。",
    ),
    "The PST backend sent an invalid answer for {endpoint} ({problem}). The data was not used; "
    "any previously loaded data is kept. Try again later; if it keeps happening, contact "
    "platform support.": (
        "PST 后端对 {endpoint} 返回了无效的数据（{problem}）。这些数据未被使用，之前加载的"
        "数据保持不变。请稍后重试；如果持续出现，请联系平台支持。",
        "PST 後端對 {endpoint} 傳回了無效的數據（{problem}）。這些數據未被使用，之前載入的"
        "數據保持不變。請稍後重試；如果持續出現，請聯絡平台支援。",
    ),
    "The PST backend speaks API schema {server} but this app expects {expected}. Update PST "
    "Desk, or point the network profile to a compatible server.": (
        "PST 后端使用 API 架构 {server}，而本应用需要 {expected}。请更新 PST Desk，"
        "或将网络配置指向兼容的服务器。",
        "PST 後端使用 API 架構 {server}，而本應用程式需要 {expected}。請更新 PST Desk，"
        "或將網絡設定檔指向相容的伺服器。",
    ),
    "The blockchain node did not answer in time. Check your connection or try again later.": (
        "区块链节点未能及时响应。请检查网络连接或稍后重试。",
        "區塊鏈節點未能及時回應。請檢查網絡連線或稍後重試。",
    ),
    "The blockchain node is limiting requests. Try again in a moment.": (
        "区块链节点正在限制请求频率。请稍后重试。",
        "區塊鏈節點正在限制請求頻率。請稍後重試。",
    ),
    "Cannot reach the blockchain node. Check that it is running and that the RPC URL in the "
    "network profile is right.": (
        "无法连接区块链节点。请确认节点正在运行，且网络配置中的 RPC 地址正确。",
        "無法連接區塊鏈節點。請確認節點正在運行，且網絡設定檔中的 RPC 網址正確。",
    ),
    "The RPC endpoint serves chain {actual}, but this network profile expects chain "
    "{expected}. Nothing was signed or sent. Check the RPC URL and the chain ID in Settings.": (
        "RPC 端点提供的是链 {actual}，但此网络配置要求链 {expected}。未签名也未发送任何交易。"
        "请在“设置”中检查 RPC 地址和链 ID。",
        "RPC 端點提供的是鏈 {actual}，但此網絡設定檔要求鏈 {expected}。未簽署也未發送任何交易。"
        "請在「設定」中檢查 RPC 網址和鏈 ID。",
    ),
    "The transaction would fail: {reason}. Nothing was signed or sent.": (
        "该交易将会失败：{reason}。未签名也未发送任何交易。",
        "該交易將會失敗：{reason}。未簽署也未發送任何交易。",
    ),
    "Transaction {tx} was mined but failed: {reason}.": (
        "交易 {tx} 已上链但执行失败：{reason}。",
        "交易 {tx} 已上鏈但執行失敗：{reason}。",
    ),
    "Transaction {tx} was signed and recorded, but the node did not confirm that it received "
    "it. It will be checked and, if needed, sent again as the same transaction; it cannot be "
    "sent twice.": (
        "交易 {tx} 已签名并记录，但节点未确认收到。系统会进行核对，必要时以同一笔交易重新发送；"
        "该交易不会被发送两次。",
        "交易 {tx} 已簽署並記錄，但節點未確認收到。系統會進行核對，必要時以同一筆交易重新發送；"
        "該交易不會被發送兩次。",
    ),
    "The password does not open this account (or the file was altered). Check the password "
    "and try again.": (
        "密码无法解锁此账户（或文件已被修改）。请检查密码后重试。",
        "密碼無法解鎖此帳戶（或檔案已被修改）。請檢查密碼後重試。",
    ),
    "The wallet is locked. Unlock it to sign.": (
        "钱包已锁定。请解锁后再签名。",
        "錢包已鎖定。請解鎖後再簽署。",
    ),
    "Wrong vault password (or the OS keyring holds another key). Try again.": (
        "保险库密码错误（或系统密钥环中保存的是另一把密钥）。请重试。",
        "保險庫密碼錯誤（或系統密鑰環中保存的是另一把密鑰）。請重試。",
    ),
    "The vault is locked. Unlock it on the Vault page first.": (
        "保险库已锁定。请先在“保险库”页面解锁。",
        "保險庫已鎖定。請先在「保險庫」頁面解鎖。",
    ),
    "This vault is protected by a password: enter it to unlock.": (
        "此保险库受密码保护：请输入密码解锁。",
        "此保險庫受密碼保護：請輸入密碼解鎖。",
    ),
    "The OS keyring is not available (missing, locked or not running). Unlock it, or protect "
    "the vault with a password instead.": (
        "系统密钥环不可用（未安装、已锁定或未运行）。请解锁密钥环，或改用密码保护保险库。",
        "系統密鑰環不可用（未安裝、已鎖定或未運行）。請解鎖密鑰環，或改用密碼保護保險庫。",
    ),
    "The vault key is missing from the OS keyring. Import a vault backup to recover the entries.": (
        "系统密钥环中缺少保险库密钥。请导入保险库备份以恢复条目。",
        "系統密鑰環中缺少保險庫密鑰。請匯入保險庫備份以復原項目。",
    ),
}
