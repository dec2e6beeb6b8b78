"""Treasury approvals: the approval view, the confirmation step, the notices, the notification
centre and the acting account: English -> (Simplified, Traditional). Keys are "Context|source"
where a short word could mean something else elsewhere."""

STRINGS: dict[str, tuple[str, str]] = {
    # the acting account
    "Account the treasury acts as": ("资金库操作所用的账户", "資金庫操作所用的帳戶"),
    "no treasury role: choose an account that holds one": (
        "无资金库角色：请选择持有资金库角色的账户",
        "無資金庫角色：請選擇持有資金庫角色的帳戶",
    ),
    "Checking against the chain…": ("正在对照链上状态检查…", "正在對照鏈上狀態檢查…"),
    "Finishing {action}…": ("正在完成{action}…", "正在完成{action}…"),
    # the approval view
    "keystore on this computer": ("本机密钥库", "本機金鑰庫"),
    "air-gapped file or QR": ("离线文件或二维码", "離線檔案或 QR 碼"),
    "ApprovalView|Ledger": ("Ledger 硬件钱包", "Ledger 硬體錢包"),
    "Safe (EIP-1271)": ("Safe 多签（EIP-1271）", "Safe 多簽（EIP-1271）"),
    "platform API": ("平台 API", "平台 API"),
    "on-chain transaction": ("链上交易", "鏈上交易"),
    "Signed by the proposer ({who})": ("已由提议人签名（{who}）", "已由提議人簽署（{who}）"),
    "Not signed: recorded on this computer only": ("未签名：仅记录在本机", "未簽署：僅記錄在本機"),
    "ApprovalView|approved": ("已批准", "已核准"),
    "{days} d {hours} h": ("{days} 天 {hours} 小时", "{days} 天 {hours} 小時"),
    "{hours} h {minutes} min": ("{hours} 小时 {minutes} 分钟", "{hours} 小時 {minutes} 分鐘"),
    "Approvals: {approvals} of {threshold} needed": (
        "批准：已有 {approvals} 个，需要 {threshold} 个",
        "核准：已有 {approvals} 個，需要 {threshold} 個",
    ),
    "{missing} still missing before it can execute": (
        "执行前还差 {missing} 个",
        "執行前還差 {missing} 個",
    ),
    "Expired {time}: it can no longer be approved or executed": (
        "已于 {time} 过期：不能再批准或执行",
        "已於 {time} 過期：不能再核准或執行",
    ),
    "Cap per period {cap}; pending for investors {pending}": (
        "每期上限 {cap}；待分配给投资者 {pending}",
        "每期上限 {cap}；待分配給投資者 {pending}",
    ),
    "the amount is above the cap or the pending balance": (
        "金额高于上限或待分配余额",
        "金額高於上限或待分配餘額",
    ),
    "At least {time} between two payouts of this store": (
        "此店铺两次派发之间至少间隔 {time}",
        "此店鋪兩次派發之間至少間隔 {time}",
    ),
    "Above {tier} this store needs {threshold} approvals (one more than the base)": (
        "超过 {tier} 时此店铺需要 {threshold} 个批准（比基本门槛多一个）",
        "超過 {tier} 時此店鋪需要 {threshold} 個核准（比基本門檻多一個）",
    ),
    "this amount is above it": ("本次金额超过该额度", "本次金額超過該額度"),
    "Paid out this month {used} of {cap} allowed": (
        "本月已派发 {used}，允许上限 {cap}",
        "本月已派發 {used}，允許上限 {cap}",
    ),
    "this payout would exceed the monthly velocity cap": (
        "本次派发将超过每月额度上限",
        "本次派發將超過每月額度上限",
    ),
    "Revenue report": ("收入报告", "收入報告"),
    "The proposer's override reason": ("提议人的覆盖理由", "提議人的覆蓋理由"),
    "ApprovalView|Policy": ("政策", "政策"),
    "Signatures so far": ("已收集的签名", "已收集的簽章"),
    "No signature yet.": ("尚无签名。", "尚無簽章。"),
    "Payout preview, every holder": ("派发预览（全部持有者）", "派發預覽（全部持有者）"),
    "Search holders by address": ("按地址搜索持有者", "依地址搜尋持有者"),
    "Search holders": ("搜索持有者", "搜尋持有者"),
    "Payout to every holder": ("每位持有者的派发", "每位持有者的派發"),
    "Reading the proposal…": ("正在读取提案…", "正在讀取提案…"),
    "Proposal #{id}: {amount} sUSD to the holders of {symbol} for {period}": (
        "提案 #{id}：向 {symbol} 持有者派发 {amount} sUSD（{period}）",
        "提案 #{id}：向 {symbol} 持有者派發 {amount} sUSD（{period}）",
    ),
    "{status} · proposed by {proposer} · report hash {hash}": (
        "{status} · 提议人 {proposer} · 报告哈希 {hash}",
        "{status} · 提議人 {proposer} · 報告雜湊 {hash}",
    ),
    "Platform sales {sales} · bank settled {settled}": (
        "平台销售额 {sales} · 银行结算 {settled}",
        "平台銷售額 {sales} · 銀行結算 {settled}",
    ),
    "Routed on chain {routed} · investors' share {share} ({bp} bp)": (
        "链上分账 {routed} · 投资者份额 {share}（{bp} 基点）",
        "鏈上分帳 {routed} · 投資者份額 {share}（{bp} 基點）",
    ),
    "Platform fee {fee} · merchant {merchant} · published {published}": (
        "平台费 {fee} · 商家 {merchant} · 发布于 {published}",
        "平台費 {fee} · 商家 {merchant} · 發布於 {published}",
    ),
    "✓ The backend serves this report under the proposal's hash.": (
        "✓ 后端提供的报告与提案中的哈希一致。",
        "✓ 後端提供的報告與提案中的雜湊一致。",
    ),
    "No report.": ("没有报告。", "沒有報告。"),
    "No reconciliation for this period.": ("此期间没有对账结果。", "此期間沒有對帳結果。"),
    "The proposer's override reason ({who})": (
        "提议人的覆盖理由（{who}）",
        "提議人的覆蓋理由（{who}）",
    ),
    "No override reason was recorded on this computer.": (
        "本机没有记录覆盖理由。",
        "本機沒有記錄覆蓋理由。",
    ),
    "Paid to {holders}: {total}; kept in the token: {dust}; together {sum} = the amount {amount}": (
        "派发给{holders}：{total}；留在代币中：{dust}；合计 {sum} = 金额 {amount}",
        "派發給{holders}：{total}；留在代幣中：{dust}；合計 {sum} = 金額 {amount}",
    ),
    "Paid to {holders}: {total}, including {dust} the token kept from earlier payouts; less "
    "that, {sum} = the amount {amount}": (
        "派发给{holders}：{total}，其中含代币此前派发留存的 {dust}；"
        "不含这些则 {sum} = 金额 {amount}",
        "派發給{holders}：{total}，其中含代幣此前派發留存的 {dust}；"
        "不含這些則 {sum} = 金額 {amount}",
    ),
    "%Ln holder(s)": (" %Ln 位持有者", " %Ln 位持有者"),
    "%Ln base unit(s)": ("%Ln 个最小单位", "%Ln 個最小單位"),
    "As paid at the execution.": ("按执行时的实际派发。", "按執行時的實際派發。"),
    # the notification centre
    "Notifications": ("通知", "通知"),
    "%n unread notification(s)": ("%n 条未读通知", "%n 則未讀通知"),
    "NotificationList|Clear": ("清除", "清除"),
    "Nothing new.": ("没有新消息。", "沒有新消息。"),
    # the confirmation step
    "Approve proposal #{id}": ("批准提案 #{id}", "核准提案 #{id}"),
    "Reject proposal #{id}": ("拒绝提案 #{id}", "拒絕提案 #{id}"),
    "Execute proposal #{id}": ("执行提案 #{id}", "執行提案 #{id}"),
    "Cancel proposal #{id}": ("取消提案 #{id}", "取消提案 #{id}"),
    "Review before signing": ("签名前核对", "簽署前核對"),
    "You are about to sign an off-chain approval. It costs no gas.": (
        "您即将签署一份链下批准，不消耗 gas。",
        "您即將簽署一份鏈下核准，不消耗 gas。",
    ),
    "You are about to sign an off-chain rejection. It costs no gas.": (
        "您即将签署一份链下拒绝，不消耗 gas。",
        "您即將簽署一份鏈下拒絕，不消耗 gas。",
    ),
    "You are about to sign and send this transaction.": (
        "您即将签名并发送此交易。",
        "您即將簽署並發送此交易。",
    ),
    "{amount} {coin}": ("{amount} {coin}", "{amount} {coin}"),
    "Signing account": ("签名账户", "簽署帳戶"),
    "ConfirmDialog|Channel": ("签名渠道", "簽署管道"),
    "ConfirmDialog|Gas": ("Gas", "Gas"),
    "Proposal expires": ("提案到期", "提案到期"),
    "Signature valid until": ("签名有效期至", "簽章有效期至"),
    "Signatures sent": ("随附签名数", "隨附簽章數"),
    "ConfirmDialog|Reason": ("理由", "理由"),
    "ConfirmDialog|Sign": ("签名", "簽署"),
    "ConfirmDialog|Back": ("返回", "返回"),
    "no gas: off-chain signature": ("无 gas：链下签名", "無 gas：鏈下簽章"),
    "up to {gas} gas (at most {eth} ETH)": (
        "最多 {gas} gas（至多 {eth} ETH）",
        "最多 {gas} gas（至多 {eth} ETH）",
    ),
    # the notices
    "All signatures are in: proposal #{id} ({symbol} {period}, {amount} sUSD) is ready to "
    "execute ★.": (
        "签名已齐：提案 #{id}（{symbol} {period}，{amount} sUSD）可以执行 ★。",
        "簽章已齊：提案 #{id}（{symbol} {period}，{amount} sUSD）可以執行 ★。",
    ),
    "★ Ready to execute": ("★ 可以执行", "★ 可以執行"),
    "Proposal #{id} ({symbol} {period}, {amount} sUSD) was executed: the holders can claim.": (
        "提案 #{id}（{symbol} {period}，{amount} sUSD）已执行：持有者可以领取。",
        "提案 #{id}（{symbol} {period}，{amount} sUSD）已執行：持有者可以領取。",
    ),
    "Payout executed": ("派发已执行", "派發已執行"),
    "Proposal #{id} ({symbol} {period}, {amount} sUSD) was rejected.": (
        "提案 #{id}（{symbol} {period}，{amount} sUSD）已被拒绝。",
        "提案 #{id}（{symbol} {period}，{amount} sUSD）已被拒絕。",
    ),
    "Proposal #{id} ({symbol} {period}, {amount} sUSD) expired.": (
        "提案 #{id}（{symbol} {period}，{amount} sUSD）已过期。",
        "提案 #{id}（{symbol} {period}，{amount} sUSD）已過期。",
    ),
    "Your action on proposal #{id} failed: {why}": (
        "您对提案 #{id} 的操作失败：{why}",
        "您對提案 #{id} 的操作失敗：{why}",
    ),
    "Payout failed": ("派发失败", "派發失敗"),
    # the tables
    "TreasuryTables|Holder": ("持有者", "持有者"),
    "Tokens held": ("持有代币", "持有代幣"),
    "TreasuryTables|Payout": ("派发", "派發"),
    "TreasuryTables|Signer": ("签名人", "簽署人"),
    "TreasuryTables|Decision": ("决定", "決定"),
    "Signed (UTC)": ("签名时间（UTC）", "簽署時間（UTC）"),
    "TreasuryTables|Channel": ("渠道", "管道"),
    "TreasuryTables|Reason": ("理由", "理由"),
    # signatures and air-gapped signing
    "does not count now": ("目前不计入", "目前不計入"),
    "Execute would not accept it now: the signer lost the approver role, invalidated their "
    "signatures, or it is past its deadline.": (
        "执行时不会接受此签名：签名人已失去审批人角色、已作废其签名，或已过期限。",
        "執行時不會接受此簽章：簽署人已失去核准人角色、已作廢其簽章，或已過期限。",
    ),
    "You are about to sign a rejection; this account then sends it on chain in one transaction.": (
        "您即将签署一份拒绝；随后由此账户在一笔交易中把它发送上链。",
        "您即將簽署一份拒絕；隨後由此帳戶在一筆交易中把它發送上鏈。",
    ),
    "Signer's nonce": ("签名人的 nonce", "簽署人的 nonce"),
    "paid when the signed rejection is sent (estimated then)": (
        "在发送已签名的拒绝时支付（届时估算）",
        "在發送已簽署的拒絕時支付（屆時估算）",
    ),
    "Sign a treasury request (offline)": ("签署资金库请求（离线）", "簽署資金庫請求（離線）"),
    "Open a request file…": ("打开请求文件…", "開啟請求檔案…"),
    "Open a request file or QR picture…": (
        "打开请求文件或二维码图片…",
        "開啟請求檔案或 QR 碼圖片…",
    ),
    "Paste a scanned QR code…": ("粘贴扫描的二维码…", "貼上掃描的 QR 碼…"),
    "Paste a scanned QR code": ("粘贴扫描的二维码", "貼上掃描的 QR 碼"),
    "The text your scanner read from the request's QR code:": (
        "扫描器从请求二维码读出的文本：",
        "掃描器從請求 QR 碼讀出的文字：",
    ),
    'Open the request file written by "Export for signing" or a picture of its QR code, or '
    "paste the text a scanner read from the code.": (
        "打开“导出以供签名”写出的请求文件或其二维码图片，或粘贴扫描器从二维码读出的文本。",
        "開啟「匯出以供簽署」寫出的請求檔案或其 QR 碼圖片，或貼上掃描器從 QR 碼讀出的文字。",
    ),
    "Write the signature": ("写入签名", "寫入簽章"),
    "Signing file or QR code picture (*.json *.png *.jpg *.jpeg)": (
        "签名文件或二维码图片 (*.json *.png *.jpg *.jpeg)",
        "簽署檔案或 QR 碼圖片 (*.json *.png *.jpg *.jpeg)",
    ),
    "{path} holds no QR code that can be read. Take a sharper picture of the whole code, or use "
    "the file itself. Nothing was changed.": (
        "{path} 中没有可读取的二维码。请拍一张清晰的完整二维码照片，或直接使用文件。没有任何更改。",
        "{path} 中沒有可讀取的 QR 碼。請拍一張清晰的完整 QR 碼照片，或直接使用檔案。沒有任何變更。",
    ),
    "A signature file or a picture of its QR code": (
        "签名文件或其二维码图片",
        "簽章檔案或其 QR 碼圖片",
    ),
    "The text a scanner read from the QR code": (
        "扫描器从二维码读出的文本",
        "掃描器從 QR 碼讀出的文字",
    ),
    "Import a signature": ("导入签名", "匯入簽章"),
    "Import the signature from:": ("从以下来源导入签名：", "從以下來源匯入簽章："),
    "The text your scanner read:": ("扫描器读出的文本：", "掃描器讀出的文字："),
    "Open a request file": ("打开请求文件", "開啟請求檔案"),
    "Approve…": ("批准…", "核准…"),
    "Reject…": ("拒绝…", "拒絕…"),
    "Chain {chain}, treasury {treasury}": (
        "链 {chain}，资金库 {treasury}",
        "鏈 {chain}，資金庫 {treasury}",
    ),
    "Signer {signer} (nonce {nonce}); valid until {time}": (
        "签名人 {signer}（nonce {nonce}）；有效期至 {time}",
        "簽署人 {signer}（nonce {nonce}）；有效期至 {time}",
    ),
    "Report hash {hash} (checked against the report in the file)": (
        "报告哈希 {hash}（已与文件中的报告核对）",
        "報告雜湊 {hash}（已與檔案中的報告核對）",
    ),
    "Platform sales {sales} · bank settled {settled} · routed {routed} · investors' share "
    "{share}": (
        "平台销售额 {sales} · 银行结算 {settled} · 分账 {routed} · 投资者份额 {share}",
        "平台銷售額 {sales} · 銀行結算 {settled} · 分帳 {routed} · 投資者份額 {share}",
    ),
    "Reconciliation: DIFFERENCE": ("对账：有差异", "對帳：有差異"),
    "The proposer's override reason: {reason}": (
        "提议人的覆盖理由：{reason}",
        "提議人的覆蓋理由：{reason}",
    ),
    "Signature for proposal #{id}": ("提案 #{id} 的签名", "提案 #{id} 的簽章"),
    "Take this signature back to the online machine: the file, or this QR code.": (
        "把此签名带回联网的电脑：使用文件或此二维码。",
        "把此簽章帶回連網的電腦：使用檔案或此 QR 碼。",
    ),
    "Export for signing…": ("导出以供签名…", "匯出以供簽署…"),
    "A file and a QR code an approver signs on an offline machine": (
        "一个文件和一个二维码，供审批人在离线电脑上签名",
        "一個檔案和一個 QR 碼，供核准人在離線電腦上簽署",
    ),
    "Import signature…": ("导入签名…", "匯入簽章…"),
    "QR code of the file": ("文件的二维码", "檔案的 QR 碼"),
    "Saved to {path}": ("已保存到 {path}", "已儲存到 {path}"),
    "TreasuryAirgap|approval": ("批准", "核准"),
    "TreasuryAirgap|rejection": ("拒绝", "拒絕"),
    "Export for signing": ("导出以供签名", "匯出以供簽署"),
    "The approver who signs offline (their address):": (
        "在离线电脑上签名的审批人（其地址）：",
        "在離線電腦上簽署的核准人（其地址）：",
    ),
    "Write the request to sign": ("写出待签名的请求", "寫出待簽署的請求"),
    "Request to sign proposal #{id}": ("提案 #{id} 的签名请求", "提案 #{id} 的簽署請求"),
    "Take the file to the offline machine, or show it this QR code; there, Treasury → Sign a "
    "request file (offline) shows it and signs.": (
        "把文件带到离线电脑，或向它出示此二维码；"
        "在那里，“资金库 → 签署请求文件（离线）”会显示并签名。",
        "把檔案帶到離線電腦，或向它出示此 QR 碼；"
        "在那裡，「資金庫 → 簽署請求檔案（離線）」會顯示並簽署。",
    ),
    "Import a signature file": ("导入签名文件", "匯入簽章檔案"),
    "Imported the {kind} of proposal #{id} by {signer} (air-gapped).": (
        "已导入 {signer} 对提案 #{id} 的{kind}（离线签名）。",
        "已匯入 {signer} 對提案 #{id} 的{kind}（離線簽署）。",
    ),
    "&Treasury": ("资金库(&T)", "資金庫(&T)"),
    "Sign a request file (offline)…": ("签署请求文件（离线）…", "簽署請求檔案（離線）…"),
    "Approved proposal #{id}: signed off chain, no gas; kept with its signatures.": (
        "已批准提案 #{id}：链下签名，不消耗 gas；已与其签名一并保存。",
        "已核准提案 #{id}：鏈下簽署，不消耗 gas；已與其簽章一併保存。",
    ),
    "Safe {address} (v{version}): {threshold} of {count} owners — {owners}": (
        "Safe {address}（v{version}）：{count} 位所有者中需 {threshold} 位 — {owners}",
        "Safe {address}（v{version}）：{count} 位擁有者中需 {threshold} 位 — {owners}",
    ),
    # approving as a Safe: owners' parts
    "Safe {safe}: {count} of {threshold} owners signed": (
        "Safe {safe}：{threshold} 位所有者中已有 {count} 位签名",
        "Safe {safe}：{threshold} 位擁有者中已有 {count} 位簽署",
    ),
    "✓ Signed: {owners}": ("✓ 已签名：{owners}", "✓ 已簽署：{owners}"),
    "The Safe's approval is recorded.": ("Safe 的批准已记录。", "Safe 的核准已記錄。"),
    "Waiting for {missing} more of: {owners}": (
        "还需以下所有者中的 {missing} 位签名：{owners}",
        "還需以下擁有者中的 {missing} 位簽署：{owners}",
    ),
    "Approve proposal #{id} for Safe {safe}": (
        "代表 Safe {safe} 批准提案 #{id}",
        "代表 Safe {safe} 核准提案 #{id}",
    ),
    "{action}: {amount} {coin} to the holders of {symbol} for {period}, report {hash}": (
        "{action}：向 {symbol} 的持有人分配 {amount} {coin}（期间 {period}，报告 {hash}）",
        "{action}：向 {symbol} 的持有人分配 {amount} {coin}（期間 {period}，報告 {hash}）",
    ),
    "your part of the Safe's approval: the Safe message for proposal #{id}, no gas": (
        "您在 Safe 批准中的部分：提案 #{id} 的 Safe 消息，不消耗 gas",
        "您在 Safe 核准中的部分：提案 #{id} 的 Safe 訊息，不消耗 gas",
    ),
    "an off-chain signature, no gas": ("链下签名，不消耗 gas", "鏈下簽署，不消耗 gas"),
    "a signature, then sent on chain": ("先签名，再发送上链", "先簽署，再發送上鏈"),
    "a transaction, gas up to {gas}": ("一笔交易，gas 最多 {gas}", "一筆交易，gas 最多 {gas}"),
    "You are about to sign your part of the Safe's approval: the Safe message for proposal "
    "#{id}, as one of its owners. It costs no gas; the Safe approves when {threshold} owners "
    "have signed.": (
        "您即将以所有者身份签署您在 Safe 批准中的部分：提案 #{id} 的 Safe 消息。"
        "不消耗 gas；{threshold} 位所有者签名后 Safe 即批准。",
        "您即將以擁有者身分簽署您在 Safe 核准中的部分：提案 #{id} 的 Safe 訊息。"
        "不消耗 gas；{threshold} 位擁有者簽署後 Safe 即核准。",
    ),
    "ConfirmDialog|Safe": ("Safe 多签", "Safe 多簽"),
    "{safe}: {count} of {threshold} owners signed": (
        "{safe}：{threshold} 位所有者中已有 {count} 位签名",
        "{safe}：{threshold} 位擁有者中已有 {count} 位簽署",
    ),
    "The Safe's nonce": ("Safe 的 nonce", "Safe 的 nonce"),
    "Approve for Safe {safe}": ("代表 Safe {safe} 批准", "代表 Safe {safe} 核准"),
    "the Safe's approval of proposal #{id} is recorded (no gas).": (
        "Safe 对提案 #{id} 的批准已记录（不消耗 gas）。",
        "Safe 對提案 #{id} 的核准已記錄（不消耗 gas）。",
    ),
    "your part is kept; {missing} more owner(s) must sign.": (
        "您的部分已保存；还需 {missing} 位所有者签名。",
        "您的部分已保存；還需 {missing} 位擁有者簽署。",
    ),
    "The Safe has approved it.": ("Safe 已批准此提案。", "Safe 已核准此提案。"),
    "You approved it yourself: a key counts once per proposal.": (
        "您已以个人身份批准：每把密钥对一个提案只计一次。",
        "您已以個人身分核准：每把金鑰對一個提案只計一次。",
    ),
    "One of its owners approved personally: the treasury never counts a Safe beside one of its "
    "owners.": (
        "其一位所有者已以个人身份批准：资金库绝不会将 Safe 与其所有者之一并列计数。",
        "其一位擁有者已以個人身分核准：資金庫絕不會將 Safe 與其擁有者之一並列計數。",
    ),
    "You signed your part for this Safe; another owner must sign.": (
        "您已为此 Safe 签署了自己的部分；需由另一位所有者签名。",
        "您已為此 Safe 簽署了自己的部分；需由另一位擁有者簽署。",
    ),
    "Your part went to the Safe's approval: a key counts once per proposal.": (
        "您的部分已计入 Safe 的批准：每把密钥对一个提案只计一次。",
        "您的部分已計入 Safe 的核准：每把金鑰對一個提案只計一次。",
    ),
    # the audit tab: events, channels and details in words; sending a signed rejection
    "Send the signed rejection…": ("发送已签名的拒绝…", "傳送已簽署的拒絕…"),
    "Sends the chosen approver's signed rejection (for example one imported from an "
    "air-gapped approver) from the acting account: a transaction, confirmed first.": (
        "以当前操作账户发送所选审批人已签名的拒绝（例如从离线审批人导入的）：一笔交易，先确认。",
        "以目前操作帳戶傳送所選審批人已簽署的拒絕（例如從離線審批人匯入的）：一筆交易，先確認。",
    ),
    "To send it, choose it in the Audit tab and press Send the signed rejection.": (
        "要发送它，请在“审计记录”标签中选中它，然后按“发送已签名的拒绝”。",
        "要傳送它，請在「審計記錄」分頁中選取它，然後按「傳送已簽署的拒絕」。",
    ),
    "TreasuryAudit|revenue routed": ("收入已划转", "收入已劃轉"),
    "TreasuryAudit|proposed": ("已提案", "已提案"),
    "TreasuryAudit|approved on chain": ("链上已批准", "鏈上已核准"),
    "TreasuryAudit|rejected": ("已拒绝", "已拒絕"),
    "TreasuryAudit|cancelled": ("已取消", "已取消"),
    "TreasuryAudit|executed": ("已执行", "已執行"),
    "TreasuryAudit|override reason": ("覆盖理由", "覆蓋理由"),
    "TreasuryAudit|note": ("备注", "備註"),
    "TreasuryAudit|signed": ("已签署", "已簽署"),
    "TreasuryAudit|approval signed": ("已签署批准", "已簽署核准"),
    "TreasuryAudit|rejection signed": ("已签署拒绝", "已簽署拒絕"),
    "TreasuryAudit|Safe owner's part signed": (
        "Safe 所有者已签署其部分",
        "Safe 擁有者已簽署其部分",
    ),
    "TreasuryAudit|Decision": ("决定", "決定"),
    "TreasuryAudit|Channel": ("渠道", "管道"),
    "TreasuryAudit|Channel it claims": ("其声称的渠道", "其聲稱的管道"),
    "TreasuryAudit|Signed": ("签署时间", "簽署時間"),
    "TreasuryAudit|Received": ("接收时间", "接收時間"),
    "TreasuryAudit|Nonce": ("随机数", "隨機數"),
    "TreasuryAudit|Valid until": ("有效期至", "有效期至"),
    "TreasuryAudit|Reason": ("理由", "理由"),
    "TreasuryAudit|Owners who signed": ("已签署的所有者", "已簽署的擁有者"),
    "TreasuryAudit|Safe": ("Safe 多签", "Safe 多簽"),
    "TreasuryAudit|Report hash": ("报告哈希", "報告雜湊"),
    "TreasuryAudit|Checks flagged": ("标记的检查项", "標記的檢查項"),
    "TreasuryAudit|Signature": ("签名", "簽章"),
    "TreasuryAudit|Action": ("操作", "操作"),
    "TreasuryAudit|Signed by the proposer": ("由提议人签署", "由提議人簽署"),
    "TreasuryAudit|yes": ("是", "是"),
    "TreasuryAudit|no": ("否", "否"),
    "TreasuryAudit|{time} (claimed)": ("{time}（声称）", "{time}（聲稱）"),
    "TreasuryAudit|{time} (claimed, implausible)": (
        "{time}（声称，不可信）",
        "{time}（聲稱，不可信）",
    ),
    # the QR code of a signing file: the override reason's words stay in the file
    "The proposer gave an override reason; it is in the request file, not in the QR code (too "
    "long for one). Read it there before signing ({digest}).": (
        "提议人给出了覆盖理由；它在请求文件中，不在二维码里（太长，放不进一个二维码）。"
        "签署前请在文件中阅读（{digest}）。",
        "提議人給出了覆蓋理由；它在請求檔案中，不在 QR 碼裡（太長，放不進一個 QR 碼）。"
        "簽署前請在檔案中閱讀（{digest}）。",
    ),
    "This is too large for one QR code ({size} bytes; one code holds at most 2,953). Take the "
    "file instead.": (
        "内容过大，无法放入一个二维码（{size} 字节；一个二维码最多容纳 2,953 字节）。请改用文件。",
        "內容過大，無法放入一個 QR 碼（{size} 位元組；一個 QR 碼最多容納 2,953 位元組）。"
        "請改用檔案。",
    ),
}
