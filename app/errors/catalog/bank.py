"""Banking: statements imported from the bank or a file, and the reconciliation's words."""

from app.errors.catalog import Message

MESSAGES = {
    "bank.error": Message(
        "The bank statement could not be handled.",
        "无法处理该银行对账单。",
        "無法處理該銀行對帳單。",
    ),
    "bank.malformed_xml": Message(
        "The statement is not well-formed XML ({detail}). Ask the bank for the file again; "
        "nothing was imported.",
        "对账单不是格式正确的 XML（{detail}）。请向银行重新索取文件；未导入任何内容。",
        "對帳單不是格式正確的 XML（{detail}）。請向銀行重新索取檔案；未匯入任何內容。",
    ),
    "bank.schema": Message(
        "The statement does not follow the camt.053.001.08 schema: {detail}. Nothing was imported.",
        "对账单不符合 camt.053.001.08 架构：{detail}。未导入任何内容。",
        "對帳單不符合 camt.053.001.08 結構描述：{detail}。未匯入任何內容。",
    ),
    "bank.unsafe_xml": Message(
        "The statement contains a document type declaration or entities, which bank "
        "statements never need (a possible XML bomb or external entity). Nothing was imported.",
        "对账单包含文档类型声明或实体，银行对账单从不需要这些（可能是 XML 炸弹或外部实体）。"
        "未导入任何内容。",
        "對帳單包含文件類型宣告或實體，銀行對帳單從不需要這些（可能是 XML 炸彈或外部實體）。"
        "未匯入任何內容。",
    ),
    "bank.mt940": Message(
        "The MT940 statement cannot be read ({detail}). Nothing was imported.",
        "无法读取该 MT940 对账单（{detail}）。未导入任何内容。",
        "無法讀取該 MT940 對帳單（{detail}）。未匯入任何內容。",
    ),
    "bank.unknown_format": Message(
        "The file is neither a camt.053 nor an MT940 statement. Nothing was imported.",
        "该文件既不是 camt.053 也不是 MT940 对账单。未导入任何内容。",
        "該檔案既不是 camt.053 也不是 MT940 對帳單。未匯入任何內容。",
    ),
    "bank.unknown_account": Message(
        "The statement is for account {account}, which is not one of the controlled accounts "
        "({known}). Refresh the accounts from the bank, or check the file. Nothing was imported.",
        "该对账单属于账户 {account}，它不是受控账户之一（{known}）。请从银行刷新账户，"
        "或检查文件。未导入任何内容。",
        "該對帳單屬於帳戶 {account}，它不是受控帳戶之一（{known}）。請從銀行重新整理帳戶，"
        "或檢查檔案。未匯入任何內容。",
    ),
    "bank.wrong_currency": Message(
        "The statement of account {account} is in {found}, but the account is kept in "
        "{expected}. Nothing was imported.",
        "账户 {account} 的对账单币种为 {found}，但该账户以 {expected} 记账。未导入任何内容。",
        "帳戶 {account} 的對帳單幣別為 {found}，但該帳戶以 {expected} 記帳。未匯入任何內容。",
    ),
    "bank.unbalanced": Message(
        "Statement {statement} of account {account} does not add up: the opening balance "
        "{opening} plus its lines {lines} is {expected}, but it states a closing balance of "
        "{closing}. Ask the bank for the file again; nothing was imported.",
        "账户 {account} 的对账单 {statement} 对不上：期初余额 {opening} 加上各笔明细 {lines} "
        "等于 {expected}，但其期末余额为 {closing}。请向银行重新索取文件；未导入任何内容。",
        "帳戶 {account} 的對帳單 {statement} 對不上：期初餘額 {opening} 加上各筆明細 {lines} "
        "等於 {expected}，但其期末餘額為 {closing}。請向銀行重新索取檔案；未匯入任何內容。",
    ),
    "bank.statement_corrected": Message(
        "Statement {statement} of account {account} was imported before, and the bank has now "
        "sent it with entry {entry} changed or removed. A statement already reconciled is not "
        "rewritten: ask the bank why it changed (a correction should come as new entries). "
        "Nothing was imported.",
        "账户 {account} 的对账单 {statement} 之前已导入，而银行这次发送的版本中明细 {entry} "
        "被更改或删除。已对账的对账单不会被改写：请向银行询问变更原因（更正应以新明细的形式"
        "出现）。未导入任何内容。",
        "帳戶 {account} 的對帳單 {statement} 之前已匯入，而銀行這次傳送的版本中明細 {entry} "
        "被更改或刪除。已對帳的對帳單不會被改寫：請向銀行詢問變更原因（更正應以新明細的形式"
        "出現）。未匯入任何內容。",
    ),
    "bank.statement_corrected_opening": Message(
        "Statement {statement} of account {account} was imported before with an opening "
        "balance of {before}; the bank has now sent it with {now}. A statement already "
        "reconciled is not rewritten: ask the bank why it changed. Nothing was imported.",
        "账户 {account} 的对账单 {statement} 之前导入时期初余额为 {before}；银行这次发送的"
        "版本为 {now}。已对账的对账单不会被改写：请向银行询问变更原因。未导入任何内容。",
        "帳戶 {account} 的對帳單 {statement} 之前匯入時期初餘額為 {before}；銀行這次傳送的"
        "版本為 {now}。已對帳的對帳單不會被改寫：請向銀行詢問變更原因。未匯入任何內容。",
    ),
    "bank.too_large": Message(
        "The statement file is larger than {megabytes} MB. Nothing was imported.",
        "对账单文件大于 {megabytes} MB。未导入任何内容。",
        "對帳單檔案大於 {megabytes} MB。未匯入任何內容。",
    ),
    "bank.unreadable_file": Message(
        "The file {path} cannot be read: {detail}",
        "无法读取文件 {path}：{detail}",
        "無法讀取檔案 {path}：{detail}",
    ),
    "bank.no_difference": Message(
        "There is no open difference {key} (it may have been settled already). Reconcile again.",
        "没有未解决的差异 {key}（可能已经处理）。请重新对账。",
        "沒有未解決的差異 {key}（可能已經處理）。請重新對帳。",
    ),
    "bank.match_accounts": Message(
        "Only two different items of the same account can be matched by hand.",
        "只能手动匹配同一账户的两个不同项目。",
        "只能手動匹配同一帳戶的兩個不同項目。",
    ),
    "bank.match_amounts": Message(
        "The two items differ in amount ({first} and {second} cents); they cannot be matched. "
        "Write them off with a reason instead.",
        "两个项目金额不同（{first} 与 {second} 美分），无法匹配。请改为注明原因后核销。",
        "兩個項目金額不同（{first} 與 {second} 美分），無法匹配。請改為註明原因後沖銷。",
    ),
    "bank.reason_needed": Message(
        "A write-off needs a reason; it goes into the audit trail.",
        "核销需要填写原因；原因会记入审计记录。",
        "沖銷需要填寫原因；原因會記入稽核紀錄。",
    ),
    "bank.alert.diverted": Message(
        "{symbol}: a settlement of {amount} ({item}, value date {value_date}) was paid to an "
        "account outside control. Ask the payment provider to pay the controlled account "
        "{account} and recover the money.",
        "{symbol}：一笔 {amount} 的结算款（{item}，起息日 {value_date}）被付到了受控账户之外的"
        "账户。请要求支付服务商付至受控账户 {account} 并追回款项。",
        "{symbol}：一筆 {amount} 的結算款（{item}，起息日 {value_date}）被付到了受控帳戶之外的"
        "帳戶。請要求支付服務商付至受控帳戶 {account} 並追回款項。",
    ),
    "bank.alert.missing_settlement": Message(
        "{symbol}: the payment provider reported a settlement of {amount} ({item}, value date "
        "{value_date}) that account {account} never received. Ask the provider and the bank "
        "where it is.",
        "{symbol}：支付服务商报告了一笔 {amount} 的结算款（{item}，起息日 {value_date}），"
        "但账户 {account} 从未收到。请向支付服务商和银行查询。",
        "{symbol}：支付服務商回報了一筆 {amount} 的結算款（{item}，起息日 {value_date}），"
        "但帳戶 {account} 從未收到。請向支付服務商和銀行查詢。",
    ),
    "bank.alert.not_routed": Message(
        "{symbol}: the sweep of {amount} on {value_date} (entry {item}) left account {account} "
        "but was not routed on chain within a day. Ask the on-ramp for the transaction.",
        "{symbol}：{value_date} 的一笔 {amount} 划转（分录 {item}）已离开账户 {account}，"
        "但一天内未在链上分配。请向入金通道查询该交易。",
        "{symbol}：{value_date} 的一筆 {amount} 劃轉（分錄 {item}）已離開帳戶 {account}，"
        "但一天內未在鏈上分配。請向入金通道查詢該交易。",
    ),
    "bank.alert.duplicate": Message(
        "{symbol}: account {account} was credited twice for one settlement ({item}, {amount}, "
        "value date {value_date}). Ask the bank to reverse the duplicate.",
        "{symbol}：账户 {account} 为同一笔结算款重复入账（{item}，{amount}，起息日 "
        "{value_date}）。请要求银行冲回重复的分录。",
        "{symbol}：帳戶 {account} 為同一筆結算款重複入帳（{item}，{amount}，起息日 "
        "{value_date}）。請要求銀行沖回重複的分錄。",
    ),
    "bank.no_bank": Message(
        "No bank is connected to this network profile; import a statement file instead.",
        "此网络配置未连接银行；请改为导入对账单文件。",
        "此網路設定未連接銀行；請改為匯入對帳單檔案。",
    ),
    "bank.cli.no_token": Message(
        "No token for the bank: set ${bank_env} (or ${api_env}), or give it on standard input.",
        "没有银行令牌：请设置 ${bank_env}（或 ${api_env}），或通过标准输入提供。",
        "沒有銀行權杖：請設定 ${bank_env}（或 ${api_env}），或透過標準輸入提供。",
    ),
    "bank.cli.bad_period": Message(
        "--period must be a month as YYYY-MM, not {period!r}.",
        "--period 必须是 YYYY-MM 格式的月份，而不是 {period!r}。",
        "--period 必須是 YYYY-MM 格式的月份，而不是 {period!r}。",
    ),
    "bank.cli.no_bank_url": Message(
        "No bank URL: the profile {profile} names none and no sandbox runs for this data "
        "directory. Start the sandbox (`python main.py sandbox`), or pass --bank-url.",
        "没有银行 URL：配置 {profile} 未指定，且没有为此数据目录运行的沙盒。"
        "请启动沙盒（`python main.py sandbox`），或传入 --bank-url。",
        "沒有銀行 URL：設定檔 {profile} 未指定，且沒有為此資料目錄執行的沙盒。"
        "請啟動沙盒（`python main.py sandbox`），或傳入 --bank-url。",
    ),
    "config.what.bank_url": Message("bank URL", "银行地址", "銀行網址"),
    "bank.cli.bad_bank_url": Message(
        "The bank URL {url} cannot be used: {reason}",
        "无法使用银行 URL {url}：{reason}",
        "無法使用銀行 URL {url}：{reason}",
    ),
    "bank.cli.no_account": Message(
        "The bank keeps no account for store {store}. Give a merchant id, token symbol or "
        "account id.",
        "银行没有店铺 {store} 的账户。请提供商户编号、代币代码或账户编号。",
        "銀行沒有店鋪 {store} 的帳戶。請提供商戶編號、代幣代碼或帳戶編號。",
    ),
    "bank.cli.no_actor": Message(
        "`treasury {command}` goes into the audit trail under your name: give your wallet "
        "account with --account.",
        "`treasury {command}` 会以您的名义记入审计记录：请用 --account 指定您的钱包账户。",
        "`treasury {command}` 會以您的名義記入稽核紀錄：請用 --account 指定您的錢包帳戶。",
    ),
    "bank.cli.no_reason": Message(
        "Give a reason with --reason: it goes into the audit trail.",
        "请用 --reason 说明原因：原因会记入审计记录。",
        "請用 --reason 說明原因：原因會記入稽核紀錄。",
    ),
    "bank.cli.needs_network": Message(
        "Reconciling needs the chain and the platform API: pass --rpc-url, --registry and "
        "--api-url, or use a network profile that has them.",
        "对账需要区块链和平台 API：请传入 --rpc-url、--registry 和 --api-url，或使用包含它们的"
        "网络配置。",
        "對帳需要區塊鏈和平台 API：請傳入 --rpc-url、--registry 和 --api-url，或使用包含它們的"
        "網路設定。",
    ),
    "bank.lines_changed": Message(
        "The bank statement lines this proposal rests on have changed since it was proposed "
        "(matched-lines hash {recorded}… then, {current}… now). Reconcile the period again and "
        "check its differences before approving.",
        "此提案所依据的银行对账单明细在提案后已发生变化（已匹配明细哈希：当时 {recorded}…，"
        "现在 {current}…）。请重新对账该期间并检查差异后再批准。",
        "此提案所依據的銀行對帳單明細在提案後已發生變化（已匹配明細雜湊：當時 {recorded}…，"
        "現在 {current}…）。請重新對帳該期間並檢查差異後再核准。",
    ),
    "bank.lines_unchanged": Message(
        "The bank statement lines this proposal rests on are unchanged (matched-lines hash "
        "{recorded}…).",
        "此提案所依据的银行对账单明细未变（已匹配明细哈希 {recorded}…）。",
        "此提案所依據的銀行對帳單明細未變（已匹配明細雜湊 {recorded}…）。",
    ),
    "bank.lines_not_recorded": Message(
        "No matched-lines hash was recorded with this proposal, so its bank statement lines "
        "cannot be checked. Reconcile the period before approving.",
        "此提案未记录已匹配明细哈希，无法核对其银行对账单明细。请先对账该期间再批准。",
        "此提案未記錄已匹配明細雜湊，無法核對其銀行對帳單明細。請先對帳該期間再核准。",
    ),
    "bank.lines_not_imported": Message(
        "The period's bank statements are not imported here, so the lines this proposal rests "
        "on cannot be checked. Import them (Reconciliation) before approving.",
        "此处尚未导入该期间的银行对账单，无法核对此提案所依据的明细。请先导入（对账）再批准。",
        "此處尚未匯入該期間的銀行對帳單，無法核對此提案所依據的明細。請先匯入（對帳）再核准。",
    ),
}
