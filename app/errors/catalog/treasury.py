"""The treasury: distribution proposals and the contract's rules, previews, reconciliation, the
audit trail and the workflow of actions."""

from app.errors.catalog import Message

MESSAGES = {
    # A period row's problem on the Stores tab (the period table and the store's label).
    "treasury.period.no_report": Message("no report yet", "尚无报告", "尚無報告"),
    "treasury.period.other_store": Message(
        "The report names store {merchant}, not this one.",
        "该报告写的是店铺 {merchant}，不是本店铺。",
        "該報告寫的是店鋪 {merchant}，不是本店鋪。",
    ),
    # What an action is doing, on the Treasury page while it runs (and on the CLI's stderr).
    "treasury.progress.check": Message(
        "Checking the {kind} against the chain…",
        "正在对照链上状态检查{kind}…",
        "正在對照鏈上狀態檢查{kind}…",
    ),
    "treasury.progress.send": Message("Signing and sending…", "正在签署并发送…", "正在簽署並發送…"),
    "treasury.progress.receipt": Message(
        "Waiting for the receipt of {tx}…", "正在等待 {tx} 的回执…", "正在等待 {tx} 的回執…"
    ),
    "treasury.progress.the_transaction": Message("the transaction", "该交易", "該交易"),
    "treasury.progress.resumed": Message(
        "Waiting for the {kind} sent before the restart…",
        "正在等待重新启动前发送的{kind}…",
        "正在等待重新啟動前發送的{kind}…",
    ),
    # The treasury's actions as nouns (app.treasury.actions.Kind).
    "treasury.kind.propose": Message("proposal", "提案", "提案"),
    "treasury.kind.approve": Message("approval", "审批", "審批"),
    "treasury.kind.reject": Message("rejection", "拒绝", "拒絕"),
    "treasury.kind.execute": Message("execution", "执行", "執行"),
    "treasury.kind.cancel": Message("cancellation", "取消", "取消"),
    # The approval view's report line: the backend's report no longer has the proposal's hash.
    "treasury.report_moved": Message(
        "The report the backend serves now does not have the proposal's hash.",
        "后端现在提供的报告与提案的哈希值不符。",
        "後端現在提供的報告與提案的雜湊值不符。",
    ),
    "treasury.error": Message(
        "The treasury could not do this. Nothing was changed; try again.",
        "资金库无法完成此操作。没有任何更改；请重试。",
        "資金庫無法完成此操作。沒有任何變更；請重試。",
    ),
    "treasury.refused": Message(
        "The treasury refuses this. Nothing was signed or sent.",
        "资金库拒绝了此操作。未签名也未发送任何交易。",
        "資金庫拒絕了此操作。未簽署也未發送任何交易。",
    ),
    "treasury.preview": Message(
        "The distribution cannot be previewed. Refresh the token's state and try again.",
        "无法预览此次分配。请刷新代币状态后重试。",
        "無法預覽此次分配。請重新整理代幣狀態後重試。",
    ),
    "treasury.audit": Message(
        "The audit trail cannot record this.",
        "审计记录无法记录此内容。",
        "稽核記錄無法記錄此內容。",
    ),
    "treasury.workflow": Message(
        "This treasury action cannot take that step.",
        "此资金库操作无法执行该步骤。",
        "此資金庫操作無法執行該步驟。",
    ),
    # --- the desk ---------------------------------------------------------------------------
    "treasury.no_treasury": Message(
        "This network has no distribution treasury in its registry.",
        "此网络的登记合约中没有分配资金库。",
        "此網絡的登記合約中沒有分配資金庫。",
    ),
    "treasury.unknown_symbol": Message(
        "No store has the token '{symbol}' (known: {known}).",
        "没有店铺使用代币“{symbol}”（已知：{known}）。",
        "沒有店鋪使用代幣「{symbol}」（已知：{known}）。",
    ),
    "treasury.no_backend": Message(
        "No backend to fetch the revenue report from. Give the API URL of the network profile.",
        "没有可获取收入报告的后端。请提供网络配置的 API 地址。",
        "沒有可取得收入報告的後端。請提供網絡設定檔的 API 網址。",
    ),
    "treasury.no_report": Message(
        "The revenue report could not be fetched: {reason}",
        "无法获取收入报告：{reason}",
        "無法取得收入報告：{reason}",
    ),
    # --- periods and the contract's rules ---------------------------------------------------
    "treasury.period_text": Message(
        "'{text}' is not a period; use the form YYYY-MM, e.g. 2026-04.",
        "“{text}”不是有效的期间；请使用 YYYY-MM 格式，例如 2026-04。",
        "「{text}」不是有效的期間；請使用 YYYY-MM 格式，例如 2026-04。",
    ),
    "treasury.period_range": Message(
        "{period} is not a valid period (yyyymm from 200001 to 999912).",
        "{period} 不是有效的期间（yyyymm，范围为 200001 到 999912）。",
        "{period} 不是有效的期間（yyyymm，範圍為 200001 到 999912）。",
    ),
    "treasury.zero_amount": Message(
        "The amount is zero; there is nothing to distribute.",
        "金额为零；没有可分配的款项。",
        "金額為零；沒有可分配的款項。",
    ),
    "treasury.no_policy": Message(
        "This store has no payout policy in the treasury yet; an administrator must set its cap "
        "per period first.",
        "此店铺在资金库中还没有派付政策；管理员必须先设定每期上限。",
        "此店鋪在資金庫中還沒有派付政策；管理員必須先設定每期上限。",
    ),
    "treasury.above_cap": Message(
        "The amount {amount} is above the store's cap per period of {cap}. Split it over periods "
        "or ask an administrator to raise the cap.",
        "金额 {amount} 超过了该店铺每期 {cap} 的上限。请分摊到多个期间，或请管理员提高上限。",
        "金額 {amount} 超過了該店鋪每期 {cap} 的上限。請分攤到多個期間，或請管理員提高上限。",
    ),
    "treasury.period_paid": Message(
        "Period {period} was already distributed (proposal #{proposal}); each period is paid once.",
        "期间 {period} 已经分配过（提案 #{proposal}）；每个期间只派付一次。",
        "期間 {period} 已經分配過（提案 #{proposal}）；每個期間只派付一次。",
    ),
    "treasury.above_pending": Message(
        "The amount {amount} is more than the store's pending balance in the treasury, "
        "{pending}. Wait for the revenue to be routed.",
        "金额 {amount} 超过了该店铺在资金库中的待分配余额 {pending}。请等待收入完成路由。",
        "金額 {amount} 超過了該店鋪在資金庫中的待分配餘額 {pending}。請等待收入完成路由。",
    ),
    "treasury.unknown_store": Message(
        "This store is not registered on chain; it cannot receive distributions.",
        "此店铺未在链上登记；无法接收分配。",
        "此店鋪未在鏈上登記；無法接收分配。",
    ),
    "treasury.missing_report_hash": Message(
        "The proposal needs the revenue report's hash.",
        "提案需要收入报告的哈希值。",
        "提案需要收入報告的雜湊值。",
    ),
    "treasury.unknown_proposal": Message(
        "Proposal #{proposal} does not exist.",
        "提案 #{proposal} 不存在。",
        "提案 #{proposal} 不存在。",
    ),
    "treasury.not_pending": Message(
        "Proposal #{proposal} is {status}, no longer pending.",
        "提案 #{proposal} {status}，已不在待处理状态。",
        "提案 #{proposal} {status}，已不在待處理狀態。",
    ),
    "treasury.not_pending_cancel": Message(
        "Proposal #{proposal} is {status}; only a pending proposal can be cancelled.",
        "提案 #{proposal} {status}；只有待处理的提案才能取消。",
        "提案 #{proposal} {status}；只有待處理的提案才能取消。",
    ),
    "treasury.status.executed": Message("executed", "已执行", "已執行"),
    "treasury.status.rejected": Message("rejected", "已被拒绝", "已被拒絕"),
    "treasury.status.cancelled": Message("cancelled", "已取消", "已取消"),
    "treasury.status.expired": Message("expired", "已过期", "已過期"),
    "treasury.status.pending": Message("pending", "待处理", "待處理"),
    "treasury.status.none": Message("unknown", "不存在", "不存在"),
    "treasury.expired": Message(
        "Proposal #{proposal} expired; propose the period again.",
        "提案 #{proposal} 已过期；请重新为该期间提出提案。",
        "提案 #{proposal} 已過期；請重新為該期間提出提案。",
    ),
    "treasury.proposer_cannot_approve": Message(
        "You proposed this distribution; another approver must approve it (maker-checker).",
        "此分配由您提出；必须由另一位审批人批准（制单与复核分离）。",
        "此分配由您提出；必須由另一位審批人批准（製單與覆核分離）。",
    ),
    "treasury.already_approved": Message(
        "You already approved proposal #{proposal}.",
        "您已批准过提案 #{proposal}。",
        "您已批准過提案 #{proposal}。",
    ),
    "treasury.not_proposer_or_admin": Message(
        "Only the proposer or an administrator can cancel a proposal.",
        "只有提案人或管理员可以取消提案。",
        "只有提案人或管理員可以取消提案。",
    ),
    "treasury.below_threshold": Message(
        "Proposal #{proposal} has {approvals} of the {threshold} approvals it needs.",
        "提案 #{proposal} 已获得 {approvals} 个批准，共需要 {threshold} 个。",
        "提案 #{proposal} 已獲得 {approvals} 個批准，共需要 {threshold} 個。",
    ),
    "treasury.too_soon": Message(
        "The store's last distribution was too recent; the next one is allowed from timestamp "
        "{earliest} ({seconds} s from now).",
        "该店铺上一次分配距今太近；下一次最早可在时间戳 {earliest} 执行（{seconds} 秒后）。",
        "該店鋪上一次分配距今太近；下一次最早可在時間戳 {earliest} 執行（{seconds} 秒後）。",
    ),
    "treasury.too_soon_to_propose": Message(
        "The store's minimum interval between distributions allows the next execution only at "
        "timestamp {earliest}, after this proposal would expire ({expires}). Propose closer to "
        "that time.",
        "该店铺两次分配的最短间隔只允许在时间戳 {earliest} 执行下一次分配，"
        "而此提案会在 {expires} 过期。请在接近该时间时再提出提案。",
        "該店鋪兩次分配的最短間隔只允許在時間戳 {earliest} 執行下一次分配，"
        "而此提案會在 {expires} 過期。請在接近該時間時再提出提案。",
    ),
    # --- proposals from reports -------------------------------------------------------------
    "treasury.report_hash_mismatch": Message(
        "The {period} report of {symbol} does not match its hash (it says {claimed}…, its "
        "content hashes to {actual}…). It may have been altered; fetch it again or ask the "
        "platform to re-issue it.",
        "{symbol} 的 {period} 报告与其哈希值不符（报告中为 {claimed}…，内容的哈希值为 {actual}…）。"
        "报告可能已被修改；请重新获取，或请平台重新出具。",
        "{symbol} 的 {period} 報告與其雜湊值不符（報告中為 {claimed}…，內容的雜湊值為 {actual}…）。"
        "報告可能已被修改；請重新取得，或請平台重新出具。",
    ),
    "treasury.wrong_store": Message(
        "The report is for store {merchant}, not the store selected.",
        "该报告属于店铺 {merchant}，而不是所选的店铺。",
        "該報告屬於店鋪 {merchant}，而不是所選的店鋪。",
    ),
    "treasury.stale_reconciliation": Message(
        "The reconciliation shown is for another store or period; reconcile this report first.",
        "显示的对账属于其他店铺或期间；请先对此报告进行对账。",
        "顯示的對帳屬於其他店鋪或期間；請先對此報告進行對帳。",
    ),
    "treasury.reconciliation_difference": Message(
        "The reconciliation found differences: {reasons} To propose anyway, write why (at least "
        "{minimum} characters); the reason is kept in the audit trail.",
        "对账发现差异：{reasons}如仍要提出提案，请写明原因（至少 {minimum} 个字符）；"
        "原因会保存在审计记录中。",
        "對帳發現差異：{reasons}如仍要提出提案，請寫明原因（至少 {minimum} 個字元）；"
        "原因會保存在稽核記錄中。",
    ),
    "treasury.reason_too_long": Message(
        "The reason is too long; keep it under {limit} characters.",
        "原因过长；请控制在 {limit} 个字符以内。",
        "原因過長；請控制在 {limit} 個字元以內。",
    ),
    # --- reconciliation ---------------------------------------------------------------------
    "treasury.band": Message(
        "The expected settlement band must satisfy 0 <= min <= max.",
        "预期结算区间必须满足 0 <= 最小值 <= 最大值。",
        "預期結算區間必須滿足 0 <= 最小值 <= 最大值。",
    ),
    "treasury.tolerance": Message(
        "The reconciliation tolerance must be between 0 and 10,000 bp.",
        "对账容差必须介于 0 和 10,000 个基点之间。",
        "對帳容差必須介於 0 和 10,000 個基點之間。",
    ),
    "treasury.negative_on_chain": Message(
        "Amounts seen on chain cannot be negative.",
        "链上金额不能为负数。",
        "鏈上金額不能為負數。",
    ),
    "treasury.check.settled_vs_routed": Message(
        "The bank settled {settled} but {routed} was routed on chain ({difference}, {ratio}; "
        "tolerance {tolerance}). Find the missing settlement before paying out.",
        "银行结算了 {settled}，但链上路由了 {routed}（差额 {difference}，{ratio}；容差 "
        "{tolerance}）。派付前请找出缺失的结算。",
        "銀行結算了 {settled}，但鏈上路由了 {routed}（差額 {difference}，{ratio}；容差 "
        "{tolerance}）。派付前請找出缺失的結算。",
    ),
    "treasury.check.report_vs_chain": Message(
        "The report says {reported} was routed, the chain shows {routed}. Ask the platform to "
        "re-issue the report.",
        "报告称路由了 {reported}，链上显示为 {routed}。请平台重新出具报告。",
        "報告稱路由了 {reported}，鏈上顯示為 {routed}。請平台重新出具報告。",
    ),
    "treasury.check.investor_share": Message(
        "The investors' share should be {share_percent} of the routed revenue, {share}; the report "
        "says {reported}.",
        "投资者份额应为路由收入的 {share_percent}，即 {share}；报告中为 {reported}。",
        "投資者份額應為路由收入的 {share_percent}，即 {share}；報告中為 {reported}。",
    ),
    "treasury.check.investor_share_credited": Message(
        "The investors' share should be {share_percent} of the routed revenue, {share}; the report "
        "says {reported} and the treasury was credited {credited}.",
        "投资者份额应为路由收入的 {share_percent}，即 {share}；报告中为 {reported}，资金库入账 "
        "{credited}。",
        "投資者份額應為路由收入的 {share_percent}，即 {share}；報告中為 {reported}，資金庫入帳 "
        "{credited}。",
    ),
    "treasury.check.settled_low": Message(
        "The bank settled {ratio} of the platform's sales; after fees and refunds {min_percent} to "
        "{max_percent} is expected (at least {expected}). The platform may overstate sales, or "
        "settlements are missing.",
        "银行结算了平台销售额的 {ratio}；扣除手续费和退款后，预期为 {min_percent} 至 {max_percent}"
        "（至少 {expected}）。平台可能夸大了销售额，或有结算缺失。",
        "銀行結算了平台銷售額的 {ratio}；扣除手續費和退款後，預期為 {min_percent} 至 {max_percent}"
        "（至少 {expected}）。平台可能誇大了銷售額，或有結算缺失。",
    ),
    "treasury.check.settled_high": Message(
        "The bank settled {ratio} of the platform's sales; after fees and refunds {min_percent} to "
        "{max_percent} is expected (at least {expected}). Settlements include money that is not "
        "from these sales.",
        "银行结算了平台销售额的 {ratio}；扣除手续费和退款后，预期为 {min_percent} 至 {max_percent}"
        "（至少 {expected}）。结算中包含并非来自这些销售的款项。",
        "銀行結算了平台銷售額的 {ratio}；扣除手續費和退款後，預期為 {min_percent} 至 {max_percent}"
        "（至少 {expected}）。結算中包含並非來自這些銷售的款項。",
    ),
    "treasury.check.bp": Message("{bp} bp", "{bp} 个基点", "{bp} 個基點"),
    "treasury.check.percent": Message("{percent}", "{percent}", "{percent}"),
    "treasury.check.less": Message("{percent} less", "少 {percent}", "少 {percent}"),
    "treasury.check.more": Message("{percent} more", "多 {percent}", "多 {percent}"),
    "treasury.check.same": Message("no difference", "无差额", "無差額"),
    "treasury.check.no_ratio": Message(
        "n/a (nothing to compare with)", "不适用（无可比较的数值）", "不適用（無可比較的數值）"
    ),
    # --- previews ---------------------------------------------------------------------------
    "treasury.holder_lists": Message(
        "Each holder needs exactly one balance (and one correction).",
        "每位持有人必须恰好有一个余额（和一个修正值）。",
        "每位持有人必須恰好有一個餘額（和一個修正值）。",
    ),
    "treasury.negative_balance": Message(
        "A holder's balance cannot be negative.",
        "持有人的余额不能为负数。",
        "持有人的餘額不能為負數。",
    ),
    "treasury.incomplete_holders": Message(
        "The holder list is incomplete: balances add up to {supply}, the token's supply is "
        "{total}. Refresh the holder list and try again.",
        "持有人列表不完整：余额合计为 {supply}，而代币供应量为 {total}。请刷新持有人列表后重试。",
        "持有人列表不完整：餘額合計為 {supply}，而代幣供應量為 {total}。"
        "請重新整理持有人列表後重試。",
    ),
    "treasury.no_holders": Message(
        "The token has no holders to pay.",
        "该代币没有可派付的持有人。",
        "該代幣沒有可派付的持有人。",
    ),
    "treasury.dust_range": Message(
        "The token's carried remainder is out of range; refresh its state.",
        "代币结转的余数超出范围；请刷新其状态。",
        "代幣結轉的餘數超出範圍；請重新整理其狀態。",
    ),
    "treasury.amount_too_large": Message(
        "The amount is too large for the token's arithmetic.",
        "金额超出了代币运算的范围。",
        "金額超出了代幣運算的範圍。",
    ),
    # --- the audit trail --------------------------------------------------------------------
    "treasury.audit_kind": Message(
        "'{kind}' is not a treasury audit event.",
        "“{kind}”不是资金库审计事件。",
        "「{kind}」不是資金庫稽核事件。",
    ),
    "treasury.audit_needs_chain": Message(
        "A '{kind}' entry needs a chain reference.",
        "“{kind}”条目需要链上引用。",
        "「{kind}」項目需要鏈上引用。",
    ),
    "treasury.audit_no_chain": Message(
        "A '{kind}' entry cannot have a chain reference.",
        "“{kind}”条目不能有链上引用。",
        "「{kind}」項目不能有鏈上引用。",
    ),
    "treasury.audit_negative": Message(
        "An audit amount cannot be negative.",
        "审计金额不能为负数。",
        "稽核金額不能為負數。",
    ),
    "treasury.export_json": Message(
        "The file is not valid JSON (line {line}).",
        "该文件不是有效的 JSON（第 {line} 行）。",
        "該檔案不是有效的 JSON（第 {line} 行）。",
    ),
    "treasury.export_format": Message(
        "The file is not a PST Desk treasury audit export.",
        "该文件不是 PST Desk 资金库审计导出文件。",
        "該檔案不是 PST Desk 資金庫稽核匯出檔案。",
    ),
    "treasury.export_version": Message(
        "Audit export version {version} is not supported.",
        "不支持审计导出版本 {version}。",
        "不支援稽核匯出版本 {version}。",
    ),
    "treasury.export_entries": Message(
        "The audit export has no list of entries.",
        "审计导出文件中没有条目列表。",
        "稽核匯出檔案中沒有項目列表。",
    ),
    "treasury.export_columns": Message(
        "The CSV file does not have the audit export's columns.",
        "该 CSV 文件没有审计导出的列。",
        "該 CSV 檔案沒有稽核匯出的欄位。",
    ),
    "treasury.export_details": Message(
        "Row {row}: the details column is not JSON.",
        "第 {row} 行：details 列不是 JSON。",
        "第 {row} 行：details 欄不是 JSON。",
    ),
    "treasury.export_not_object": Message(
        "Entry {entry} is not an object.",
        "条目 {entry} 不是对象。",
        "項目 {entry} 不是物件。",
    ),
    "treasury.export_malformed": Message(
        "Entry {entry} is malformed ({problem}).",
        "条目 {entry} 格式错误（{problem}）。",
        "項目 {entry} 格式錯誤（{problem}）。",
    ),
    # --- the workflow of actions ------------------------------------------------------------
    "treasury.bad_transition": Message(
        "A treasury action cannot go from '{current}' to '{target}'.",
        "资金库操作不能从“{current}”变为“{target}”。",
        "資金庫操作不能從「{current}」變為「{target}」。",
    ),
    "treasury.no_action": Message(
        "No treasury action {action}.",
        "没有资金库操作 {action}。",
        "沒有資金庫操作 {action}。",
    ),
    "treasury.use_propose": Message(
        "Use propose() with a checked draft to propose.",
        "请使用 propose() 并传入已检查的草稿来提出提案。",
        "請使用 propose() 並傳入已檢查的草稿來提出提案。",
    ),
    "treasury.already_sent": Message(
        "This {kind} was already sent; it is {state}.",
        "此 {kind} 操作已发送；当前状态为 {state}。",
        "此 {kind} 操作已發送；目前狀態為 {state}。",
    ),
    "treasury.simulate_first": Message(
        "This {kind} is {state}; simulate it before sending.",
        "此 {kind} 操作的状态为 {state}；发送前请先模拟。",
        "此 {kind} 操作的狀態為 {state}；發送前請先模擬。",
    ),
}
