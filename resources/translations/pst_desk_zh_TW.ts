<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>AccessLogDialog</name>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>店鋪</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>欄位</translation>
        </message>
        <message>
            <source>Key version</source>
            <translation>密鑰版本</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>reveal</source>
            <translation>檢視</translation>
        </message>
        <message>
            <source>add</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>edit</source>
            <translation>編輯</translation>
        </message>
        <message>
            <source>rotate</source>
            <translation>輪換</translation>
        </message>
        <message>
            <source>bind on chain</source>
            <translation>鏈上綁定</translation>
        </message>
        <message>
            <source>remove</source>
            <translation>刪除</translation>
        </message>
        <message>
            <source>export backup</source>
            <translation>匯出備份</translation>
        </message>
        <message>
            <source>import backup</source>
            <translation>匯入備份</translation>
        </message>
        <message>
            <source>set API token</source>
            <translation>設定 API 權杖</translation>
        </message>
        <message>
            <source>Vault access log</source>
            <translation>保險庫存取日誌</translation>
        </message>
    </context>
    <context>
        <name>AccountSwitcher</name>
        <message>
            <source>investor</source>
            <translation>投資者</translation>
        </message>
        <message>
            <source>proposer</source>
            <translation>提議人</translation>
        </message>
        <message>
            <source>approver</source>
            <translation>審批人</translation>
        </message>
        <message>
            <source>operator</source>
            <translation>營運方</translation>
        </message>
        <message>
            <source>Acting as</source>
            <translation>目前帳戶</translation>
        </message>
        <message>
            <source>Active account</source>
            <translation>目前帳戶</translation>
        </message>
        <message>
            <source>unlocked, can sign</source>
            <translation>已解鎖，可簽署</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>已鎖定</translation>
        </message>
    </context>
    <context>
        <name>ActingAccount</name>
        <message>
            <source>Acting as</source>
            <translation>目前帳戶</translation>
        </message>
        <message>
            <source>Account the treasury acts as</source>
            <translation>資金庫操作所用的帳戶</translation>
        </message>
    </context>
    <context>
        <name>AddressBookPanel</name>
        <message>
            <source>Address book</source>
            <translation>地址簿</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>新增…</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>匯入 CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>匯出 CSV…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編輯…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Import labels…</source>
            <translation>匯入標籤…</translation>
        </message>
        <message>
            <source>Export labels…</source>
            <translation>匯出標籤…</translation>
        </message>
        <message>
            <source>{address} is already in the address book as '{label}'; edit it.</source>
            <translation>{address} 已以「{label}」的名稱存在於地址簿中；請編輯該項目。</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>刪除聯絡人</translation>
        </message>
        <message>
            <source>Delete '{label}' ({address}) from the address book?</source>
            <translation>要從地址簿中刪除「{label}」（{address}）嗎？</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>匯入聯絡人</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <source>Import labels</source>
            <translation>匯入標籤</translation>
        </message>
        <message>
            <source>BIP-329 labels (*.jsonl *.json)</source>
            <translation>BIP-329 標籤 (*.jsonl *.json)</translation>
        </message>
        <message>
            <source>This file is too large for an address book (over 2 MiB).</source>
            <translation>此檔案對於地址簿來說太大（超過 2 MiB）。</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>未匯入任何內容。</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n contact(s), {unchanged} already present.</source>
            <translation>
                <numerusform>已匯入 %n 個聯絡人，{unchanged} 個已存在。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) skipped.</source>
            <translation>
                <numerusform>已略過 %n 行。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n transaction label(s) imported.</source>
            <translation>
                <numerusform>已匯入 %n 個交易標籤。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) of Bitcoin-only types (pubkey, input, output, xpub) skipped.</source>
            <translation>
                <numerusform>已略過 %n 個僅適用於比特幣的類型（pubkey、input、output、xpub）的標籤。</numerusform>
            </translation>
        </message>
        <message>
            <source>Some rows cannot be imported</source>
            <translation>部分行無法匯入</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of the file have problems, so nothing was imported yet. Import only the valid rows?</source>
            <translation>
                <numerusform>檔案中有 %n 行存在問題，因此尚未匯入任何內容。是否只匯入有效的行？</numerusform>
            </translation>
        </message>
        <message>
            <source>Row {row}: {reason}</source>
            <translation>第 {row} 行：{reason}</translation>
        </message>
        <message>
            <source>Import the valid rows</source>
            <translation>匯入有效的行</translation>
        </message>
        <message>
            <source>Import nothing</source>
            <translation>不匯入</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>匯出聯絡人</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to {path}.</source>
            <translation>
                <numerusform>已將 %n 個聯絡人匯出至 {path}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Export labels</source>
            <translation>匯出標籤</translation>
        </message>
        <message>
            <source>BIP-329 labels (*.jsonl)</source>
            <translation>BIP-329 標籤 (*.jsonl)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n label(s) to {path}.</source>
            <translation>
                <numerusform>已將 %n 個標籤匯出到 {path}。</numerusform>
            </translation>
        </message>
        <message>
            <source>This file is not UTF-8 text; save it as CSV (UTF-8) and try again.</source>
            <translation>此檔案不是 UTF-8 文字；請另存為 CSV（UTF-8）後重試。</translation>
        </message>
        <message>
            <source>The file could not be read or written ({reason}).</source>
            <translation>無法讀取或寫入該檔案（{reason}）。</translation>
        </message>
    </context>
    <context>
        <name>AlertsView</name>
        <message>
            <source>Active alerts</source>
            <translation>當前預警</translation>
        </message>
        <message>
            <source>No active alerts</source>
            <translation>暫無預警</translation>
        </message>
    </context>
    <context>
        <name>AllocationChart</name>
        <message>
            <source>Share of the portfolio's cost basis</source>
            <translation>佔投資組合成本基礎的比例</translation>
        </message>
        <message>
            <source>No holdings with a cost basis yet</source>
            <translation>尚無有成本基礎的持倉</translation>
        </message>
        <message>
            <source>Other ({count})</source>
            <translation>其他（{count}）</translation>
        </message>
    </context>
    <context>
        <name>ApprovalView</name>
        <message>
            <source>Revenue report</source>
            <translation>收入報告</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>對帳</translation>
        </message>
        <message>
            <source>The proposer's override reason</source>
            <translation>提議人的覆蓋理由</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>政策</translation>
        </message>
        <message>
            <source>Signatures so far</source>
            <translation>已收集的簽章</translation>
        </message>
        <message>
            <source>No signature yet.</source>
            <translation>尚無簽章。</translation>
        </message>
        <message>
            <source>Payout preview, every holder</source>
            <translation>派發預覽（全部持有者）</translation>
        </message>
        <message>
            <source>Search holders by address</source>
            <translation>依地址搜尋持有者</translation>
        </message>
        <message>
            <source>Search holders</source>
            <translation>搜尋持有者</translation>
        </message>
        <message>
            <source>Payout to every holder</source>
            <translation>每位持有者的派發</translation>
        </message>
        <message>
            <source>Select a proposal.</source>
            <translation>請選擇一個提議。</translation>
        </message>
        <message>
            <source>Reading the proposal…</source>
            <translation>正在讀取提案…</translation>
        </message>
        <message>
            <source>Proposal #{id}: {amount} sUSD to the holders of {symbol} for {period}</source>
            <translation>提案 #{id}：向 {symbol} 持有者派發 {amount} sUSD（{period}）</translation>
        </message>
        <message>
            <source>{status} · proposed by {proposer} · report hash {hash}</source>
            <translation>{status} · 提議人 {proposer} · 報告雜湊 {hash}</translation>
        </message>
        <message>
            <source>does not count now</source>
            <translation>目前不計入</translation>
        </message>
        <message>
            <source>Execute would not accept it now: the signer lost the approver role, invalidated their signatures, or it is past its deadline.</source>
            <translation>執行時不會接受此簽章：簽署人已失去核准人角色、已作廢其簽章，或已過期限。</translation>
        </message>
        <message>
            <source>Safe {address} (v{version}): {threshold} of {count} owners — {owners}</source>
            <translation>Safe {address}（v{version}）：{count} 位擁有者中需 {threshold} 位 — {owners}</translation>
        </message>
        <message>
            <source>Safe {safe}: {count} of {threshold} owners signed</source>
            <translation>Safe {safe}：{threshold} 位擁有者中已有 {count} 位簽署</translation>
        </message>
        <message>
            <source>✓ Signed: {owners}</source>
            <translation>✓ 已簽署：{owners}</translation>
        </message>
        <message>
            <source>The Safe's approval is recorded.</source>
            <translation>Safe 的核准已記錄。</translation>
        </message>
        <message>
            <source>Waiting for {missing} more of: {owners}</source>
            <translation>還需以下擁有者中的 {missing} 位簽署：{owners}</translation>
        </message>
        <message>
            <source>Platform sales {sales} · bank settled {settled}</source>
            <translation>平台銷售額 {sales} · 銀行結算 {settled}</translation>
        </message>
        <message>
            <source>Routed on chain {routed} · investors' share {share} ({percent} of it)</source>
            <translation>鏈上分帳 {routed} · 投資者份額 {share}（佔其中 {percent}）</translation>
        </message>
        <message>
            <source>Platform fee {fee} · merchant {merchant} · published {published}</source>
            <translation>平台費 {fee} · 商家 {merchant} · 發布於 {published}</translation>
        </message>
        <message>
            <source>✓ The backend serves this report under the proposal's hash.</source>
            <translation>✓ 後端提供的報告與提案中的雜湊一致。</translation>
        </message>
        <message>
            <source>No report.</source>
            <translation>沒有報告。</translation>
        </message>
        <message>
            <source>Report hash {hash}</source>
            <translation>報告雜湊 {hash}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Bank lines hash as proposed {hash}</source>
            <translation>提議時的銀行流水雜湊 {hash}</translation>
        </message>
        <message>
            <source>Bank lines hash now {hash}</source>
            <translation>目前的銀行流水雜湊 {hash}</translation>
        </message>
        <message>
            <source>No reconciliation for this period.</source>
            <translation>此期間沒有對帳結果。</translation>
        </message>
        <message>
            <source>Signed by the proposer ({who})</source>
            <translation>已由提議人簽署（{who}）</translation>
        </message>
        <message>
            <source>Not signed: recorded on this computer only</source>
            <translation>未簽署：僅記錄在本機</translation>
        </message>
        <message>
            <source>The proposer's override reason ({who})</source>
            <translation>提議人的覆蓋理由（{who}）</translation>
        </message>
        <message>
            <source>No override reason was recorded on this computer.</source>
            <translation>本機沒有記錄覆蓋理由。</translation>
        </message>
        <message>
            <source>Paid to {holders}: {total}; kept in the token: {dust}; together {sum} = the amount {amount}</source>
            <translation>派發給{holders}：{total}；留在代幣中：{dust}；合計 {sum} = 金額 {amount}</translation>
        </message>
        <message>
            <source>Paid to {holders}: {total}, including {dust} the token kept from earlier payouts; less that, {sum} = the amount {amount}</source>
            <translation>派發給{holders}：{total}，其中含代幣此前派發留存的 {dust}；不含這些則 {sum} = 金額 {amount}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln holder(s)</source>
            <translation>
                <numerusform> %Ln 位持有者</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln base unit(s)</source>
            <translation>
                <numerusform>%Ln 個最小單位</numerusform>
            </translation>
        </message>
        <message>
            <source>As paid at the execution.</source>
            <translation>按執行時的實際派發。</translation>
        </message>
        <message>
            <source>keystore on this computer</source>
            <translation>本機金鑰庫</translation>
        </message>
        <message>
            <source>air-gapped file or QR</source>
            <translation>離線檔案或 QR 碼</translation>
        </message>
        <message>
            <source>Ledger</source>
            <translation>Ledger 硬體錢包</translation>
        </message>
        <message>
            <source>Safe (EIP-1271)</source>
            <translation>Safe 多簽（EIP-1271）</translation>
        </message>
        <message>
            <source>platform API</source>
            <translation>平台 API</translation>
        </message>
        <message>
            <source>on-chain transaction</source>
            <translation>鏈上交易</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>已核准</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>已拒絕</translation>
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translation>{days} 天 {hours} 小時</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} 小時 {minutes} 分鐘</translation>
        </message>
        <message>
            <source>Approvals: {approvals} of {threshold} needed</source>
            <translation>核准：已有 {approvals} 個，需要 {threshold} 個</translation>
        </message>
        <message>
            <source>{missing} still missing before it can execute</source>
            <translation>執行前還差 {missing} 個</translation>
        </message>
        <message>
            <source>Expired {time}: it can no longer be approved or executed</source>
            <translation>已於 {time} 過期：不能再核准或執行</translation>
        </message>
        <message>
            <source>Expires {time} ({left})</source>
            <translation>到期時間 {time}（{left}）</translation>
        </message>
        <message>
            <source>Cap per period {cap}; pending for investors {pending}</source>
            <translation>每期上限 {cap}；待分配給投資者 {pending}</translation>
        </message>
        <message>
            <source>the amount is above the cap or the pending balance</source>
            <translation>金額高於上限或待分配餘額</translation>
        </message>
        <message>
            <source>At least {time} between two payouts of this store</source>
            <translation>此店鋪兩次派發之間至少間隔 {time}</translation>
        </message>
        <message>
            <source>Above {tier} this store needs {threshold} approvals (one more than the base)</source>
            <translation>超過 {tier} 時此店鋪需要 {threshold} 個核准（比基本門檻多一個）</translation>
        </message>
        <message>
            <source>this amount is above it</source>
            <translation>本次金額超過該額度</translation>
        </message>
        <message>
            <source>Paid out this month {used} of {cap} allowed</source>
            <translation>本月已派發 {used}，允許上限 {cap}</translation>
        </message>
        <message>
            <source>this payout would exceed the monthly velocity cap</source>
            <translation>本次派發將超過每月額度上限</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <source>Audit trail</source>
            <translation>審計記錄</translation>
        </message>
        <message>
            <source>Send the signed rejection…</source>
            <translation>傳送已簽署的拒絕…</translation>
        </message>
        <message>
            <source>Sends the chosen approver's signed rejection (for example one imported from an air-gapped approver) from the acting account: a transaction, confirmed first.</source>
            <translation>以目前操作帳戶傳送所選審批人已簽署的拒絕（例如從離線審批人匯入的）：一筆交易，先確認。</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>驗證</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>匯出 CSV…</translation>
        </message>
        <message>
            <source>Export JSON…</source>
            <translation>匯出 JSON…</translation>
        </message>
    </context>
    <context>
        <name>Bell</name>
        <message>
            <source>Notifications</source>
            <translation>通知</translation>
        </message>
        <message numerus="yes">
            <source>%n unread notification(s)</source>
            <translation>
                <numerusform>%n 則未讀通知</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Revenue trend</source>
            <translation>收入趨勢</translation>
        </message>
        <message>
            <source>Ratio vs peers</source>
            <translation>與同業比較</translation>
        </message>
        <message>
            <source>Return rate vs peers</source>
            <translation>退貨率與同業比較</translation>
        </message>
        <message>
            <source>Days inventory outstanding vs peers</source>
            <translation>存貨周轉天數與同業比較</translation>
        </message>
        <message>
            <source>Promotion uplift vs peer median</source>
            <translation>促銷增幅與同業中位數比較</translation>
        </message>
        <message>
            <source>Repayment history</source>
            <translation>還款歷史</translation>
        </message>
        <message>
            <source>Agreement between sources</source>
            <translation>數據源一致性</translation>
        </message>
        <message>
            <source>Allocation</source>
            <translation>資產配置</translation>
        </message>
        <message>
            <source>Distributions received per month</source>
            <translation>每月所收分配</translation>
        </message>
        <message>
            <source>Cumulative cash flows</source>
            <translation>累計現金流</translation>
        </message>
        <message>
            <source>Merchant revenue trend</source>
            <translation>商戶收入趨勢</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>暫無數據</translation>
        </message>
        <message>
            <source>Funnel: stores passing each criterion in turn</source>
            <translation>漏斗：依次通過各項標準的店鋪</translation>
        </message>
        <message>
            <source>Peer percentiles</source>
            <translation>同業百分位</translation>
        </message>
        <message>
            <source>Market depth</source>
            <translation>市場深度</translation>
        </message>
        <message>
            <source>Price history</source>
            <translation>價格走勢</translation>
        </message>
    </context>
    <context>
        <name>ClaimAllDialog</name>
        <message>
            <source>sending</source>
            <translation>正在發送</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>已確認</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>sent, not confirmed yet</source>
            <translation>已發送，尚未確認</translation>
        </message>
        <message>
            <source>{label}: {state}</source>
            <translation>{label}：{state}</translation>
        </message>
        <message>
            <source>Claim all</source>
            <translation>全部領取</translation>
        </message>
        <message numerus="yes">
            <source>Claiming {money} from %n holding(s) in one transaction: every claim goes through, or none does.</source>
            <translation>
                <numerusform>正在從 %n 個持倉領取 {money}，只用一筆交易：所有領取要麼全部成功，要麼全部不執行。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Claiming {money} from %n holding(s), one transaction each. A failure stops the run; claims before it stay done.</source>
            <translation>
                <numerusform>正在從 %n 個持倉領取 {money}，每個持倉一筆交易。一旦失敗即停止；此前的領取仍然有效。</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop after this claim</source>
            <translation>完成本次領取後停止</translation>
        </message>
        <message>
            <source>Stopping after the transaction under way…</source>
            <translation>將在目前交易完成後停止…</translation>
        </message>
        <message>
            <source>Claimed: {claims}.</source>
            <translation>已領取：{claims}。</translation>
        </message>
        <message>
            <source>Not confirmed yet: {symbol} — {error}. It is not failed: the app keeps tracking it, never sends it twice, and History shows when it is mined.</source>
            <translation>尚未確認：{symbol} — {error}。這不是失敗：應用程式會繼續追蹤該交易，絕不會重複發送，交易上鏈後可在「歷史記錄」中看到。</translation>
        </message>
        <message>
            <source>Failed: {symbol} — {error}.</source>
            <translation>失敗：{symbol} — {error}。</translation>
        </message>
        <message>
            <source>Not attempted: {symbols}.</source>
            <translation>未嘗試：{symbols}。</translation>
        </message>
        <message>
            <source>Every claim went through.</source>
            <translation>所有領取均已完成。</translation>
        </message>
        <message>
            <source>Nothing more was claimed: {user_message}</source>
            <translation>未再領取任何款項：{user_message}</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare stores</source>
            <translation>比較店鋪</translation>
        </message>
        <message>
            <source>Where each store sits among its category's peers (0-100). Growth and promotion uplift: higher is better; return rate and DIO: lower is better.</source>
            <translation>各店鋪在同品類同業中的位置（0-100）。增長和促銷增幅越高越好；退貨率和存貨周轉天數越低越好。</translation>
        </message>
        <message>
            <source>{store}: revenue by month</source>
            <translation>{store}：月度收入</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>All five criteria</source>
            <translation>全部五項標準</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通過</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>未通過</translation>
        </message>
        <message>
            <source>{late} of {count} installments late</source>
            <translation>{count} 期中逾期 {late} 期</translation>
        </message>
        <message>
            <source>{ordinal} percentile</source>
            <translation>第 {ordinal} 百分位</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <source>Propose a distribution</source>
            <translation>提議分配</translation>
        </message>
        <message>
            <source>Approve proposal #{id}</source>
            <translation>核准提案 #{id}</translation>
        </message>
        <message>
            <source>Approve proposal #{id} for Safe {safe}</source>
            <translation>代表 Safe {safe} 核准提案 #{id}</translation>
        </message>
        <message>
            <source>Reject proposal #{id}</source>
            <translation>拒絕提案 #{id}</translation>
        </message>
        <message>
            <source>Execute proposal #{id}</source>
            <translation>執行提案 #{id}</translation>
        </message>
        <message>
            <source>Cancel proposal #{id}</source>
            <translation>取消提案 #{id}</translation>
        </message>
        <message>
            <source>your part of the Safe's approval: the Safe message for proposal #{id}, no gas</source>
            <translation>您在 Safe 核准中的部分：提案 #{id} 的 Safe 訊息，不消耗 gas</translation>
        </message>
        <message>
            <source>an off-chain signature, no gas</source>
            <translation>鏈下簽署，不消耗 gas</translation>
        </message>
        <message>
            <source>a signature, then sent on chain</source>
            <translation>先簽署，再發送上鏈</translation>
        </message>
        <message>
            <source>a transaction, gas up to {gas}</source>
            <translation>一筆交易，gas 最多 {gas}</translation>
        </message>
        <message>
            <source>Review before signing</source>
            <translation>簽署前核對</translation>
        </message>
        <message>
            <source>You are about to sign your part of the Safe's approval: the Safe message for proposal #{id}, as one of its owners. It costs no gas; the Safe approves when {threshold} owners have signed.</source>
            <translation>您即將以擁有者身分簽署您在 Safe 核准中的部分：提案 #{id} 的 Safe 訊息。不消耗 gas；{threshold} 位擁有者簽署後 Safe 即核准。</translation>
        </message>
        <message>
            <source>You are about to sign an off-chain approval. It costs no gas.</source>
            <translation>您即將簽署一份鏈下核准，不消耗 gas。</translation>
        </message>
        <message>
            <source>You are about to sign a rejection; this account then sends it on chain in one transaction.</source>
            <translation>您即將簽署一份拒絕；隨後由此帳戶在一筆交易中把它發送上鏈。</translation>
        </message>
        <message>
            <source>You are about to sign and send this transaction.</source>
            <translation>您即將簽署並發送此交易。</translation>
        </message>
        <message>
            <source>Safe</source>
            <translation>Safe 多簽</translation>
        </message>
        <message>
            <source>{safe}: {count} of {threshold} owners signed</source>
            <translation>{safe}：{threshold} 位擁有者中已有 {count} 位簽署</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>店鋪</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期間</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>{action}: {amount} {coin} to the holders of {symbol} for {period}, report {hash}</source>
            <translation>{action}：向 {symbol} 的持有人分配 {amount} {coin}（期間 {period}，報告 {hash}）</translation>
        </message>
        <message>
            <source>{amount} {coin}</source>
            <translation>{amount} {coin}</translation>
        </message>
        <message>
            <source>Report hash</source>
            <translation>報告雜湊</translation>
        </message>
        <message>
            <source>Signing account</source>
            <translation>簽署帳戶</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>簽署管道</translation>
        </message>
        <message>
            <source>Gas</source>
            <translation>Gas</translation>
        </message>
        <message>
            <source>Proposal expires</source>
            <translation>提案到期</translation>
        </message>
        <message>
            <source>Signature valid until</source>
            <translation>簽章有效期至</translation>
        </message>
        <message>
            <source>Signer's nonce</source>
            <translation>簽署人的 nonce</translation>
        </message>
        <message>
            <source>The Safe's nonce</source>
            <translation>Safe 的 nonce</translation>
        </message>
        <message>
            <source>Signatures sent</source>
            <translation>隨附簽章數</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>例外理由</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>簽署</translation>
        </message>
        <message>
            <source>Sign and send</source>
            <translation>簽署並發送</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>paid when the signed rejection is sent (estimated then)</source>
            <translation>在發送已簽署的拒絕時支付（屆時估算）</translation>
        </message>
        <message>
            <source>no gas: off-chain signature</source>
            <translation>無 gas：鏈下簽章</translation>
        </message>
        <message>
            <source>up to {gas} gas (at most {eth} ETH)</source>
            <translation>最多 {gas} gas（至多 {eth} ETH）</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Edit contact</source>
            <translation>編輯聯絡人</translation>
        </message>
        <message>
            <source>Add a contact</source>
            <translation>新增聯絡人</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>選填</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
    </context>
    <context>
        <name>CreateWalletDialog</name>
        <message>
            <source>Create a wallet</source>
            <translation>建立錢包</translation>
        </message>
        <message>
            <source>12 words</source>
            <translation>12 個單詞</translation>
        </message>
        <message>
            <source>24 words</source>
            <translation>24 個單詞</translation>
        </message>
        <message>
            <source>Recovery phrase</source>
            <translation>助記詞</translation>
        </message>
        <message>
            <source>Account 1</source>
            <translation>帳戶 1</translation>
        </message>
        <message>
            <source>Account name</source>
            <translation>帳戶名稱</translation>
        </message>
        <message>
            <source>Write these words on paper, in order, and keep them offline. Anyone who sees them controls the funds; PST Desk cannot recover them for you.</source>
            <translation>請按順序將這些單詞抄寫在紙上，並離線保管。任何看到它們的人都能控制資金；PST Desk 無法為您找回。</translation>
        </message>
        <message>
            <source>Reveal the words</source>
            <translation>顯示助記詞</translation>
        </message>
        <message>
            <source>Choose a strong password and type it twice.</source>
            <translation>請設定一個強密碼並輸入兩次。</translation>
        </message>
        <message>
            <source>Reveal the words and write them down first.</source>
            <translation>請先顯示助記詞並抄寫下來。</translation>
        </message>
        <message>
            <source>Word #{position}</source>
            <translation>第 {position} 個單詞</translation>
        </message>
    </context>
    <context>
        <name>CredentialDialog</name>
        <message>
            <source>Edit {store}</source>
            <translation>編輯 {store}</translation>
        </message>
        <message>
            <source>Add store credentials</source>
            <translation>新增店鋪憑證</translation>
        </message>
        <message>
            <source>merchant id, for example M00042</source>
            <translation>商戶編號，例如 M00042</translation>
        </message>
        <message>
            <source>leave empty to keep the stored one</source>
            <translation>留空則保留已保存的值</translation>
        </message>
        <message>
            <source>separate several keys with spaces</source>
            <translation>多個密鑰請用空格分隔</translation>
        </message>
        <message>
            <source>base32 seed from the platform (optional)</source>
            <translation>平台提供的 base32 種子（可選）</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>店鋪</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登入名稱</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密碼</translation>
        </message>
        <message>
            <source>API keys</source>
            <translation>API 密鑰</translation>
        </message>
        <message>
            <source>TOTP seed</source>
            <translation>TOTP 種子</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
    </context>
    <context>
        <name>CumulativeFlowsChart</name>
        <message>
            <source>Invested</source>
            <translation>已投資</translation>
        </message>
        <message>
            <source>Received (claims, sales)</source>
            <translation>已收回（領取、出售）</translation>
        </message>
        <message>
            <source>No cash flows yet</source>
            <translation>尚無現金流</translation>
        </message>
        <message>
            <source>Net cash so far: {sign}${amount}</source>
            <translation>迄今淨現金：{sign}${amount}</translation>
        </message>
    </context>
    <context>
        <name>DailyFlowsChart</name>
        <message>
            <source>Bank credits, sweeps and on-chain routing per day</source>
            <translation>每日銀行入帳、劃轉與鏈上分配</translation>
        </message>
        <message>
            <source>No statement lines for this store yet</source>
            <translation>該店鋪尚無對帳單明細</translation>
        </message>
        <message>
            <source>credited</source>
            <translation>入帳</translation>
        </message>
        <message>
            <source>swept</source>
            <translation>劃轉</translation>
        </message>
        <message>
            <source>routed on chain</source>
            <translation>鏈上分配</translation>
        </message>
        <message>
            <source>{days} business days; {gaps} where the three differ</source>
            <translation>{days} 個營業日；其中 {gaps} 天三方不一致</translation>
        </message>
    </context>
    <context>
        <name>DepthChart</name>
        <message>
            <source>Bids (buyers)</source>
            <translation>買盤（買方）</translation>
        </message>
        <message>
            <source>Asks (sellers)</source>
            <translation>賣盤（賣方）</translation>
        </message>
        <message>
            <source>No open orders</source>
            <translation>暫無掛單</translation>
        </message>
        <message>
            <source>Mid {mid} · spread {spread}</source>
            <translation>中間價 {mid} · 價差 {spread}</translation>
        </message>
        <message>
            <source>One side of the book is empty</source>
            <translation>買賣盤有一側為空</translation>
        </message>
    </context>
    <context>
        <name>DeskSettings</name>
        <message>
            <source>Lock the wallet after idle (minutes)</source>
            <translation>閒置多久後鎖定錢包（分鐘）</translation>
        </message>
        <message>
            <source>A whole number of minutes from 1 to 240.</source>
            <translation>請輸入 1 到 240 之間的整數分鐘數。</translation>
        </message>
        <message>
            <source>Sandbox size (merchants)</source>
            <translation>沙盒規模（商戶數）</translation>
        </message>
        <message>
            <source>A whole number of merchants from 12 to 20,000.</source>
            <translation>請輸入 12 到 20,000 之間的整數商戶數。</translation>
        </message>
        <message>
            <source>Sandbox speed (seconds per simulated day)</source>
            <translation>沙盒速度（每個模擬日的秒數）</translation>
        </message>
        <message>
            <source>A number of seconds above 0 and at most 3,600.</source>
            <translation>請輸入大於 0 且不超過 3,600 的秒數。</translation>
        </message>
        <message>
            <source>Reconciliation tolerance (basis points)</source>
            <translation>對帳容差（基點）</translation>
        </message>
        <message>
            <source>A whole number of basis points from 0 to 10,000.</source>
            <translation>請輸入 0 到 10,000 之間的整數基點。</translation>
        </message>
        <message>
            <source>Bank matching: amounts may differ by (USD)</source>
            <translation>銀行對帳：金額允許相差（美元）</translation>
        </message>
        <message>
            <source>An amount in dollars from 0 to 1,000.00, at most 2 decimals, e.g. 0.50.</source>
            <translation>以美元計的金額，0 至 1,000.00，最多 2 位小數，例如 0.50。</translation>
        </message>
        <message>
            <source>Bank matching: days a settlement may take to arrive</source>
            <translation>銀行對帳：結算款入帳允許的天數</translation>
        </message>
        <message>
            <source>A whole number of days from 0 to 30.</source>
            <translation>0 至 30 的整數天數。</translation>
        </message>
        <message>
            <source>Bank matching: days to sweep and route proceeds</source>
            <translation>銀行對帳：歸集並鏈上分帳收入的天數</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>工作臺</translation>
        </message>
        <message>
            <source>These take effect the next time PST Desk starts.</source>
            <translation>這些設定在 PST Desk 下次啟動時生效。</translation>
        </message>
    </context>
    <context>
        <name>DomainText</name>
        <message>
            <source>the PSP</source>
            <translation>支付服務商</translation>
        </message>
        <message>
            <source>the bank</source>
            <translation>銀行</translation>
        </message>
        <message numerus="yes">
            <source>Net revenue of the last %n day(s) fell {drop} against the same number of days before</source>
            <translation>
                <numerusform>最近 %n 天的淨收入較之前同等天數下降 {drop}</numerusform>
            </translation>
        </message>
        <message>
            <source>and {drop} against the same days a year ago</source>
            <translation>較去年同期下降 {drop}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>.</source>
            <translation>。</translation>
        </message>
        <message numerus="yes">
            <source>{recent} of orders were returned in the last %n day(s), against {trailing} over the year before.</source>
            <translation>
                <numerusform>最近 %n 天有 {recent} 的訂單被退貨，而此前一年為 {trailing}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stock lasted {value} over the last %n day(s), above {limit}.</source>
            <translation>
                <numerusform>最近 %n 天存貨周轉天數為 {value}，高於 {limit}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The bank has not settled sales for %n day(s) beyond the expected settlement lag of {lag} days.</source>
            <translation>
                <numerusform>銀行已超出預期的 {lag} 天結算週期 %n 天仍未結算銷售款。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Installment {number} due {due} is unpaid, %n day(s) late.</source>
            <translation>
                <numerusform>第 {number} 期（{due} 到期）尚未還款，已逾期 %n 天。</numerusform>
            </translation>
        </message>
        <message>
            <source>Installment {number} due {due} is unpaid.</source>
            <translation>第 {number} 期（{due} 到期）尚未還款。</translation>
        </message>
        <message numerus="yes">
            <source>%n installment(s) are overdue.</source>
            <translation>
                <numerusform>共 %n 期逾期。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Platform sales and {source} differ by {gap} over the last %n day(s).</source>
            <translation>
                <numerusform>最近 %n 天平台銷售額與{source}的數據相差 {gap}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Sales grew {value} over the last 12 months against the year before, below the required {minimum}.</source>
            <translation>最近 12 個月銷售額較上一年增長 {value}，低於要求的 {minimum}。</translation>
        </message>
        <message>
            <source>Sales grew {value} over the last 12 months against the year before, below the category median of {median}.</source>
            <translation>最近 12 個月銷售額較上一年增長 {value}，低於品類中位數 {median}。</translation>
        </message>
        <message>
            <source>Sales grew {value} over the last 12 months against the year before; category median {median}.</source>
            <translation>最近 12 個月銷售額較上一年增長 {value}；品類中位數為 {median}。</translation>
        </message>
        <message>
            <source>{value} of orders were returned over the last 12 months, at or below the category median of {median}.</source>
            <translation>最近 12 個月有 {value} 的訂單被退貨，不高於品類中位數 {median}。</translation>
        </message>
        <message>
            <source>{value} of orders were returned over the last 12 months, above the category median of {median}.</source>
            <translation>最近 12 個月有 {value} 的訂單被退貨，高於品類中位數 {median}。</translation>
        </message>
        <message>
            <source>Stock lasts {value} on average, at or below the category median of {median}.</source>
            <translation>存貨平均周轉 {value}，不高於品類中位數 {median}。</translation>
        </message>
        <message>
            <source>Stock lasts {value} on average: above the category median of {median} but within {ceiling}.</source>
            <translation>存貨平均周轉 {value}：高於品類中位數 {median}，但在 {ceiling} 以內。</translation>
        </message>
        <message>
            <source>Stock lasts {value} on average, above the category median of {median}.</source>
            <translation>存貨平均周轉 {value}，高於品類中位數 {median}。</translation>
        </message>
        <message numerus="yes">
            <source>Sales rose {value} in a typical promotion (%n event(s)); peers' median {median}.</source>
            <translation>
                <numerusform>典型促銷活動中銷售額增長 {value}（%n 次活動）；同業中位數為 {median}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sales rose {value} in a typical promotion (%n event(s)), below peers' median of {median}.</source>
            <translation>
                <numerusform>典型促銷活動中銷售額增長 {value}（%n 次活動），低於同業中位數 {median}。</numerusform>
            </translation>
        </message>
        <message>
            <source>No installments yet.</source>
            <translation>尚無還款期。</translation>
        </message>
        <message numerus="yes">
            <source>All %n installment(s) were paid on time.</source>
            <translation>
                <numerusform>全部 %n 期均按時還款。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{late} of %n installment(s) were late, the worst by {worst} days.</source>
            <translation>
                <numerusform>%n 期中有 {late} 期逾期，最長逾期 {worst} 天。</numerusform>
            </translation>
        </message>
        <message>
            <source> and </source>
            <translation>和</translation>
        </message>
        <message>
            <source>Platform sales and {sources} agree within {gap} in every month of the last year.</source>
            <translation>過去一年每個月，平台銷售額與{sources}的數據相差均在 {gap} 以內。</translation>
        </message>
        <message>
            <source>Platform sales and {source} differ by up to {gap} in a month, more than the {allowed} allowed.</source>
            <translation>平台銷售額與{source}的數據單月最多相差 {gap}，超過允許的 {allowed}。</translation>
        </message>
        <message>
            <source>Not enough data: needs 24 months of sales.</source>
            <translation>數據不足：需要 24 個月的銷售數據。</translation>
        </message>
        <message>
            <source>Not enough data: needs a year of orders.</source>
            <translation>數據不足：需要一年的訂單數據。</translation>
        </message>
        <message>
            <source>Not enough data: needs a year of inventory and sales.</source>
            <translation>數據不足：需要一年的存貨和銷售數據。</translation>
        </message>
        <message>
            <source>Not enough data: needs a promotion event with its baseline.</source>
            <translation>數據不足：需要一次有基線可比的促銷活動。</translation>
        </message>
        <message>
            <source>Not enough data: needs a year of PSP or bank figures.</source>
            <translation>數據不足：需要一年的支付服務商或銀行數據。</translation>
        </message>
        <message>
            <source>Financial track record</source>
            <translation>財務表現</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>退貨率</translation>
        </message>
        <message>
            <source>Days inventory outstanding</source>
            <translation>存貨周轉天數</translation>
        </message>
        <message>
            <source>Promotion uplift</source>
            <translation>促銷增幅</translation>
        </message>
        <message>
            <source>Repayment record</source>
            <translation>還款記錄</translation>
        </message>
        <message>
            <source>Agreement between sources</source>
            <translation>數據源一致性</translation>
        </message>
        <message>
            <source>BREACH</source>
            <translation>違約</translation>
        </message>
        <message>
            <source>WARNING</source>
            <translation>預警</translation>
        </message>
    </context>
    <context>
        <name>GettingStarted</name>
        <message>
            <source>Platform (admin, KYC officer)</source>
            <translation>平台（管理員、KYC 專員）</translation>
        </message>
        <message>
            <source>Treasury proposer</source>
            <translation>資金庫提議人</translation>
        </message>
        <message>
            <source>Treasury approver 1</source>
            <translation>資金庫審批人 1</translation>
        </message>
        <message>
            <source>Treasury approver 2</source>
            <translation>資金庫審批人 2</translation>
        </message>
        <message>
            <source>Investor</source>
            <translation>投資者</translation>
        </message>
        <message>
            <source>Investor 2</source>
            <translation>投資者 2</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>入門</translation>
        </message>
        <message>
            <source>Sandbox only: these accounts come from a public test phrase that everyone knows. Never use it, or send real money to its addresses, on a real network.</source>
            <translation>僅限沙盒：這些帳戶來自人人皆知的公開測試短語。切勿在真實網路上使用它，也切勿向其位址傳送真實資金。</translation>
        </message>
        <message>
            <source>Demo recovery phrase</source>
            <translation>示範復原短語</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>複製</translation>
        </message>
        <message>
            <source>Demo phrase</source>
            <translation>示範短語</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>索引</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Choose a wallet password</source>
            <translation>設定錢包密碼</translation>
        </message>
        <message>
            <source>Wallet password</source>
            <translation>錢包密碼</translation>
        </message>
        <message>
            <source>Load demo accounts</source>
            <translation>載入示範帳戶</translation>
        </message>
        <message>
            <source>Choose a password.</source>
            <translation>請選擇密碼。</translation>
        </message>
        <message>
            <source>Loading the demo accounts…</source>
            <translation>正在載入示範帳戶…</translation>
        </message>
        <message numerus="yes">
            <source>%n demo account(s) loaded. Unlock one on the Wallet page to act as it: Investor for the Portfolio, a treasury role for the Treasury.</source>
            <translation>
                <numerusform>已載入 %n 個示範帳戶。在錢包頁面解鎖其中一個即可以該身分操作：投資者用於投資組合，資金庫角色用於資金庫。</numerusform>
            </translation>
        </message>
        <message>
            <source>Start with a wallet: create a new one (you write down its recovery phrase), restore one from its phrase, import a key or a keystore file, or watch an address without being able to sign.</source>
            <translation>從錢包開始：新建一個（記下其復原短語）、用短語復原、匯入私鑰或金鑰庫檔案，或只觀察一個位址而不能簽署。</translation>
        </message>
        <message>
            <source>Create…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>復原…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>匯入…</translation>
        </message>
        <message>
            <source>Watch…</source>
            <translation>觀察…</translation>
        </message>
    </context>
    <context>
        <name>GettingStartedDialog</name>
        <message>
            <source>Getting started</source>
            <translation>入門</translation>
        </message>
    </context>
    <context>
        <name>GovernancePanel</name>
        <message>
            <source>Proposal</source>
            <translation>提議</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>For</source>
            <translation>贊成</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>反對</translation>
        </message>
        <message>
            <source>Abstain</source>
            <translation>棄權</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>截止時間</translation>
        </message>
        <message>
            <source>You</source>
            <translation>您</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>待處理</translation>
        </message>
        <message>
            <source>active</source>
            <translation>進行中</translation>
        </message>
        <message>
            <source>canceled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>defeated</source>
            <translation>未通過</translation>
        </message>
        <message>
            <source>succeeded</source>
            <translation>已通過</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>排隊中</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已過期</translation>
        </message>
        <message>
            <source>executed</source>
            <translation>已執行</translation>
        </message>
        <message>
            <source>Select a holding to see its store's DAO.</source>
            <translation>請選擇一個持倉以查看其店鋪的 DAO。</translation>
        </message>
        <message>
            <source>New proposal…</source>
            <translation>新增提案…</translation>
        </message>
        <message>
            <source>Propose a signal or a governed action to this store's holders</source>
            <translation>向本店鋪的持有人提出意向提案或治理操作</translation>
        </message>
        <message>
            <source>Proposals of the store's DAO</source>
            <translation>店鋪 DAO 的提案</translation>
        </message>
        <message>
            <source>Reason for the vote</source>
            <translation>投票理由</translation>
        </message>
        <message>
            <source>Reason (optional, recorded on chain)</source>
            <translation>理由（可選，記錄在鏈上）</translation>
        </message>
        <message>
            <source>&lt;b&gt;{symbol} store DAO&lt;/b&gt; · governor {governor}</source>
            <translation>&lt;b&gt;{symbol} 店鋪 DAO&lt;/b&gt; · 治理合約 {governor}</translation>
        </message>
        <message>
            <source>block {block}</source>
            <translation>區塊 {block}</translation>
        </message>
        <message>
            <source>(in {blocks})</source>
            <translation>（還有 {blocks} 個區塊）</translation>
        </message>
        <message>
            <source>voted</source>
            <translation>已投票</translation>
        </message>
        <message>
            <source>no power</source>
            <translation>無投票權</translation>
        </message>
        <message>
            <source>can vote</source>
            <translation>可投票</translation>
        </message>
        <message>
            <source>No proposals in this store's DAO yet.</source>
            <translation>此店鋪的 DAO 尚無提案。</translation>
        </message>
        <message>
            <source>{date} (estimated)</source>
            <translation>{date}（估計）</translation>
        </message>
        <message>
            <source>for</source>
            <translation>贊成</translation>
        </message>
        <message>
            <source>against</source>
            <translation>反對</translation>
        </message>
        <message>
            <source>abstain</source>
            <translation>棄權</translation>
        </message>
        <message>
            <source>voted {how} · {weight} {symbol}</source>
            <translation>已投{how} · {weight} {symbol}</translation>
        </message>
        <message>
            <source>The deadline is a block; its date is estimated from the chain's recent pace.</source>
            <translation>截止時間以區塊計；日期按鏈上近期出塊速度估算。</translation>
        </message>
        <message>
            <source>Your reason: {reason}</source>
            <translation>您的理由：{reason}</translation>
        </message>
        <message>
            <source>Reading your votes and the proposal threshold…</source>
            <translation>正在讀取您的票數和提案門檻…</translation>
        </message>
        <message>
            <source>New proposal</source>
            <translation>新提案</translation>
        </message>
        <message>
            <source>Select a proposal to vote on.</source>
            <translation>請選擇要投票的提案。</translation>
        </message>
        <message>
            <source>Vote for</source>
            <translation>投贊成票</translation>
        </message>
        <message>
            <source>Activate my votes</source>
            <translation>啟用我的投票權</translation>
        </message>
        <message>
            <source>Your tokens vote once you activate them, from the next block on: activate before a proposal starts. Votes cannot be handed to anyone else.</source>
            <translation>啟用後，您的代幣自下一個區塊起計票：請在提案開始前啟用。投票權不能交給他人。</translation>
        </message>
        <message>
            <source>Vote against</source>
            <translation>投反對票</translation>
        </message>
        <message>
            <source>Vote abstain</source>
            <translation>投棄權票</translation>
        </message>
        <message>
            <source>Your {balance} {symbol} do not vote yet: activate your votes before a proposal starts.</source>
            <translation>您的 {balance} {symbol} 尚無投票權：請在提案開始前啟用投票權。</translation>
        </message>
        <message>
            <source>Your votes are active · your voting power now: {votes} {symbol}</source>
            <translation>投票權已啟用 · 您目前的投票權：{votes} {symbol}</translation>
        </message>
        <message>
            <source>{what}: signing and sending…</source>
            <translation>{what}：正在簽署並發送…</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>已確認</translation>
        </message>
        <message>
            <source>{what}: {state}.</source>
            <translation>{what}：{state}。</translation>
        </message>
        <message>
            <source>{what} not sent: {user_message}</source>
            <translation>{what}未發送：{user_message}</translation>
        </message>
    </context>
    <context>
        <name>HoldingsModel</name>
        <message>
            <source>● Good</source>
            <translation>● 良好</translation>
        </message>
        <message>
            <source>● Watch</source>
            <translation>● 關注</translation>
        </message>
        <message>
            <source>● Breach</source>
            <translation>● 違約</translation>
        </message>
        <message>
            <source>last trade</source>
            <translation>最新成交價</translation>
        </message>
        <message>
            <source>recent trades</source>
            <translation>近期成交</translation>
        </message>
        <message>
            <source>mid</source>
            <translation>買賣中間價</translation>
        </message>
        <message>
            <source>offering price</source>
            <translation>發行價</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>代幣</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>店鋪</translation>
        </message>
        <message>
            <source>Merchant</source>
            <translation>商戶</translation>
        </message>
        <message>
            <source>Balance (PST)</source>
            <translation>餘額（PST）</translation>
        </message>
        <message>
            <source>Share of supply</source>
            <translation>供應佔比</translation>
        </message>
        <message>
            <source>Cost basis (FIFO)</source>
            <translation>成本（先進先出）</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>價格</translation>
        </message>
        <message>
            <source>Priced at</source>
            <translation>估值依據</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>市值</translation>
        </message>
        <message>
            <source>Unrealised P&amp;L</source>
            <translation>未實現盈虧</translation>
        </message>
        <message>
            <source>Distributions</source>
            <translation>分配</translation>
        </message>
        <message>
            <source>Claimable now</source>
            <translation>目前可領取</translation>
        </message>
        <message>
            <source>T12M yield</source>
            <translation>近 12 個月收益率</translation>
        </message>
        <message>
            <source>Yield on market</source>
            <translation>按市值收益率</translation>
        </message>
        <message>
            <source>IRR</source>
            <translation>內部回報率</translation>
        </message>
        <message>
            <source>IRR at market</source>
            <translation>按市值內部回報率</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>健康狀況</translation>
        </message>
        <message>
            <source>unavailable</source>
            <translation>不可用</translation>
        </message>
        <message>
            <source>Merchant health not loaded (or unavailable).</source>
            <translation>商戶健康狀況未載入（或不可用）。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>{summary}
Covenant breaches: {breaches}, warnings: {warnings}
Criteria below the bar: {failed}
Double-click: dashboard</source>
            <translation>{summary}
契約違約：{breaches}，預警：{warnings}
未達標準：{failed}
雙擊：儀表板</translation>
        </message>
        <message>
            <source>Exactly what claim() pays now: {amount} base units (read at block {block}).</source>
            <translation>claim() 此刻實際支付的金額：{amount} 個基本單位（讀取於區塊 {block}）。</translation>
        </message>
        <message>
            <source>Cash basis {cash} (claims as received); accrual basis {accrual} (distributions as they accrue). Holdings valued at cost.</source>
            <translation>收付實現制 {cash}（按實際領取）；權責發生制 {accrual}（按分配計提）。持倉按成本計價。</translation>
        </message>
        <message>
            <source>Distributions accrued in the last 365 days over the cost basis.</source>
            <translation>過去 365 天計提的分配佔成本基礎的比例。</translation>
        </message>
        <message>
            <source>First in, first out: what is left of the oldest purchases. Purchases at the price paid (market buys with their fee); transfers in at the offering price.</source>
            <translation>先進先出：最早買入的部分先賣出。買入按實付價格（市場買入含手續費）；轉入按發行價計。</translation>
        </message>
        <message>
            <source>Below the bar on: {criteria}.</source>
            <translation>未達標準：{criteria}。</translation>
        </message>
        <message>
            <source>Meets every selection criterion; no covenant alerts.</source>
            <translation>符合全部篩選標準；沒有契約預警。</translation>
        </message>
        <message>
            <source>Valued at the last trade on the market.</source>
            <translation>按市場最新成交價估值。</translation>
        </message>
        <message>
            <source>The last trade strays far from the recent ones: valued at the volume-weighted price of the recent trades.</source>
            <translation>最近一筆成交價與近期成交相差過大：按近期成交的成交量加權均價估值。</translation>
        </message>
        <message>
            <source>No trade yet: valued at the mid of the best bid and the best ask.</source>
            <translation>尚無成交：按最優買價與最優賣價的中間價估值。</translation>
        </message>
        <message>
            <source>No trade and no two-sided book: valued at the offering price.</source>
            <translation>無成交且買賣盤不全：按發行價估值。</translation>
        </message>
        <message>
            <source>Realised by sales (FIFO): {realised}</source>
            <translation>賣出已實現（先進先出）：{realised}</translation>
        </message>
        <message>
            <source>Flagged powers over this token (see the Powers tab):
{reasons}</source>
            <translation>此代幣的權限有警示（見「權限」分頁）：
{reasons}</translation>
        </message>
    </context>
    <context>
        <name>ImportKeyDialog</name>
        <message>
            <source>Import a keystore file</source>
            <translation>匯入密鑰庫檔案</translation>
        </message>
        <message>
            <source>Import a private key</source>
            <translation>匯入私鑰</translation>
        </message>
        <message>
            <source>64 hexadecimal digits</source>
            <translation>64 位十六進位數字</translation>
        </message>
        <message>
            <source>The keystore file's password</source>
            <translation>密鑰庫檔案的密碼</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <source>Keystore file</source>
            <translation>密鑰庫檔案</translation>
        </message>
        <message>
            <source>File password</source>
            <translation>檔案密碼</translation>
        </message>
        <message>
            <source>Private key</source>
            <translation>私鑰</translation>
        </message>
        <message>
            <source>Account name</source>
            <translation>帳戶名稱</translation>
        </message>
        <message>
            <source>Keystore (*.json *)</source>
            <translation>密鑰庫檔案 (*.json *)</translation>
        </message>
        <message>
            <source>Cannot read {path}: {value}.</source>
            <translation>無法讀取 {path}：{value}。</translation>
        </message>
    </context>
    <context>
        <name>KycBanner</name>
        <message>
            <source>KYC: allowlisted.</source>
            <translation>KYC：已列入白名單。</translation>
        </message>
        <message>
            <source>KYC expiring.</source>
            <translation>KYC 即將到期。</translation>
        </message>
        <message>
            <source>KYC lapsed.</source>
            <translation>KYC 已失效。</translation>
        </message>
        <message>
            <source>Not allowlisted.</source>
            <translation>未列入白名單。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Portfolio</source>
            <translation>投資組合</translation>
        </message>
        <message>
            <source>Merchants</source>
            <translation>商戶</translation>
        </message>
        <message>
            <source>Treasury</source>
            <translation>資金庫</translation>
        </message>
        <message>
            <source>Vault</source>
            <translation>保險庫</translation>
        </message>
        <message>
            <source>Wallet</source>
            <translation>錢包</translation>
        </message>
        <message>
            <source>Screener</source>
            <translation>篩選器</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>市場</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>The portfolio needs a network with a chain: the sandbox, or a profile with an RPC URL and a store registry.</source>
            <translation>投資組合需要一個有鏈的網路：沙盒，或帶有 RPC 位址和店鋪登記合約的設定檔。</translation>
        </message>
        <message>
            <source>For treasury staff: unlock a wallet account that holds the proposer or approver role.</source>
            <translation>供資金庫人員使用：請解鎖持有提議人或審批人角色的錢包帳戶。</translation>
        </message>
        <message>
            <source>The vault opens once the app has started.</source>
            <translation>應用程式啟動後即可開啟保險庫。</translation>
        </message>
        <message>
            <source>The wallet opens once the app has started.</source>
            <translation>應用程式啟動後即可開啟錢包。</translation>
        </message>
        <message>
            <source>The screener opens once the platform's data is connected.</source>
            <translation>連接平台資料後即可開啟篩選器。</translation>
        </message>
        <message>
            <source>The market opens once the chain and the platform's order book are connected.</source>
            <translation>連接區塊鏈和平台訂單簿後即可開啟市場。</translation>
        </message>
        <message>
            <source>Settings open once they are loaded.</source>
            <translation>設定載入後即可開啟。</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>頁面</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>未連接</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>Lock the wallet and the vault</source>
            <translation>鎖定錢包和保險庫</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>結束</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts…</source>
            <translation>鍵盤快速鍵…</translation>
        </message>
        <message>
            <source>Getting started…</source>
            <translation>入門…</translation>
        </message>
        <message>
            <source>About PST Desk…</source>
            <translation>關於 PST Desk…</translation>
        </message>
        <message>
            <source>&lt;b&gt;PST Desk&lt;/b&gt; {version}&lt;br&gt;The Profit Share Token desktop app: merchants, portfolio, wallet, treasury and vault.&lt;br&gt;Qt {qt}, Python {python}.</source>
            <translation>&lt;b&gt;PST Desk&lt;/b&gt; {version}&lt;br&gt;利潤分享代幣桌面應用：商戶、投資組合、錢包、資金庫和保險庫。&lt;br&gt;Qt {qt}，Python {python}。</translation>
        </message>
        <message>
            <source>About PST Desk</source>
            <translation>關於 PST Desk</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>已鎖定。</translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● 在線</translation>
        </message>
        <message>
            <source>Data fetched {age}</source>
            <translation>數據獲取：{age}</translation>
        </message>
        <message>
            <source>● Offline since {time}</source>
            <translation>● 自 {time} 起離線</translation>
        </message>
    </context>
    <context>
        <name>MarketModels</name>
        <message>
            <source>Price</source>
            <translation>價格</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>累計</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>時間（UTC）</translation>
        </message>
        <message>
            <source>Taker</source>
            <translation>吃單方</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>代幣</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>剩餘</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>open</source>
            <translation>掛單中</translation>
        </message>
        <message>
            <source>filled</source>
            <translation>已成交</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已過期</translation>
        </message>
        <message>
            <source>Orders at this price: {count}</source>
            <translation>此價格的訂單數：{count}</translation>
        </message>
        <message>
            <source>bought</source>
            <translation>買入</translation>
        </message>
        <message>
            <source>sold</source>
            <translation>賣出</translation>
        </message>
        <message>
            <source>sell</source>
            <translation>賣出</translation>
        </message>
        <message>
            <source>buy</source>
            <translation>買入</translation>
        </message>
    </context>
    <context>
        <name>MarketPage</name>
        <message>
            <source>Market</source>
            <translation>市場</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>代幣</translation>
        </message>
        <message>
            <source>Buy…</source>
            <translation>買入…</translation>
        </message>
        <message>
            <source>Sell…</source>
            <translation>賣出…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Order book</source>
            <translation>訂單簿</translation>
        </message>
        <message>
            <source>Bids (buyers)</source>
            <translation>買盤（買方）</translation>
        </message>
        <message>
            <source>Asks (sellers)</source>
            <translation>賣盤（賣方）</translation>
        </message>
        <message>
            <source>Trades</source>
            <translation>成交</translation>
        </message>
        <message>
            <source>Last trades</source>
            <translation>最新成交</translation>
        </message>
        <message>
            <source>Cancel order</source>
            <translation>撤銷訂單</translation>
        </message>
        <message>
            <source>Cancel all my orders</source>
            <translation>撤銷我的全部訂單</translation>
        </message>
        <message>
            <source>My orders</source>
            <translation>我的訂單</translation>
        </message>
        <message>
            <source>Loading the market…</source>
            <translation>正在載入市場…</translation>
        </message>
        <message>
            <source>No token has a market yet.</source>
            <translation>尚無代幣開通市場。</translation>
        </message>
        <message>
            <source>Could not read the market: {user_message}</source>
            <translation>無法讀取市場：{user_message}</translation>
        </message>
        <message>
            <source>Last {last} · bid {bid} · ask {ask} · offering {offering} · fee {fee}</source>
            <translation>最新 {last} · 買價 {bid} · 賣價 {ask} · 發行價 {offering} · 手續費 {fee}</translation>
        </message>
        <message>
            <source>Select one of your open orders to cancel.</source>
            <translation>請選擇一筆要撤銷的掛單。</translation>
        </message>
        <message>
            <source>cancel order {hash}</source>
            <translation>撤銷訂單 {hash}</translation>
        </message>
        <message>
            <source>Cancel all orders</source>
            <translation>撤銷全部訂單</translation>
        </message>
        <message>
            <source>Cancel every order you have signed on this market, on every token? One transaction raises your order nonce: no old signature can be filled again.</source>
            <translation>撤銷您在此市場簽署的所有代幣的全部訂單？一筆交易將提高您的訂單序號：舊簽名都無法再成交。</translation>
        </message>
        <message>
            <source>cancel all my orders</source>
            <translation>撤銷我的全部訂單</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在撤銷…</translation>
        </message>
        <message>
            <source>Cancelled ({hash}).</source>
            <translation>已撤銷（{hash}）。</translation>
        </message>
        <message>
            <source>The cancel stopped: {user_message}</source>
            <translation>撤銷未完成：{user_message}</translation>
        </message>
        <message>
            <source>Connecting to the market…</source>
            <translation>正在連接市場…</translation>
        </message>
        <message>
            <source>The market needs a chain and the platform's API (Settings).</source>
            <translation>市場需要區塊鏈和平台 API（見設定）。</translation>
        </message>
        <message>
            <source>This network has no market yet.</source>
            <translation>此網路尚無市場。</translation>
        </message>
        <message>
            <source>The market cannot be reached: {reason}</source>
            <translation>無法連接市場：{reason}</translation>
        </message>
    </context>
    <context>
        <name>MerchantDashboardPage</name>
        <message>
            <source>← Merchants</source>
            <translation>← 商戶</translation>
        </message>
        <message>
            <source>Back to the merchant list (Esc)</source>
            <translation>返回商戶列表（Esc）</translation>
        </message>
        <message>
            <source>Loading {merchant}…</source>
            <translation>正在載入 {merchant}…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在載入…</translation>
        </message>
        <message>
            <source>Could not load</source>
            <translation>無法載入</translation>
        </message>
        <message>
            <source>Showing older data</source>
            <translation>正在顯示較早的數據</translation>
        </message>
        <message>
            <source>tokenized</source>
            <translation>已代幣化</translation>
        </message>
        <message>
            <source>not tokenized</source>
            <translation>未代幣化</translation>
        </message>
        <message>
            <source>{city} · {platform} · {category} · token: {token} · score {score}</source>
            <translation>{city} · {platform} · {category} · 代幣：{token} · 評分 {score}</translation>
        </message>
        <message numerus="yes">
            <source>%n new alert(s) — see Active alerts</source>
            <translation>
                <numerusform>%n 條新預警 — 請查看「當前預警」</numerusform>
            </translation>
        </message>
        <message>
            <source>Data as of {date}</source>
            <translation>數據截至 {date}</translation>
        </message>
    </context>
    <context>
        <name>MerchantTable</name>
        <message>
            <source>ID</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>品類</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>代幣</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Underwriter score</source>
            <translation>承銷方評分</translation>
        </message>
        <message>
            <source>GMV 12m (USD)</source>
            <translation>12 個月 GMV（美元）</translation>
        </message>
        <message>
            <source>Growth 24m</source>
            <translation>24 個月增長</translation>
        </message>
    </context>
    <context>
        <name>MerchantsPage</name>
        <message>
            <source>Offline — showing data from {age}. It refreshes when the connection is back.</source>
            <translation>離線 — 正在顯示{age}的數據。連線恢復後將自動重新整理。</translation>
        </message>
        <message>
            <source>Showing saved data from {age}: the server's latest answer could not be used.</source>
            <translation>正在顯示{age}儲存的數據：伺服器的最新回應無法使用。</translation>
        </message>
        <message>
            <source>Merchants</source>
            <translation>商戶</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在載入…</translation>
        </message>
        <message>
            <source>Search name or ID  (Ctrl+F)</source>
            <translation>搜尋名稱或編號（Ctrl+F）</translation>
        </message>
        <message>
            <source>Search merchants</source>
            <translation>搜尋商戶</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>所有城市</translation>
        </message>
        <message>
            <source>All platforms</source>
            <translation>所有平台</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>所有品類</translation>
        </message>
        <message>
            <source>Tokenized or not</source>
            <translation>是否代幣化</translation>
        </message>
        <message>
            <source>Tokenized</source>
            <translation>已代幣化</translation>
        </message>
        <message>
            <source>Not tokenized</source>
            <translation>未代幣化</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Load the merchant list again (F5)</source>
            <translation>重新載入商戶列表（F5）</translation>
        </message>
        <message>
            <source>Loading merchants…</source>
            <translation>正在載入商戶…</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n merchant(s)</source>
            <translation>
                <numerusform>{shown} / %n 家商戶</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthlyDistributionsChart</name>
        <message>
            <source>Your share of each payout, by month</source>
            <translation>您在每次派發中的份額，按月</translation>
        </message>
        <message>
            <source>No distributions yet</source>
            <translation>尚無分配</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <source>Shenzhen</source>
            <translation>深圳</translation>
        </message>
        <message>
            <source>Guangzhou</source>
            <translation>廣州</translation>
        </message>
        <message>
            <source>Dongguan</source>
            <translation>東莞</translation>
        </message>
        <message>
            <source>Hangzhou</source>
            <translation>杭州</translation>
        </message>
        <message>
            <source>Yiwu</source>
            <translation>義烏</translation>
        </message>
        <message>
            <source>Xiamen</source>
            <translation>廈門</translation>
        </message>
        <message>
            <source>Hong Kong</source>
            <translation>香港</translation>
        </message>
        <message>
            <source>Amazon</source>
            <translation>亞馬遜</translation>
        </message>
        <message>
            <source>Shopify</source>
            <translation>Shopify</translation>
        </message>
        <message>
            <source>TikTok Shop</source>
            <translation>TikTok Shop</translation>
        </message>
        <message>
            <source>AliExpress</source>
            <translation>速賣通</translation>
        </message>
        <message>
            <source>Temu</source>
            <translation>Temu</translation>
        </message>
        <message>
            <source>Shopee</source>
            <translation>Shopee</translation>
        </message>
        <message>
            <source>Consumer Electronics</source>
            <translation>消費電子</translation>
        </message>
        <message>
            <source>Home &amp; Kitchen</source>
            <translation>家居廚房</translation>
        </message>
        <message>
            <source>Apparel</source>
            <translation>服裝</translation>
        </message>
        <message>
            <source>Beauty &amp; Personal Care</source>
            <translation>美妝個護</translation>
        </message>
        <message>
            <source>Sports &amp; Outdoors</source>
            <translation>運動戶外</translation>
        </message>
        <message>
            <source>Toys &amp; Games</source>
            <translation>玩具遊戲</translation>
        </message>
        <message>
            <source>Pet Supplies</source>
            <translation>寵物用品</translation>
        </message>
        <message>
            <source>Automotive</source>
            <translation>汽車用品</translation>
        </message>
        <message>
            <source>platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>psp</source>
            <translation>支付服務商</translation>
        </message>
        <message>
            <source>bank</source>
            <translation>銀行</translation>
        </message>
        <message>
            <source>hd</source>
            <translation>助記詞衍生</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>已匯入</translation>
        </message>
        <message>
            <source>watch</source>
            <translation>僅觀察</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>待處理</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>已確認</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>已丟棄</translation>
        </message>
        <message>
            <source>proposer</source>
            <translation>提議人</translation>
        </message>
        <message>
            <source>approver</source>
            <translation>審批人</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>管理員</translation>
        </message>
        <message>
            <source>propose</source>
            <translation>提議</translation>
        </message>
        <message>
            <source>approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>reject</source>
            <translation>拒絕</translation>
        </message>
        <message>
            <source>execute</source>
            <translation>執行</translation>
        </message>
        <message>
            <source>cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>created</source>
            <translation>已建立</translation>
        </message>
        <message>
            <source>simulated</source>
            <translation>已模擬</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>已簽署</translation>
        </message>
        <message>
            <source>broadcast</source>
            <translation>已廣播</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>已被取代</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordFields</name>
        <message>
            <source>New wallet password</source>
            <translation>新錢包密碼</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>再次輸入</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密碼</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>強度</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>確認</translation>
        </message>
        <message>
            <source>Needs at least '{level}'.</source>
            <translation>強度至少需要「{level}」。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>兩次輸入的密碼不一致。</translation>
        </message>
    </context>
    <context>
        <name>NextAccountDialog</name>
        <message>
            <source>Add the next account from the recovery phrase</source>
            <translation>從復原短語新增下一個帳戶</translation>
        </message>
        <message>
            <source>Account {n}</source>
            <translation>帳戶 {n}</translation>
        </message>
        <message>
            <source>Account index (m/44'/60'/0'/0/i)</source>
            <translation>帳戶索引（m/44'/60'/0'/0/i）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
    </context>
    <context>
        <name>NoticeArea</name>
        <message>
            <source>Dismiss</source>
            <translation>關閉</translation>
        </message>
    </context>
    <context>
        <name>NotificationList</name>
        <message>
            <source>Notifications</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Nothing new.</source>
            <translation>沒有新消息。</translation>
        </message>
    </context>
    <context>
        <name>OfflineSignDialog</name>
        <message>
            <source>Sign a treasury request (offline)</source>
            <translation>簽署資金庫請求（離線）</translation>
        </message>
        <message>
            <source>Open a request file or QR picture…</source>
            <translation>開啟請求檔案或 QR 碼圖片…</translation>
        </message>
        <message>
            <source>Paste a scanned QR code…</source>
            <translation>貼上掃描的 QR 碼…</translation>
        </message>
        <message>
            <source>Reason (needed to reject)</source>
            <translation>理由（拒絕時必填）</translation>
        </message>
        <message>
            <source>Reason for rejecting</source>
            <translation>拒絕理由</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>核准…</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation>拒絕…</translation>
        </message>
        <message>
            <source>Open the request file written by "Export for signing" or a picture of its QR code, or paste the text a scanner read from the code.</source>
            <translation>開啟「匯出以供簽署」寫出的請求檔案或其 QR 碼圖片，或貼上掃描器從 QR 碼讀出的文字。</translation>
        </message>
        <message>
            <source>Open a request file</source>
            <translation>開啟請求檔案</translation>
        </message>
        <message>
            <source>Paste a scanned QR code</source>
            <translation>貼上掃描的 QR 碼</translation>
        </message>
        <message>
            <source>The text your scanner read from the request's QR code:</source>
            <translation>掃描器從請求 QR 碼讀出的文字：</translation>
        </message>
        <message>
            <source>Proposal #{id}: {amount} sUSD to the holders of {symbol} for {period}</source>
            <translation>提案 #{id}：向 {symbol} 持有者派發 {amount} sUSD（{period}）</translation>
        </message>
        <message>
            <source>Chain {chain}, treasury {treasury}</source>
            <translation>鏈 {chain}，資金庫 {treasury}</translation>
        </message>
        <message>
            <source>Signer {signer} (nonce {nonce}); valid until {time}</source>
            <translation>簽署人 {signer}（nonce {nonce}）；有效期至 {time}</translation>
        </message>
        <message>
            <source>Report hash {hash} (checked against the report in the file)</source>
            <translation>報告雜湊 {hash}（已與檔案中的報告核對）</translation>
        </message>
        <message>
            <source>Platform sales {sales} · bank settled {settled} · routed {routed} · investors' share {share}</source>
            <translation>平台銷售額 {sales} · 銀行結算 {settled} · 分帳 {routed} · 投資者份額 {share}</translation>
        </message>
        <message>
            <source>Reconciliation: ok</source>
            <translation>對帳：正常</translation>
        </message>
        <message>
            <source>Reconciliation: DIFFERENCE</source>
            <translation>對帳：有差異</translation>
        </message>
        <message>
            <source>The proposer's override reason: {reason}</source>
            <translation>提議人的覆蓋理由：{reason}</translation>
        </message>
        <message>
            <source>The proposer gave an override reason; it is in the request file, not in the QR code (too long for one). Read it there before signing ({digest}).</source>
            <translation>提議人給出了覆蓋理由；它在請求檔案中，不在 QR 碼裡（太長，放不進一個 QR 碼）。簽署前請在檔案中閱讀（{digest}）。</translation>
        </message>
        <message>
            <source>Write why you reject it first.</source>
            <translation>請先寫明拒絕理由。</translation>
        </message>
        <message>
            <source>Write the signature</source>
            <translation>寫入簽章</translation>
        </message>
        <message>
            <source>Signature for proposal #{id}</source>
            <translation>提案 #{id} 的簽章</translation>
        </message>
        <message>
            <source>Take this signature back to the online machine: the file, or this QR code.</source>
            <translation>把此簽章帶回連網的電腦：使用檔案或此 QR 碼。</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <source>Buy {symbol}</source>
            <translation>買入 {symbol}</translation>
        </message>
        <message>
            <source>Sell {symbol}</source>
            <translation>賣出 {symbol}</translation>
        </message>
        <message>
            <source>Buy now from the best offer</source>
            <translation>立即按最優賣價買入</translation>
        </message>
        <message>
            <source>Sell now to the best bid</source>
            <translation>立即按最優買價賣出</translation>
        </message>
        <message>
            <source>Post an order at my price (no fee)</source>
            <translation>按我的價格掛單（免手續費）</translation>
        </message>
        <message>
            <source>tokens, e.g. 2.5</source>
            <translation>代幣數量，例如 2.5</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Price ({coin} per {symbol})</source>
            <translation>價格（每 {symbol} 多少 {coin}）</translation>
        </message>
        <message>
            <source>Amount ({symbol})</source>
            <translation>數量（{symbol}）</translation>
        </message>
        <message>
            <source>You pay</source>
            <translation>您支付</translation>
        </message>
        <message>
            <source>You receive</source>
            <translation>您收到</translation>
        </message>
        <message>
            <source>Total at this price</source>
            <translation>按此價格合計</translation>
        </message>
        <message>
            <source>Fee (paid by the taker)</source>
            <translation>手續費（吃單方支付）</translation>
        </message>
        <message>
            <source>The other side receives</source>
            <translation>對方收到</translation>
        </message>
        <message>
            <source>KYC pre-check</source>
            <translation>KYC 預檢</translation>
        </message>
        <message>
            <source>Allowance for the market</source>
            <translation>市場授權額度</translation>
        </message>
        <message>
            <source>At most {amount} at this price</source>
            <translation>此價格最多 {amount}</translation>
        </message>
        <message>
            <source>Buy now</source>
            <translation>立即買入</translation>
        </message>
        <message>
            <source>Sell now</source>
            <translation>立即賣出</translation>
        </message>
        <message>
            <source>Sign and post the order</source>
            <translation>簽名並掛單</translation>
        </message>
        <message>
            <source>The best order has only {amount} left at this price.</source>
            <translation>最優訂單在此價格只剩 {amount}。</translation>
        </message>
        <message>
            <source>none: a maker pays no fee</source>
            <translation>無：掛單方不付手續費</translation>
        </message>
        <message>
            <source>checking…</source>
            <translation>檢查中…</translation>
        </message>
        <message>
            <source>{amount}: already in place</source>
            <translation>{amount}：已授權</translation>
        </message>
        <message>
            <source>{amount}: approved first, in its own transaction</source>
            <translation>{amount}：先以單獨一筆交易授權</translation>
        </message>
        <message>
            <source>{amount} of it for your open orders</source>
            <translation>其中 {amount} 用於您的未成交掛單</translation>
        </message>
        <message>
            <source>Your account is not cleared by KYC: the market refuses it.</source>
            <translation>您的帳戶未通過 KYC：市場會拒絕此交易。</translation>
        </message>
        <message>
            <source>Your stablecoin balance is short of what this costs.</source>
            <translation>您的穩定幣餘額不足以支付。</translation>
        </message>
        <message>
            <source>You hold fewer tokens than this sells.</source>
            <translation>您持有的代幣少於賣出數量。</translation>
        </message>
        <message>
            <source>The market lists orders worth at least {minimum}: raise the amount or the price.</source>
            <translation>市場只掛出價值至少 {minimum} 的訂單：請提高數量或價格。</translation>
        </message>
        <message>
            <source>{side} {amount} {symbol} at {price} {coin}</source>
            <translation>{side} {amount} {symbol}，價格 {price} {coin}</translation>
        </message>
        <message>
            <source>buy</source>
            <translation>買入</translation>
        </message>
        <message>
            <source>sell</source>
            <translation>賣出</translation>
        </message>
        <message>
            <source>Signing and sending…</source>
            <translation>正在簽署並發送…</translation>
        </message>
        <message>
            <source>Posted: order {hash}.</source>
            <translation>已掛單：訂單 {hash}。</translation>
        </message>
        <message>
            <source>Filled: {hash}.</source>
            <translation>已成交：{hash}。</translation>
        </message>
        <message>
            <source>The order stopped: {user_message}</source>
            <translation>訂單未完成：{user_message}</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Wallet password</source>
            <translation>錢包密碼</translation>
        </message>
        <message>
            <source>You are about to sign: {what}</source>
            <translation>您即將簽署：{what}</translation>
        </message>
    </context>
    <context>
        <name>PeerRatioChart</name>
        <message>
            <source>Monthly · category median {median}</source>
            <translation>按月 · 品類中位數 {median}</translation>
        </message>
        <message>
            <source>This merchant</source>
            <translation>本商戶</translation>
        </message>
        <message>
            <source>Peer median</source>
            <translation>同業中位數</translation>
        </message>
        <message>
            <source>No complete month yet</source>
            <translation>尚無完整月份</translation>
        </message>
    </context>
    <context>
        <name>PortfolioActionsMixin</name>
        <message>
            <source>a claim of your profit share of {symbol} ({amount} {coin})</source>
            <translation>領取 {symbol} 的利潤分成（{amount} {coin}）</translation>
        </message>
        <message>
            <source>Claiming {money} from {symbol}…</source>
            <translation>正在從 {symbol} 領取 {money}…</translation>
        </message>
        <message>
            <source>Claimed {money} from {symbol}.</source>
            <translation>已從 {symbol} 領取 {money}。</translation>
        </message>
        <message>
            <source>The {symbol} claim failed: {error}.</source>
            <translation>{symbol} 的領取失敗：{error}。</translation>
        </message>
        <message>
            <source>a claim of your profit share of every token you hold</source>
            <translation>領取您持有的每種代幣的利潤分成</translation>
        </message>
        <message>
            <source>Sent: {description}.</source>
            <translation>已發送：{description}。</translation>
        </message>
        <message>
            <source>Cash flows</source>
            <translation>現金流</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <source>Cash flows written to {export_csv}.</source>
            <translation>現金流已寫入 {export_csv}。</translation>
        </message>
        <message>
            <source>Statement written to {path}.</source>
            <translation>結單已寫入 {path}。</translation>
        </message>
        <message>
            <source>No statement: {user_message}</source>
            <translation>無法產生結單：{user_message}</translation>
        </message>
        <message>
            <source>Building the statement…</source>
            <translation>正在產生結單…</translation>
        </message>
        <message>
            <source>Investor statement</source>
            <translation>投資者結單</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PortfolioNotices</name>
        <message>
            <source>PST Desk</source>
            <translation>PST Desk</translation>
        </message>
    </context>
    <context>
        <name>PortfolioPage</name>
        <message>
            <source>Enter the wallet password to sign.</source>
            <translation>請輸入錢包密碼以簽署。</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>投資組合</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>帳戶</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>領取</translation>
        </message>
        <message>
            <source>Claim the selected holding's profit share</source>
            <translation>領取所選持倉的收益分成</translation>
        </message>
        <message>
            <source>Claim all</source>
            <translation>全部領取</translation>
        </message>
        <message>
            <source>Claim the profit share of every holding (in one transaction where the platform has a claim router)</source>
            <translation>領取所有持倉的收益分成（平台有領取路由合約時只用一筆交易）</translation>
        </message>
        <message>
            <source>Subscribe…</source>
            <translation>認購…</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <translation>轉帳…</translation>
        </message>
        <message>
            <source>Send PST through the wallet</source>
            <translation>透過錢包發送 PST</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>結單</translation>
        </message>
        <message>
            <source>Cash flows (CSV)…</source>
            <translation>現金流（CSV）…</translation>
        </message>
        <message>
            <source>Cash flows for Koinly (CSV)…</source>
            <translation>現金流（Koinly 格式 CSV）…</translation>
        </message>
        <message>
            <source>Investor statement (PDF)…</source>
            <translation>投資者結單（PDF）…</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>Buy or sell the selected holding on the market</source>
            <translation>在市場上買賣所選持倉</translation>
        </message>
        <message>
            <source>Buy…</source>
            <translation>買入…</translation>
        </message>
        <message>
            <source>Sell…</source>
            <translation>賣出…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Holdings</source>
            <translation>持倉</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>圖表</translation>
        </message>
        <message>
            <source>Store DAO</source>
            <translation>店鋪 DAO</translation>
        </message>
        <message>
            <source>No wallet account yet: on the Wallet page (Ctrl+5), Getting started loads the demo accounts; or add an account there.</source>
            <translation>尚無錢包帳戶：在「錢包」頁面（Ctrl+5）的「入門」中載入示範帳戶，或在那裡新增帳戶。</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>正在重新整理…</translation>
        </message>
        <message>
            <source>Could not refresh the portfolio: {user_message}</source>
            <translation>無法重新整理投資組合：{user_message}</translation>
        </message>
        <message>
            <source>  block {block_number} · chain time {when}</source>
            <translation>  區塊 {block_number} · 鏈上時間 {when}</translation>
        </message>
        <message>
            <source>This account holds no PST yet: subscribe to an open offering.</source>
            <translation>此帳戶尚未持有 PST：請認購正在進行的發行。</translation>
        </message>
        <message numerus="yes">
            <source>%n registered store(s) could not be read, so left out; the rest of the portfolio is complete:</source>
            <translation>
                <numerusform>%n 個已登記店鋪無法讀取，未列入；投資組合的其餘部分完整：</numerusform>
            </translation>
        </message>
        <message>
            <source>no portfolio loaded yet</source>
            <translation>尚未載入投資組合</translation>
        </message>
        <message>
            <source>Connecting to the chain…</source>
            <translation>正在連接區塊鏈…</translation>
        </message>
        <message>
            <source>No blockchain network is configured: the portfolio needs an RPC URL and the store registry's address (Settings).</source>
            <translation>未設定區塊鏈網絡：投資組合需要 RPC 網址和店鋪登記表地址（設定）。</translation>
        </message>
        <message>
            <source>The portfolio cannot reach the chain: {reason}</source>
            <translation>投資組合無法連接區塊鏈：{reason}</translation>
        </message>
        <message>
            <source>Powers</source>
            <translation>權限</translation>
        </message>
    </context>
    <context>
        <name>PowersPanel</name>
        <message>
            <source>&lt;b&gt;Powers over {symbol}&lt;/b&gt; · {state} · block {block}</source>
            <translation>&lt;b&gt;{symbol} 的權限&lt;/b&gt; · {state} · 區塊 {block}</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>合規</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>認購</translation>
        </message>
        <message>
            <source>Treasury</source>
            <translation>資金庫</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>註冊表</translation>
        </message>
        <message>
            <source>price {price} {coin} per PST · cap {cap} PST · open until {deadline}</source>
            <translation>價格每 PST {price} {coin} · 上限 {cap} PST · 認購截止於 {deadline}</translation>
        </message>
        <message>
            <source>proceeds to {address} ({kind})</source>
            <translation>認購款付給 {address}（{kind}）</translation>
        </message>
        <message>
            <source>0: payouts stopped</source>
            <translation>0：派付已停止</translation>
        </message>
        <message>
            <source>{address} · holds {held} {coin} of this store's profit share, not yet paid out · a payout needs a proposer and {threshold} of {approvers} approvers · cap per payout {cap}</source>
            <translation>{address} · 持有該店鋪尚未派付的收益分成 {held} {coin} · 每次派付需要一位提議者和 {approvers} 位批准者中的 {threshold} 位 · 每次派付上限 {cap}</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合約</translation>
        </message>
        <message>
            <source>Could not read the powers: {user_message}</source>
            <translation>無法讀取權限：{user_message}</translation>
        </message>
        <message>
            <source>Governor</source>
            <translation>治理合約</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>持有者</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>擁有者</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>暫停</translation>
        </message>
        <message>
            <source>Reading the powers over {symbol}…</source>
            <translation>正在讀取 {symbol} 的權限…</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Role holders</source>
            <translation>角色持有者</translation>
        </message>
        <message>
            <source>Router</source>
            <translation>收入路由</translation>
        </message>
        <message>
            <source>Select a holding to see who holds power over its token.</source>
            <translation>選擇一項持倉，查看誰對其代幣擁有權限。</translation>
        </message>
        <message>
            <source>Timelock</source>
            <translation>時間鎖</translation>
        </message>
        <message>
            <source>What it is</source>
            <translation>是什麼</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>管理員</translation>
        </message>
        <message>
            <source>treasury</source>
            <translation>資金庫</translation>
        </message>
        <message>
            <source>registry</source>
            <translation>註冊表</translation>
        </message>
        <message>
            <source>canceller</source>
            <translation>取消者</translation>
        </message>
        <message>
            <source>approver</source>
            <translation>批准者</translation>
        </message>
        <message>
            <source>registrar</source>
            <translation>登記員</translation>
        </message>
        <message>
            <source>compliance</source>
            <translation>合規</translation>
        </message>
        <message>
            <source>compliance officer</source>
            <translation>合規專員</translation>
        </message>
        <message>
            <source>distributor</source>
            <translation>分配者</translation>
        </message>
        <message>
            <source>executor</source>
            <translation>執行者</translation>
        </message>
        <message>
            <source>guardian</source>
            <translation>守護者</translation>
        </message>
        <message>
            <source>guardian {address} ({kind})</source>
            <translation>守護者 {address}（{kind}）</translation>
        </message>
        <message>
            <source>handed over to its DAO</source>
            <translation>已移交給其 DAO</translation>
        </message>
        <message>
            <source>investors {investors} · platform fee {fee} · merchant {merchant}</source>
            <translation>投資人 {investors} · 平台費 {fee} · 商戶 {merchant}</translation>
        </message>
        <message>
            <source>its pause ends {when}</source>
            <translation>其暫停於 {when} 結束</translation>
        </message>
        <message>
            <source>minter</source>
            <translation>鑄幣者</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>not yet handed over to its DAO: the platform still holds its powers</source>
            <translation>尚未移交給其 DAO：平台仍持有其權限</translation>
        </message>
        <message>
            <source>owner {address}</source>
            <translation>擁有者 {address}</translation>
        </message>
        <message>
            <source>pauser</source>
            <translation>暫停者</translation>
        </message>
        <message>
            <source>pending: {address}</source>
            <translation>待接受：{address}</translation>
        </message>
        <message>
            <source>proposer</source>
            <translation>提議者</translation>
        </message>
        <message>
            <source>timelock</source>
            <translation>時間鎖</translation>
        </message>
        <message>
            <source>token</source>
            <translation>代幣</translation>
        </message>
        <message>
            <source>voting delay {delay} blocks · voting period {period} blocks · proposal threshold {threshold} PST · quorum {numerator}/{denominator} of supply ({quorum} PST now)</source>
            <translation>投票延遲 {delay} 個區塊 · 投票期 {period} 個區塊 · 提案門檻 {threshold} PST · 法定人數為供應量的 {numerator}/{denominator}（目前 {quorum} PST）</translation>
        </message>
        <message>
            <source>yes: claims and transfers are stopped</source>
            <translation>是：領取和轉帳已停止</translation>
        </message>
        <message>
            <source>{address} · delay {seconds} s</source>
            <translation>{address} · 延遲 {seconds} 秒</translation>
        </message>
        <message>
            <source>transfers only (the guardian's pause; claims go on)</source>
            <translation>僅轉帳（守護者的暫停；領取照常）</translation>
        </message>
        <message>
            <source>may pause transfers, not claims, for at most {days} days</source>
            <translation>最多可暫停轉帳 {days} 天，不能暫停領取</translation>
        </message>
        <message>
            <source>The token's powers are offered to the timelock {address}, waiting for the DAO's vote to accept them.</source>
            <translation>代幣的權限已提交給時間鎖 {address}，等待 DAO 投票接受。</translation>
        </message>
    </context>
    <context>
        <name>PriceChart</name>
        <message>
            <source>Daily close</source>
            <translation>每日收盤價</translation>
        </message>
        <message>
            <source>Offering price</source>
            <translation>發行價</translation>
        </message>
        <message>
            <source>No trades yet</source>
            <translation>尚無成交</translation>
        </message>
        <message>
            <source>Last close {price} ({change} since {day})</source>
            <translation>最新收盤 {price}（自 {day} 起 {change}）</translation>
        </message>
    </context>
    <context>
        <name>ProposalDialog</name>
        <message>
            <source>Signal (text only, nothing runs on chain)</source>
            <translation>意向提案（僅文字，鏈上不執行任何操作）</translation>
        </message>
        <message>
            <source>Credit stray funds to this store's holders</source>
            <translation>將無主資金計入本店鋪持有人</translation>
        </message>
        <message>
            <source>New proposal in the {symbol} DAO</source>
            <translation>在 {symbol} DAO 中新增提案</translation>
        </message>
        <message>
            <source>One line holders see in the list</source>
            <translation>持有人在清單中看到的一行</translation>
        </message>
        <message>
            <source>Why, and what holders should weigh (optional)</source>
            <translation>理由，以及持有人應考慮的因素（選填）</translation>
        </message>
        <message>
            <source>Available: {amount} {coin} of stray funds in the treasury</source>
            <translation>可用：資金庫中的無主資金 {amount} {coin}</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>Amount ({coin})</source>
            <translation>金額（{coin}）</translation>
        </message>
        <message>
            <source>Review and sign…</source>
            <translation>檢查並簽署…</translation>
        </message>
        <message>
            <source>You have {votes} votes; proposing needs {threshold} {symbol} (1% of the supply).</source>
            <translation>您有 {votes} 票；發起提案需要 {threshold} {symbol}（供應量的 1%）。</translation>
        </message>
        <message>
            <source>You cannot propose yet: proposing needs {threshold} {symbol} of votes (1% of the supply) at the previous block, and you have {votes}. Activate your votes if you have not (they count from the next block); only your own tokens vote.</source>
            <translation>您暫時無法發起提案：發起提案需要上一區塊時的 {threshold} {symbol} 票（供應量的 1%），而您只有 {votes} 票。如尚未啟用投票權，請先啟用（從下一個區塊起計票）；只有您自己的代幣計票。</translation>
        </message>
        <message>
            <source>Credit stray funds to the {symbol} holders</source>
            <translation>將無主資金計入 {symbol} 持有人</translation>
        </message>
    </context>
    <context>
        <name>ProposalsTab</name>
        <message>
            <source>Proposals waiting for my approval</source>
            <translation>等待我審批的提議</translation>
        </message>
        <message>
            <source>All proposals</source>
            <translation>全部提議</translation>
        </message>
        <message>
            <source>Reason for rejecting</source>
            <translation>拒絕理由</translation>
        </message>
        <message>
            <source>Reason (needed to reject)</source>
            <translation>理由（拒絕時必填）</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>拒絕</translation>
        </message>
        <message>
            <source>Execute</source>
            <translation>執行</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Export for signing…</source>
            <translation>匯出以供簽署…</translation>
        </message>
        <message>
            <source>A file and a QR code an approver signs on an offline machine</source>
            <translation>一個檔案和一個 QR 碼，供核准人在離線電腦上簽署</translation>
        </message>
        <message>
            <source>Import signature…</source>
            <translation>匯入簽章…</translation>
        </message>
        <message>
            <source>Approve for Safe {safe}</source>
            <translation>代表 Safe {safe} 核准</translation>
        </message>
        <message>
            <source>Nothing waits for you.</source>
            <translation>沒有等待您處理的事項。</translation>
        </message>
        <message>
            <source>No proposal yet.</source>
            <translation>尚無提議。</translation>
        </message>
        <message>
            <source>Write why you reject it first.</source>
            <translation>請先寫明拒絕理由。</translation>
        </message>
    </context>
    <context>
        <name>ProposeDialog</name>
        <message>
            <source>Propose a distribution</source>
            <translation>提議分配</translation>
        </message>
        <message>
            <source>Why propose despite the difference? (at least {count} characters; kept in the audit trail)</source>
            <translation>為何在存在差異的情況下仍提議？（至少 {count} 個字元；保存在審計記錄中）</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>店鋪</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期間</translation>
        </message>
        <message>
            <source>Amount (investors' share)</source>
            <translation>金額（投資者份額）</translation>
        </message>
        <message>
            <source>Pending / cap</source>
            <translation>待分配 / 上限</translation>
        </message>
        <message>
            <source>Report hash</source>
            <translation>報告雜湊</translation>
        </message>
        <message>
            <source>Bank lines hash</source>
            <translation>銀行流水雜湊</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>對帳</translation>
        </message>
        <message>
            <source>Payout preview</source>
            <translation>派發預覽</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>例外理由</translation>
        </message>
        <message>
            <source>Propose</source>
            <translation>提議</translation>
        </message>
        <message>
            <source>This store has no reported period left to propose.</source>
            <translation>此店鋪沒有可提議的已報告期間。</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在檢查…</translation>
        </message>
        <message>
            <source>pending {pending} · cap per period {cap}</source>
            <translation>待分配 {pending} · 每期上限 {cap}</translation>
        </message>
        <message>
            <source>none: no bank statement lines of this period are matched on this computer</source>
            <translation>無：本機沒有該期間已匹配的銀行對帳單流水</translation>
        </message>
        <message>
            <source>no report</source>
            <translation>無報告</translation>
        </message>
        <message>
            <source>{paid} of {holders} holders paid · dust {dust} base units
largest: {largest}</source>
            <translation>{holders} 名持有人中 {paid} 名獲得派發 · 零頭 {dust} 個基本單位
最大額：{largest}</translation>
        </message>
        <message>
            <source>The reconciliation found the differences marked ⚠ above. To propose anyway, write why (at least {count} characters); the reason is kept in the audit trail.</source>
            <translation>對帳發現了上方標有 ⚠ 的差異。如仍要提議，請寫明理由（至少 {count} 個字元）；理由將保存在審計記錄中。</translation>
        </message>
    </context>
    <context>
        <name>PurposeDialog</name>
        <message>
            <source>Reveal the {field} of {store}</source>
            <translation>顯示 {store} 的{field}</translation>
        </message>
        <message>
            <source>State why you need it. The purpose is recorded in the access log (and, for the store's owner or operators, on chain as a hash).</source>
            <translation>請說明您需要它的原因。用途會記錄在存取日誌中（對於店鋪擁有者或營運方，還會以雜湊形式記錄在鏈上）。</translation>
        </message>
        <message>
            <source>for example: monthly payout reconciliation</source>
            <translation>例如：月度派發對帳</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
    </context>
    <context>
        <name>QrDialog</name>
        <message>
            <source>QR code of the file</source>
            <translation>檔案的 QR 碼</translation>
        </message>
        <message>
            <source>This is too large for one QR code ({size} bytes; one code holds at most 2,953). Take the file instead.</source>
            <translation>內容過大，無法放入一個 QR 碼（{size} 位元組；一個 QR 碼最多容納 2,953 位元組）。請改用檔案。</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>已儲存到 {path}</translation>
        </message>
    </context>
    <context>
        <name>Reconciliation</name>
        <message>
            <source>Token</source>
            <translation>代幣</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>銀行帳戶</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Days matched</source>
            <translation>已匹配天數</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>差異</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>Value date</source>
            <translation>起息日</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>問題</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Other side</source>
            <translation>另一方</translation>
        </message>
        <message>
            <source>Settlements</source>
            <translation>結算筆數</translation>
        </message>
        <message>
            <source>Credited</source>
            <translation>入帳金額</translation>
        </message>
        <message>
            <source>Swept and routed in</source>
            <translation>劃轉並分配於交易</translation>
        </message>
        <message>
            <source>All matched</source>
            <translation>全部匹配</translation>
        </message>
        <message>
            <source>Waiting for the bank or the chain</source>
            <translation>等待銀行或區塊鏈</translation>
        </message>
        <message>
            <source>No activity</source>
            <translation>無交易</translation>
        </message>
        <message>
            <source>Paid to an account outside control (diverted)</source>
            <translation>付至受控範圍外的帳戶（被挪用）</translation>
        </message>
        <message>
            <source>Reported by the provider, never credited by the bank</source>
            <translation>支付服務商已回報，銀行從未入帳</translation>
        </message>
        <message>
            <source>Credited, but no provider reported it</source>
            <translation>已入帳，但沒有支付服務商回報</translation>
        </message>
        <message>
            <source>Credited twice (duplicate line)</source>
            <translation>重複入帳（重複分錄）</translation>
        </message>
        <message>
            <source>The amounts differ</source>
            <translation>金額不一致</translation>
        </message>
        <message>
            <source>Credited but not swept</source>
            <translation>已入帳但未劃轉</translation>
        </message>
        <message>
            <source>Swept, but never routed on chain</source>
            <translation>已劃轉，但從未在鏈上分配</translation>
        </message>
        <message>
            <source>Matched by hand with {partner}: {reason}</source>
            <translation>已手動與 {partner} 匹配：{reason}</translation>
        </message>
        <message>
            <source>Written off: {reason}</source>
            <translation>已沖銷：{reason}</translation>
        </message>
        <message>
            <source>Bank reconciliation</source>
            <translation>銀行對帳</translation>
        </message>
    </context>
    <context>
        <name>ReconciliationTab</name>
        <message>
            <source>Import statements from the bank</source>
            <translation>從銀行匯入對帳單</translation>
        </message>
        <message>
            <source>Import a statement file…</source>
            <translation>匯入對帳單檔案…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Match by hand…</source>
            <translation>手動匹配…</translation>
        </message>
        <message>
            <source>Match the selected item with its counterpart (recorded in the audit trail)</source>
            <translation>將所選項目與其對應項目匹配（記入審計記錄）</translation>
        </message>
        <message>
            <source>Write off…</source>
            <translation>沖銷…</translation>
        </message>
        <message>
            <source>Write the selected item off with a reason (recorded in the audit trail)</source>
            <translation>註明原因後沖銷所選項目（記入審計記錄）</translation>
        </message>
        <message>
            <source>Each store's status by month</source>
            <translation>各店鋪每月狀態</translation>
        </message>
        <message>
            <source>Unmatched items</source>
            <translation>未匹配項目</translation>
        </message>
        <message>
            <source>Matched groups</source>
            <translation>已匹配組</translation>
        </message>
        <message>
            <source>As of {date}: {matched} of {stores} stores fully matched; {differences} difference(s) to look at, {resolved} settled by hand.</source>
            <translation>截至 {date}：{stores} 家店鋪中 {matched} 家完全匹配；{differences} 項差異待查看，{resolved} 項已手動處理。</translation>
        </message>
        <message>
            <source>Unmatched items in {period}: {count}</source>
            <translation>{period} 未匹配項目：{count}</translation>
        </message>
        <message>
            <source>Matched groups in {period}: {count} business days</source>
            <translation>{period} 已匹配組：{count} 個營業日</translation>
        </message>
        <message>
            <source>{how} (by {actor}). It was: {what}</source>
            <translation>{how}（操作人 {actor}）。原為：{what}</translation>
        </message>
        <message>
            <source>Import a bank statement</source>
            <translation>匯入銀行對帳單</translation>
        </message>
        <message>
            <source>Bank statements (*.xml *.camt *.sta *.mt940 *.txt);;All files (*)</source>
            <translation>銀行對帳單 (*.xml *.camt *.sta *.mt940 *.txt);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>{done} of {total} statements</source>
            <translation>{done} / {total} 份對帳單</translation>
        </message>
        <message>
            <source>{statements} statement(s) imported, {lines} new line(s).</source>
            <translation>已匯入 {statements} 份對帳單，新增 {lines} 筆明細。</translation>
        </message>
        <message>
            <source>Import cancelled; what was imported is kept. </source>
            <translation>匯入已取消；已匯入的內容會保留。</translation>
        </message>
    </context>
    <context>
        <name>RepaymentHistoryChart</name>
        <message>
            <source>{late} late (worst {worst} days)</source>
            <translation>{late} 期逾期（最長 {worst} 天）</translation>
        </message>
        <message>
            <source>never late</source>
            <translation>從未逾期</translation>
        </message>
        <message numerus="yes">
            <source>%n installment(s)</source>
            <translation>
                <numerusform>%n 期</numerusform>
            </translation>
        </message>
        <message>
            <source>Due</source>
            <translation>應還</translation>
        </message>
        <message>
            <source>Paid on time</source>
            <translation>按時還款</translation>
        </message>
        <message>
            <source>Paid late / overdue</source>
            <translation>逾期還款 / 未還</translation>
        </message>
        <message>
            <source>No repayment schedule</source>
            <translation>無還款計劃</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <source>Match by hand</source>
            <translation>手動匹配</translation>
        </message>
        <message>
            <source>Match {item} with its counterpart, an open item of the same amount:</source>
            <translation>將 {item} 與其對應項目（金額相同的未解決項目）匹配：</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>匹配</translation>
        </message>
        <message>
            <source>Why they belong together (optional)</source>
            <translation>為何兩者相符（選填）</translation>
        </message>
        <message>
            <source>Write off</source>
            <translation>沖銷</translation>
        </message>
        <message>
            <source>Write off {item}.</source>
            <translation>沖銷 {item}。</translation>
        </message>
        <message>
            <source>Why it is written off (required; kept in the audit trail)</source>
            <translation>沖銷原因（必填；記入審計記錄）</translation>
        </message>
        <message>
            <source>Counterpart</source>
            <translation>對應項目</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>No other open item of this account has the same amount; write it off with a reason instead.</source>
            <translation>該帳戶沒有其他金額相同的未解決項目；請改為註明原因後沖銷。</translation>
        </message>
        <message>
            <source>Keep the reason under {count} characters.</source>
            <translation>原因請少於 {count} 個字元。</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a recovery phrase</source>
            <translation>從助記詞復原</translation>
        </message>
        <message>
            <source>12 or 24 words separated by spaces</source>
            <translation>以空格分隔的 12 或 24 個單詞</translation>
        </message>
        <message>
            <source>Optional BIP-39 passphrase</source>
            <translation>可選的 BIP-39 密語</translation>
        </message>
        <message>
            <source>Recovery phrase</source>
            <translation>助記詞</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>密語</translation>
        </message>
        <message>
            <source>Account index (m/44'/60'/0'/0/i)</source>
            <translation>帳戶索引（m/44'/60'/0'/0/i）</translation>
        </message>
    </context>
    <context>
        <name>RevealPanel</name>
        <message>
            <source>Select a store</source>
            <translation>請選擇店鋪</translation>
        </message>
        <message>
            <source>TOTP code</source>
            <translation>TOTP 驗證碼</translation>
        </message>
        <message>
            <source>Reveal the {field} (asks for a purpose; recorded)</source>
            <translation>顯示{field}（需說明用途；將被記錄）</translation>
        </message>
        <message>
            <source>Revealed secret</source>
            <translation>顯示的機密</translation>
        </message>
        <message>
            <source>Revealed secrets appear here for a short time.</source>
            <translation>顯示的機密資訊會在此短暫出現。</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>複製</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>隱藏</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}：</translation>
        </message>
        <message>
            <source>That code expired; reveal again for the next one.</source>
            <translation>該驗證碼已過期；請再次顯示以取得下一個。</translation>
        </message>
        <message>
            <source>{seconds_left} s left</source>
            <translation>剩餘 {seconds_left} 秒</translation>
        </message>
        <message>
            <source>Hidden again after a short time.</source>
            <translation>稍後將再次隱藏。</translation>
        </message>
        <message>
            <source>Copied; the clipboard is cleared in {seconds:g} s</source>
            <translation>已複製；剪貼簿將在 {seconds:g} 秒後清除</translation>
        </message>
        <message>
            <source>Clipboard cleared.</source>
            <translation>剪貼簿已清除。</translation>
        </message>
        <message>
            <source>The clipboard holds something else now; left as is.</source>
            <translation>剪貼簿中現在是其他內容；保持不變。</translation>
        </message>
    </context>
    <context>
        <name>RevenueTrendChart</name>
        <message>
            <source>Monthly, USD · 24-month growth of GMV: {growth}</source>
            <translation>按月，美元 · GMV 24 個月增長：{growth}</translation>
        </message>
        <message>
            <source>GMV</source>
            <translation>GMV</translation>
        </message>
        <message>
            <source>Net revenue</source>
            <translation>淨收入</translation>
        </message>
        <message>
            <source>No complete month yet</source>
            <translation>尚無完整月份</translation>
        </message>
    </context>
    <context>
        <name>RevenueTrendSpark</name>
        <message>
            <source>Click to open the merchant's dashboard</source>
            <translation>點擊開啟商戶儀表板</translation>
        </message>
        <message>
            <source>Select a holding whose merchant is known</source>
            <translation>請選擇商戶已知的持倉</translation>
        </message>
        <message>
            <source>No merchant data</source>
            <translation>無商戶數據</translation>
        </message>
        <message>
            <source>{merchant_id} · 12 months {change} · click: dashboard</source>
            <translation>{merchant_id} · 12 個月 {change} · 點擊：儀表板</translation>
        </message>
        <message>
            <source>Net revenue (USD)</source>
            <translation>淨收入（美元）</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review the transaction</source>
            <translation>核對交易</translation>
        </message>
        <message>
            <source>Check every line. Signing sends it; it cannot be undone once mined.</source>
            <translation>請逐行核對。簽署後即發送；一旦上鏈便無法撤銷。</translation>
        </message>
        <message>
            <source>This transfer would fail, so it cannot be signed. Nothing was sent.</source>
            <translation>此轉帳將會失敗，因此無法簽署。未發送任何交易。</translation>
        </message>
        <message>
            <source>Sign and send</source>
            <translation>簽署並發送</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <source>Something went wrong ({error}). Try again; if it persists, see the log.</source>
            <translation>出現問題（{error}）。請重試；如果問題持續，請查看日誌。</translation>
        </message>
    </context>
    <context>
        <name>ScorecardView</name>
        <message>
            <source>Criterion</source>
            <translation>標準</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>數值</translation>
        </message>
        <message>
            <source>Peer percentile</source>
            <translation>同業百分位</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>評分卡</translation>
        </message>
        <message>
            <source>Meets all selection criteria</source>
            <translation>符合全部遴選標準</translation>
        </message>
        <message>
            <source>Does not qualify</source>
            <translation>不符合條件</translation>
        </message>
        <message numerus="yes">
            <source>Scorecard · {verdict} ({passed} of %n pass) · as of {date}</source>
            <translation>
                <numerusform>評分卡 · {verdict}（%n 項中 {passed} 項通過）· 截至 {date}</numerusform>
            </translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通過</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>未通過</translation>
        </message>
    </context>
    <context>
        <name>ScreenerCharts</name>
        <message>
            <source>All stores</source>
            <translation>全部店鋪</translation>
        </message>
        <message>
            <source>+ financial track record</source>
            <translation>+ 財務記錄</translation>
        </message>
        <message>
            <source>+ product edge</source>
            <translation>+ 產品優勢</translation>
        </message>
        <message>
            <source>+ operational edge</source>
            <translation>+ 營運優勢</translation>
        </message>
        <message>
            <source>+ repayment</source>
            <translation>+ 還款記錄</translation>
        </message>
        <message>
            <source>+ data integrity = all five</source>
            <translation>+ 數據一致性 = 全部五項</translation>
        </message>
        <message>
            <source>Tokenized</source>
            <translation>已代幣化</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>暫無數據</translation>
        </message>
        <message>
            <source>Growth over 24 months (%)</source>
            <translation>24 個月增長（%）</translation>
        </message>
        <message>
            <source>Return rate: peer percentile</source>
            <translation>退貨率：同業百分位</translation>
        </message>
        <message>
            <source>Days inventory outstanding (days)</source>
            <translation>存貨周轉天數（天）</translation>
        </message>
        <message>
            <source>Promotion uplift minus peers' (points)</source>
            <translation>促銷增幅減同業增幅（百分點）</translation>
        </message>
        <message>
            <source>Late installments</source>
            <translation>逾期期數</translation>
        </message>
        <message>
            <source>Largest gap between sources (%)</source>
            <translation>數據源之間的最大差異（%）</translation>
        </message>
        <message>
            <source>{passed} of {total} stores pass all five criteria; {tokenized} of them are tokenized.</source>
            <translation>{total} 家店鋪中有 {passed} 家通過全部五項標準，其中 {tokenized} 家已代幣化。</translation>
        </message>
        <message>
            <source>{count} stores with a value; dashed line: the threshold</source>
            <translation>{count} 家店鋪有數值；虛線：閾值</translation>
        </message>
    </context>
    <context>
        <name>ScreenerPage</name>
        <message>
            <source>Compare ({count})</source>
            <translation>比較（{count}）</translation>
        </message>
        <message>
            <source>Export the shortlist</source>
            <translation>匯出候選名單</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}</source>
            <translation>無法寫入 {path}：{reason}</translation>
        </message>
        <message>
            <source>Exported {count} stores to {path}.</source>
            <translation>已將 {count} 家店鋪匯出到 {path}。</translation>
        </message>
        <message>
            <source>Loading bulk data: {done} of {total} pages…</source>
            <translation>正在載入批次資料：第 {done} 頁，共 {total} 頁…</translation>
        </message>
        <message>
            <source>Loading bulk data…</source>
            <translation>正在載入批次資料…</translation>
        </message>
        <message>
            <source>{shown} of {total} stores shown · data as of {date}</source>
            <translation>顯示 {total} 家店鋪中的 {shown} 家 · 數據截至 {date}</translation>
        </message>
        <message>
            <source>Not screened yet.</source>
            <translation>尚未篩選。</translation>
        </message>
        <message>
            <source>Screener</source>
            <translation>篩選器</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Screen again</source>
            <translation>重新篩選</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>匯出 CSV…</translation>
        </message>
        <message>
            <source>Show every store, not only those passing all five</source>
            <translation>顯示所有店鋪，而不僅是通過全部五項的店鋪</translation>
        </message>
        <message>
            <source>Shortlist</source>
            <translation>候選名單</translation>
        </message>
        <message>
            <source>Distributions</source>
            <translation>分佈</translation>
        </message>
    </context>
    <context>
        <name>ScreenerTable</name>
        <message>
            <source>Growth</source>
            <translation>增長</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>退貨率</translation>
        </message>
        <message>
            <source>DIO</source>
            <translation>存貨周轉天數</translation>
        </message>
        <message>
            <source>Promotion uplift</source>
            <translation>促銷增幅</translation>
        </message>
        <message>
            <source>Late installments</source>
            <translation>逾期期數</translation>
        </message>
        <message>
            <source>Source gap</source>
            <translation>數據源差異</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>品類</translation>
        </message>
        <message>
            <source>Tokenized</source>
            <translation>已代幣化</translation>
        </message>
        <message>
            <source>Underwriter score (internal)</source>
            <translation>承銷方評分（內部）</translation>
        </message>
        <message>
            <source>The underwriter's internal credit score, served by the platform: not one of the five selection criteria.</source>
            <translation>承銷方的內部信用評分，由平台提供：不屬於五項選擇標準。</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>p{percentile}</source>
            <translation>p{percentile}</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通過</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>未通過</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>enter it first</source>
            <translation>請先輸入</translation>
        </message>
    </context>
    <context>
        <name>SecretEdit</name>
        <message>
            <source>Hide</source>
            <translation>隱藏</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>顯示</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <source>Send</source>
            <translation>發送</translation>
        </message>
        <message>
            <source>0x… (checksummed address)</source>
            <translation>0x…（帶校驗的地址）</translation>
        </message>
        <message>
            <source>Address book…</source>
            <translation>地址簿…</translation>
        </message>
        <message>
            <source>Max</source>
            <translation>最大</translation>
        </message>
        <message>
            <source>All of the asset; for ETH, all but the largest fee the transfer may pay</source>
            <translation>該資產的全部餘額；ETH 則扣除本次轉帳可能支付的最高手續費</translation>
        </message>
        <message>
            <source>Slow: a lower fee, may wait when blocks are full</source>
            <translation>慢速：手續費較低，區塊擁塞時可能需要等待</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <source>Fast: a higher tip and fee cap</source>
            <translation>快速：更高的小費和手續費上限</translation>
        </message>
        <message>
            <source>From</source>
            <translation>從</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>資產</translation>
        </message>
        <message>
            <source>To</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>手續費</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>核對…</translation>
        </message>
        <message>
            <source>Nothing of this asset can be sent.</source>
            <translation>此資產沒有可傳送的餘額。</translation>
        </message>
        <message>
            <source>Checking and simulating…</source>
            <translation>正在檢查並模擬…</translation>
        </message>
        <message>
            <source>a transfer of {amount} {symbol} to {recipient}</source>
            <translation>向 {recipient} 轉帳 {amount} {symbol}</translation>
        </message>
        <message>
            <source>Enter the wallet password to sign.</source>
            <translation>請輸入錢包密碼以簽署。</translation>
        </message>
        <message>
            <source>Signing and sending…</source>
            <translation>正在簽署並發送…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Follow the system</source>
            <translation>跟隨系統</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>淺色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Follow my market (from the language)</source>
            <translation>按我的市場（依語言）</translation>
        </message>
        <message>
            <source>Red up, green down</source>
            <translation>紅漲綠跌</translation>
        </message>
        <message>
            <source>Green up, red down</source>
            <translation>綠漲紅跌</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>RPC URL</source>
            <translation>RPC 網址</translation>
        </message>
        <message>
            <source>Chain ID</source>
            <translation>鏈 ID</translation>
        </message>
        <message>
            <source>Registry address</source>
            <translation>登記表地址</translation>
        </message>
        <message>
            <source>API URL</source>
            <translation>API 網址</translation>
        </message>
        <message>
            <source>Block explorer URL</source>
            <translation>區塊瀏覽器網址</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>The colour of rises in prices, P&amp;L and yields: red in mainland China and Taiwan, green in Hong Kong and the West. Warnings keep their colours.</source>
            <translation>價格、盈虧和收益率上漲的顏色：中國大陸和台灣用紅色，香港和西方用綠色。警示顏色不變。</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主題</translation>
        </message>
        <message>
            <source>Price changes</source>
            <translation>漲跌顏色</translation>
        </message>
        <message>
            <source>Check for new data every</source>
            <translation>檢查新數據的間隔</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>網絡</translation>
        </message>
        <message>
            <source>Active profile</source>
            <translation>目前設定檔</translation>
        </message>
        <message>
            <source>Edit profile</source>
            <translation>編輯設定檔</translation>
        </message>
        <message>
            <source>A transaction's page on the explorer, {tx} standing for its hash, such as https://etherscan.io/tx/{tx} (https only; http just for this computer). History's “Open in explorer” uses it.</source>
            <translation>瀏覽器上交易頁面的網址，{tx} 代表交易雜湊，例如 https://etherscan.io/tx/{tx}（僅限 https；http 只用於本機）。「歷史記錄」中的「在區塊瀏覽器中開啟」會用到它。</translation>
        </message>
        <message>
            <source>The sandbox runs on this computer; its addresses are chosen when it starts.</source>
            <translation>沙盒在本機執行；其地址在啟動時確定。</translation>
        </message>
        <message>
            <source>Save profile</source>
            <translation>儲存設定檔</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>刪除設定檔</translation>
        </message>
        <message>
            <source>A change of network takes effect the next time PST Desk starts. The API token of a custom network is read from the PST_DESK_API_TOKEN environment variable until the vault holds it.</source>
            <translation>網絡變更將於下次啟動 PST Desk 時生效。在保險庫保存權杖之前，自訂網絡的 API 權杖從環境變數 PST_DESK_API_TOKEN 讀取。</translation>
        </message>
        <message>
            <source>Sandbox (on this computer)</source>
            <translation>沙盒（本機）</translation>
        </message>
        <message>
            <source>New profile…</source>
            <translation>新增設定檔…</translation>
        </message>
        <message>
            <source>The chain ID is a whole number, e.g. 1 or 31337.</source>
            <translation>鏈 ID 是整數，例如 1 或 31337。</translation>
        </message>
        <message>
            <source>Saved profile {name}.</source>
            <translation>已儲存設定檔 {name}。</translation>
        </message>
        <message>
            <source>Deleted profile {name}.</source>
            <translation>已刪除設定檔 {name}。</translation>
        </message>
        <message>
            <source>{profile} will be used from the next start.</source>
            <translation>下次啟動時將使用 {profile}。</translation>
        </message>
        <message>
            <source>Could not save the settings ({error}).</source>
            <translation>無法儲存設定（{error}）。</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Show the keyboard shortcuts</source>
            <translation>顯示鍵盤快速鍵</translation>
        </message>
        <message>
            <source>Refresh the current page</source>
            <translation>重新整理目前頁面</translation>
        </message>
        <message>
            <source>Lock the wallet and the vault</source>
            <translation>鎖定錢包和保險庫</translation>
        </message>
        <message>
            <source>Quit PST Desk</source>
            <translation>結束 PST Desk</translation>
        </message>
        <message>
            <source>Claim all profit share</source>
            <translation>領取全部收益分成</translation>
        </message>
        <message>
            <source>Claim the selected holding</source>
            <translation>領取所選持倉</translation>
        </message>
        <message>
            <source>Search merchants</source>
            <translation>搜尋商戶</translation>
        </message>
        <message>
            <source>Open the selected merchant</source>
            <translation>開啟所選商戶</translation>
        </message>
        <message>
            <source>Back to the merchant list</source>
            <translation>返回商戶列表</translation>
        </message>
        <message>
            <source>Send from the selected account</source>
            <translation>從所選帳戶發送</translation>
        </message>
        <message>
            <source>Unlock the wallet</source>
            <translation>解鎖錢包</translation>
        </message>
        <message>
            <source>Copy the receive address</source>
            <translation>複製收款地址</translation>
        </message>
        <message>
            <source>Propose a distribution</source>
            <translation>提議分配</translation>
        </message>
        <message>
            <source>Approve the selected proposal</source>
            <translation>批准所選提議</translation>
        </message>
        <message>
            <source>Add store credentials</source>
            <translation>新增店鋪憑證</translation>
        </message>
        <message>
            <source>Unlock the vault</source>
            <translation>解鎖保險庫</translation>
        </message>
        <message>
            <source>Buy the token shown</source>
            <translation>買入當前代幣</translation>
        </message>
        <message>
            <source>Sell the token shown</source>
            <translation>賣出當前代幣</translation>
        </message>
        <message>
            <source>Cancel the selected order</source>
            <translation>撤銷所選訂單</translation>
        </message>
        <message>
            <source>Cancel all my orders</source>
            <translation>撤銷我的全部訂單</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>所有頁面</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>前往「{page}」</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>鍵盤快速鍵</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按鍵</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>適用範圍</translation>
        </message>
    </context>
    <context>
        <name>SourceAgreementChart</name>
        <message>
            <source>Monthly net revenue: gap of each source to the platform</source>
            <translation>月度淨收入：各數據源與平台的差距</translation>
        </message>
        <message>
            <source>Limit {limit}</source>
            <translation>上限 {limit}</translation>
        </message>
        <message>
            <source>Only the platform reports this merchant</source>
            <translation>僅平台報告此商戶的數據</translation>
        </message>
        <message>
            <source>{source} (lag {days} d)</source>
            <translation>{source}（延遲 {days} 天）</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The API token of {profile} is kept in the vault, which is protected by a password: unlock it on the Vault page (Ctrl+4) and PST Desk connects.</source>
            <translation>{profile} 的 API 權杖保存在受密碼保護的保險庫中：請在「保險庫」頁面（Ctrl+4）解鎖，PST Desk 隨即連接。</translation>
        </message>
        <message>
            <source>The vault could not give the API token of {profile}: {error}</source>
            <translation>保險庫無法提供 {profile} 的 API 權杖：{error}</translation>
        </message>
        <message>
            <source>The sandbox could not start ({reason}). Check that nothing else uses the data directory, then restart PST Desk; the log has the details.</source>
            <translation>沙盒無法啟動（{reason}）。請確認沒有其他程式佔用數據目錄，然後重新啟動 PST Desk；詳情見日誌。</translation>
        </message>
        <message>
            <source>The network profile {profile} has no API URL; set one in Settings.</source>
            <translation>網絡設定檔 {profile} 沒有 API 網址；請在「設定」中填寫。</translation>
        </message>
        <message>
            <source>No API token for the network profile {profile}: keep it in the vault (Vault page, Ctrl+4, 'API token…'), or set {variable} before starting.</source>
            <translation>網絡設定檔 {profile} 沒有 API 權杖：請將其保存在保險庫中（「保險庫」頁面，Ctrl+4，「API 權杖…」），或在啟動前設定 {variable}。</translation>
        </message>
        <message>
            <source>There is no network profile named {profile!r}. Add it in Settings or start without --profile.</source>
            <translation>沒有名為 {profile!r} 的網絡設定檔。請在「設定」中新增，或不帶 --profile 啟動。</translation>
        </message>
        <message>
            <source>Starting the sandbox…</source>
            <translation>正在啟動沙盒…</translation>
        </message>
        <message>
            <source>Connecting to {profile}…</source>
            <translation>正在連接 {profile}…</translation>
        </message>
        <message>
            <source>PST Desk could not open its data ({error}). Check that the data directory exists and is writable, or choose another with --data-dir.</source>
            <translation>PST Desk 無法開啟其數據（{error}）。請確認數據目錄存在且可寫入，或用 --data-dir 選擇其他目錄。</translation>
        </message>
    </context>
    <context>
        <name>StartupPanel</name>
        <message>
            <source>Starting…</source>
            <translation>正在啟動…</translation>
        </message>
    </context>
    <context>
        <name>Statement</name>
        <message>
            <source>Purchase</source>
            <translation>認購</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>分配</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>領取</translation>
        </message>
        <message>
            <source>Transfer in</source>
            <translation>轉入</translation>
        </message>
        <message>
            <source>Transfer out</source>
            <translation>轉出</translation>
        </message>
        <message>
            <source>Market buy</source>
            <translation>市場買入</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>賣出</translation>
        </message>
        <message>
            <source>Distributions</source>
            <translation>分配</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>領取</translation>
        </message>
        <message>
            <source>Per month, {coin}</source>
            <translation>按月，{coin}</translation>
        </message>
        <message>
            <source>Cash flows in the period</source>
            <translation>期間內現金流</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Purchases (offering subscriptions)</source>
            <translation>購入（認購發行）</translation>
        </message>
        <message>
            <source>Transfers in (valued at the offering price)</source>
            <translation>轉入（按發行價估值）</translation>
        </message>
        <message>
            <source>Distributions received</source>
            <translation>已收分配</translation>
        </message>
        <message>
            <source>Claims paid out</source>
            <translation>已領取款項</translation>
        </message>
        <message>
            <source>Total invested</source>
            <translation>投資總額</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>代幣</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>店鋪</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>餘額</translation>
        </message>
        <message>
            <source>Transfers out (at FIFO cost)</source>
            <translation>轉出（按先進先出成本）</translation>
        </message>
        <message>
            <source>Market buys (price paid with fees)</source>
            <translation>市場買入（實付價含手續費）</translation>
        </message>
        <message>
            <source>Sales (proceeds after fees)</source>
            <translation>賣出（扣除手續費後所得）</translation>
        </message>
        <message>
            <source>Realised gains on sales (FIFO)</source>
            <translation>賣出已實現收益（先進先出）</translation>
        </message>
        <message>
            <source>Market fees paid</source>
            <translation>已付市場手續費</translation>
        </message>
        <message>
            <source>Cost basis (FIFO)</source>
            <translation>成本（先進先出）</translation>
        </message>
        <message>
            <source>Realised (FIFO)</source>
            <translation>已實現（先進先出）</translation>
        </message>
        <message>
            <source>Claimable at end</source>
            <translation>期末可領取</translation>
        </message>
        <message>
            <source>Tax year</source>
            <translation>課稅年度</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>購入</translation>
        </message>
        <message>
            <source>Transfers in</source>
            <translation>轉入</translation>
        </message>
        <message>
            <source>Transfers out</source>
            <translation>轉出</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>賣出</translation>
        </message>
        <message>
            <source>Realised gains (FIFO)</source>
            <translation>已實現收益（先進先出）</translation>
        </message>
        <message>
            <source> (part)</source>
            <translation>（部分）</translation>
        </message>
        <message>
            <source>Date (UTC)</source>
            <translation>日期（UTC）</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>PST Desk — investor statement</source>
            <translation>PST Desk — 投資者結單</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Distributions and claims</source>
            <translation>分配與領取</translation>
        </message>
        <message>
            <source>Tax-year summary</source>
            <translation>課稅年度摘要</translation>
        </message>
        <message>
            <source>* valued by the rules below, not by a price on chain.</source>
            <translation>* 按下列規則估值，而非鏈上價格。</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Account &lt;b&gt;{account}&lt;/b&gt;</source>
            <translation>帳戶 &lt;b&gt;{account}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Period &lt;b&gt;{start}&lt;/b&gt; to &lt;b&gt;{end}&lt;/b&gt; (UTC, inclusive) · amounts in {coin} · made {made}</source>
            <translation>期間 &lt;b&gt;{start}&lt;/b&gt; 至 &lt;b&gt;{end}&lt;/b&gt;（UTC，含首尾）· 金額單位 {coin} · 產生於 {made}</translation>
        </message>
        <message>
            <source>Holdings at {date}</source>
            <translation>{date} 的持倉</translation>
        </message>
        <message>
            <source>Every cash flow in the period ({count})</source>
            <translation>期間內全部現金流（{count}）</translation>
        </message>
        <message>
            <source>Investor statement {start} to {end}</source>
            <translation>投資者結單 {start} 至 {end}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 頁，共 {pages} 頁</translation>
        </message>
    </context>
    <context>
        <name>StatementPeriodDialog</name>
        <message>
            <source>Investor statement</source>
            <translation>投資者結單</translation>
        </message>
        <message>
            <source>Tax year {year} to date</source>
            <translation>{year} 課稅年度至今</translation>
        </message>
        <message>
            <source>Tax year {year}</source>
            <translation>{year} 課稅年度</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>最近 12 個月</translation>
        </message>
        <message>
            <source>Since the beginning</source>
            <translation>自開始以來</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自訂</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期間</translation>
        </message>
        <message>
            <source>From</source>
            <translation>從</translation>
        </message>
        <message>
            <source>To (inclusive)</source>
            <translation>至（含）</translation>
        </message>
        <message>
            <source>Write PDF…</source>
            <translation>產生 PDF…</translation>
        </message>
        <message>
            <source>The period ends before it starts; swap the dates.</source>
            <translation>結束日期早於開始日期；請交換兩個日期。</translation>
        </message>
    </context>
    <context>
        <name>StoresTab</name>
        <message>
            <source>Stores</source>
            <translation>店鋪</translation>
        </message>
        <message>
            <source>Periods of the selected store</source>
            <translation>所選店鋪的各期間</translation>
        </message>
        <message>
            <source>Propose distribution…</source>
            <translation>提議分配…</translation>
        </message>
        <message>
            <source>Differences beyond {tolerance} (settings: reconciliation tolerance) are highlighted.</source>
            <translation>超過 {tolerance} 的差異（設定：對帳容差）已突出顯示。</translation>
        </message>
        <message>
            <source>Your account does not hold the proposer role.</source>
            <translation>您的帳戶沒有提議人角色。</translation>
        </message>
        <message>
            <source>{key}: the three sources agree within the tolerance.</source>
            <translation>{key}：三個數據源的差異均在容差範圍內。</translation>
        </message>
    </context>
    <context>
        <name>SubscribeDialog</name>
        <message>
            <source>closed</source>
            <translation>已結束</translation>
        </message>
        <message>
            <source>{days} days left</source>
            <translation>剩餘 {days} 天</translation>
        </message>
        <message>
            <source>already in place (no approval transaction)</source>
            <translation>已授權（無需授權交易）</translation>
        </message>
        <message>
            <source>approve exactly {cost} {coin} to the sale (now {allowance})</source>
            <translation>向發售合約精確授權 {cost} {coin}（目前 {allowance}）</translation>
        </message>
        <message>
            <source>{price} {coin} per {symbol}</source>
            <translation>每 {symbol} {price} {coin}</translation>
        </message>
        <message>
            <source>{cost} {coin} (the sale rounds up)</source>
            <translation>{cost} {coin}（發售時向上取整）</translation>
        </message>
        <message>
            <source>Allowlist</source>
            <translation>白名單</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>價格</translation>
        </message>
        <message>
            <source>Cap</source>
            <translation>上限</translation>
        </message>
        <message>
            <source>Still for sale</source>
            <translation>剩餘可售</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>截止時間</translation>
        </message>
        <message>
            <source>You buy</source>
            <translation>您購買</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Your balance</source>
            <translation>您的餘額</translation>
        </message>
        <message>
            <source>Allowance</source>
            <translation>授權額度</translation>
        </message>
        <message>
            <source>Subscribe to an offering</source>
            <translation>認購發行</translation>
        </message>
        <message>
            <source>{symbol} — {name} (open)</source>
            <translation>{symbol} — {name}（認購中）</translation>
        </message>
        <message>
            <source>{symbol} — {name} (closed)</source>
            <translation>{symbol} — {name}（已結束）</translation>
        </message>
        <message>
            <source>tokens, e.g. 2.5</source>
            <translation>代幣數量，例如 2.5</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>檢查</translation>
        </message>
        <message>
            <source>Offering</source>
            <translation>發行</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>代幣數量</translation>
        </message>
        <message>
            <source>Sign and subscribe</source>
            <translation>簽署並認購</translation>
        </message>
        <message>
            <source>Reading the offering and your standing…</source>
            <translation>正在讀取發行資訊和您的資格…</translation>
        </message>
        <message numerus="yes">
            <source>Sign and subscribe (%n transaction(s))</source>
            <translation>
                <numerusform>簽署並認購（%n 筆交易）</numerusform>
            </translation>
        </message>
        <message>
            <source>Check every line, then sign.</source>
            <translation>請逐行核對，然後簽署。</translation>
        </message>
        <message>
            <source>This purchase cannot go through.</source>
            <translation>此次購買無法完成。</translation>
        </message>
        <message>
            <source>a purchase of {amount} {symbol} for {cost} {coin}</source>
            <translation>以 {cost} {coin} 購買 {amount} {symbol}</translation>
        </message>
        <message>
            <source>Signing and sending…</source>
            <translation>正在簽署並發送…</translation>
        </message>
        <message>
            <source>Subscribed: {amount} {symbol} for {cost} {coin}.</source>
            <translation>已認購：{amount} {symbol}，花費 {cost} {coin}。</translation>
        </message>
        <message>
            <source>The subscription stopped: {user_message}</source>
            <translation>認購已停止：{user_message}</translation>
        </message>
    </context>
    <context>
        <name>TotalsRow</name>
        <message>
            <source>Invested</source>
            <translation>已投資</translation>
        </message>
        <message>
            <source>Distributions received (paid out)</source>
            <translation>已收分配（已支付）</translation>
        </message>
        <message>
            <source>Accrued, not yet claimed</source>
            <translation>已累計、尚未領取</translation>
        </message>
        <message>
            <source>Cost basis (FIFO)</source>
            <translation>成本（先進先出）</translation>
        </message>
        <message>
            <source>Market value · unrealised P&amp;L</source>
            <translation>市值 · 未實現盈虧</translation>
        </message>
        <message>
            <source>T12M yield (cost · market)</source>
            <translation>近12個月收益率（成本 · 市值）</translation>
        </message>
        <message>
            <source>IRR, cash moved (cost · market)</source>
            <translation>內部回報率，僅現金（成本 · 市值）</translation>
        </message>
        <message>
            <source>Stablecoin in wallet</source>
            <translation>錢包中的穩定幣</translation>
        </message>
        <message>
            <source>Unrealised: {unrealised} {coin}</source>
            <translation>未實現：{unrealised} {coin}</translation>
        </message>
        <message>
            <source>Realised by sales (first in, first out): {realised} {coin}</source>
            <translation>賣出已實現（先進先出）：{realised} {coin}</translation>
        </message>
        <message>
            <source>Cost basis method: first in, first out (FIFO).</source>
            <translation>成本計算方法：先進先出（FIFO）。</translation>
        </message>
        <message>
            <source>Exactly what the token contracts pay now: {claimable} base units in total.</source>
            <translation>代幣合約此刻實際支付的金額：共 {claimable} 個基本單位。</translation>
        </message>
        <message>
            <source>Accrual basis: {basis_points}. Holdings valued at cost.</source>
            <translation>權責發生制：{basis_points}。持倉按成本計價。</translation>
        </message>
    </context>
    <context>
        <name>TreasuryAirgap</name>
        <message>
            <source>approval</source>
            <translation>核准</translation>
        </message>
        <message>
            <source>rejection</source>
            <translation>拒絕</translation>
        </message>
        <message>
            <source>Export for signing</source>
            <translation>匯出以供簽署</translation>
        </message>
        <message>
            <source>The approver who signs offline (their address):</source>
            <translation>在離線電腦上簽署的核准人（其地址）：</translation>
        </message>
        <message>
            <source>Write the request to sign</source>
            <translation>寫出待簽署的請求</translation>
        </message>
        <message>
            <source>Request to sign proposal #{id}</source>
            <translation>提案 #{id} 的簽署請求</translation>
        </message>
        <message>
            <source>Take the file to the offline machine, or show it this QR code; there, Treasury → Sign a request file (offline) shows it and signs.</source>
            <translation>把檔案帶到離線電腦，或向它出示此 QR 碼；在那裡，「資金庫 → 簽署請求檔案（離線）」會顯示並簽署。</translation>
        </message>
        <message>
            <source>A signature file or a picture of its QR code</source>
            <translation>簽章檔案或其 QR 碼圖片</translation>
        </message>
        <message>
            <source>The text a scanner read from the QR code</source>
            <translation>掃描器從 QR 碼讀出的文字</translation>
        </message>
        <message>
            <source>Import a signature</source>
            <translation>匯入簽章</translation>
        </message>
        <message>
            <source>Import the signature from:</source>
            <translation>從以下來源匯入簽章：</translation>
        </message>
        <message>
            <source>The text your scanner read:</source>
            <translation>掃描器讀出的文字：</translation>
        </message>
        <message>
            <source>Import a signature file</source>
            <translation>匯入簽章檔案</translation>
        </message>
        <message>
            <source>Imported the {kind} of proposal #{id} by {signer} (air-gapped).</source>
            <translation>已匯入 {signer} 對提案 #{id} 的{kind}（離線簽署）。</translation>
        </message>
        <message>
            <source>To send it, choose it in the Audit tab and press Send the signed rejection.</source>
            <translation>要傳送它，請在「審計記錄」分頁中選取它，然後按「傳送已簽署的拒絕」。</translation>
        </message>
        <message>
            <source>Signing file or QR code picture (*.json *.png *.jpg *.jpeg)</source>
            <translation>簽署檔案或 QR 碼圖片 (*.json *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>{path} holds no QR code that can be read. Take a sharper picture of the whole code, or use the file itself. Nothing was changed.</source>
            <translation>{path} 中沒有可讀取的 QR 碼。請拍一張清晰的完整 QR 碼照片，或直接使用檔案。沒有任何變更。</translation>
        </message>
    </context>
    <context>
        <name>TreasuryAttachment</name>
        <message>
            <source>&amp;Treasury</source>
            <translation>資金庫(&amp;T)</translation>
        </message>
        <message>
            <source>Sign a request file (offline)…</source>
            <translation>簽署請求檔案（離線）…</translation>
        </message>
    </context>
    <context>
        <name>TreasuryAudit</name>
        <message>
            <source>revenue routed</source>
            <translation>收入已劃轉</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>已提案</translation>
        </message>
        <message>
            <source>approved on chain</source>
            <translation>鏈上已核准</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>已拒絕</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>executed</source>
            <translation>已執行</translation>
        </message>
        <message>
            <source>override reason</source>
            <translation>覆蓋理由</translation>
        </message>
        <message>
            <source>note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>已簽署</translation>
        </message>
        <message>
            <source>approval signed</source>
            <translation>已簽署核准</translation>
        </message>
        <message>
            <source>rejection signed</source>
            <translation>已簽署拒絕</translation>
        </message>
        <message>
            <source>Safe owner's part signed</source>
            <translation>Safe 擁有者已簽署其部分</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>決定</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>Channel it claims</source>
            <translation>其聲稱的管道</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>簽署時間</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>接收時間</translation>
        </message>
        <message>
            <source>Nonce</source>
            <translation>隨機數</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Owners who signed</source>
            <translation>已簽署的擁有者</translation>
        </message>
        <message>
            <source>Safe</source>
            <translation>Safe 多簽</translation>
        </message>
        <message>
            <source>Report hash</source>
            <translation>報告雜湊</translation>
        </message>
        <message>
            <source>Checks flagged</source>
            <translation>標記的檢查項</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>簽章</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Signed by the proposer</source>
            <translation>由提議人簽署</translation>
        </message>
        <message>
            <source>{time} (claimed, implausible)</source>
            <translation>{time}（聲稱，不可信）</translation>
        </message>
        <message>
            <source>{time} (claimed)</source>
            <translation>{time}（聲稱）</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>TreasuryNotices</name>
        <message>
            <source>Proposal #{id} ({symbol} {period}, {amount} sUSD) waits for your approval.</source>
            <translation>提議 #{id}（{symbol} {period}，{amount} sUSD）等待您審批。</translation>
        </message>
        <message numerus="yes">
            <source>%n more wait(s) too.</source>
            <translation>
                <numerusform>另有 %n 項也在等待。</numerusform>
            </translation>
        </message>
        <message>
            <source>Approval waiting</source>
            <translation>有待審批的提議</translation>
        </message>
        <message>
            <source>All signatures are in: proposal #{id} ({symbol} {period}, {amount} sUSD) is ready to execute ★.</source>
            <translation>簽章已齊：提案 #{id}（{symbol} {period}，{amount} sUSD）可以執行 ★。</translation>
        </message>
        <message>
            <source>★ Ready to execute</source>
            <translation>★ 可以執行</translation>
        </message>
        <message>
            <source>Proposal #{id} ({symbol} {period}, {amount} sUSD) was executed: the holders can claim.</source>
            <translation>提案 #{id}（{symbol} {period}，{amount} sUSD）已執行：持有者可以領取。</translation>
        </message>
        <message>
            <source>Payout executed</source>
            <translation>派發已執行</translation>
        </message>
        <message>
            <source>Proposal #{id} ({symbol} {period}, {amount} sUSD) was rejected.</source>
            <translation>提案 #{id}（{symbol} {period}，{amount} sUSD）已被拒絕。</translation>
        </message>
        <message>
            <source>Proposal #{id} ({symbol} {period}, {amount} sUSD) expired.</source>
            <translation>提案 #{id}（{symbol} {period}，{amount} sUSD）已過期。</translation>
        </message>
        <message>
            <source>Your action on proposal #{id} failed: {why}</source>
            <translation>您對提案 #{id} 的操作失敗：{why}</translation>
        </message>
        <message>
            <source>Payout failed</source>
            <translation>派發失敗</translation>
        </message>
    </context>
    <context>
        <name>TreasuryPage</name>
        <message>
            <source>Treasury</source>
            <translation>資金庫</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Stores and reconciliation</source>
            <translation>店鋪與對帳</translation>
        </message>
        <message>
            <source>Waiting for my approval</source>
            <translation>等待我審批</translation>
        </message>
        <message>
            <source>Proposals and history</source>
            <translation>提議與歷史</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>審計記錄</translation>
        </message>
        <message>
            <source>Checking unfinished actions…</source>
            <translation>正在檢查未完成的操作…</translation>
        </message>
        <message>
            <source>Finished after the restart: {words}</source>
            <translation>重新啟動後已完成：{words}</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) were never signed; nothing was sent.</source>
            <translation>
                <numerusform>%n 項操作從未簽署；未發送任何交易。</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the treasury…</source>
            <translation>正在讀取資金庫…</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>no treasury role: choose an account that holds one</source>
            <translation>無資金庫角色：請選擇持有資金庫角色的帳戶</translation>
        </message>
        <message>
            <source>Waiting for my approval ({len})</source>
            <translation>等待我審批（{len}）</translation>
        </message>
        <message>
            <source>Another treasury action is still running; wait for it to finish.</source>
            <translation>另一項資金庫操作仍在進行中；請等待其完成。</translation>
        </message>
        <message>
            <source>Checking against the chain…</source>
            <translation>正在對照鏈上狀態檢查…</translation>
        </message>
        <message>
            <source>Safe {safe}: {count} of {threshold} owners signed</source>
            <translation>Safe {safe}：{threshold} 位擁有者中已有 {count} 位簽署</translation>
        </message>
        <message>
            <source>the Safe's approval of proposal #{id} is recorded (no gas).</source>
            <translation>Safe 對提案 #{id} 的核准已記錄（不消耗 gas）。</translation>
        </message>
        <message>
            <source>your part is kept; {missing} more owner(s) must sign.</source>
            <translation>您的部分已保存；還需 {missing} 位擁有者簽署。</translation>
        </message>
        <message>
            <source>Finishing {action}…</source>
            <translation>正在完成{action}…</translation>
        </message>
        <message>
            <source>Approved proposal #{id}: signed off chain, no gas; kept with its signatures.</source>
            <translation>已核准提案 #{id}：鏈下簽署，不消耗 gas；已與其簽章一併保存。</translation>
        </message>
        <message>
            <source>period {period}</source>
            <translation>期間 {period}</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>匯出審計記錄</translation>
        </message>
        <message>
            <source>Exported {count} entries to {path}.</source>
            <translation>已將 {count} 條記錄匯出至 {path}。</translation>
        </message>
        <message>
            <source>Verified: {count} entries, the chain is intact.</source>
            <translation>已驗證：{count} 條記錄，鏈條完整。</translation>
        </message>
        <message>
            <source>Enter the wallet password to sign.</source>
            <translation>請輸入錢包密碼以簽署。</translation>
        </message>
        <message>
            <source>Signing cancelled: the password was not entered.</source>
            <translation>已取消簽署：未輸入密碼。</translation>
        </message>
    </context>
    <context>
        <name>TreasuryTables</name>
        <message>
            <source>settled vs routed</source>
            <translation>結算與分帳</translation>
        </message>
        <message>
            <source>report vs chain</source>
            <translation>報告與鏈上</translation>
        </message>
        <message>
            <source>investors' share</source>
            <translation>投資者份額</translation>
        </message>
        <message>
            <source>sales vs settled</source>
            <translation>銷售與結算</translation>
        </message>
        <message>
            <source>{observed} is {ratio} of {expected} (expected {low} to {high})</source>
            <translation>{observed} 為 {expected} 的 {ratio}（預期 {low} 至 {high}）</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>代幣</translation>
        </message>
        <message>
            <source>Store id</source>
            <translation>店鋪編號</translation>
        </message>
        <message>
            <source>Pending for investors</source>
            <translation>待分配給投資者</translation>
        </message>
        <message>
            <source>Cap per period</source>
            <translation>每期上限</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>期數</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>差異</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期間</translation>
        </message>
        <message>
            <source>Platform sales</source>
            <translation>平台銷售額</translation>
        </message>
        <message>
            <source>Bank settled</source>
            <translation>銀行結算額</translation>
        </message>
        <message>
            <source>Routed on chain</source>
            <translation>鏈上分帳</translation>
        </message>
        <message>
            <source>Credited to treasury</source>
            <translation>計入資金庫</translation>
        </message>
        <message>
            <source>Investors' share</source>
            <translation>投資者份額</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>對帳</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>支付提議</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>待處理</translation>
        </message>
        <message>
            <source>executed</source>
            <translation>已執行</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>已拒絕</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已過期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>審批數</translation>
        </message>
        <message>
            <source>Proposer</source>
            <translation>提議人</translation>
        </message>
        <message>
            <source>Expiry</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Proposed tx</source>
            <translation>提議交易</translation>
        </message>
        <message>
            <source>Executed tx</source>
            <translation>執行交易</translation>
        </message>
        <message>
            <source>Recorded (UTC)</source>
            <translation>記錄時間（UTC）</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>店鋪</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>提議</translation>
        </message>
        <message>
            <source>Tx</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>Entry hash</source>
            <translation>條目雜湊</translation>
        </message>
        <message>
            <source>settled</source>
            <translation>結算額</translation>
        </message>
        <message>
            <source>routed</source>
            <translation>鏈上分帳額</translation>
        </message>
        <message>
            <source>the report</source>
            <translation>報告所列</translation>
        </message>
        <message>
            <source>the split</source>
            <translation>按比例應得</translation>
        </message>
        <message>
            <source>the report's share</source>
            <translation>報告所列份額</translation>
        </message>
        <message>
            <source>credited</source>
            <translation>入帳額</translation>
        </message>
        <message>
            <source>sales</source>
            <translation>銷售額</translation>
        </message>
        <message>
            <source>{observed} {percent} less than {expected}</source>
            <translation>{observed}比{expected}少 {percent}</translation>
        </message>
        <message>
            <source>{observed} {percent} more than {expected}</source>
            <translation>{observed}比{expected}多 {percent}</translation>
        </message>
        <message>
            <source>{days} d {hours} h left</source>
            <translation>剩餘 {days} 天 {hours} 小時</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min left</source>
            <translation>剩餘 {hours} 小時 {minutes} 分鐘</translation>
        </message>
        <message>
            <source>no report</source>
            <translation>無報告</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>difference: {checks}</source>
            <translation>差異：{checks}</translation>
        </message>
        <message>
            <source>You are not an approver.</source>
            <translation>您不是審批人。</translation>
        </message>
        <message>
            <source>Only an approver rejects, while pending.</source>
            <translation>只有審批人可以在待處理期間拒絕。</translation>
        </message>
        <message>
            <source>Only treasury staff can execute.</source>
            <translation>只有資金庫人員可以執行。</translation>
        </message>
        <message>
            <source>The Safe has approved it.</source>
            <translation>Safe 已核准此提案。</translation>
        </message>
        <message>
            <source>You approved it yourself: a key counts once per proposal.</source>
            <translation>您已以個人身分核准：每把金鑰對一個提案只計一次。</translation>
        </message>
        <message>
            <source>One of its owners approved personally: the treasury never counts a Safe beside one of its owners.</source>
            <translation>其一位擁有者已以個人身分核准：資金庫絕不會將 Safe 與其擁有者之一並列計數。</translation>
        </message>
        <message>
            <source>You signed your part for this Safe; another owner must sign.</source>
            <translation>您已為此 Safe 簽署了自己的部分；需由另一位擁有者簽署。</translation>
        </message>
        <message>
            <source>Your part went to the Safe's approval: a key counts once per proposal.</source>
            <translation>您的部分已計入 Safe 的核准：每把金鑰對一個提案只計一次。</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>持有者</translation>
        </message>
        <message>
            <source>Tokens held</source>
            <translation>持有代幣</translation>
        </message>
        <message>
            <source>Payout</source>
            <translation>派發</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>簽署人</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>決定</translation>
        </message>
        <message>
            <source>Signed (UTC)</source>
            <translation>簽署時間（UTC）</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
    </context>
    <context>
        <name>UpliftVsPeersChart</name>
        <message>
            <source>Sales during each event against the 28 days before</source>
            <translation>各活動期間銷售額與活動前 28 天的對比</translation>
        </message>
        <message>
            <source>This merchant</source>
            <translation>本商戶</translation>
        </message>
        <message>
            <source>Peer median</source>
            <translation>同業中位數</translation>
        </message>
        <message>
            <source>No promotion events in the series</source>
            <translation>數據中沒有促銷活動</translation>
        </message>
    </context>
    <context>
        <name>VaultBanners</name>
        <message>
            <source>The OS keyring is unavailable: the vault is protected by your vault password only</source>
            <translation>系統密鑰環不可用：保險庫僅受您的保險庫密碼保護</translation>
        </message>
        <message>
            <source>The vault is protected by your vault password only; the OS keyring works now, so you can move the vault key into it (rotate the master key to the keyring)</source>
            <translation>保險庫目前僅受您的保險庫密碼保護；系統密鑰環現已可用，您可以將保險庫密鑰移入其中（將主密鑰輪換到密鑰環）</translation>
        </message>
        <message>
            <source>The OS keyring is unavailable, and this vault's key is kept there: unlock or start your keyring (Secret Service, Keychain or Credential Manager), or import a backup</source>
            <translation>系統密鑰環不可用，而此保險庫的密鑰保存在其中：請解鎖或啟動密鑰環（Secret Service、Keychain 或認證管理員），或匯入備份</translation>
        </message>
    </context>
    <context>
        <name>VaultCredentialActions</name>
        <message>
            <source>Kept the credentials of {store_id}.</source>
            <translation>已保存 {store_id} 的憑證。</translation>
        </message>
        <message>
            <source>Sealing…</source>
            <translation>正在加密…</translation>
        </message>
        <message>
            <source>Rotated {store} to key version {version} (tx {tx}).</source>
            <translation>已將 {store} 輪換至密鑰版本 {version}（交易 {tx}）。</translation>
        </message>
        <message>
            <source>Rotated {store} to key version {version} in the vault.</source>
            <translation>已在保險庫中將 {store} 輪換至密鑰版本 {version}。</translation>
        </message>
        <message>
            <source>The active account {account} is locked, so the registry still holds the previous version: unlock it, then bind.</source>
            <translation>目前帳戶 {account} 已鎖定，因此登記表仍記錄舊版本：請先解鎖，再進行綁定。</translation>
        </message>
        <message>
            <source>The registry still holds the previous version: bind it with an account that owns or operates the store.</source>
            <translation>登記表仍記錄舊版本：請使用擁有或營運該店鋪的帳戶進行綁定。</translation>
        </message>
        <message>
            <source>Rotating…</source>
            <translation>正在輪換…</translation>
        </message>
        <message>
            <source>The store registry is at key version {chain} for {store}, with no commitment yet.</source>
            <translation>店鋪登記合約中 {store} 的金鑰版本為 {chain}，尚無承諾值。</translation>
        </message>
        <message>
            <source>The store registry already holds key version {chain} for {store}, which this vault never registered.</source>
            <translation>店鋪登記合約已持有 {store} 的金鑰版本 {chain}，但它並非由本保險庫登記。</translation>
        </message>
        <message>
            <source>It only accepts a higher version, so binding first re-seals the entry in this vault at key version {new} (it was {old}), then records that version's commitment on chain in a transaction signed by {account}.</source>
            <translation>它只接受更高的版本，因此綁定會先在本保險庫中以金鑰版本 {new}（原為 {old}）重新封存該條目，然後由 {account} 簽署的交易在鏈上記錄該版本的承諾值。</translation>
        </message>
        <message>
            <source>Binding records the commitment of {store} at key version {version} in the store registry, in a transaction signed by {account}. The key version does not change.</source>
            <translation>綁定會由 {account} 簽署的交易，在店鋪登記合約中記錄 {store} 金鑰版本 {version} 的承諾值。金鑰版本不變。</translation>
        </message>
        <message>
            <source>The active account {account} is locked. Unlock it on the Wallet page, or choose another account in the header, to bind.</source>
            <translation>目前帳戶 {account} 已鎖定。請在錢包頁面解鎖它，或在頁首選擇其他帳戶，然後綁定。</translation>
        </message>
        <message>
            <source>Unlock a wallet account that owns or operates this store to bind.</source>
            <translation>請解鎖擁有或營運此店鋪的錢包帳戶以進行綁定。</translation>
        </message>
        <message>
            <source>Bind {store} on chain</source>
            <translation>在鏈上綁定 {store}</translation>
        </message>
        <message>
            <source>Sign and bind</source>
            <translation>簽署並綁定</translation>
        </message>
        <message>
            <source>{store_id} is bound at key version {key_version}.</source>
            <translation>{store_id} 已綁定在密鑰版本 {key_version}。</translation>
        </message>
        <message>
            <source>Binding on chain…</source>
            <translation>正在鏈上綁定…</translation>
        </message>
        <message>
            <source>Revealing…</source>
            <translation>正在顯示…</translation>
        </message>
        <message>
            <source>Access recorded locally and on chain (tx {tx}).</source>
            <translation>存取已在本機和鏈上記錄（交易 {tx}）。</translation>
        </message>
        <message>
            <source>Access recorded locally; the on-chain record failed: {error}</source>
            <translation>存取已在本機記錄；鏈上記錄失敗：{error}</translation>
        </message>
        <message>
            <source>Access recorded in the local access log.</source>
            <translation>存取已記錄在本機存取日誌中。</translation>
        </message>
    </context>
    <context>
        <name>VaultEntryModel</name>
        <message>
            <source>Store</source>
            <translation>店鋪</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登入名稱</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Key version</source>
            <translation>密鑰版本</translation>
        </message>
        <message>
            <source>Chain</source>
            <translation>鏈上狀態</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新時間</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>未檢查</translation>
        </message>
        <message>
            <source>no chain</source>
            <translation>無鏈</translation>
        </message>
        <message>
            <source>unavailable</source>
            <translation>不可用</translation>
        </message>
        <message>
            <source>bound</source>
            <translation>已綁定</translation>
        </message>
        <message>
            <source>tampered</source>
            <translation>已被竄改</translation>
        </message>
        <message>
            <source>stale</source>
            <translation>已過時</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>待處理</translation>
        </message>
        <message>
            <source>unregistered</source>
            <translation>未登記</translation>
        </message>
        <message>
            <source>not bound yet</source>
            <translation>尚未綁定</translation>
        </message>
        <message>
            <source>The chain binding has not been checked.</source>
            <translation>尚未檢查鏈上綁定。</translation>
        </message>
    </context>
    <context>
        <name>VaultFields</name>
        <message>
            <source>password</source>
            <translation>密碼</translation>
        </message>
        <message>
            <source>API keys</source>
            <translation>API 密鑰</translation>
        </message>
        <message>
            <source>TOTP seed</source>
            <translation>TOTP 種子</translation>
        </message>
        <message>
            <source>current TOTP code</source>
            <translation>目前 TOTP 驗證碼</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>REST API token</source>
            <translation>REST API 權杖</translation>
        </message>
    </context>
    <context>
        <name>VaultFileActions</name>
        <message>
            <source>Export a sealed vault backup</source>
            <translation>匯出加密的保險庫備份</translation>
        </message>
        <message>
            <source>Backup password</source>
            <translation>備份密碼</translation>
        </message>
        <message>
            <source>Exported {n} entries to {path}.</source>
            <translation>已將 {n} 個項目匯出至 {path}。</translation>
        </message>
        <message>
            <source>Sealing the backup…</source>
            <translation>正在加密備份…</translation>
        </message>
        <message>
            <source>Import a sealed vault backup</source>
            <translation>匯入加密的保險庫備份</translation>
        </message>
        <message>
            <source>Imported: {added} added, {replaced} replaced, {unchanged} already here.</source>
            <translation>已匯入：新增 {added} 個，取代 {replaced} 個，{unchanged} 個已存在。</translation>
        </message>
        <message>
            <source>Opening the backup…</source>
            <translation>正在開啟備份…</translation>
        </message>
        <message>
            <source>API token of {profile}</source>
            <translation>{profile} 的 API 權杖</translation>
        </message>
        <message>
            <source>REST API token</source>
            <translation>REST API 權杖</translation>
        </message>
        <message>
            <source>The API token is kept in the vault.</source>
            <translation>API 權杖已保存在保險庫中。</translation>
        </message>
        <message>
            <source>Sealing…</source>
            <translation>正在加密…</translation>
        </message>
    </context>
    <context>
        <name>VaultPage</name>
        <message>
            <source>Vault</source>
            <translation>保險庫</translation>
        </message>
        <message>
            <source>vault password</source>
            <translation>保險庫密碼</translation>
        </message>
        <message>
            <source>Vault password</source>
            <translation>保險庫密碼</translation>
        </message>
        <message>
            <source>New vault password</source>
            <translation>新的保險庫密碼</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解鎖</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>鎖定</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>新增…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編輯…</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>輪換</translation>
        </message>
        <message>
            <source>Bind on chain</source>
            <translation>鏈上綁定</translation>
        </message>
        <message>
            <source>Check chain</source>
            <translation>檢查鏈上狀態</translation>
        </message>
        <message>
            <source>Export backup…</source>
            <translation>匯出備份…</translation>
        </message>
        <message>
            <source>Import backup…</source>
            <translation>匯入備份…</translation>
        </message>
        <message>
            <source>API token…</source>
            <translation>API 權杖…</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>存取日誌</translation>
        </message>
        <message>
            <source>New data key and key version, in the vault and on chain</source>
            <translation>在保險庫和鏈上產生新的數據密鑰和密鑰版本</translation>
        </message>
        <message>
            <source>Vault entries</source>
            <translation>保險庫項目</translation>
        </message>
        <message>
            <source>Checking the store registry…</source>
            <translation>正在檢查店鋪登記合約…</translation>
        </message>
        <message>
            <source>The chain binding could not be checked ({chain_note}).</source>
            <translation>無法檢查鏈上綁定（{chain_note}）。</translation>
        </message>
        <message>
            <source>Checked the chain: this vault holds no store credentials yet.</source>
            <translation>已檢查鏈上記錄：本保險庫還沒有店鋪憑據。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message numerus="yes">
            <source>Checked %n store(s) on chain: {states}.</source>
            <translation>
                <numerusform>已在鏈上檢查 %n 個店鋪：{states}。</numerusform>
            </translation>
        </message>
        <message>
            <source>profile {profile}</source>
            <translation>設定檔 {profile}</translation>
        </message>
        <message>
            <source>key in the OS keyring</source>
            <translation>密鑰在系統密鑰環中</translation>
        </message>
        <message>
            <source>protected by the vault password</source>
            <translation>受保險庫密碼保護</translation>
        </message>
        <message>
            <source>not created yet</source>
            <translation>尚未建立</translation>
        </message>
        <message>
            <source>unlocked</source>
            <translation>已解鎖</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>已鎖定</translation>
        </message>
        <message>
            <source>profile {profile} · {how} · {state}</source>
            <translation>設定檔 {profile} · {how} · {state}</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>建立保險庫</translation>
        </message>
        <message>
            <source>REST API token: in the vault</source>
            <translation>REST API 權杖：已保存在保險庫</translation>
        </message>
        <message>
            <source>Choose a password.</source>
            <translation>請選擇密碼。</translation>
        </message>
        <message>
            <source>Unlocked.</source>
            <translation>已解鎖。</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>正在解鎖…</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>已鎖定。</translation>
        </message>
    </context>
    <context>
        <name>WalletActions</name>
        <message>
            <source>Add account</source>
            <translation>新增帳戶</translation>
        </message>
        <message>
            <source>This wallet has no recovery phrase yet: create or restore one first.</source>
            <translation>此錢包還沒有復原短語：請先建立或復原一個。</translation>
        </message>
        <message>
            <source>Watch an address</source>
            <translation>觀察地址</translation>
        </message>
        <message>
            <source>Address (0x…)</source>
            <translation>地址（0x…）</translation>
        </message>
        <message>
            <source>Wallet</source>
            <translation>錢包</translation>
        </message>
        <message>
            <source>Export keystore</source>
            <translation>匯出密鑰庫檔案</translation>
        </message>
        <message>
            <source>Enter the wallet password to export this key.</source>
            <translation>請輸入錢包密碼以匯出此密鑰。</translation>
        </message>
        <message>
            <source>Keystore written to {p}.</source>
            <translation>密鑰庫檔案已寫入 {p}。</translation>
        </message>
        <message>
            <source>Sent: {description}. It appears in History.</source>
            <translation>已發送：{description}。可在「歷史記錄」中查看。</translation>
        </message>
        <message>
            <source>a cancellation of: {description}</source>
            <translation>取消：{description}</translation>
        </message>
        <message>
            <source>a faster fee for: {description}</source>
            <translation>提高手續費以加速：{description}</translation>
        </message>
        <message>
            <source>Enter the wallet password to sign.</source>
            <translation>請輸入錢包密碼以簽署。</translation>
        </message>
    </context>
    <context>
        <name>WalletFormDialog</name>
        <message>
            <source>Wallet password</source>
            <translation>錢包密碼</translation>
        </message>
        <message>
            <source>Choose the wallet password (it protects every account):</source>
            <translation>設定錢包密碼（它保護所有帳戶）：</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>正在處理…</translation>
        </message>
    </context>
    <context>
        <name>WalletHistory</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>What</source>
            <translation>內容</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Counterparty</source>
            <translation>對方</translation>
        </message>
        <message>
            <source>Fee (ETH)</source>
            <translation>手續費（ETH）</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>block {block}</source>
            <translation>區塊 {block}</translation>
        </message>
    </context>
    <context>
        <name>WalletPage</name>
        <message>
            <source>Wallet</source>
            <translation>錢包</translation>
        </message>
        <message>
            <source>Unlock…</source>
            <translation>解鎖…</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>鎖定</translation>
        </message>
        <message>
            <source>Send…</source>
            <translation>發送…</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>新增帳戶</translation>
        </message>
        <message>
            <source>Next account from the recovery phrase…</source>
            <translation>從復原短語新增下一個帳戶…</translation>
        </message>
        <message>
            <source>Create a new wallet…</source>
            <translation>建立新錢包…</translation>
        </message>
        <message>
            <source>Restore from a recovery phrase…</source>
            <translation>從助記詞復原…</translation>
        </message>
        <message>
            <source>Import a private key…</source>
            <translation>匯入私鑰…</translation>
        </message>
        <message>
            <source>Import a keystore file…</source>
            <translation>匯入密鑰庫檔案…</translation>
        </message>
        <message>
            <source>Watch an address…</source>
            <translation>觀察地址…</translation>
        </message>
        <message>
            <source>Export keystore of the selected account…</source>
            <translation>匯出所選帳戶的密鑰庫檔案…</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>資產</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合約</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>帳戶</translation>
        </message>
        <message>
            <source>Speed up</source>
            <translation>加速</translation>
        </message>
        <message>
            <source>Cancel transaction</source>
            <translation>取消交易</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Unlocked: {accounts}</source>
            <translation>已解鎖：{accounts}</translation>
        </message>
        <message>
            <source>Locked: no account can sign</source>
            <translation>已鎖定：沒有可簽署的帳戶</translation>
        </message>
        <message>
            <source>Balances</source>
            <translation>餘額</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>History</source>
            <translation>歷史記錄</translation>
        </message>
        <message>
            <source>Copy hash</source>
            <translation>複製雜湊</translation>
        </message>
        <message>
            <source>Open in explorer</source>
            <translation>在區塊瀏覽器中開啟</translation>
        </message>
        <message>
            <source>Address book</source>
            <translation>地址簿</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>複製地址</translation>
        </message>
        <message>
            <source>Send only ETH, the stablecoin or this platform's PSTs to this address.</source>
            <translation>請只向此地址發送 ETH、穩定幣或本平台的 PST。</translation>
        </message>
        <message>
            <source>No accounts yet: create a wallet, restore one or import a key.</source>
            <translation>尚無帳戶：請建立錢包、復原錢包或匯入私鑰。</translation>
        </message>
        <message>
            <source>Select an account that can sign (not watch-only) to unlock.</source>
            <translation>請選擇可以簽署的帳戶（非觀察帳戶）來解鎖。</translation>
        </message>
        <message>
            <source>Unlock the wallet</source>
            <translation>解鎖錢包</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>正在解鎖…</translation>
        </message>
        <message>
            <source>Chain: {user_message}</source>
            <translation>區塊鏈：{user_message}</translation>
        </message>
        <message>
            <source>unavailable</source>
            <translation>不可用</translation>
        </message>
        <message>
            <source>Transaction hash copied.</source>
            <translation>交易雜湊已複製。</translation>
        </message>
        <message>
            <source>Address copied.</source>
            <translation>地址已複製。</translation>
        </message>
    </context>
    <context>
        <name>WhatIfPanel</name>
        <message>
            <source>What-if: these thresholds apply on this page only.</source>
            <translation>假設分析：這些閾值僅用於本頁。</translation>
        </message>
        <message>
            <source>The policy in force.</source>
            <translation>當前生效的政策。</translation>
        </message>
        <message>
            <source>What-if thresholds</source>
            <translation>假設閾值</translation>
        </message>
        <message>
            <source>Change a threshold to see which stores would pass. Nothing else in the app uses these values. Growth must also reach the category median; a DIO above the limit passes at or below the category median.</source>
            <translation>更改閾值，查看哪些店鋪會通過。應用程式的其他部分不會使用這些值。增長還須達到品類中位數；存貨周轉天數超過上限時，不高於品類中位數也可通過。</translation>
        </message>
        <message>
            <source>Growth at least</source>
            <translation>增長至少</translation>
        </message>
        <message>
            <source>Return rate percentile at most</source>
            <translation>退貨率百分位至多</translation>
        </message>
        <message>
            <source>DIO always fine up to</source>
            <translation>存貨周轉天數上限</translation>
        </message>
        <message>
            <source>Late installments allowed</source>
            <translation>允許的逾期期數</translation>
        </message>
        <message>
            <source>Sources differ at most</source>
            <translation>數據源差異上限</translation>
        </message>
        <message>
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <source>installments</source>
            <translation>期</translation>
        </message>
        <message>
            <source>Restore the policy in force</source>
            <translation>恢復當前生效的政策</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <source>{number} days</source>
            <translation>{number} 天</translation>
        </message>
        <message>
            <source>{number} d</source>
            <comment>days, on a chart axis</comment>
            <translation>{number} 天</translation>
        </message>
        <message>
            <source>not enough data</source>
            <translation>數據不足</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n 分鐘前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n 小時前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n 天前</numerusform>
            </translation>
        </message>
        <message>
            <source>less than a minute ago</source>
            <translation>不到一分鐘前</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>percentile rank</comment>
            <translation>第 {n}</translation>
        </message>
    </context>
</TS>
