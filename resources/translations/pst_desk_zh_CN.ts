<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AccessLogDialog</name>
        <message>
            <source>When</source>
            <translation>时间</translation>
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
            <translation>店铺</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Key version</source>
            <translation>密钥版本</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>reveal</source>
            <translation>查看</translation>
        </message>
        <message>
            <source>add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>rotate</source>
            <translation>轮换</translation>
        </message>
        <message>
            <source>bind on chain</source>
            <translation>链上绑定</translation>
        </message>
        <message>
            <source>remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>export backup</source>
            <translation>导出备份</translation>
        </message>
        <message>
            <source>import backup</source>
            <translation>导入备份</translation>
        </message>
        <message>
            <source>set API token</source>
            <translation>设置 API 令牌</translation>
        </message>
        <message>
            <source>Vault access log</source>
            <translation>保险库访问日志</translation>
        </message>
    </context>
    <context>
        <name>AccountSwitcher</name>
        <message>
            <source>investor</source>
            <translation>投资者</translation>
        </message>
        <message>
            <source>proposer</source>
            <translation>提议人</translation>
        </message>
        <message>
            <source>approver</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>operator</source>
            <translation>运营方</translation>
        </message>
        <message>
            <source>Acting as</source>
            <translation>当前账户</translation>
        </message>
        <message>
            <source>Active account</source>
            <translation>当前账户</translation>
        </message>
        <message>
            <source>unlocked, can sign</source>
            <translation>已解锁，可签名</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>已锁定</translation>
        </message>
    </context>
    <context>
        <name>ActingAccount</name>
        <message>
            <source>Acting as</source>
            <translation>当前账户</translation>
        </message>
        <message>
            <source>Account the treasury acts as</source>
            <translation>资金库操作所用的账户</translation>
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
            <translation>标签</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>导入 CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Import labels…</source>
            <translation>导入标签…</translation>
        </message>
        <message>
            <source>Export labels…</source>
            <translation>导出标签…</translation>
        </message>
        <message>
            <source>{address} is already in the address book as '{label}'; edit it.</source>
            <translation>{address} 已以“{label}”的名称存在于地址簿中；请编辑该条目。</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>删除联系人</translation>
        </message>
        <message>
            <source>Delete '{label}' ({address}) from the address book?</source>
            <translation>要从地址簿中删除“{label}”（{address}）吗？</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>导入联系人</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Import labels</source>
            <translation>导入标签</translation>
        </message>
        <message>
            <source>BIP-329 labels (*.jsonl *.json)</source>
            <translation>BIP-329 标签 (*.jsonl *.json)</translation>
        </message>
        <message>
            <source>This file is too large for an address book (over 2 MiB).</source>
            <translation>此文件对于地址簿来说太大（超过 2 MiB）。</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>未导入任何内容。</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n contact(s), {unchanged} already present.</source>
            <translation>
                <numerusform>已导入 %n 个联系人，{unchanged} 个已存在。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) skipped.</source>
            <translation>
                <numerusform>已跳过 %n 行。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n transaction label(s) imported.</source>
            <translation>
                <numerusform>已导入 %n 个交易标签。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) of Bitcoin-only types (pubkey, input, output, xpub) skipped.</source>
            <translation>
                <numerusform>已跳过 %n 个仅适用于比特币的类型（pubkey、input、output、xpub）的标签。</numerusform>
            </translation>
        </message>
        <message>
            <source>Some rows cannot be imported</source>
            <translation>部分行无法导入</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of the file have problems, so nothing was imported yet. Import only the valid rows?</source>
            <translation>
                <numerusform>文件中有 %n 行存在问题，因此尚未导入任何内容。是否只导入有效的行？</numerusform>
            </translation>
        </message>
        <message>
            <source>Row {row}: {reason}</source>
            <translation>第 {row} 行：{reason}</translation>
        </message>
        <message>
            <source>Import the valid rows</source>
            <translation>导入有效的行</translation>
        </message>
        <message>
            <source>Import nothing</source>
            <translation>不导入</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>导出联系人</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to {path}.</source>
            <translation>
                <numerusform>已将 %n 个联系人导出到 {path}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Export labels</source>
            <translation>导出标签</translation>
        </message>
        <message>
            <source>BIP-329 labels (*.jsonl)</source>
            <translation>BIP-329 标签 (*.jsonl)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n label(s) to {path}.</source>
            <translation>
                <numerusform>已将 %n 个标签导出到 {path}。</numerusform>
            </translation>
        </message>
        <message>
            <source>This file is not UTF-8 text; save it as CSV (UTF-8) and try again.</source>
            <translation>此文件不是 UTF-8 文本；请另存为 CSV（UTF-8）后重试。</translation>
        </message>
        <message>
            <source>The file could not be read or written ({reason}).</source>
            <translation>无法读取或写入该文件（{reason}）。</translation>
        </message>
    </context>
    <context>
        <name>AlertsView</name>
        <message>
            <source>Active alerts</source>
            <translation>当前预警</translation>
        </message>
        <message>
            <source>No active alerts</source>
            <translation>暂无预警</translation>
        </message>
    </context>
    <context>
        <name>AllocationChart</name>
        <message>
            <source>Share of the portfolio's cost basis</source>
            <translation>占投资组合成本基础的比例</translation>
        </message>
        <message>
            <source>No holdings with a cost basis yet</source>
            <translation>尚无有成本基础的持仓</translation>
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
            <translation>收入报告</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>对账</translation>
        </message>
        <message>
            <source>The proposer's override reason</source>
            <translation>提议人的覆盖理由</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>政策</translation>
        </message>
        <message>
            <source>Signatures so far</source>
            <translation>已收集的签名</translation>
        </message>
        <message>
            <source>No signature yet.</source>
            <translation>尚无签名。</translation>
        </message>
        <message>
            <source>Payout preview, every holder</source>
            <translation>派发预览（全部持有者）</translation>
        </message>
        <message>
            <source>Search holders by address</source>
            <translation>按地址搜索持有者</translation>
        </message>
        <message>
            <source>Search holders</source>
            <translation>搜索持有者</translation>
        </message>
        <message>
            <source>Payout to every holder</source>
            <translation>每位持有者的派发</translation>
        </message>
        <message>
            <source>Select a proposal.</source>
            <translation>请选择一个提议。</translation>
        </message>
        <message>
            <source>Reading the proposal…</source>
            <translation>正在读取提案…</translation>
        </message>
        <message>
            <source>Proposal #{id}: {amount} sUSD to the holders of {symbol} for {period}</source>
            <translation>提案 #{id}：向 {symbol} 持有者派发 {amount} sUSD（{period}）</translation>
        </message>
        <message>
            <source>{status} · proposed by {proposer} · report hash {hash}</source>
            <translation>{status} · 提议人 {proposer} · 报告哈希 {hash}</translation>
        </message>
        <message>
            <source>does not count now</source>
            <translation>目前不计入</translation>
        </message>
        <message>
            <source>Execute would not accept it now: the signer lost the approver role, invalidated their signatures, or it is past its deadline.</source>
            <translation>执行时不会接受此签名：签名人已失去审批人角色、已作废其签名，或已过期限。</translation>
        </message>
        <message>
            <source>Safe {address} (v{version}): {threshold} of {count} owners — {owners}</source>
            <translation>Safe {address}（v{version}）：{count} 位所有者中需 {threshold} 位 — {owners}</translation>
        </message>
        <message>
            <source>Safe {safe}: {count} of {threshold} owners signed</source>
            <translation>Safe {safe}：{threshold} 位所有者中已有 {count} 位签名</translation>
        </message>
        <message>
            <source>✓ Signed: {owners}</source>
            <translation>✓ 已签名：{owners}</translation>
        </message>
        <message>
            <source>The Safe's approval is recorded.</source>
            <translation>Safe 的批准已记录。</translation>
        </message>
        <message>
            <source>Waiting for {missing} more of: {owners}</source>
            <translation>还需以下所有者中的 {missing} 位签名：{owners}</translation>
        </message>
        <message>
            <source>Platform sales {sales} · bank settled {settled}</source>
            <translation>平台销售额 {sales} · 银行结算 {settled}</translation>
        </message>
        <message>
            <source>Routed on chain {routed} · investors' share {share} ({percent} of it)</source>
            <translation>链上分账 {routed} · 投资者份额 {share}（占其中 {percent}）</translation>
        </message>
        <message>
            <source>Platform fee {fee} · merchant {merchant} · published {published}</source>
            <translation>平台费 {fee} · 商家 {merchant} · 发布于 {published}</translation>
        </message>
        <message>
            <source>✓ The backend serves this report under the proposal's hash.</source>
            <translation>✓ 后端提供的报告与提案中的哈希一致。</translation>
        </message>
        <message>
            <source>No report.</source>
            <translation>没有报告。</translation>
        </message>
        <message>
            <source>Report hash {hash}</source>
            <translation>报告哈希 {hash}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Bank lines hash as proposed {hash}</source>
            <translation>提议时的银行流水哈希 {hash}</translation>
        </message>
        <message>
            <source>Bank lines hash now {hash}</source>
            <translation>当前的银行流水哈希 {hash}</translation>
        </message>
        <message>
            <source>No reconciliation for this period.</source>
            <translation>此期间没有对账结果。</translation>
        </message>
        <message>
            <source>Signed by the proposer ({who})</source>
            <translation>已由提议人签名（{who}）</translation>
        </message>
        <message>
            <source>Not signed: recorded on this computer only</source>
            <translation>未签名：仅记录在本机</translation>
        </message>
        <message>
            <source>The proposer's override reason ({who})</source>
            <translation>提议人的覆盖理由（{who}）</translation>
        </message>
        <message>
            <source>No override reason was recorded on this computer.</source>
            <translation>本机没有记录覆盖理由。</translation>
        </message>
        <message>
            <source>Paid to {holders}: {total}; kept in the token: {dust}; together {sum} = the amount {amount}</source>
            <translation>派发给{holders}：{total}；留在代币中：{dust}；合计 {sum} = 金额 {amount}</translation>
        </message>
        <message>
            <source>Paid to {holders}: {total}, including {dust} the token kept from earlier payouts; less that, {sum} = the amount {amount}</source>
            <translation>派发给{holders}：{total}，其中含代币此前派发留存的 {dust}；不含这些则 {sum} = 金额 {amount}</translation>
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
                <numerusform>%Ln 个最小单位</numerusform>
            </translation>
        </message>
        <message>
            <source>As paid at the execution.</source>
            <translation>按执行时的实际派发。</translation>
        </message>
        <message>
            <source>keystore on this computer</source>
            <translation>本机密钥库</translation>
        </message>
        <message>
            <source>air-gapped file or QR</source>
            <translation>离线文件或二维码</translation>
        </message>
        <message>
            <source>Ledger</source>
            <translation>Ledger 硬件钱包</translation>
        </message>
        <message>
            <source>Safe (EIP-1271)</source>
            <translation>Safe 多签（EIP-1271）</translation>
        </message>
        <message>
            <source>platform API</source>
            <translation>平台 API</translation>
        </message>
        <message>
            <source>on-chain transaction</source>
            <translation>链上交易</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>{days} d {hours} h</source>
            <translation>{days} 天 {hours} 小时</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} 小时 {minutes} 分钟</translation>
        </message>
        <message>
            <source>Approvals: {approvals} of {threshold} needed</source>
            <translation>批准：已有 {approvals} 个，需要 {threshold} 个</translation>
        </message>
        <message>
            <source>{missing} still missing before it can execute</source>
            <translation>执行前还差 {missing} 个</translation>
        </message>
        <message>
            <source>Expired {time}: it can no longer be approved or executed</source>
            <translation>已于 {time} 过期：不能再批准或执行</translation>
        </message>
        <message>
            <source>Expires {time} ({left})</source>
            <translation>到期时间 {time}（{left}）</translation>
        </message>
        <message>
            <source>Cap per period {cap}; pending for investors {pending}</source>
            <translation>每期上限 {cap}；待分配给投资者 {pending}</translation>
        </message>
        <message>
            <source>the amount is above the cap or the pending balance</source>
            <translation>金额高于上限或待分配余额</translation>
        </message>
        <message>
            <source>At least {time} between two payouts of this store</source>
            <translation>此店铺两次派发之间至少间隔 {time}</translation>
        </message>
        <message>
            <source>Above {tier} this store needs {threshold} approvals (one more than the base)</source>
            <translation>超过 {tier} 时此店铺需要 {threshold} 个批准（比基本门槛多一个）</translation>
        </message>
        <message>
            <source>this amount is above it</source>
            <translation>本次金额超过该额度</translation>
        </message>
        <message>
            <source>Paid out this month {used} of {cap} allowed</source>
            <translation>本月已派发 {used}，允许上限 {cap}</translation>
        </message>
        <message>
            <source>this payout would exceed the monthly velocity cap</source>
            <translation>本次派发将超过每月额度上限</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <source>Audit trail</source>
            <translation>审计记录</translation>
        </message>
        <message>
            <source>Send the signed rejection…</source>
            <translation>发送已签名的拒绝…</translation>
        </message>
        <message>
            <source>Sends the chosen approver's signed rejection (for example one imported from an air-gapped approver) from the acting account: a transaction, confirmed first.</source>
            <translation>以当前操作账户发送所选审批人已签名的拒绝（例如从离线审批人导入的）：一笔交易，先确认。</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>验证</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>Export JSON…</source>
            <translation>导出 JSON…</translation>
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
                <numerusform>%n 条未读通知</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Revenue trend</source>
            <translation>收入趋势</translation>
        </message>
        <message>
            <source>Ratio vs peers</source>
            <translation>与同业比较</translation>
        </message>
        <message>
            <source>Return rate vs peers</source>
            <translation>退货率与同业比较</translation>
        </message>
        <message>
            <source>Days inventory outstanding vs peers</source>
            <translation>库存周转天数与同业比较</translation>
        </message>
        <message>
            <source>Promotion uplift vs peer median</source>
            <translation>促销增幅与同业中位数比较</translation>
        </message>
        <message>
            <source>Repayment history</source>
            <translation>还款历史</translation>
        </message>
        <message>
            <source>Agreement between sources</source>
            <translation>数据源一致性</translation>
        </message>
        <message>
            <source>Allocation</source>
            <translation>资产配置</translation>
        </message>
        <message>
            <source>Distributions received per month</source>
            <translation>每月所收分配</translation>
        </message>
        <message>
            <source>Cumulative cash flows</source>
            <translation>累计现金流</translation>
        </message>
        <message>
            <source>Merchant revenue trend</source>
            <translation>商户收入趋势</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>暂无数据</translation>
        </message>
        <message>
            <source>Funnel: stores passing each criterion in turn</source>
            <translation>漏斗：依次通过各项标准的店铺</translation>
        </message>
        <message>
            <source>Peer percentiles</source>
            <translation>同业百分位</translation>
        </message>
        <message>
            <source>Market depth</source>
            <translation>市场深度</translation>
        </message>
        <message>
            <source>Price history</source>
            <translation>价格走势</translation>
        </message>
    </context>
    <context>
        <name>ClaimAllDialog</name>
        <message>
            <source>sending</source>
            <translation>正在发送</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>sent, not confirmed yet</source>
            <translation>已发送，尚未确认</translation>
        </message>
        <message>
            <source>{label}: {state}</source>
            <translation>{label}：{state}</translation>
        </message>
        <message>
            <source>Claim all</source>
            <translation>全部领取</translation>
        </message>
        <message numerus="yes">
            <source>Claiming {money} from %n holding(s) in one transaction: every claim goes through, or none does.</source>
            <translation>
                <numerusform>正在从 %n 个持仓领取 {money}，只用一笔交易：所有领取要么全部成功，要么全部不执行。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Claiming {money} from %n holding(s), one transaction each. A failure stops the run; claims before it stay done.</source>
            <translation>
                <numerusform>正在从 %n 个持仓领取 {money}，每个持仓一笔交易。一旦失败即停止；此前的领取仍然有效。</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop after this claim</source>
            <translation>完成本次领取后停止</translation>
        </message>
        <message>
            <source>Stopping after the transaction under way…</source>
            <translation>将在当前交易完成后停止…</translation>
        </message>
        <message>
            <source>Claimed: {claims}.</source>
            <translation>已领取：{claims}。</translation>
        </message>
        <message>
            <source>Not confirmed yet: {symbol} — {error}. It is not failed: the app keeps tracking it, never sends it twice, and History shows when it is mined.</source>
            <translation>尚未确认：{symbol} — {error}。这不是失败：应用会继续跟踪该交易，绝不会重复发送，交易上链后可在“历史记录”中看到。</translation>
        </message>
        <message>
            <source>Failed: {symbol} — {error}.</source>
            <translation>失败：{symbol} — {error}。</translation>
        </message>
        <message>
            <source>Not attempted: {symbols}.</source>
            <translation>未尝试：{symbols}。</translation>
        </message>
        <message>
            <source>Every claim went through.</source>
            <translation>所有领取均已完成。</translation>
        </message>
        <message>
            <source>Nothing more was claimed: {user_message}</source>
            <translation>未再领取任何款项：{user_message}</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare stores</source>
            <translation>比较店铺</translation>
        </message>
        <message>
            <source>Where each store sits among its category's peers (0-100). Growth and promotion uplift: higher is better; return rate and DIO: lower is better.</source>
            <translation>各店铺在同品类同业中的位置（0-100）。增长和促销增幅越高越好；退货率和库存周转天数越低越好。</translation>
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
            <translation>全部五项标准</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>未通过</translation>
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
            <translation>提议分配</translation>
        </message>
        <message>
            <source>Approve proposal #{id}</source>
            <translation>批准提案 #{id}</translation>
        </message>
        <message>
            <source>Approve proposal #{id} for Safe {safe}</source>
            <translation>代表 Safe {safe} 批准提案 #{id}</translation>
        </message>
        <message>
            <source>Reject proposal #{id}</source>
            <translation>拒绝提案 #{id}</translation>
        </message>
        <message>
            <source>Execute proposal #{id}</source>
            <translation>执行提案 #{id}</translation>
        </message>
        <message>
            <source>Cancel proposal #{id}</source>
            <translation>取消提案 #{id}</translation>
        </message>
        <message>
            <source>your part of the Safe's approval: the Safe message for proposal #{id}, no gas</source>
            <translation>您在 Safe 批准中的部分：提案 #{id} 的 Safe 消息，不消耗 gas</translation>
        </message>
        <message>
            <source>an off-chain signature, no gas</source>
            <translation>链下签名，不消耗 gas</translation>
        </message>
        <message>
            <source>a signature, then sent on chain</source>
            <translation>先签名，再发送上链</translation>
        </message>
        <message>
            <source>a transaction, gas up to {gas}</source>
            <translation>一笔交易，gas 最多 {gas}</translation>
        </message>
        <message>
            <source>Review before signing</source>
            <translation>签名前核对</translation>
        </message>
        <message>
            <source>You are about to sign your part of the Safe's approval: the Safe message for proposal #{id}, as one of its owners. It costs no gas; the Safe approves when {threshold} owners have signed.</source>
            <translation>您即将以所有者身份签署您在 Safe 批准中的部分：提案 #{id} 的 Safe 消息。不消耗 gas；{threshold} 位所有者签名后 Safe 即批准。</translation>
        </message>
        <message>
            <source>You are about to sign an off-chain approval. It costs no gas.</source>
            <translation>您即将签署一份链下批准，不消耗 gas。</translation>
        </message>
        <message>
            <source>You are about to sign a rejection; this account then sends it on chain in one transaction.</source>
            <translation>您即将签署一份拒绝；随后由此账户在一笔交易中把它发送上链。</translation>
        </message>
        <message>
            <source>You are about to sign and send this transaction.</source>
            <translation>您即将签名并发送此交易。</translation>
        </message>
        <message>
            <source>Safe</source>
            <translation>Safe 多签</translation>
        </message>
        <message>
            <source>{safe}: {count} of {threshold} owners signed</source>
            <translation>{safe}：{threshold} 位所有者中已有 {count} 位签名</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>店铺</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>{action}: {amount} {coin} to the holders of {symbol} for {period}, report {hash}</source>
            <translation>{action}：向 {symbol} 的持有人分配 {amount} {coin}（期间 {period}，报告 {hash}）</translation>
        </message>
        <message>
            <source>{amount} {coin}</source>
            <translation>{amount} {coin}</translation>
        </message>
        <message>
            <source>Report hash</source>
            <translation>报告哈希</translation>
        </message>
        <message>
            <source>Signing account</source>
            <translation>签名账户</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>签名渠道</translation>
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
            <translation>签名有效期至</translation>
        </message>
        <message>
            <source>Signer's nonce</source>
            <translation>签名人的 nonce</translation>
        </message>
        <message>
            <source>The Safe's nonce</source>
            <translation>Safe 的 nonce</translation>
        </message>
        <message>
            <source>Signatures sent</source>
            <translation>随附签名数</translation>
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
            <translation>签名</translation>
        </message>
        <message>
            <source>Sign and send</source>
            <translation>签名并发送</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>paid when the signed rejection is sent (estimated then)</source>
            <translation>在发送已签名的拒绝时支付（届时估算）</translation>
        </message>
        <message>
            <source>no gas: off-chain signature</source>
            <translation>无 gas：链下签名</translation>
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
            <translation>编辑联系人</translation>
        </message>
        <message>
            <source>Add a contact</source>
            <translation>添加联系人</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>CreateWalletDialog</name>
        <message>
            <source>Create a wallet</source>
            <translation>创建钱包</translation>
        </message>
        <message>
            <source>12 words</source>
            <translation>12 个单词</translation>
        </message>
        <message>
            <source>24 words</source>
            <translation>24 个单词</translation>
        </message>
        <message>
            <source>Recovery phrase</source>
            <translation>助记词</translation>
        </message>
        <message>
            <source>Account 1</source>
            <translation>账户 1</translation>
        </message>
        <message>
            <source>Account name</source>
            <translation>账户名称</translation>
        </message>
        <message>
            <source>Write these words on paper, in order, and keep them offline. Anyone who sees them controls the funds; PST Desk cannot recover them for you.</source>
            <translation>请按顺序将这些单词抄写在纸上，并离线保管。任何看到它们的人都能控制资金；PST Desk 无法为您找回。</translation>
        </message>
        <message>
            <source>Reveal the words</source>
            <translation>显示助记词</translation>
        </message>
        <message>
            <source>Choose a strong password and type it twice.</source>
            <translation>请设置一个强密码并输入两次。</translation>
        </message>
        <message>
            <source>Reveal the words and write them down first.</source>
            <translation>请先显示助记词并抄写下来。</translation>
        </message>
        <message>
            <source>Word #{position}</source>
            <translation>第 {position} 个单词</translation>
        </message>
    </context>
    <context>
        <name>CredentialDialog</name>
        <message>
            <source>Edit {store}</source>
            <translation>编辑 {store}</translation>
        </message>
        <message>
            <source>Add store credentials</source>
            <translation>添加店铺凭证</translation>
        </message>
        <message>
            <source>merchant id, for example M00042</source>
            <translation>商户编号，例如 M00042</translation>
        </message>
        <message>
            <source>leave empty to keep the stored one</source>
            <translation>留空则保留已保存的值</translation>
        </message>
        <message>
            <source>separate several keys with spaces</source>
            <translation>多个密钥请用空格分隔</translation>
        </message>
        <message>
            <source>base32 seed from the platform (optional)</source>
            <translation>平台提供的 base32 种子（可选）</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>店铺</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>API keys</source>
            <translation>API 密钥</translation>
        </message>
        <message>
            <source>TOTP seed</source>
            <translation>TOTP 种子</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>CumulativeFlowsChart</name>
        <message>
            <source>Invested</source>
            <translation>已投资</translation>
        </message>
        <message>
            <source>Received (claims, sales)</source>
            <translation>已收回（领取、出售）</translation>
        </message>
        <message>
            <source>No cash flows yet</source>
            <translation>尚无现金流</translation>
        </message>
        <message>
            <source>Net cash so far: {sign}${amount}</source>
            <translation>迄今净现金：{sign}${amount}</translation>
        </message>
    </context>
    <context>
        <name>DailyFlowsChart</name>
        <message>
            <source>Bank credits, sweeps and on-chain routing per day</source>
            <translation>每日银行入账、划转与链上分配</translation>
        </message>
        <message>
            <source>No statement lines for this store yet</source>
            <translation>该店铺尚无对账单明细</translation>
        </message>
        <message>
            <source>credited</source>
            <translation>入账</translation>
        </message>
        <message>
            <source>swept</source>
            <translation>划转</translation>
        </message>
        <message>
            <source>routed on chain</source>
            <translation>链上分配</translation>
        </message>
        <message>
            <source>{days} business days; {gaps} where the three differ</source>
            <translation>{days} 个营业日；其中 {gaps} 天三方不一致</translation>
        </message>
    </context>
    <context>
        <name>DepthChart</name>
        <message>
            <source>Bids (buyers)</source>
            <translation>买盘（买方）</translation>
        </message>
        <message>
            <source>Asks (sellers)</source>
            <translation>卖盘（卖方）</translation>
        </message>
        <message>
            <source>No open orders</source>
            <translation>暂无挂单</translation>
        </message>
        <message>
            <source>Mid {mid} · spread {spread}</source>
            <translation>中间价 {mid} · 价差 {spread}</translation>
        </message>
        <message>
            <source>One side of the book is empty</source>
            <translation>买卖盘有一侧为空</translation>
        </message>
    </context>
    <context>
        <name>DeskSettings</name>
        <message>
            <source>Lock the wallet after idle (minutes)</source>
            <translation>空闲多久后锁定钱包（分钟）</translation>
        </message>
        <message>
            <source>A whole number of minutes from 1 to 240.</source>
            <translation>请输入 1 到 240 之间的整数分钟数。</translation>
        </message>
        <message>
            <source>Sandbox size (merchants)</source>
            <translation>沙盒规模（商户数）</translation>
        </message>
        <message>
            <source>A whole number of merchants from 12 to 20,000.</source>
            <translation>请输入 12 到 20,000 之间的整数商户数。</translation>
        </message>
        <message>
            <source>Sandbox speed (seconds per simulated day)</source>
            <translation>沙盒速度（每个模拟日的秒数）</translation>
        </message>
        <message>
            <source>A number of seconds above 0 and at most 3,600.</source>
            <translation>请输入大于 0 且不超过 3,600 的秒数。</translation>
        </message>
        <message>
            <source>Reconciliation tolerance (basis points)</source>
            <translation>对账容差（基点）</translation>
        </message>
        <message>
            <source>A whole number of basis points from 0 to 10,000.</source>
            <translation>请输入 0 到 10,000 之间的整数基点。</translation>
        </message>
        <message>
            <source>Bank matching: amounts may differ by (USD)</source>
            <translation>银行对账：金额允许相差（美元）</translation>
        </message>
        <message>
            <source>An amount in dollars from 0 to 1,000.00, at most 2 decimals, e.g. 0.50.</source>
            <translation>以美元计的金额，0 至 1,000.00，最多 2 位小数，例如 0.50。</translation>
        </message>
        <message>
            <source>Bank matching: days a settlement may take to arrive</source>
            <translation>银行对账：结算款到账允许的天数</translation>
        </message>
        <message>
            <source>A whole number of days from 0 to 30.</source>
            <translation>0 至 30 的整数天数。</translation>
        </message>
        <message>
            <source>Bank matching: days to sweep and route proceeds</source>
            <translation>银行对账：归集并链上分账收入的天数</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>工作台</translation>
        </message>
        <message>
            <source>These take effect the next time PST Desk starts.</source>
            <translation>这些设置在 PST Desk 下次启动时生效。</translation>
        </message>
    </context>
    <context>
        <name>DomainText</name>
        <message>
            <source>the PSP</source>
            <translation>支付服务商</translation>
        </message>
        <message>
            <source>the bank</source>
            <translation>银行</translation>
        </message>
        <message numerus="yes">
            <source>Net revenue of the last %n day(s) fell {drop} against the same number of days before</source>
            <translation>
                <numerusform>最近 %n 天的净收入较之前同等天数下降 {drop}</numerusform>
            </translation>
        </message>
        <message>
            <source>and {drop} against the same days a year ago</source>
            <translation>较去年同期下降 {drop}</translation>
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
                <numerusform>最近 %n 天有 {recent} 的订单被退货，而此前一年为 {trailing}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stock lasted {value} over the last %n day(s), above {limit}.</source>
            <translation>
                <numerusform>最近 %n 天库存周转天数为 {value}，高于 {limit}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The bank has not settled sales for %n day(s) beyond the expected settlement lag of {lag} days.</source>
            <translation>
                <numerusform>银行已超出预期的 {lag} 天结算周期 %n 天仍未结算销售款。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Installment {number} due {due} is unpaid, %n day(s) late.</source>
            <translation>
                <numerusform>第 {number} 期（{due} 到期）尚未还款，已逾期 %n 天。</numerusform>
            </translation>
        </message>
        <message>
            <source>Installment {number} due {due} is unpaid.</source>
            <translation>第 {number} 期（{due} 到期）尚未还款。</translation>
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
                <numerusform>最近 %n 天平台销售额与{source}的数据相差 {gap}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Sales grew {value} over the last 12 months against the year before, below the required {minimum}.</source>
            <translation>最近 12 个月销售额较上一年增长 {value}，低于要求的 {minimum}。</translation>
        </message>
        <message>
            <source>Sales grew {value} over the last 12 months against the year before, below the category median of {median}.</source>
            <translation>最近 12 个月销售额较上一年增长 {value}，低于品类中位数 {median}。</translation>
        </message>
        <message>
            <source>Sales grew {value} over the last 12 months against the year before; category median {median}.</source>
            <translation>最近 12 个月销售额较上一年增长 {value}；品类中位数为 {median}。</translation>
        </message>
        <message>
            <source>{value} of orders were returned over the last 12 months, at or below the category median of {median}.</source>
            <translation>最近 12 个月有 {value} 的订单被退货，不高于品类中位数 {median}。</translation>
        </message>
        <message>
            <source>{value} of orders were returned over the last 12 months, above the category median of {median}.</source>
            <translation>最近 12 个月有 {value} 的订单被退货，高于品类中位数 {median}。</translation>
        </message>
        <message>
            <source>Stock lasts {value} on average, at or below the category median of {median}.</source>
            <translation>库存平均周转 {value}，不高于品类中位数 {median}。</translation>
        </message>
        <message>
            <source>Stock lasts {value} on average: above the category median of {median} but within {ceiling}.</source>
            <translation>库存平均周转 {value}：高于品类中位数 {median}，但在 {ceiling} 以内。</translation>
        </message>
        <message>
            <source>Stock lasts {value} on average, above the category median of {median}.</source>
            <translation>库存平均周转 {value}，高于品类中位数 {median}。</translation>
        </message>
        <message numerus="yes">
            <source>Sales rose {value} in a typical promotion (%n event(s)); peers' median {median}.</source>
            <translation>
                <numerusform>典型促销活动中销售额增长 {value}（%n 次活动）；同业中位数为 {median}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sales rose {value} in a typical promotion (%n event(s)), below peers' median of {median}.</source>
            <translation>
                <numerusform>典型促销活动中销售额增长 {value}（%n 次活动），低于同业中位数 {median}。</numerusform>
            </translation>
        </message>
        <message>
            <source>No installments yet.</source>
            <translation>尚无还款期。</translation>
        </message>
        <message numerus="yes">
            <source>All %n installment(s) were paid on time.</source>
            <translation>
                <numerusform>全部 %n 期均按时还款。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{late} of %n installment(s) were late, the worst by {worst} days.</source>
            <translation>
                <numerusform>%n 期中有 {late} 期逾期，最长逾期 {worst} 天。</numerusform>
            </translation>
        </message>
        <message>
            <source> and </source>
            <translation>和</translation>
        </message>
        <message>
            <source>Platform sales and {sources} agree within {gap} in every month of the last year.</source>
            <translation>过去一年每个月，平台销售额与{sources}的数据相差均在 {gap} 以内。</translation>
        </message>
        <message>
            <source>Platform sales and {source} differ by up to {gap} in a month, more than the {allowed} allowed.</source>
            <translation>平台销售额与{source}的数据单月最多相差 {gap}，超过允许的 {allowed}。</translation>
        </message>
        <message>
            <source>Not enough data: needs 24 months of sales.</source>
            <translation>数据不足：需要 24 个月的销售数据。</translation>
        </message>
        <message>
            <source>Not enough data: needs a year of orders.</source>
            <translation>数据不足：需要一年的订单数据。</translation>
        </message>
        <message>
            <source>Not enough data: needs a year of inventory and sales.</source>
            <translation>数据不足：需要一年的库存和销售数据。</translation>
        </message>
        <message>
            <source>Not enough data: needs a promotion event with its baseline.</source>
            <translation>数据不足：需要一次有基线可比的促销活动。</translation>
        </message>
        <message>
            <source>Not enough data: needs a year of PSP or bank figures.</source>
            <translation>数据不足：需要一年的支付服务商或银行数据。</translation>
        </message>
        <message>
            <source>Financial track record</source>
            <translation>财务表现</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>退货率</translation>
        </message>
        <message>
            <source>Days inventory outstanding</source>
            <translation>库存周转天数</translation>
        </message>
        <message>
            <source>Promotion uplift</source>
            <translation>促销增幅</translation>
        </message>
        <message>
            <source>Repayment record</source>
            <translation>还款记录</translation>
        </message>
        <message>
            <source>Agreement between sources</source>
            <translation>数据源一致性</translation>
        </message>
        <message>
            <source>BREACH</source>
            <translation>违约</translation>
        </message>
        <message>
            <source>WARNING</source>
            <translation>预警</translation>
        </message>
    </context>
    <context>
        <name>GettingStarted</name>
        <message>
            <source>Platform (admin, KYC officer)</source>
            <translation>平台（管理员、KYC 官员）</translation>
        </message>
        <message>
            <source>Treasury proposer</source>
            <translation>资金库提议人</translation>
        </message>
        <message>
            <source>Treasury approver 1</source>
            <translation>资金库审批人 1</translation>
        </message>
        <message>
            <source>Treasury approver 2</source>
            <translation>资金库审批人 2</translation>
        </message>
        <message>
            <source>Investor</source>
            <translation>投资者</translation>
        </message>
        <message>
            <source>Investor 2</source>
            <translation>投资者 2</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>入门</translation>
        </message>
        <message>
            <source>Sandbox only: these accounts come from a public test phrase that everyone knows. Never use it, or send real money to its addresses, on a real network.</source>
            <translation>仅限沙盒：这些账户来自人人皆知的公开测试短语。切勿在真实网络上使用它，也切勿向其地址发送真实资金。</translation>
        </message>
        <message>
            <source>Demo recovery phrase</source>
            <translation>演示恢复短语</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Demo phrase</source>
            <translation>演示短语</translation>
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
            <translation>设置钱包密码</translation>
        </message>
        <message>
            <source>Wallet password</source>
            <translation>钱包密码</translation>
        </message>
        <message>
            <source>Load demo accounts</source>
            <translation>载入演示账户</translation>
        </message>
        <message>
            <source>Choose a password.</source>
            <translation>请选择密码。</translation>
        </message>
        <message>
            <source>Loading the demo accounts…</source>
            <translation>正在载入演示账户…</translation>
        </message>
        <message numerus="yes">
            <source>%n demo account(s) loaded. Unlock one on the Wallet page to act as it: Investor for the Portfolio, a treasury role for the Treasury.</source>
            <translation>
                <numerusform>已载入 %n 个演示账户。在钱包页面解锁其中一个即可以该身份操作：投资者用于投资组合，资金库角色用于资金库。</numerusform>
            </translation>
        </message>
        <message>
            <source>Start with a wallet: create a new one (you write down its recovery phrase), restore one from its phrase, import a key or a keystore file, or watch an address without being able to sign.</source>
            <translation>从钱包开始：新建一个（记下其恢复短语）、用短语恢复、导入私钥或密钥库文件，或只观察一个地址而不能签名。</translation>
        </message>
        <message>
            <source>Create…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Watch…</source>
            <translation>观察…</translation>
        </message>
    </context>
    <context>
        <name>GettingStartedDialog</name>
        <message>
            <source>Getting started</source>
            <translation>入门</translation>
        </message>
    </context>
    <context>
        <name>GovernancePanel</name>
        <message>
            <source>Proposal</source>
            <translation>提议</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>For</source>
            <translation>赞成</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>反对</translation>
        </message>
        <message>
            <source>Abstain</source>
            <translation>弃权</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <source>You</source>
            <translation>您</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>待处理</translation>
        </message>
        <message>
            <source>active</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>canceled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>defeated</source>
            <translation>未通过</translation>
        </message>
        <message>
            <source>succeeded</source>
            <translation>已通过</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>排队中</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>executed</source>
            <translation>已执行</translation>
        </message>
        <message>
            <source>Select a holding to see its store's DAO.</source>
            <translation>请选择一个持仓以查看其店铺的 DAO。</translation>
        </message>
        <message>
            <source>New proposal…</source>
            <translation>新建提案…</translation>
        </message>
        <message>
            <source>Propose a signal or a governed action to this store's holders</source>
            <translation>向本店铺的持有人提出意向提案或治理操作</translation>
        </message>
        <message>
            <source>Proposals of the store's DAO</source>
            <translation>店铺 DAO 的提案</translation>
        </message>
        <message>
            <source>Reason for the vote</source>
            <translation>投票理由</translation>
        </message>
        <message>
            <source>Reason (optional, recorded on chain)</source>
            <translation>理由（可选，记录在链上）</translation>
        </message>
        <message>
            <source>&lt;b&gt;{symbol} store DAO&lt;/b&gt; · governor {governor}</source>
            <translation>&lt;b&gt;{symbol} 店铺 DAO&lt;/b&gt; · 治理合约 {governor}</translation>
        </message>
        <message>
            <source>block {block}</source>
            <translation>区块 {block}</translation>
        </message>
        <message>
            <source>(in {blocks})</source>
            <translation>（还有 {blocks} 个区块）</translation>
        </message>
        <message>
            <source>voted</source>
            <translation>已投票</translation>
        </message>
        <message>
            <source>no power</source>
            <translation>无投票权</translation>
        </message>
        <message>
            <source>can vote</source>
            <translation>可投票</translation>
        </message>
        <message>
            <source>No proposals in this store's DAO yet.</source>
            <translation>此店铺的 DAO 尚无提案。</translation>
        </message>
        <message>
            <source>{date} (estimated)</source>
            <translation>{date}（估计）</translation>
        </message>
        <message>
            <source>for</source>
            <translation>赞成</translation>
        </message>
        <message>
            <source>against</source>
            <translation>反对</translation>
        </message>
        <message>
            <source>abstain</source>
            <translation>弃权</translation>
        </message>
        <message>
            <source>voted {how} · {weight} {symbol}</source>
            <translation>已投{how} · {weight} {symbol}</translation>
        </message>
        <message>
            <source>The deadline is a block; its date is estimated from the chain's recent pace.</source>
            <translation>截止时间以区块计；日期按链上近期出块速度估算。</translation>
        </message>
        <message>
            <source>Your reason: {reason}</source>
            <translation>您的理由：{reason}</translation>
        </message>
        <message>
            <source>Reading your votes and the proposal threshold…</source>
            <translation>正在读取您的票数和提案门槛…</translation>
        </message>
        <message>
            <source>New proposal</source>
            <translation>新提案</translation>
        </message>
        <message>
            <source>Select a proposal to vote on.</source>
            <translation>请选择要投票的提案。</translation>
        </message>
        <message>
            <source>Vote for</source>
            <translation>投赞成票</translation>
        </message>
        <message>
            <source>Activate my votes</source>
            <translation>激活我的投票权</translation>
        </message>
        <message>
            <source>Your tokens vote once you activate them, from the next block on: activate before a proposal starts. Votes cannot be handed to anyone else.</source>
            <translation>激活后，您的代币自下一个区块起计票：请在提案开始前激活。投票权不能交给他人。</translation>
        </message>
        <message>
            <source>Vote against</source>
            <translation>投反对票</translation>
        </message>
        <message>
            <source>Vote abstain</source>
            <translation>投弃权票</translation>
        </message>
        <message>
            <source>Your {balance} {symbol} do not vote yet: activate your votes before a proposal starts.</source>
            <translation>您的 {balance} {symbol} 尚无投票权：请在提案开始前激活投票权。</translation>
        </message>
        <message>
            <source>Your votes are active · your voting power now: {votes} {symbol}</source>
            <translation>投票权已激活 · 您当前的投票权：{votes} {symbol}</translation>
        </message>
        <message>
            <source>{what}: signing and sending…</source>
            <translation>{what}：正在签名并发送…</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>{what}: {state}.</source>
            <translation>{what}：{state}。</translation>
        </message>
        <message>
            <source>{what} not sent: {user_message}</source>
            <translation>{what}未发送：{user_message}</translation>
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
            <translation>● 关注</translation>
        </message>
        <message>
            <source>● Breach</source>
            <translation>● 违约</translation>
        </message>
        <message>
            <source>last trade</source>
            <translation>最新成交价</translation>
        </message>
        <message>
            <source>recent trades</source>
            <translation>近期成交</translation>
        </message>
        <message>
            <source>mid</source>
            <translation>买卖中间价</translation>
        </message>
        <message>
            <source>offering price</source>
            <translation>发行价</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>代币</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>店铺</translation>
        </message>
        <message>
            <source>Merchant</source>
            <translation>商户</translation>
        </message>
        <message>
            <source>Balance (PST)</source>
            <translation>余额（PST）</translation>
        </message>
        <message>
            <source>Share of supply</source>
            <translation>供应占比</translation>
        </message>
        <message>
            <source>Cost basis (FIFO)</source>
            <translation>成本（先进先出）</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Priced at</source>
            <translation>估值依据</translation>
        </message>
        <message>
            <source>Market value</source>
            <translation>市值</translation>
        </message>
        <message>
            <source>Unrealised P&amp;L</source>
            <translation>未实现盈亏</translation>
        </message>
        <message>
            <source>Distributions</source>
            <translation>分配</translation>
        </message>
        <message>
            <source>Claimable now</source>
            <translation>当前可领取</translation>
        </message>
        <message>
            <source>T12M yield</source>
            <translation>近 12 个月收益率</translation>
        </message>
        <message>
            <source>Yield on market</source>
            <translation>按市值收益率</translation>
        </message>
        <message>
            <source>IRR</source>
            <translation>内部收益率</translation>
        </message>
        <message>
            <source>IRR at market</source>
            <translation>按市值内部收益率</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>健康状况</translation>
        </message>
        <message>
            <source>unavailable</source>
            <translation>不可用</translation>
        </message>
        <message>
            <source>Merchant health not loaded (or unavailable).</source>
            <translation>商户健康状况未加载（或不可用）。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>{summary}
Covenant breaches: {breaches}, warnings: {warnings}
Criteria below the bar: {failed}
Double-click: dashboard</source>
            <translation>{summary}
契约违约：{breaches}，预警：{warnings}
未达标准：{failed}
双击：仪表板</translation>
        </message>
        <message>
            <source>Exactly what claim() pays now: {amount} base units (read at block {block}).</source>
            <translation>claim() 此刻实际支付的金额：{amount} 个基本单位（读取于区块 {block}）。</translation>
        </message>
        <message>
            <source>Cash basis {cash} (claims as received); accrual basis {accrual} (distributions as they accrue). Holdings valued at cost.</source>
            <translation>收付实现制 {cash}（按实际领取）；权责发生制 {accrual}（按分配计提）。持仓按成本计价。</translation>
        </message>
        <message>
            <source>Distributions accrued in the last 365 days over the cost basis.</source>
            <translation>过去 365 天计提的分配占成本基础的比例。</translation>
        </message>
        <message>
            <source>First in, first out: what is left of the oldest purchases. Purchases at the price paid (market buys with their fee); transfers in at the offering price.</source>
            <translation>先进先出：最早买入的部分先卖出。买入按实付价格（市场买入含手续费）；转入按发行价计。</translation>
        </message>
        <message>
            <source>Below the bar on: {criteria}.</source>
            <translation>未达标准：{criteria}。</translation>
        </message>
        <message>
            <source>Meets every selection criterion; no covenant alerts.</source>
            <translation>符合全部筛选标准；没有契约预警。</translation>
        </message>
        <message>
            <source>Valued at the last trade on the market.</source>
            <translation>按市场最新成交价估值。</translation>
        </message>
        <message>
            <source>The last trade strays far from the recent ones: valued at the volume-weighted price of the recent trades.</source>
            <translation>最近一笔成交价与近期成交相差过大：按近期成交的成交量加权均价估值。</translation>
        </message>
        <message>
            <source>No trade yet: valued at the mid of the best bid and the best ask.</source>
            <translation>尚无成交：按最优买价与最优卖价的中间价估值。</translation>
        </message>
        <message>
            <source>No trade and no two-sided book: valued at the offering price.</source>
            <translation>无成交且买卖盘不全：按发行价估值。</translation>
        </message>
        <message>
            <source>Realised by sales (FIFO): {realised}</source>
            <translation>卖出已实现（先进先出）：{realised}</translation>
        </message>
        <message>
            <source>Flagged powers over this token (see the Powers tab):
{reasons}</source>
            <translation>此代币的权限有警示（见“权限”标签页）：
{reasons}</translation>
        </message>
    </context>
    <context>
        <name>ImportKeyDialog</name>
        <message>
            <source>Import a keystore file</source>
            <translation>导入密钥库文件</translation>
        </message>
        <message>
            <source>Import a private key</source>
            <translation>导入私钥</translation>
        </message>
        <message>
            <source>64 hexadecimal digits</source>
            <translation>64 位十六进制数字</translation>
        </message>
        <message>
            <source>The keystore file's password</source>
            <translation>密钥库文件的密码</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Keystore file</source>
            <translation>密钥库文件</translation>
        </message>
        <message>
            <source>File password</source>
            <translation>文件密码</translation>
        </message>
        <message>
            <source>Private key</source>
            <translation>私钥</translation>
        </message>
        <message>
            <source>Account name</source>
            <translation>账户名称</translation>
        </message>
        <message>
            <source>Keystore (*.json *)</source>
            <translation>密钥库文件 (*.json *)</translation>
        </message>
        <message>
            <source>Cannot read {path}: {value}.</source>
            <translation>无法读取 {path}：{value}。</translation>
        </message>
    </context>
    <context>
        <name>KycBanner</name>
        <message>
            <source>KYC: allowlisted.</source>
            <translation>KYC：已列入白名单。</translation>
        </message>
        <message>
            <source>KYC expiring.</source>
            <translation>KYC 即将到期。</translation>
        </message>
        <message>
            <source>KYC lapsed.</source>
            <translation>KYC 已失效。</translation>
        </message>
        <message>
            <source>Not allowlisted.</source>
            <translation>未列入白名单。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Portfolio</source>
            <translation>投资组合</translation>
        </message>
        <message>
            <source>Merchants</source>
            <translation>商户</translation>
        </message>
        <message>
            <source>Treasury</source>
            <translation>资金库</translation>
        </message>
        <message>
            <source>Vault</source>
            <translation>保险库</translation>
        </message>
        <message>
            <source>Wallet</source>
            <translation>钱包</translation>
        </message>
        <message>
            <source>Screener</source>
            <translation>筛选器</translation>
        </message>
        <message>
            <source>Market</source>
            <translation>市场</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>The portfolio needs a network with a chain: the sandbox, or a profile with an RPC URL and a store registry.</source>
            <translation>投资组合需要一个有链的网络：沙盒，或带有 RPC 地址和店铺登记合约的配置。</translation>
        </message>
        <message>
            <source>For treasury staff: unlock a wallet account that holds the proposer or approver role.</source>
            <translation>供资金库人员使用：请解锁持有提议人或审批人角色的钱包账户。</translation>
        </message>
        <message>
            <source>The vault opens once the app has started.</source>
            <translation>应用启动后即可打开保险库。</translation>
        </message>
        <message>
            <source>The wallet opens once the app has started.</source>
            <translation>应用启动后即可打开钱包。</translation>
        </message>
        <message>
            <source>The screener opens once the platform's data is connected.</source>
            <translation>连接平台数据后即可打开筛选器。</translation>
        </message>
        <message>
            <source>The market opens once the chain and the platform's order book are connected.</source>
            <translation>连接区块链和平台订单簿后即可打开市场。</translation>
        </message>
        <message>
            <source>Settings open once they are loaded.</source>
            <translation>设置加载后即可打开。</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页面</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>未连接</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Lock the wallet and the vault</source>
            <translation>锁定钱包和保险库</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts…</source>
            <translation>键盘快捷键…</translation>
        </message>
        <message>
            <source>Getting started…</source>
            <translation>入门…</translation>
        </message>
        <message>
            <source>About PST Desk…</source>
            <translation>关于 PST Desk…</translation>
        </message>
        <message>
            <source>&lt;b&gt;PST Desk&lt;/b&gt; {version}&lt;br&gt;The Profit Share Token desktop app: merchants, portfolio, wallet, treasury and vault.&lt;br&gt;Qt {qt}, Python {python}.</source>
            <translation>&lt;b&gt;PST Desk&lt;/b&gt; {version}&lt;br&gt;利润分享代币桌面应用：商户、投资组合、钱包、资金库和保险库。&lt;br&gt;Qt {qt}，Python {python}。</translation>
        </message>
        <message>
            <source>About PST Desk</source>
            <translation>关于 PST Desk</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>已锁定。</translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● 在线</translation>
        </message>
        <message>
            <source>Data fetched {age}</source>
            <translation>数据获取：{age}</translation>
        </message>
        <message>
            <source>● Offline since {time}</source>
            <translation>● 自 {time} 起离线</translation>
        </message>
    </context>
    <context>
        <name>MarketModels</name>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>累计</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <source>Taker</source>
            <translation>吃单方</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>代币</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>剩余</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>open</source>
            <translation>挂单中</translation>
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
            <translation>已过期</translation>
        </message>
        <message>
            <source>Orders at this price: {count}</source>
            <translation>此价格的订单数：{count}</translation>
        </message>
        <message>
            <source>bought</source>
            <translation>买入</translation>
        </message>
        <message>
            <source>sold</source>
            <translation>卖出</translation>
        </message>
        <message>
            <source>sell</source>
            <translation>卖出</translation>
        </message>
        <message>
            <source>buy</source>
            <translation>买入</translation>
        </message>
    </context>
    <context>
        <name>MarketPage</name>
        <message>
            <source>Market</source>
            <translation>市场</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>代币</translation>
        </message>
        <message>
            <source>Buy…</source>
            <translation>买入…</translation>
        </message>
        <message>
            <source>Sell…</source>
            <translation>卖出…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Order book</source>
            <translation>订单簿</translation>
        </message>
        <message>
            <source>Bids (buyers)</source>
            <translation>买盘（买方）</translation>
        </message>
        <message>
            <source>Asks (sellers)</source>
            <translation>卖盘（卖方）</translation>
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
            <translation>撤销订单</translation>
        </message>
        <message>
            <source>Cancel all my orders</source>
            <translation>撤销我的全部订单</translation>
        </message>
        <message>
            <source>My orders</source>
            <translation>我的订单</translation>
        </message>
        <message>
            <source>Loading the market…</source>
            <translation>正在加载市场…</translation>
        </message>
        <message>
            <source>No token has a market yet.</source>
            <translation>尚无代币开通市场。</translation>
        </message>
        <message>
            <source>Could not read the market: {user_message}</source>
            <translation>无法读取市场：{user_message}</translation>
        </message>
        <message>
            <source>Last {last} · bid {bid} · ask {ask} · offering {offering} · fee {fee}</source>
            <translation>最新 {last} · 买价 {bid} · 卖价 {ask} · 发行价 {offering} · 手续费 {fee}</translation>
        </message>
        <message>
            <source>Select one of your open orders to cancel.</source>
            <translation>请选择一笔要撤销的挂单。</translation>
        </message>
        <message>
            <source>cancel order {hash}</source>
            <translation>撤销订单 {hash}</translation>
        </message>
        <message>
            <source>Cancel all orders</source>
            <translation>撤销全部订单</translation>
        </message>
        <message>
            <source>Cancel every order you have signed on this market, on every token? One transaction raises your order nonce: no old signature can be filled again.</source>
            <translation>撤销您在此市场签署的所有代币的全部订单？一笔交易将提高您的订单序号：旧签名都无法再成交。</translation>
        </message>
        <message>
            <source>cancel all my orders</source>
            <translation>撤销我的全部订单</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在撤销…</translation>
        </message>
        <message>
            <source>Cancelled ({hash}).</source>
            <translation>已撤销（{hash}）。</translation>
        </message>
        <message>
            <source>The cancel stopped: {user_message}</source>
            <translation>撤销未完成：{user_message}</translation>
        </message>
        <message>
            <source>Connecting to the market…</source>
            <translation>正在连接市场…</translation>
        </message>
        <message>
            <source>The market needs a chain and the platform's API (Settings).</source>
            <translation>市场需要区块链和平台 API（见设置）。</translation>
        </message>
        <message>
            <source>This network has no market yet.</source>
            <translation>此网络尚无市场。</translation>
        </message>
        <message>
            <source>The market cannot be reached: {reason}</source>
            <translation>无法连接市场：{reason}</translation>
        </message>
    </context>
    <context>
        <name>MerchantDashboardPage</name>
        <message>
            <source>← Merchants</source>
            <translation>← 商户</translation>
        </message>
        <message>
            <source>Back to the merchant list (Esc)</source>
            <translation>返回商户列表（Esc）</translation>
        </message>
        <message>
            <source>Loading {merchant}…</source>
            <translation>正在加载 {merchant}…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Could not load</source>
            <translation>无法加载</translation>
        </message>
        <message>
            <source>Showing older data</source>
            <translation>正在显示较早的数据</translation>
        </message>
        <message>
            <source>tokenized</source>
            <translation>已代币化</translation>
        </message>
        <message>
            <source>not tokenized</source>
            <translation>未代币化</translation>
        </message>
        <message>
            <source>{city} · {platform} · {category} · token: {token} · score {score}</source>
            <translation>{city} · {platform} · {category} · 代币：{token} · 评分 {score}</translation>
        </message>
        <message numerus="yes">
            <source>%n new alert(s) — see Active alerts</source>
            <translation>
                <numerusform>%n 条新预警 — 请查看“当前预警”</numerusform>
            </translation>
        </message>
        <message>
            <source>Data as of {date}</source>
            <translation>数据截至 {date}</translation>
        </message>
    </context>
    <context>
        <name>MerchantTable</name>
        <message>
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
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
            <translation>品类</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>代币</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Underwriter score</source>
            <translation>承销方评分</translation>
        </message>
        <message>
            <source>GMV 12m (USD)</source>
            <translation>12 个月 GMV（美元）</translation>
        </message>
        <message>
            <source>Growth 24m</source>
            <translation>24 个月增长</translation>
        </message>
    </context>
    <context>
        <name>MerchantsPage</name>
        <message>
            <source>Offline — showing data from {age}. It refreshes when the connection is back.</source>
            <translation>离线 — 正在显示{age}的数据。连接恢复后将自动刷新。</translation>
        </message>
        <message>
            <source>Showing saved data from {age}: the server's latest answer could not be used.</source>
            <translation>正在显示{age}保存的数据：服务器的最新响应无法使用。</translation>
        </message>
        <message>
            <source>Merchants</source>
            <translation>商户</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Search name or ID  (Ctrl+F)</source>
            <translation>搜索名称或编号（Ctrl+F）</translation>
        </message>
        <message>
            <source>Search merchants</source>
            <translation>搜索商户</translation>
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
            <translation>所有品类</translation>
        </message>
        <message>
            <source>Tokenized or not</source>
            <translation>是否代币化</translation>
        </message>
        <message>
            <source>Tokenized</source>
            <translation>已代币化</translation>
        </message>
        <message>
            <source>Not tokenized</source>
            <translation>未代币化</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Load the merchant list again (F5)</source>
            <translation>重新加载商户列表（F5）</translation>
        </message>
        <message>
            <source>Loading merchants…</source>
            <translation>正在加载商户…</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n merchant(s)</source>
            <translation>
                <numerusform>{shown} / %n 家商户</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthlyDistributionsChart</name>
        <message>
            <source>Your share of each payout, by month</source>
            <translation>您在每次派发中的份额，按月</translation>
        </message>
        <message>
            <source>No distributions yet</source>
            <translation>尚无分配</translation>
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
            <translation>广州</translation>
        </message>
        <message>
            <source>Dongguan</source>
            <translation>东莞</translation>
        </message>
        <message>
            <source>Hangzhou</source>
            <translation>杭州</translation>
        </message>
        <message>
            <source>Yiwu</source>
            <translation>义乌</translation>
        </message>
        <message>
            <source>Xiamen</source>
            <translation>厦门</translation>
        </message>
        <message>
            <source>Hong Kong</source>
            <translation>香港</translation>
        </message>
        <message>
            <source>Amazon</source>
            <translation>亚马逊</translation>
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
            <translation>速卖通</translation>
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
            <translation>消费电子</translation>
        </message>
        <message>
            <source>Home &amp; Kitchen</source>
            <translation>家居厨房</translation>
        </message>
        <message>
            <source>Apparel</source>
            <translation>服装</translation>
        </message>
        <message>
            <source>Beauty &amp; Personal Care</source>
            <translation>美妆个护</translation>
        </message>
        <message>
            <source>Sports &amp; Outdoors</source>
            <translation>运动户外</translation>
        </message>
        <message>
            <source>Toys &amp; Games</source>
            <translation>玩具游戏</translation>
        </message>
        <message>
            <source>Pet Supplies</source>
            <translation>宠物用品</translation>
        </message>
        <message>
            <source>Automotive</source>
            <translation>汽车用品</translation>
        </message>
        <message>
            <source>platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>psp</source>
            <translation>支付服务商</translation>
        </message>
        <message>
            <source>bank</source>
            <translation>银行</translation>
        </message>
        <message>
            <source>hd</source>
            <translation>助记词派生</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>watch</source>
            <translation>仅观察</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>待处理</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>已丢弃</translation>
        </message>
        <message>
            <source>proposer</source>
            <translation>提议人</translation>
        </message>
        <message>
            <source>approver</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>propose</source>
            <translation>提议</translation>
        </message>
        <message>
            <source>approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>reject</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>execute</source>
            <translation>执行</translation>
        </message>
        <message>
            <source>cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>created</source>
            <translation>已创建</translation>
        </message>
        <message>
            <source>simulated</source>
            <translation>已模拟</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>已签名</translation>
        </message>
        <message>
            <source>broadcast</source>
            <translation>已广播</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>已被替代</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordFields</name>
        <message>
            <source>New wallet password</source>
            <translation>新钱包密码</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>再次输入</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>强度</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <source>Needs at least '{level}'.</source>
            <translation>强度至少需要“{level}”。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>NextAccountDialog</name>
        <message>
            <source>Add the next account from the recovery phrase</source>
            <translation>从恢复短语添加下一个账户</translation>
        </message>
        <message>
            <source>Account {n}</source>
            <translation>账户 {n}</translation>
        </message>
        <message>
            <source>Account index (m/44'/60'/0'/0/i)</source>
            <translation>账户索引（m/44'/60'/0'/0/i）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
    </context>
    <context>
        <name>NoticeArea</name>
        <message>
            <source>Dismiss</source>
            <translation>关闭</translation>
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
            <translation>没有新消息。</translation>
        </message>
    </context>
    <context>
        <name>OfflineSignDialog</name>
        <message>
            <source>Sign a treasury request (offline)</source>
            <translation>签署资金库请求（离线）</translation>
        </message>
        <message>
            <source>Open a request file or QR picture…</source>
            <translation>打开请求文件或二维码图片…</translation>
        </message>
        <message>
            <source>Paste a scanned QR code…</source>
            <translation>粘贴扫描的二维码…</translation>
        </message>
        <message>
            <source>Reason (needed to reject)</source>
            <translation>理由（拒绝时必填）</translation>
        </message>
        <message>
            <source>Reason for rejecting</source>
            <translation>拒绝理由</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>批准…</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation>拒绝…</translation>
        </message>
        <message>
            <source>Open the request file written by "Export for signing" or a picture of its QR code, or paste the text a scanner read from the code.</source>
            <translation>打开“导出以供签名”写出的请求文件或其二维码图片，或粘贴扫描器从二维码读出的文本。</translation>
        </message>
        <message>
            <source>Open a request file</source>
            <translation>打开请求文件</translation>
        </message>
        <message>
            <source>Paste a scanned QR code</source>
            <translation>粘贴扫描的二维码</translation>
        </message>
        <message>
            <source>The text your scanner read from the request's QR code:</source>
            <translation>扫描器从请求二维码读出的文本：</translation>
        </message>
        <message>
            <source>Proposal #{id}: {amount} sUSD to the holders of {symbol} for {period}</source>
            <translation>提案 #{id}：向 {symbol} 持有者派发 {amount} sUSD（{period}）</translation>
        </message>
        <message>
            <source>Chain {chain}, treasury {treasury}</source>
            <translation>链 {chain}，资金库 {treasury}</translation>
        </message>
        <message>
            <source>Signer {signer} (nonce {nonce}); valid until {time}</source>
            <translation>签名人 {signer}（nonce {nonce}）；有效期至 {time}</translation>
        </message>
        <message>
            <source>Report hash {hash} (checked against the report in the file)</source>
            <translation>报告哈希 {hash}（已与文件中的报告核对）</translation>
        </message>
        <message>
            <source>Platform sales {sales} · bank settled {settled} · routed {routed} · investors' share {share}</source>
            <translation>平台销售额 {sales} · 银行结算 {settled} · 分账 {routed} · 投资者份额 {share}</translation>
        </message>
        <message>
            <source>Reconciliation: ok</source>
            <translation>对账：正常</translation>
        </message>
        <message>
            <source>Reconciliation: DIFFERENCE</source>
            <translation>对账：有差异</translation>
        </message>
        <message>
            <source>The proposer's override reason: {reason}</source>
            <translation>提议人的覆盖理由：{reason}</translation>
        </message>
        <message>
            <source>The proposer gave an override reason; it is in the request file, not in the QR code (too long for one). Read it there before signing ({digest}).</source>
            <translation>提议人给出了覆盖理由；它在请求文件中，不在二维码里（太长，放不进一个二维码）。签署前请在文件中阅读（{digest}）。</translation>
        </message>
        <message>
            <source>Write why you reject it first.</source>
            <translation>请先写明拒绝理由。</translation>
        </message>
        <message>
            <source>Write the signature</source>
            <translation>写入签名</translation>
        </message>
        <message>
            <source>Signature for proposal #{id}</source>
            <translation>提案 #{id} 的签名</translation>
        </message>
        <message>
            <source>Take this signature back to the online machine: the file, or this QR code.</source>
            <translation>把此签名带回联网的电脑：使用文件或此二维码。</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <source>Buy {symbol}</source>
            <translation>买入 {symbol}</translation>
        </message>
        <message>
            <source>Sell {symbol}</source>
            <translation>卖出 {symbol}</translation>
        </message>
        <message>
            <source>Buy now from the best offer</source>
            <translation>立即按最优卖价买入</translation>
        </message>
        <message>
            <source>Sell now to the best bid</source>
            <translation>立即按最优买价卖出</translation>
        </message>
        <message>
            <source>Post an order at my price (no fee)</source>
            <translation>按我的价格挂单（免手续费）</translation>
        </message>
        <message>
            <source>tokens, e.g. 2.5</source>
            <translation>代币数量，例如 2.5</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Price ({coin} per {symbol})</source>
            <translation>价格（每 {symbol} 多少 {coin}）</translation>
        </message>
        <message>
            <source>Amount ({symbol})</source>
            <translation>数量（{symbol}）</translation>
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
            <translation>按此价格合计</translation>
        </message>
        <message>
            <source>Fee (paid by the taker)</source>
            <translation>手续费（吃单方支付）</translation>
        </message>
        <message>
            <source>The other side receives</source>
            <translation>对方收到</translation>
        </message>
        <message>
            <source>KYC pre-check</source>
            <translation>KYC 预检</translation>
        </message>
        <message>
            <source>Allowance for the market</source>
            <translation>市场授权额度</translation>
        </message>
        <message>
            <source>At most {amount} at this price</source>
            <translation>此价格最多 {amount}</translation>
        </message>
        <message>
            <source>Buy now</source>
            <translation>立即买入</translation>
        </message>
        <message>
            <source>Sell now</source>
            <translation>立即卖出</translation>
        </message>
        <message>
            <source>Sign and post the order</source>
            <translation>签名并挂单</translation>
        </message>
        <message>
            <source>The best order has only {amount} left at this price.</source>
            <translation>最优订单在此价格只剩 {amount}。</translation>
        </message>
        <message>
            <source>none: a maker pays no fee</source>
            <translation>无：挂单方不付手续费</translation>
        </message>
        <message>
            <source>checking…</source>
            <translation>检查中…</translation>
        </message>
        <message>
            <source>{amount}: already in place</source>
            <translation>{amount}：已授权</translation>
        </message>
        <message>
            <source>{amount}: approved first, in its own transaction</source>
            <translation>{amount}：先以单独一笔交易授权</translation>
        </message>
        <message>
            <source>{amount} of it for your open orders</source>
            <translation>其中 {amount} 用于您的未成交挂单</translation>
        </message>
        <message>
            <source>Your account is not cleared by KYC: the market refuses it.</source>
            <translation>您的账户未通过 KYC：市场会拒绝此交易。</translation>
        </message>
        <message>
            <source>Your stablecoin balance is short of what this costs.</source>
            <translation>您的稳定币余额不足以支付。</translation>
        </message>
        <message>
            <source>You hold fewer tokens than this sells.</source>
            <translation>您持有的代币少于卖出数量。</translation>
        </message>
        <message>
            <source>The market lists orders worth at least {minimum}: raise the amount or the price.</source>
            <translation>市场只挂出价值至少 {minimum} 的订单：请提高数量或价格。</translation>
        </message>
        <message>
            <source>{side} {amount} {symbol} at {price} {coin}</source>
            <translation>{side} {amount} {symbol}，价格 {price} {coin}</translation>
        </message>
        <message>
            <source>buy</source>
            <translation>买入</translation>
        </message>
        <message>
            <source>sell</source>
            <translation>卖出</translation>
        </message>
        <message>
            <source>Signing and sending…</source>
            <translation>正在签名并发送…</translation>
        </message>
        <message>
            <source>Posted: order {hash}.</source>
            <translation>已挂单：订单 {hash}。</translation>
        </message>
        <message>
            <source>Filled: {hash}.</source>
            <translation>已成交：{hash}。</translation>
        </message>
        <message>
            <source>The order stopped: {user_message}</source>
            <translation>订单未完成：{user_message}</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Wallet password</source>
            <translation>钱包密码</translation>
        </message>
        <message>
            <source>You are about to sign: {what}</source>
            <translation>您即将签名：{what}</translation>
        </message>
    </context>
    <context>
        <name>PeerRatioChart</name>
        <message>
            <source>Monthly · category median {median}</source>
            <translation>按月 · 品类中位数 {median}</translation>
        </message>
        <message>
            <source>This merchant</source>
            <translation>本商户</translation>
        </message>
        <message>
            <source>Peer median</source>
            <translation>同业中位数</translation>
        </message>
        <message>
            <source>No complete month yet</source>
            <translation>尚无完整月份</translation>
        </message>
    </context>
    <context>
        <name>PortfolioActionsMixin</name>
        <message>
            <source>a claim of your profit share of {symbol} ({amount} {coin})</source>
            <translation>领取 {symbol} 的利润分成（{amount} {coin}）</translation>
        </message>
        <message>
            <source>Claiming {money} from {symbol}…</source>
            <translation>正在从 {symbol} 领取 {money}…</translation>
        </message>
        <message>
            <source>Claimed {money} from {symbol}.</source>
            <translation>已从 {symbol} 领取 {money}。</translation>
        </message>
        <message>
            <source>The {symbol} claim failed: {error}.</source>
            <translation>{symbol} 的领取失败：{error}。</translation>
        </message>
        <message>
            <source>a claim of your profit share of every token you hold</source>
            <translation>领取您持有的每种代币的利润分成</translation>
        </message>
        <message>
            <source>Sent: {description}.</source>
            <translation>已发送：{description}。</translation>
        </message>
        <message>
            <source>Cash flows</source>
            <translation>现金流</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Cash flows written to {export_csv}.</source>
            <translation>现金流已写入 {export_csv}。</translation>
        </message>
        <message>
            <source>Statement written to {path}.</source>
            <translation>对账单已写入 {path}。</translation>
        </message>
        <message>
            <source>No statement: {user_message}</source>
            <translation>无法生成对账单：{user_message}</translation>
        </message>
        <message>
            <source>Building the statement…</source>
            <translation>正在生成对账单…</translation>
        </message>
        <message>
            <source>Investor statement</source>
            <translation>投资者对账单</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
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
            <translation>请输入钱包密码以签名。</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>投资组合</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>领取</translation>
        </message>
        <message>
            <source>Claim the selected holding's profit share</source>
            <translation>领取所选持仓的收益分成</translation>
        </message>
        <message>
            <source>Claim all</source>
            <translation>全部领取</translation>
        </message>
        <message>
            <source>Claim the profit share of every holding (in one transaction where the platform has a claim router)</source>
            <translation>领取所有持仓的收益分成（平台有领取路由合约时只用一笔交易）</translation>
        </message>
        <message>
            <source>Subscribe…</source>
            <translation>认购…</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <translation>转账…</translation>
        </message>
        <message>
            <source>Send PST through the wallet</source>
            <translation>通过钱包发送 PST</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>对账单</translation>
        </message>
        <message>
            <source>Cash flows (CSV)…</source>
            <translation>现金流（CSV）…</translation>
        </message>
        <message>
            <source>Cash flows for Koinly (CSV)…</source>
            <translation>现金流（Koinly 格式 CSV）…</translation>
        </message>
        <message>
            <source>Investor statement (PDF)…</source>
            <translation>投资者对账单（PDF）…</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>Buy or sell the selected holding on the market</source>
            <translation>在市场上买卖所选持仓</translation>
        </message>
        <message>
            <source>Buy…</source>
            <translation>买入…</translation>
        </message>
        <message>
            <source>Sell…</source>
            <translation>卖出…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Holdings</source>
            <translation>持仓</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Store DAO</source>
            <translation>店铺 DAO</translation>
        </message>
        <message>
            <source>No wallet account yet: on the Wallet page (Ctrl+5), Getting started loads the demo accounts; or add an account there.</source>
            <translation>尚无钱包账户：在“钱包”页面（Ctrl+5）的“入门”中载入演示账户，或在那里添加账户。</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>正在刷新…</translation>
        </message>
        <message>
            <source>Could not refresh the portfolio: {user_message}</source>
            <translation>无法刷新投资组合：{user_message}</translation>
        </message>
        <message>
            <source>  block {block_number} · chain time {when}</source>
            <translation>  区块 {block_number} · 链上时间 {when}</translation>
        </message>
        <message>
            <source>This account holds no PST yet: subscribe to an open offering.</source>
            <translation>此账户尚未持有 PST：请认购正在进行的发行。</translation>
        </message>
        <message numerus="yes">
            <source>%n registered store(s) could not be read, so left out; the rest of the portfolio is complete:</source>
            <translation>
                <numerusform>%n 个已登记店铺无法读取，未列入；投资组合的其余部分完整：</numerusform>
            </translation>
        </message>
        <message>
            <source>no portfolio loaded yet</source>
            <translation>尚未加载投资组合</translation>
        </message>
        <message>
            <source>Connecting to the chain…</source>
            <translation>正在连接区块链…</translation>
        </message>
        <message>
            <source>No blockchain network is configured: the portfolio needs an RPC URL and the store registry's address (Settings).</source>
            <translation>未配置区块链网络：投资组合需要 RPC 地址和店铺注册表地址（设置）。</translation>
        </message>
        <message>
            <source>The portfolio cannot reach the chain: {reason}</source>
            <translation>投资组合无法连接区块链：{reason}</translation>
        </message>
        <message>
            <source>Powers</source>
            <translation>权限</translation>
        </message>
    </context>
    <context>
        <name>PowersPanel</name>
        <message>
            <source>&lt;b&gt;Powers over {symbol}&lt;/b&gt; · {state} · block {block}</source>
            <translation>&lt;b&gt;{symbol} 的权限&lt;/b&gt; · {state} · 区块 {block}</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>合规</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>认购</translation>
        </message>
        <message>
            <source>Treasury</source>
            <translation>资金库</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>注册表</translation>
        </message>
        <message>
            <source>price {price} {coin} per PST · cap {cap} PST · open until {deadline}</source>
            <translation>价格每 PST {price} {coin} · 上限 {cap} PST · 认购截止于 {deadline}</translation>
        </message>
        <message>
            <source>proceeds to {address} ({kind})</source>
            <translation>认购款付给 {address}（{kind}）</translation>
        </message>
        <message>
            <source>0: payouts stopped</source>
            <translation>0：派付已停止</translation>
        </message>
        <message>
            <source>{address} · holds {held} {coin} of this store's profit share, not yet paid out · a payout needs a proposer and {threshold} of {approvers} approvers · cap per payout {cap}</source>
            <translation>{address} · 持有该店铺尚未派付的收益分成 {held} {coin} · 每次派付需要一位提议者和 {approvers} 位批准者中的 {threshold} 位 · 每次派付上限 {cap}</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合约</translation>
        </message>
        <message>
            <source>Could not read the powers: {user_message}</source>
            <translation>无法读取权限：{user_message}</translation>
        </message>
        <message>
            <source>Governor</source>
            <translation>治理合约</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>持有者</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Reading the powers over {symbol}…</source>
            <translation>正在读取 {symbol} 的权限…</translation>
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
            <translation>选择一项持仓，查看谁对其代币拥有权限。</translation>
        </message>
        <message>
            <source>Timelock</source>
            <translation>时间锁</translation>
        </message>
        <message>
            <source>What it is</source>
            <translation>是什么</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>treasury</source>
            <translation>资金库</translation>
        </message>
        <message>
            <source>registry</source>
            <translation>注册表</translation>
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
            <translation>登记员</translation>
        </message>
        <message>
            <source>compliance</source>
            <translation>合规</translation>
        </message>
        <message>
            <source>compliance officer</source>
            <translation>合规专员</translation>
        </message>
        <message>
            <source>distributor</source>
            <translation>分配者</translation>
        </message>
        <message>
            <source>executor</source>
            <translation>执行者</translation>
        </message>
        <message>
            <source>guardian</source>
            <translation>守护者</translation>
        </message>
        <message>
            <source>guardian {address} ({kind})</source>
            <translation>守护者 {address}（{kind}）</translation>
        </message>
        <message>
            <source>handed over to its DAO</source>
            <translation>已移交给其 DAO</translation>
        </message>
        <message>
            <source>investors {investors} · platform fee {fee} · merchant {merchant}</source>
            <translation>投资者 {investors} · 平台费 {fee} · 商户 {merchant}</translation>
        </message>
        <message>
            <source>its pause ends {when}</source>
            <translation>其暂停于 {when} 结束</translation>
        </message>
        <message>
            <source>minter</source>
            <translation>铸币者</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>not yet handed over to its DAO: the platform still holds its powers</source>
            <translation>尚未移交给其 DAO：平台仍持有其权限</translation>
        </message>
        <message>
            <source>owner {address}</source>
            <translation>所有者 {address}</translation>
        </message>
        <message>
            <source>pauser</source>
            <translation>暂停者</translation>
        </message>
        <message>
            <source>pending: {address}</source>
            <translation>待接受：{address}</translation>
        </message>
        <message>
            <source>proposer</source>
            <translation>提议者</translation>
        </message>
        <message>
            <source>timelock</source>
            <translation>时间锁</translation>
        </message>
        <message>
            <source>token</source>
            <translation>代币</translation>
        </message>
        <message>
            <source>voting delay {delay} blocks · voting period {period} blocks · proposal threshold {threshold} PST · quorum {numerator}/{denominator} of supply ({quorum} PST now)</source>
            <translation>投票延迟 {delay} 个区块 · 投票期 {period} 个区块 · 提案门槛 {threshold} PST · 法定人数为供应量的 {numerator}/{denominator}（当前 {quorum} PST）</translation>
        </message>
        <message>
            <source>yes: claims and transfers are stopped</source>
            <translation>是：领取和转账已停止</translation>
        </message>
        <message>
            <source>{address} · delay {seconds} s</source>
            <translation>{address} · 延迟 {seconds} 秒</translation>
        </message>
        <message>
            <source>transfers only (the guardian's pause; claims go on)</source>
            <translation>仅转账（守护者的暂停；领取照常）</translation>
        </message>
        <message>
            <source>may pause transfers, not claims, for at most {days} days</source>
            <translation>最多可暂停转账 {days} 天，不能暂停领取</translation>
        </message>
        <message>
            <source>The token's powers are offered to the timelock {address}, waiting for the DAO's vote to accept them.</source>
            <translation>代币的权限已提交给时间锁 {address}，等待 DAO 投票接受。</translation>
        </message>
    </context>
    <context>
        <name>PriceChart</name>
        <message>
            <source>Daily close</source>
            <translation>每日收盘价</translation>
        </message>
        <message>
            <source>Offering price</source>
            <translation>发行价</translation>
        </message>
        <message>
            <source>No trades yet</source>
            <translation>尚无成交</translation>
        </message>
        <message>
            <source>Last close {price} ({change} since {day})</source>
            <translation>最新收盘 {price}（自 {day} 起 {change}）</translation>
        </message>
    </context>
    <context>
        <name>ProposalDialog</name>
        <message>
            <source>Signal (text only, nothing runs on chain)</source>
            <translation>意向提案（仅文字，链上不执行任何操作）</translation>
        </message>
        <message>
            <source>Credit stray funds to this store's holders</source>
            <translation>将无主资金计入本店铺持有人</translation>
        </message>
        <message>
            <source>New proposal in the {symbol} DAO</source>
            <translation>在 {symbol} DAO 中新建提案</translation>
        </message>
        <message>
            <source>One line holders see in the list</source>
            <translation>持有人在列表中看到的一行</translation>
        </message>
        <message>
            <source>Why, and what holders should weigh (optional)</source>
            <translation>理由，以及持有人应考虑的因素（可选）</translation>
        </message>
        <message>
            <source>Available: {amount} {coin} of stray funds in the treasury</source>
            <translation>可用：资金库中的无主资金 {amount} {coin}</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>Amount ({coin})</source>
            <translation>金额（{coin}）</translation>
        </message>
        <message>
            <source>Review and sign…</source>
            <translation>检查并签名…</translation>
        </message>
        <message>
            <source>You have {votes} votes; proposing needs {threshold} {symbol} (1% of the supply).</source>
            <translation>您有 {votes} 票；发起提案需要 {threshold} {symbol}（供应量的 1%）。</translation>
        </message>
        <message>
            <source>You cannot propose yet: proposing needs {threshold} {symbol} of votes (1% of the supply) at the previous block, and you have {votes}. Activate your votes if you have not (they count from the next block); only your own tokens vote.</source>
            <translation>您暂时无法发起提案：发起提案需要上一区块时的 {threshold} {symbol} 票（供应量的 1%），而您只有 {votes} 票。如尚未激活投票权，请先激活（从下一个区块起计票）；只有您自己的代币计票。</translation>
        </message>
        <message>
            <source>Credit stray funds to the {symbol} holders</source>
            <translation>将无主资金计入 {symbol} 持有人</translation>
        </message>
    </context>
    <context>
        <name>ProposalsTab</name>
        <message>
            <source>Proposals waiting for my approval</source>
            <translation>等待我审批的提议</translation>
        </message>
        <message>
            <source>All proposals</source>
            <translation>全部提议</translation>
        </message>
        <message>
            <source>Reason for rejecting</source>
            <translation>拒绝理由</translation>
        </message>
        <message>
            <source>Reason (needed to reject)</source>
            <translation>理由（拒绝时必填）</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>Execute</source>
            <translation>执行</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Export for signing…</source>
            <translation>导出以供签名…</translation>
        </message>
        <message>
            <source>A file and a QR code an approver signs on an offline machine</source>
            <translation>一个文件和一个二维码，供审批人在离线电脑上签名</translation>
        </message>
        <message>
            <source>Import signature…</source>
            <translation>导入签名…</translation>
        </message>
        <message>
            <source>Approve for Safe {safe}</source>
            <translation>代表 Safe {safe} 批准</translation>
        </message>
        <message>
            <source>Nothing waits for you.</source>
            <translation>没有等待您处理的事项。</translation>
        </message>
        <message>
            <source>No proposal yet.</source>
            <translation>尚无提议。</translation>
        </message>
        <message>
            <source>Write why you reject it first.</source>
            <translation>请先写明拒绝理由。</translation>
        </message>
    </context>
    <context>
        <name>ProposeDialog</name>
        <message>
            <source>Propose a distribution</source>
            <translation>提议分配</translation>
        </message>
        <message>
            <source>Why propose despite the difference? (at least {count} characters; kept in the audit trail)</source>
            <translation>为何在存在差异的情况下仍提议？（至少 {count} 个字符；保存在审计记录中）</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>店铺</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Amount (investors' share)</source>
            <translation>金额（投资者份额）</translation>
        </message>
        <message>
            <source>Pending / cap</source>
            <translation>待分配 / 上限</translation>
        </message>
        <message>
            <source>Report hash</source>
            <translation>报告哈希</translation>
        </message>
        <message>
            <source>Bank lines hash</source>
            <translation>银行流水哈希</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>对账</translation>
        </message>
        <message>
            <source>Payout preview</source>
            <translation>派发预览</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>例外理由</translation>
        </message>
        <message>
            <source>Propose</source>
            <translation>提议</translation>
        </message>
        <message>
            <source>This store has no reported period left to propose.</source>
            <translation>此店铺没有可提议的已报告期间。</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message>
            <source>pending {pending} · cap per period {cap}</source>
            <translation>待分配 {pending} · 每期上限 {cap}</translation>
        </message>
        <message>
            <source>none: no bank statement lines of this period are matched on this computer</source>
            <translation>无：本机没有该期间已匹配的银行对账单流水</translation>
        </message>
        <message>
            <source>no report</source>
            <translation>无报告</translation>
        </message>
        <message>
            <source>{paid} of {holders} holders paid · dust {dust} base units
largest: {largest}</source>
            <translation>{holders} 名持有人中 {paid} 名获得派发 · 零头 {dust} 个基本单位
最大额：{largest}</translation>
        </message>
        <message>
            <source>The reconciliation found the differences marked ⚠ above. To propose anyway, write why (at least {count} characters); the reason is kept in the audit trail.</source>
            <translation>对账发现了上方标有 ⚠ 的差异。如仍要提议，请写明理由（至少 {count} 个字符）；理由将保存在审计记录中。</translation>
        </message>
    </context>
    <context>
        <name>PurposeDialog</name>
        <message>
            <source>Reveal the {field} of {store}</source>
            <translation>显示 {store} 的{field}</translation>
        </message>
        <message>
            <source>State why you need it. The purpose is recorded in the access log (and, for the store's owner or operators, on chain as a hash).</source>
            <translation>请说明您需要它的原因。用途会记录在访问日志中（对于店铺所有者或运营方，还会以哈希形式记录在链上）。</translation>
        </message>
        <message>
            <source>for example: monthly payout reconciliation</source>
            <translation>例如：月度派发对账</translation>
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
            <translation>文件的二维码</translation>
        </message>
        <message>
            <source>This is too large for one QR code ({size} bytes; one code holds at most 2,953). Take the file instead.</source>
            <translation>内容过大，无法放入一个二维码（{size} 字节；一个二维码最多容纳 2,953 字节）。请改用文件。</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
    </context>
    <context>
        <name>Reconciliation</name>
        <message>
            <source>Token</source>
            <translation>代币</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>银行账户</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Days matched</source>
            <translation>已匹配天数</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>差异</translation>
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
            <translation>问题</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Other side</source>
            <translation>另一方</translation>
        </message>
        <message>
            <source>Settlements</source>
            <translation>结算笔数</translation>
        </message>
        <message>
            <source>Credited</source>
            <translation>入账金额</translation>
        </message>
        <message>
            <source>Swept and routed in</source>
            <translation>划转并分配于交易</translation>
        </message>
        <message>
            <source>All matched</source>
            <translation>全部匹配</translation>
        </message>
        <message>
            <source>Waiting for the bank or the chain</source>
            <translation>等待银行或区块链</translation>
        </message>
        <message>
            <source>No activity</source>
            <translation>无交易</translation>
        </message>
        <message>
            <source>Paid to an account outside control (diverted)</source>
            <translation>付至受控范围外的账户（被挪用）</translation>
        </message>
        <message>
            <source>Reported by the provider, never credited by the bank</source>
            <translation>支付服务商已报告，银行从未入账</translation>
        </message>
        <message>
            <source>Credited, but no provider reported it</source>
            <translation>已入账，但没有支付服务商报告</translation>
        </message>
        <message>
            <source>Credited twice (duplicate line)</source>
            <translation>重复入账（重复分录）</translation>
        </message>
        <message>
            <source>The amounts differ</source>
            <translation>金额不一致</translation>
        </message>
        <message>
            <source>Credited but not swept</source>
            <translation>已入账但未划转</translation>
        </message>
        <message>
            <source>Swept, but never routed on chain</source>
            <translation>已划转，但从未在链上分配</translation>
        </message>
        <message>
            <source>Matched by hand with {partner}: {reason}</source>
            <translation>已手动与 {partner} 匹配：{reason}</translation>
        </message>
        <message>
            <source>Written off: {reason}</source>
            <translation>已核销：{reason}</translation>
        </message>
        <message>
            <source>Bank reconciliation</source>
            <translation>银行对账</translation>
        </message>
    </context>
    <context>
        <name>ReconciliationTab</name>
        <message>
            <source>Import statements from the bank</source>
            <translation>从银行导入对账单</translation>
        </message>
        <message>
            <source>Import a statement file…</source>
            <translation>导入对账单文件…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Match by hand…</source>
            <translation>手动匹配…</translation>
        </message>
        <message>
            <source>Match the selected item with its counterpart (recorded in the audit trail)</source>
            <translation>将所选项目与其对应项目匹配（记入审计记录）</translation>
        </message>
        <message>
            <source>Write off…</source>
            <translation>核销…</translation>
        </message>
        <message>
            <source>Write the selected item off with a reason (recorded in the audit trail)</source>
            <translation>注明原因后核销所选项目（记入审计记录）</translation>
        </message>
        <message>
            <source>Each store's status by month</source>
            <translation>各店铺每月状态</translation>
        </message>
        <message>
            <source>Unmatched items</source>
            <translation>未匹配项目</translation>
        </message>
        <message>
            <source>Matched groups</source>
            <translation>已匹配组</translation>
        </message>
        <message>
            <source>As of {date}: {matched} of {stores} stores fully matched; {differences} difference(s) to look at, {resolved} settled by hand.</source>
            <translation>截至 {date}：{stores} 家店铺中 {matched} 家完全匹配；{differences} 项差异待查看，{resolved} 项已手动处理。</translation>
        </message>
        <message>
            <source>Unmatched items in {period}: {count}</source>
            <translation>{period} 未匹配项目：{count}</translation>
        </message>
        <message>
            <source>Matched groups in {period}: {count} business days</source>
            <translation>{period} 已匹配组：{count} 个营业日</translation>
        </message>
        <message>
            <source>{how} (by {actor}). It was: {what}</source>
            <translation>{how}（操作人 {actor}）。原为：{what}</translation>
        </message>
        <message>
            <source>Import a bank statement</source>
            <translation>导入银行对账单</translation>
        </message>
        <message>
            <source>Bank statements (*.xml *.camt *.sta *.mt940 *.txt);;All files (*)</source>
            <translation>银行对账单 (*.xml *.camt *.sta *.mt940 *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>{done} of {total} statements</source>
            <translation>{done} / {total} 份对账单</translation>
        </message>
        <message>
            <source>{statements} statement(s) imported, {lines} new line(s).</source>
            <translation>已导入 {statements} 份对账单，新增 {lines} 条明细。</translation>
        </message>
        <message>
            <source>Import cancelled; what was imported is kept. </source>
            <translation>导入已取消；已导入的内容会保留。</translation>
        </message>
    </context>
    <context>
        <name>RepaymentHistoryChart</name>
        <message>
            <source>{late} late (worst {worst} days)</source>
            <translation>{late} 期逾期（最长 {worst} 天）</translation>
        </message>
        <message>
            <source>never late</source>
            <translation>从未逾期</translation>
        </message>
        <message numerus="yes">
            <source>%n installment(s)</source>
            <translation>
                <numerusform>%n 期</numerusform>
            </translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应还</translation>
        </message>
        <message>
            <source>Paid on time</source>
            <translation>按时还款</translation>
        </message>
        <message>
            <source>Paid late / overdue</source>
            <translation>逾期还款 / 未还</translation>
        </message>
        <message>
            <source>No repayment schedule</source>
            <translation>无还款计划</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <source>Match by hand</source>
            <translation>手动匹配</translation>
        </message>
        <message>
            <source>Match {item} with its counterpart, an open item of the same amount:</source>
            <translation>将 {item} 与其对应项目（金额相同的未解决项目）匹配：</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>匹配</translation>
        </message>
        <message>
            <source>Why they belong together (optional)</source>
            <translation>为何两者相符（可选）</translation>
        </message>
        <message>
            <source>Write off</source>
            <translation>核销</translation>
        </message>
        <message>
            <source>Write off {item}.</source>
            <translation>核销 {item}。</translation>
        </message>
        <message>
            <source>Why it is written off (required; kept in the audit trail)</source>
            <translation>核销原因（必填；记入审计记录）</translation>
        </message>
        <message>
            <source>Counterpart</source>
            <translation>对应项目</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>No other open item of this account has the same amount; write it off with a reason instead.</source>
            <translation>该账户没有其他金额相同的未解决项目；请改为注明原因后核销。</translation>
        </message>
        <message>
            <source>Keep the reason under {count} characters.</source>
            <translation>原因请少于 {count} 个字符。</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a recovery phrase</source>
            <translation>从助记词恢复</translation>
        </message>
        <message>
            <source>12 or 24 words separated by spaces</source>
            <translation>以空格分隔的 12 或 24 个单词</translation>
        </message>
        <message>
            <source>Optional BIP-39 passphrase</source>
            <translation>可选的 BIP-39 密语</translation>
        </message>
        <message>
            <source>Recovery phrase</source>
            <translation>助记词</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>密语</translation>
        </message>
        <message>
            <source>Account index (m/44'/60'/0'/0/i)</source>
            <translation>账户索引（m/44'/60'/0'/0/i）</translation>
        </message>
    </context>
    <context>
        <name>RevealPanel</name>
        <message>
            <source>Select a store</source>
            <translation>请选择店铺</translation>
        </message>
        <message>
            <source>TOTP code</source>
            <translation>TOTP 验证码</translation>
        </message>
        <message>
            <source>Reveal the {field} (asks for a purpose; recorded)</source>
            <translation>显示{field}（需说明用途；将被记录）</translation>
        </message>
        <message>
            <source>Revealed secret</source>
            <translation>显示的机密</translation>
        </message>
        <message>
            <source>Revealed secrets appear here for a short time.</source>
            <translation>显示的机密信息会在此短暂出现。</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>隐藏</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}：</translation>
        </message>
        <message>
            <source>That code expired; reveal again for the next one.</source>
            <translation>该验证码已过期；请再次显示以获取下一个。</translation>
        </message>
        <message>
            <source>{seconds_left} s left</source>
            <translation>剩余 {seconds_left} 秒</translation>
        </message>
        <message>
            <source>Hidden again after a short time.</source>
            <translation>稍后将再次隐藏。</translation>
        </message>
        <message>
            <source>Copied; the clipboard is cleared in {seconds:g} s</source>
            <translation>已复制；剪贴板将在 {seconds:g} 秒后清空</translation>
        </message>
        <message>
            <source>Clipboard cleared.</source>
            <translation>剪贴板已清空。</translation>
        </message>
        <message>
            <source>The clipboard holds something else now; left as is.</source>
            <translation>剪贴板中现在是其他内容；保持不变。</translation>
        </message>
    </context>
    <context>
        <name>RevenueTrendChart</name>
        <message>
            <source>Monthly, USD · 24-month growth of GMV: {growth}</source>
            <translation>按月，美元 · GMV 24 个月增长：{growth}</translation>
        </message>
        <message>
            <source>GMV</source>
            <translation>GMV</translation>
        </message>
        <message>
            <source>Net revenue</source>
            <translation>净收入</translation>
        </message>
        <message>
            <source>No complete month yet</source>
            <translation>尚无完整月份</translation>
        </message>
    </context>
    <context>
        <name>RevenueTrendSpark</name>
        <message>
            <source>Click to open the merchant's dashboard</source>
            <translation>点击打开商户仪表板</translation>
        </message>
        <message>
            <source>Select a holding whose merchant is known</source>
            <translation>请选择商户已知的持仓</translation>
        </message>
        <message>
            <source>No merchant data</source>
            <translation>无商户数据</translation>
        </message>
        <message>
            <source>{merchant_id} · 12 months {change} · click: dashboard</source>
            <translation>{merchant_id} · 12 个月 {change} · 点击：仪表板</translation>
        </message>
        <message>
            <source>Net revenue (USD)</source>
            <translation>净收入（美元）</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review the transaction</source>
            <translation>核对交易</translation>
        </message>
        <message>
            <source>Check every line. Signing sends it; it cannot be undone once mined.</source>
            <translation>请逐行核对。签名后即发送；一旦上链便无法撤销。</translation>
        </message>
        <message>
            <source>This transfer would fail, so it cannot be signed. Nothing was sent.</source>
            <translation>此转账将会失败，因此无法签名。未发送任何交易。</translation>
        </message>
        <message>
            <source>Sign and send</source>
            <translation>签名并发送</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <source>Something went wrong ({error}). Try again; if it persists, see the log.</source>
            <translation>出现问题（{error}）。请重试；如果问题持续，请查看日志。</translation>
        </message>
    </context>
    <context>
        <name>ScorecardView</name>
        <message>
            <source>Criterion</source>
            <translation>标准</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Peer percentile</source>
            <translation>同业百分位</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>评分卡</translation>
        </message>
        <message>
            <source>Meets all selection criteria</source>
            <translation>符合全部遴选标准</translation>
        </message>
        <message>
            <source>Does not qualify</source>
            <translation>不符合条件</translation>
        </message>
        <message numerus="yes">
            <source>Scorecard · {verdict} ({passed} of %n pass) · as of {date}</source>
            <translation>
                <numerusform>评分卡 · {verdict}（%n 项中 {passed} 项通过）· 截至 {date}</numerusform>
            </translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>未通过</translation>
        </message>
    </context>
    <context>
        <name>ScreenerCharts</name>
        <message>
            <source>All stores</source>
            <translation>全部店铺</translation>
        </message>
        <message>
            <source>+ financial track record</source>
            <translation>+ 财务记录</translation>
        </message>
        <message>
            <source>+ product edge</source>
            <translation>+ 产品优势</translation>
        </message>
        <message>
            <source>+ operational edge</source>
            <translation>+ 运营优势</translation>
        </message>
        <message>
            <source>+ repayment</source>
            <translation>+ 还款记录</translation>
        </message>
        <message>
            <source>+ data integrity = all five</source>
            <translation>+ 数据一致性 = 全部五项</translation>
        </message>
        <message>
            <source>Tokenized</source>
            <translation>已代币化</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>暂无数据</translation>
        </message>
        <message>
            <source>Growth over 24 months (%)</source>
            <translation>24 个月增长（%）</translation>
        </message>
        <message>
            <source>Return rate: peer percentile</source>
            <translation>退货率：同业百分位</translation>
        </message>
        <message>
            <source>Days inventory outstanding (days)</source>
            <translation>库存周转天数（天）</translation>
        </message>
        <message>
            <source>Promotion uplift minus peers' (points)</source>
            <translation>促销增幅减同业增幅（百分点）</translation>
        </message>
        <message>
            <source>Late installments</source>
            <translation>逾期期数</translation>
        </message>
        <message>
            <source>Largest gap between sources (%)</source>
            <translation>数据源之间的最大差异（%）</translation>
        </message>
        <message>
            <source>{passed} of {total} stores pass all five criteria; {tokenized} of them are tokenized.</source>
            <translation>{total} 家店铺中有 {passed} 家通过全部五项标准，其中 {tokenized} 家已代币化。</translation>
        </message>
        <message>
            <source>{count} stores with a value; dashed line: the threshold</source>
            <translation>{count} 家店铺有数值；虚线：阈值</translation>
        </message>
    </context>
    <context>
        <name>ScreenerPage</name>
        <message>
            <source>Compare ({count})</source>
            <translation>比较（{count}）</translation>
        </message>
        <message>
            <source>Export the shortlist</source>
            <translation>导出候选名单</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Could not write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <source>Exported {count} stores to {path}.</source>
            <translation>已将 {count} 家店铺导出到 {path}。</translation>
        </message>
        <message>
            <source>Loading bulk data: {done} of {total} pages…</source>
            <translation>正在加载批量数据：第 {done} 页，共 {total} 页…</translation>
        </message>
        <message>
            <source>Loading bulk data…</source>
            <translation>正在加载批量数据…</translation>
        </message>
        <message>
            <source>{shown} of {total} stores shown · data as of {date}</source>
            <translation>显示 {total} 家店铺中的 {shown} 家 · 数据截至 {date}</translation>
        </message>
        <message>
            <source>Not screened yet.</source>
            <translation>尚未筛选。</translation>
        </message>
        <message>
            <source>Screener</source>
            <translation>筛选器</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Screen again</source>
            <translation>重新筛选</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>Show every store, not only those passing all five</source>
            <translation>显示所有店铺，而不仅是通过全部五项的店铺</translation>
        </message>
        <message>
            <source>Shortlist</source>
            <translation>候选名单</translation>
        </message>
        <message>
            <source>Distributions</source>
            <translation>分布</translation>
        </message>
    </context>
    <context>
        <name>ScreenerTable</name>
        <message>
            <source>Growth</source>
            <translation>增长</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>退货率</translation>
        </message>
        <message>
            <source>DIO</source>
            <translation>库存周转天数</translation>
        </message>
        <message>
            <source>Promotion uplift</source>
            <translation>促销增幅</translation>
        </message>
        <message>
            <source>Late installments</source>
            <translation>逾期期数</translation>
        </message>
        <message>
            <source>Source gap</source>
            <translation>数据源差异</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>品类</translation>
        </message>
        <message>
            <source>Tokenized</source>
            <translation>已代币化</translation>
        </message>
        <message>
            <source>Underwriter score (internal)</source>
            <translation>承销方评分（内部）</translation>
        </message>
        <message>
            <source>The underwriter's internal credit score, served by the platform: not one of the five selection criteria.</source>
            <translation>承销方的内部信用评分，由平台提供：不属于五项选择标准。</translation>
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
            <translation>通过</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>未通过</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>enter it first</source>
            <translation>请先输入</translation>
        </message>
    </context>
    <context>
        <name>SecretEdit</name>
        <message>
            <source>Hide</source>
            <translation>隐藏</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>0x… (checksummed address)</source>
            <translation>0x…（带校验的地址）</translation>
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
            <translation>该资产的全部余额；ETH 则扣除本次转账可能支付的最高手续费</translation>
        </message>
        <message>
            <source>Slow: a lower fee, may wait when blocks are full</source>
            <translation>慢速：手续费较低，区块拥堵时可能需要等待</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <source>Fast: a higher tip and fee cap</source>
            <translation>快速：更高的小费和手续费上限</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>资产</translation>
        </message>
        <message>
            <source>To</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>手续费</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>核对…</translation>
        </message>
        <message>
            <source>Nothing of this asset can be sent.</source>
            <translation>此资产没有可发送的余额。</translation>
        </message>
        <message>
            <source>Checking and simulating…</source>
            <translation>正在检查并模拟…</translation>
        </message>
        <message>
            <source>a transfer of {amount} {symbol} to {recipient}</source>
            <translation>向 {recipient} 转账 {amount} {symbol}</translation>
        </message>
        <message>
            <source>Enter the wallet password to sign.</source>
            <translation>请输入钱包密码以签名。</translation>
        </message>
        <message>
            <source>Signing and sending…</source>
            <translation>正在签名并发送…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Follow my market (from the language)</source>
            <translation>按我的市场（依语言）</translation>
        </message>
        <message>
            <source>Red up, green down</source>
            <translation>红涨绿跌</translation>
        </message>
        <message>
            <source>Green up, red down</source>
            <translation>绿涨红跌</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>RPC URL</source>
            <translation>RPC 地址</translation>
        </message>
        <message>
            <source>Chain ID</source>
            <translation>链 ID</translation>
        </message>
        <message>
            <source>Registry address</source>
            <translation>注册表地址</translation>
        </message>
        <message>
            <source>API URL</source>
            <translation>API 地址</translation>
        </message>
        <message>
            <source>Block explorer URL</source>
            <translation>区块浏览器地址</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>The colour of rises in prices, P&amp;L and yields: red in mainland China and Taiwan, green in Hong Kong and the West. Warnings keep their colours.</source>
            <translation>价格、盈亏和收益率上涨的颜色：中国大陆和台湾用红色，香港和西方用绿色。警示颜色不变。</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Price changes</source>
            <translation>涨跌颜色</translation>
        </message>
        <message>
            <source>Check for new data every</source>
            <translation>检查新数据的间隔</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>Active profile</source>
            <translation>当前配置</translation>
        </message>
        <message>
            <source>Edit profile</source>
            <translation>编辑配置</translation>
        </message>
        <message>
            <source>A transaction's page on the explorer, {tx} standing for its hash, such as https://etherscan.io/tx/{tx} (https only; http just for this computer). History's “Open in explorer” uses it.</source>
            <translation>浏览器上交易页面的地址，{tx} 代表交易哈希，例如 https://etherscan.io/tx/{tx}（仅限 https；http 只用于本机）。“历史记录”中的“在区块浏览器中打开”会用到它。</translation>
        </message>
        <message>
            <source>The sandbox runs on this computer; its addresses are chosen when it starts.</source>
            <translation>沙盒在本机运行；其地址在启动时确定。</translation>
        </message>
        <message>
            <source>Save profile</source>
            <translation>保存配置</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>删除配置</translation>
        </message>
        <message>
            <source>A change of network takes effect the next time PST Desk starts. The API token of a custom network is read from the PST_DESK_API_TOKEN environment variable until the vault holds it.</source>
            <translation>网络更改将在下次启动 PST Desk 时生效。在保险库保存令牌之前，自定义网络的 API 令牌从环境变量 PST_DESK_API_TOKEN 读取。</translation>
        </message>
        <message>
            <source>Sandbox (on this computer)</source>
            <translation>沙盒（本机）</translation>
        </message>
        <message>
            <source>New profile…</source>
            <translation>新建配置…</translation>
        </message>
        <message>
            <source>The chain ID is a whole number, e.g. 1 or 31337.</source>
            <translation>链 ID 是整数，例如 1 或 31337。</translation>
        </message>
        <message>
            <source>Saved profile {name}.</source>
            <translation>已保存配置 {name}。</translation>
        </message>
        <message>
            <source>Deleted profile {name}.</source>
            <translation>已删除配置 {name}。</translation>
        </message>
        <message>
            <source>{profile} will be used from the next start.</source>
            <translation>下次启动时将使用 {profile}。</translation>
        </message>
        <message>
            <source>Could not save the settings ({error}).</source>
            <translation>无法保存设置（{error}）。</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Show the keyboard shortcuts</source>
            <translation>显示键盘快捷键</translation>
        </message>
        <message>
            <source>Refresh the current page</source>
            <translation>刷新当前页面</translation>
        </message>
        <message>
            <source>Lock the wallet and the vault</source>
            <translation>锁定钱包和保险库</translation>
        </message>
        <message>
            <source>Quit PST Desk</source>
            <translation>退出 PST Desk</translation>
        </message>
        <message>
            <source>Claim all profit share</source>
            <translation>领取全部收益分成</translation>
        </message>
        <message>
            <source>Claim the selected holding</source>
            <translation>领取所选持仓</translation>
        </message>
        <message>
            <source>Search merchants</source>
            <translation>搜索商户</translation>
        </message>
        <message>
            <source>Open the selected merchant</source>
            <translation>打开所选商户</translation>
        </message>
        <message>
            <source>Back to the merchant list</source>
            <translation>返回商户列表</translation>
        </message>
        <message>
            <source>Send from the selected account</source>
            <translation>从所选账户发送</translation>
        </message>
        <message>
            <source>Unlock the wallet</source>
            <translation>解锁钱包</translation>
        </message>
        <message>
            <source>Copy the receive address</source>
            <translation>复制收款地址</translation>
        </message>
        <message>
            <source>Propose a distribution</source>
            <translation>提议分配</translation>
        </message>
        <message>
            <source>Approve the selected proposal</source>
            <translation>批准所选提议</translation>
        </message>
        <message>
            <source>Add store credentials</source>
            <translation>添加店铺凭证</translation>
        </message>
        <message>
            <source>Unlock the vault</source>
            <translation>解锁保险库</translation>
        </message>
        <message>
            <source>Buy the token shown</source>
            <translation>买入当前代币</translation>
        </message>
        <message>
            <source>Sell the token shown</source>
            <translation>卖出当前代币</translation>
        </message>
        <message>
            <source>Cancel the selected order</source>
            <translation>撤销所选订单</translation>
        </message>
        <message>
            <source>Cancel all my orders</source>
            <translation>撤销我的全部订单</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>所有页面</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>转到“{page}”</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>适用范围</translation>
        </message>
    </context>
    <context>
        <name>SourceAgreementChart</name>
        <message>
            <source>Monthly net revenue: gap of each source to the platform</source>
            <translation>月度净收入：各数据源与平台的差距</translation>
        </message>
        <message>
            <source>Limit {limit}</source>
            <translation>上限 {limit}</translation>
        </message>
        <message>
            <source>Only the platform reports this merchant</source>
            <translation>仅平台报告此商户的数据</translation>
        </message>
        <message>
            <source>{source} (lag {days} d)</source>
            <translation>{source}（延迟 {days} 天）</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The API token of {profile} is kept in the vault, which is protected by a password: unlock it on the Vault page (Ctrl+4) and PST Desk connects.</source>
            <translation>{profile} 的 API 令牌保存在受密码保护的保险库中：请在“保险库”页面（Ctrl+4）解锁，PST Desk 随即连接。</translation>
        </message>
        <message>
            <source>The vault could not give the API token of {profile}: {error}</source>
            <translation>保险库无法提供 {profile} 的 API 令牌：{error}</translation>
        </message>
        <message>
            <source>The sandbox could not start ({reason}). Check that nothing else uses the data directory, then restart PST Desk; the log has the details.</source>
            <translation>沙盒无法启动（{reason}）。请确认没有其他程序占用数据目录，然后重新启动 PST Desk；详情见日志。</translation>
        </message>
        <message>
            <source>The network profile {profile} has no API URL; set one in Settings.</source>
            <translation>网络配置 {profile} 没有 API 地址；请在“设置”中填写。</translation>
        </message>
        <message>
            <source>No API token for the network profile {profile}: keep it in the vault (Vault page, Ctrl+4, 'API token…'), or set {variable} before starting.</source>
            <translation>网络配置 {profile} 没有 API 令牌：请将其保存在保险库中（“保险库”页面，Ctrl+4，“API 令牌…”），或在启动前设置 {variable}。</translation>
        </message>
        <message>
            <source>There is no network profile named {profile!r}. Add it in Settings or start without --profile.</source>
            <translation>没有名为 {profile!r} 的网络配置。请在“设置”中添加，或不带 --profile 启动。</translation>
        </message>
        <message>
            <source>Starting the sandbox…</source>
            <translation>正在启动沙盒…</translation>
        </message>
        <message>
            <source>Connecting to {profile}…</source>
            <translation>正在连接 {profile}…</translation>
        </message>
        <message>
            <source>PST Desk could not open its data ({error}). Check that the data directory exists and is writable, or choose another with --data-dir.</source>
            <translation>PST Desk 无法打开其数据（{error}）。请确认数据目录存在且可写，或用 --data-dir 选择其他目录。</translation>
        </message>
    </context>
    <context>
        <name>StartupPanel</name>
        <message>
            <source>Starting…</source>
            <translation>正在启动…</translation>
        </message>
    </context>
    <context>
        <name>Statement</name>
        <message>
            <source>Purchase</source>
            <translation>认购</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>分配</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>领取</translation>
        </message>
        <message>
            <source>Transfer in</source>
            <translation>转入</translation>
        </message>
        <message>
            <source>Transfer out</source>
            <translation>转出</translation>
        </message>
        <message>
            <source>Market buy</source>
            <translation>市场买入</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>卖出</translation>
        </message>
        <message>
            <source>Distributions</source>
            <translation>分配</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>领取</translation>
        </message>
        <message>
            <source>Per month, {coin}</source>
            <translation>按月，{coin}</translation>
        </message>
        <message>
            <source>Cash flows in the period</source>
            <translation>期间内现金流</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Purchases (offering subscriptions)</source>
            <translation>购入（认购发行）</translation>
        </message>
        <message>
            <source>Transfers in (valued at the offering price)</source>
            <translation>转入（按发行价估值）</translation>
        </message>
        <message>
            <source>Distributions received</source>
            <translation>已收分配</translation>
        </message>
        <message>
            <source>Claims paid out</source>
            <translation>已领取款项</translation>
        </message>
        <message>
            <source>Total invested</source>
            <translation>投资总额</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>代币</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>店铺</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <source>Transfers out (at FIFO cost)</source>
            <translation>转出（按先进先出成本）</translation>
        </message>
        <message>
            <source>Market buys (price paid with fees)</source>
            <translation>市场买入（实付价含手续费）</translation>
        </message>
        <message>
            <source>Sales (proceeds after fees)</source>
            <translation>卖出（扣除手续费后所得）</translation>
        </message>
        <message>
            <source>Realised gains on sales (FIFO)</source>
            <translation>卖出已实现收益（先进先出）</translation>
        </message>
        <message>
            <source>Market fees paid</source>
            <translation>已付市场手续费</translation>
        </message>
        <message>
            <source>Cost basis (FIFO)</source>
            <translation>成本（先进先出）</translation>
        </message>
        <message>
            <source>Realised (FIFO)</source>
            <translation>已实现（先进先出）</translation>
        </message>
        <message>
            <source>Claimable at end</source>
            <translation>期末可领取</translation>
        </message>
        <message>
            <source>Tax year</source>
            <translation>纳税年度</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>购入</translation>
        </message>
        <message>
            <source>Transfers in</source>
            <translation>转入</translation>
        </message>
        <message>
            <source>Transfers out</source>
            <translation>转出</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>卖出</translation>
        </message>
        <message>
            <source>Realised gains (FIFO)</source>
            <translation>已实现收益（先进先出）</translation>
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
            <translation>类型</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>PST Desk — investor statement</source>
            <translation>PST Desk — 投资者对账单</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Distributions and claims</source>
            <translation>分配与领取</translation>
        </message>
        <message>
            <source>Tax-year summary</source>
            <translation>纳税年度摘要</translation>
        </message>
        <message>
            <source>* valued by the rules below, not by a price on chain.</source>
            <translation>* 按下列规则估值，而非链上价格。</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Account &lt;b&gt;{account}&lt;/b&gt;</source>
            <translation>账户 &lt;b&gt;{account}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Period &lt;b&gt;{start}&lt;/b&gt; to &lt;b&gt;{end}&lt;/b&gt; (UTC, inclusive) · amounts in {coin} · made {made}</source>
            <translation>期间 &lt;b&gt;{start}&lt;/b&gt; 至 &lt;b&gt;{end}&lt;/b&gt;（UTC，含首尾）· 金额单位 {coin} · 生成于 {made}</translation>
        </message>
        <message>
            <source>Holdings at {date}</source>
            <translation>{date} 的持仓</translation>
        </message>
        <message>
            <source>Every cash flow in the period ({count})</source>
            <translation>期间内全部现金流（{count}）</translation>
        </message>
        <message>
            <source>Investor statement {start} to {end}</source>
            <translation>投资者对账单 {start} 至 {end}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
    </context>
    <context>
        <name>StatementPeriodDialog</name>
        <message>
            <source>Investor statement</source>
            <translation>投资者对账单</translation>
        </message>
        <message>
            <source>Tax year {year} to date</source>
            <translation>{year} 纳税年度至今</translation>
        </message>
        <message>
            <source>Tax year {year}</source>
            <translation>{year} 纳税年度</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>最近 12 个月</translation>
        </message>
        <message>
            <source>Since the beginning</source>
            <translation>自开始以来</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>To (inclusive)</source>
            <translation>至（含）</translation>
        </message>
        <message>
            <source>Write PDF…</source>
            <translation>生成 PDF…</translation>
        </message>
        <message>
            <source>The period ends before it starts; swap the dates.</source>
            <translation>结束日期早于开始日期；请交换两个日期。</translation>
        </message>
    </context>
    <context>
        <name>StoresTab</name>
        <message>
            <source>Stores</source>
            <translation>店铺</translation>
        </message>
        <message>
            <source>Periods of the selected store</source>
            <translation>所选店铺的各期间</translation>
        </message>
        <message>
            <source>Propose distribution…</source>
            <translation>提议分配…</translation>
        </message>
        <message>
            <source>Differences beyond {tolerance} (settings: reconciliation tolerance) are highlighted.</source>
            <translation>超过 {tolerance} 的差异（设置：对账容差）已突出显示。</translation>
        </message>
        <message>
            <source>Your account does not hold the proposer role.</source>
            <translation>您的账户没有提议人角色。</translation>
        </message>
        <message>
            <source>{key}: the three sources agree within the tolerance.</source>
            <translation>{key}：三个数据源的差异均在容差范围内。</translation>
        </message>
    </context>
    <context>
        <name>SubscribeDialog</name>
        <message>
            <source>closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>{days} days left</source>
            <translation>剩余 {days} 天</translation>
        </message>
        <message>
            <source>already in place (no approval transaction)</source>
            <translation>已授权（无需授权交易）</translation>
        </message>
        <message>
            <source>approve exactly {cost} {coin} to the sale (now {allowance})</source>
            <translation>向发售合约精确授权 {cost} {coin}（当前 {allowance}）</translation>
        </message>
        <message>
            <source>{price} {coin} per {symbol}</source>
            <translation>每 {symbol} {price} {coin}</translation>
        </message>
        <message>
            <source>{cost} {coin} (the sale rounds up)</source>
            <translation>{cost} {coin}（发售时向上取整）</translation>
        </message>
        <message>
            <source>Allowlist</source>
            <translation>白名单</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Cap</source>
            <translation>上限</translation>
        </message>
        <message>
            <source>Still for sale</source>
            <translation>剩余可售</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <source>You buy</source>
            <translation>您购买</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Your balance</source>
            <translation>您的余额</translation>
        </message>
        <message>
            <source>Allowance</source>
            <translation>授权额度</translation>
        </message>
        <message>
            <source>Subscribe to an offering</source>
            <translation>认购发行</translation>
        </message>
        <message>
            <source>{symbol} — {name} (open)</source>
            <translation>{symbol} — {name}（认购中）</translation>
        </message>
        <message>
            <source>{symbol} — {name} (closed)</source>
            <translation>{symbol} — {name}（已结束）</translation>
        </message>
        <message>
            <source>tokens, e.g. 2.5</source>
            <translation>代币数量，例如 2.5</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Offering</source>
            <translation>发行</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>代币数量</translation>
        </message>
        <message>
            <source>Sign and subscribe</source>
            <translation>签名并认购</translation>
        </message>
        <message>
            <source>Reading the offering and your standing…</source>
            <translation>正在读取发行信息和您的资格…</translation>
        </message>
        <message numerus="yes">
            <source>Sign and subscribe (%n transaction(s))</source>
            <translation>
                <numerusform>签名并认购（%n 笔交易）</numerusform>
            </translation>
        </message>
        <message>
            <source>Check every line, then sign.</source>
            <translation>请逐行核对，然后签名。</translation>
        </message>
        <message>
            <source>This purchase cannot go through.</source>
            <translation>此次购买无法完成。</translation>
        </message>
        <message>
            <source>a purchase of {amount} {symbol} for {cost} {coin}</source>
            <translation>以 {cost} {coin} 购买 {amount} {symbol}</translation>
        </message>
        <message>
            <source>Signing and sending…</source>
            <translation>正在签名并发送…</translation>
        </message>
        <message>
            <source>Subscribed: {amount} {symbol} for {cost} {coin}.</source>
            <translation>已认购：{amount} {symbol}，花费 {cost} {coin}。</translation>
        </message>
        <message>
            <source>The subscription stopped: {user_message}</source>
            <translation>认购已停止：{user_message}</translation>
        </message>
    </context>
    <context>
        <name>TotalsRow</name>
        <message>
            <source>Invested</source>
            <translation>已投资</translation>
        </message>
        <message>
            <source>Distributions received (paid out)</source>
            <translation>已收分配（已支付）</translation>
        </message>
        <message>
            <source>Accrued, not yet claimed</source>
            <translation>已累计、尚未领取</translation>
        </message>
        <message>
            <source>Cost basis (FIFO)</source>
            <translation>成本（先进先出）</translation>
        </message>
        <message>
            <source>Market value · unrealised P&amp;L</source>
            <translation>市值 · 未实现盈亏</translation>
        </message>
        <message>
            <source>T12M yield (cost · market)</source>
            <translation>近12个月收益率（成本 · 市值）</translation>
        </message>
        <message>
            <source>IRR, cash moved (cost · market)</source>
            <translation>内部收益率，仅现金（成本 · 市值）</translation>
        </message>
        <message>
            <source>Stablecoin in wallet</source>
            <translation>钱包中的稳定币</translation>
        </message>
        <message>
            <source>Unrealised: {unrealised} {coin}</source>
            <translation>未实现：{unrealised} {coin}</translation>
        </message>
        <message>
            <source>Realised by sales (first in, first out): {realised} {coin}</source>
            <translation>卖出已实现（先进先出）：{realised} {coin}</translation>
        </message>
        <message>
            <source>Cost basis method: first in, first out (FIFO).</source>
            <translation>成本计算方法：先进先出（FIFO）。</translation>
        </message>
        <message>
            <source>Exactly what the token contracts pay now: {claimable} base units in total.</source>
            <translation>代币合约此刻实际支付的金额：共 {claimable} 个基本单位。</translation>
        </message>
        <message>
            <source>Accrual basis: {basis_points}. Holdings valued at cost.</source>
            <translation>权责发生制：{basis_points}。持仓按成本计价。</translation>
        </message>
    </context>
    <context>
        <name>TreasuryAirgap</name>
        <message>
            <source>approval</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>rejection</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>Export for signing</source>
            <translation>导出以供签名</translation>
        </message>
        <message>
            <source>The approver who signs offline (their address):</source>
            <translation>在离线电脑上签名的审批人（其地址）：</translation>
        </message>
        <message>
            <source>Write the request to sign</source>
            <translation>写出待签名的请求</translation>
        </message>
        <message>
            <source>Request to sign proposal #{id}</source>
            <translation>提案 #{id} 的签名请求</translation>
        </message>
        <message>
            <source>Take the file to the offline machine, or show it this QR code; there, Treasury → Sign a request file (offline) shows it and signs.</source>
            <translation>把文件带到离线电脑，或向它出示此二维码；在那里，“资金库 → 签署请求文件（离线）”会显示并签名。</translation>
        </message>
        <message>
            <source>A signature file or a picture of its QR code</source>
            <translation>签名文件或其二维码图片</translation>
        </message>
        <message>
            <source>The text a scanner read from the QR code</source>
            <translation>扫描器从二维码读出的文本</translation>
        </message>
        <message>
            <source>Import a signature</source>
            <translation>导入签名</translation>
        </message>
        <message>
            <source>Import the signature from:</source>
            <translation>从以下来源导入签名：</translation>
        </message>
        <message>
            <source>The text your scanner read:</source>
            <translation>扫描器读出的文本：</translation>
        </message>
        <message>
            <source>Import a signature file</source>
            <translation>导入签名文件</translation>
        </message>
        <message>
            <source>Imported the {kind} of proposal #{id} by {signer} (air-gapped).</source>
            <translation>已导入 {signer} 对提案 #{id} 的{kind}（离线签名）。</translation>
        </message>
        <message>
            <source>To send it, choose it in the Audit tab and press Send the signed rejection.</source>
            <translation>要发送它，请在“审计记录”标签中选中它，然后按“发送已签名的拒绝”。</translation>
        </message>
        <message>
            <source>Signing file or QR code picture (*.json *.png *.jpg *.jpeg)</source>
            <translation>签名文件或二维码图片 (*.json *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>{path} holds no QR code that can be read. Take a sharper picture of the whole code, or use the file itself. Nothing was changed.</source>
            <translation>{path} 中没有可读取的二维码。请拍一张清晰的完整二维码照片，或直接使用文件。没有任何更改。</translation>
        </message>
    </context>
    <context>
        <name>TreasuryAttachment</name>
        <message>
            <source>&amp;Treasury</source>
            <translation>资金库(&amp;T)</translation>
        </message>
        <message>
            <source>Sign a request file (offline)…</source>
            <translation>签署请求文件（离线）…</translation>
        </message>
    </context>
    <context>
        <name>TreasuryAudit</name>
        <message>
            <source>revenue routed</source>
            <translation>收入已划转</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>已提案</translation>
        </message>
        <message>
            <source>approved on chain</source>
            <translation>链上已批准</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>executed</source>
            <translation>已执行</translation>
        </message>
        <message>
            <source>override reason</source>
            <translation>覆盖理由</translation>
        </message>
        <message>
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>已签署</translation>
        </message>
        <message>
            <source>approval signed</source>
            <translation>已签署批准</translation>
        </message>
        <message>
            <source>rejection signed</source>
            <translation>已签署拒绝</translation>
        </message>
        <message>
            <source>Safe owner's part signed</source>
            <translation>Safe 所有者已签署其部分</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Channel it claims</source>
            <translation>其声称的渠道</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>签署时间</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>接收时间</translation>
        </message>
        <message>
            <source>Nonce</source>
            <translation>随机数</translation>
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
            <translation>已签署的所有者</translation>
        </message>
        <message>
            <source>Safe</source>
            <translation>Safe 多签</translation>
        </message>
        <message>
            <source>Report hash</source>
            <translation>报告哈希</translation>
        </message>
        <message>
            <source>Checks flagged</source>
            <translation>标记的检查项</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Signed by the proposer</source>
            <translation>由提议人签署</translation>
        </message>
        <message>
            <source>{time} (claimed, implausible)</source>
            <translation>{time}（声称，不可信）</translation>
        </message>
        <message>
            <source>{time} (claimed)</source>
            <translation>{time}（声称）</translation>
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
            <translation>提议 #{id}（{symbol} {period}，{amount} sUSD）等待您审批。</translation>
        </message>
        <message numerus="yes">
            <source>%n more wait(s) too.</source>
            <translation>
                <numerusform>另有 %n 项也在等待。</numerusform>
            </translation>
        </message>
        <message>
            <source>Approval waiting</source>
            <translation>有待审批的提议</translation>
        </message>
        <message>
            <source>All signatures are in: proposal #{id} ({symbol} {period}, {amount} sUSD) is ready to execute ★.</source>
            <translation>签名已齐：提案 #{id}（{symbol} {period}，{amount} sUSD）可以执行 ★。</translation>
        </message>
        <message>
            <source>★ Ready to execute</source>
            <translation>★ 可以执行</translation>
        </message>
        <message>
            <source>Proposal #{id} ({symbol} {period}, {amount} sUSD) was executed: the holders can claim.</source>
            <translation>提案 #{id}（{symbol} {period}，{amount} sUSD）已执行：持有者可以领取。</translation>
        </message>
        <message>
            <source>Payout executed</source>
            <translation>派发已执行</translation>
        </message>
        <message>
            <source>Proposal #{id} ({symbol} {period}, {amount} sUSD) was rejected.</source>
            <translation>提案 #{id}（{symbol} {period}，{amount} sUSD）已被拒绝。</translation>
        </message>
        <message>
            <source>Proposal #{id} ({symbol} {period}, {amount} sUSD) expired.</source>
            <translation>提案 #{id}（{symbol} {period}，{amount} sUSD）已过期。</translation>
        </message>
        <message>
            <source>Your action on proposal #{id} failed: {why}</source>
            <translation>您对提案 #{id} 的操作失败：{why}</translation>
        </message>
        <message>
            <source>Payout failed</source>
            <translation>派发失败</translation>
        </message>
    </context>
    <context>
        <name>TreasuryPage</name>
        <message>
            <source>Treasury</source>
            <translation>资金库</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Stores and reconciliation</source>
            <translation>店铺与对账</translation>
        </message>
        <message>
            <source>Waiting for my approval</source>
            <translation>等待我审批</translation>
        </message>
        <message>
            <source>Proposals and history</source>
            <translation>提议与历史</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>审计记录</translation>
        </message>
        <message>
            <source>Checking unfinished actions…</source>
            <translation>正在检查未完成的操作…</translation>
        </message>
        <message>
            <source>Finished after the restart: {words}</source>
            <translation>重新启动后已完成：{words}</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) were never signed; nothing was sent.</source>
            <translation>
                <numerusform>%n 项操作从未签名；未发送任何交易。</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the treasury…</source>
            <translation>正在读取资金库…</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>no treasury role: choose an account that holds one</source>
            <translation>无资金库角色：请选择持有资金库角色的账户</translation>
        </message>
        <message>
            <source>Waiting for my approval ({len})</source>
            <translation>等待我审批（{len}）</translation>
        </message>
        <message>
            <source>Another treasury action is still running; wait for it to finish.</source>
            <translation>另一项资金库操作仍在进行中；请等待其完成。</translation>
        </message>
        <message>
            <source>Checking against the chain…</source>
            <translation>正在对照链上状态检查…</translation>
        </message>
        <message>
            <source>Safe {safe}: {count} of {threshold} owners signed</source>
            <translation>Safe {safe}：{threshold} 位所有者中已有 {count} 位签名</translation>
        </message>
        <message>
            <source>the Safe's approval of proposal #{id} is recorded (no gas).</source>
            <translation>Safe 对提案 #{id} 的批准已记录（不消耗 gas）。</translation>
        </message>
        <message>
            <source>your part is kept; {missing} more owner(s) must sign.</source>
            <translation>您的部分已保存；还需 {missing} 位所有者签名。</translation>
        </message>
        <message>
            <source>Finishing {action}…</source>
            <translation>正在完成{action}…</translation>
        </message>
        <message>
            <source>Approved proposal #{id}: signed off chain, no gas; kept with its signatures.</source>
            <translation>已批准提案 #{id}：链下签名，不消耗 gas；已与其签名一并保存。</translation>
        </message>
        <message>
            <source>period {period}</source>
            <translation>期间 {period}</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>导出审计记录</translation>
        </message>
        <message>
            <source>Exported {count} entries to {path}.</source>
            <translation>已将 {count} 条记录导出到 {path}。</translation>
        </message>
        <message>
            <source>Verified: {count} entries, the chain is intact.</source>
            <translation>已验证：{count} 条记录，链条完整。</translation>
        </message>
        <message>
            <source>Enter the wallet password to sign.</source>
            <translation>请输入钱包密码以签名。</translation>
        </message>
        <message>
            <source>Signing cancelled: the password was not entered.</source>
            <translation>已取消签名：未输入密码。</translation>
        </message>
    </context>
    <context>
        <name>TreasuryTables</name>
        <message>
            <source>settled vs routed</source>
            <translation>结算与分账</translation>
        </message>
        <message>
            <source>report vs chain</source>
            <translation>报告与链上</translation>
        </message>
        <message>
            <source>investors' share</source>
            <translation>投资者份额</translation>
        </message>
        <message>
            <source>sales vs settled</source>
            <translation>销售与结算</translation>
        </message>
        <message>
            <source>{observed} is {ratio} of {expected} (expected {low} to {high})</source>
            <translation>{observed} 为 {expected} 的 {ratio}（预期 {low} 至 {high}）</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>代币</translation>
        </message>
        <message>
            <source>Store id</source>
            <translation>店铺编号</translation>
        </message>
        <message>
            <source>Pending for investors</source>
            <translation>待分配给投资者</translation>
        </message>
        <message>
            <source>Cap per period</source>
            <translation>每期上限</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>期数</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>差异</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Platform sales</source>
            <translation>平台销售额</translation>
        </message>
        <message>
            <source>Bank settled</source>
            <translation>银行结算额</translation>
        </message>
        <message>
            <source>Routed on chain</source>
            <translation>链上分账</translation>
        </message>
        <message>
            <source>Credited to treasury</source>
            <translation>计入资金库</translation>
        </message>
        <message>
            <source>Investors' share</source>
            <translation>投资者份额</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>对账</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>支付提议</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>待处理</translation>
        </message>
        <message>
            <source>executed</source>
            <translation>已执行</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>审批数</translation>
        </message>
        <message>
            <source>Proposer</source>
            <translation>提议人</translation>
        </message>
        <message>
            <source>Expiry</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Proposed tx</source>
            <translation>提议交易</translation>
        </message>
        <message>
            <source>Executed tx</source>
            <translation>执行交易</translation>
        </message>
        <message>
            <source>Recorded (UTC)</source>
            <translation>记录时间（UTC）</translation>
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
            <translation>店铺</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>提议</translation>
        </message>
        <message>
            <source>Tx</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>Entry hash</source>
            <translation>条目哈希</translation>
        </message>
        <message>
            <source>settled</source>
            <translation>结算额</translation>
        </message>
        <message>
            <source>routed</source>
            <translation>链上分账额</translation>
        </message>
        <message>
            <source>the report</source>
            <translation>报告所列</translation>
        </message>
        <message>
            <source>the split</source>
            <translation>按比例应得</translation>
        </message>
        <message>
            <source>the report's share</source>
            <translation>报告所列份额</translation>
        </message>
        <message>
            <source>credited</source>
            <translation>入账额</translation>
        </message>
        <message>
            <source>sales</source>
            <translation>销售额</translation>
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
            <translation>剩余 {days} 天 {hours} 小时</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min left</source>
            <translation>剩余 {hours} 小时 {minutes} 分钟</translation>
        </message>
        <message>
            <source>no report</source>
            <translation>无报告</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>difference: {checks}</source>
            <translation>差异：{checks}</translation>
        </message>
        <message>
            <source>You are not an approver.</source>
            <translation>您不是审批人。</translation>
        </message>
        <message>
            <source>Only an approver rejects, while pending.</source>
            <translation>只有审批人可以在待处理期间拒绝。</translation>
        </message>
        <message>
            <source>Only treasury staff can execute.</source>
            <translation>只有资金库人员可以执行。</translation>
        </message>
        <message>
            <source>The Safe has approved it.</source>
            <translation>Safe 已批准此提案。</translation>
        </message>
        <message>
            <source>You approved it yourself: a key counts once per proposal.</source>
            <translation>您已以个人身份批准：每把密钥对一个提案只计一次。</translation>
        </message>
        <message>
            <source>One of its owners approved personally: the treasury never counts a Safe beside one of its owners.</source>
            <translation>其一位所有者已以个人身份批准：资金库绝不会将 Safe 与其所有者之一并列计数。</translation>
        </message>
        <message>
            <source>You signed your part for this Safe; another owner must sign.</source>
            <translation>您已为此 Safe 签署了自己的部分；需由另一位所有者签名。</translation>
        </message>
        <message>
            <source>Your part went to the Safe's approval: a key counts once per proposal.</source>
            <translation>您的部分已计入 Safe 的批准：每把密钥对一个提案只计一次。</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>持有者</translation>
        </message>
        <message>
            <source>Tokens held</source>
            <translation>持有代币</translation>
        </message>
        <message>
            <source>Payout</source>
            <translation>派发</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>签名人</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <source>Signed (UTC)</source>
            <translation>签名时间（UTC）</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
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
            <translation>各活动期间销售额与活动前 28 天的对比</translation>
        </message>
        <message>
            <source>This merchant</source>
            <translation>本商户</translation>
        </message>
        <message>
            <source>Peer median</source>
            <translation>同业中位数</translation>
        </message>
        <message>
            <source>No promotion events in the series</source>
            <translation>数据中没有促销活动</translation>
        </message>
    </context>
    <context>
        <name>VaultBanners</name>
        <message>
            <source>The OS keyring is unavailable: the vault is protected by your vault password only</source>
            <translation>系统密钥环不可用：保险库仅受您的保险库密码保护</translation>
        </message>
        <message>
            <source>The vault is protected by your vault password only; the OS keyring works now, so you can move the vault key into it (rotate the master key to the keyring)</source>
            <translation>保险库目前仅受您的保险库密码保护；系统密钥环现已可用，您可以将保险库密钥移入其中（将主密钥轮换到密钥环）</translation>
        </message>
        <message>
            <source>The OS keyring is unavailable, and this vault's key is kept there: unlock or start your keyring (Secret Service, Keychain or Credential Manager), or import a backup</source>
            <translation>系统密钥环不可用，而此保险库的密钥保存在其中：请解锁或启动密钥环（Secret Service、Keychain 或凭据管理器），或导入备份</translation>
        </message>
    </context>
    <context>
        <name>VaultCredentialActions</name>
        <message>
            <source>Kept the credentials of {store_id}.</source>
            <translation>已保存 {store_id} 的凭证。</translation>
        </message>
        <message>
            <source>Sealing…</source>
            <translation>正在加密…</translation>
        </message>
        <message>
            <source>Rotated {store} to key version {version} (tx {tx}).</source>
            <translation>已将 {store} 轮换至密钥版本 {version}（交易 {tx}）。</translation>
        </message>
        <message>
            <source>Rotated {store} to key version {version} in the vault.</source>
            <translation>已在保险库中将 {store} 轮换至密钥版本 {version}。</translation>
        </message>
        <message>
            <source>The active account {account} is locked, so the registry still holds the previous version: unlock it, then bind.</source>
            <translation>当前账户 {account} 已锁定，因此注册表仍记录旧版本：请先解锁，再进行绑定。</translation>
        </message>
        <message>
            <source>The registry still holds the previous version: bind it with an account that owns or operates the store.</source>
            <translation>注册表仍记录旧版本：请使用拥有或运营该店铺的账户进行绑定。</translation>
        </message>
        <message>
            <source>Rotating…</source>
            <translation>正在轮换…</translation>
        </message>
        <message>
            <source>The store registry is at key version {chain} for {store}, with no commitment yet.</source>
            <translation>店铺登记合约中 {store} 的密钥版本为 {chain}，尚无承诺值。</translation>
        </message>
        <message>
            <source>The store registry already holds key version {chain} for {store}, which this vault never registered.</source>
            <translation>店铺登记合约已持有 {store} 的密钥版本 {chain}，但它并非由本保险库登记。</translation>
        </message>
        <message>
            <source>It only accepts a higher version, so binding first re-seals the entry in this vault at key version {new} (it was {old}), then records that version's commitment on chain in a transaction signed by {account}.</source>
            <translation>它只接受更高的版本，因此绑定会先在本保险库中以密钥版本 {new}（原为 {old}）重新封存该条目，然后由 {account} 签名的交易在链上记录该版本的承诺值。</translation>
        </message>
        <message>
            <source>Binding records the commitment of {store} at key version {version} in the store registry, in a transaction signed by {account}. The key version does not change.</source>
            <translation>绑定会由 {account} 签名的交易，在店铺登记合约中记录 {store} 密钥版本 {version} 的承诺值。密钥版本不变。</translation>
        </message>
        <message>
            <source>The active account {account} is locked. Unlock it on the Wallet page, or choose another account in the header, to bind.</source>
            <translation>当前账户 {account} 已锁定。请在钱包页面解锁它，或在页首选择其他账户，然后绑定。</translation>
        </message>
        <message>
            <source>Unlock a wallet account that owns or operates this store to bind.</source>
            <translation>请解锁拥有或运营此店铺的钱包账户以进行绑定。</translation>
        </message>
        <message>
            <source>Bind {store} on chain</source>
            <translation>在链上绑定 {store}</translation>
        </message>
        <message>
            <source>Sign and bind</source>
            <translation>签名并绑定</translation>
        </message>
        <message>
            <source>{store_id} is bound at key version {key_version}.</source>
            <translation>{store_id} 已绑定在密钥版本 {key_version}。</translation>
        </message>
        <message>
            <source>Binding on chain…</source>
            <translation>正在链上绑定…</translation>
        </message>
        <message>
            <source>Revealing…</source>
            <translation>正在显示…</translation>
        </message>
        <message>
            <source>Access recorded locally and on chain (tx {tx}).</source>
            <translation>访问已在本地和链上记录（交易 {tx}）。</translation>
        </message>
        <message>
            <source>Access recorded locally; the on-chain record failed: {error}</source>
            <translation>访问已在本地记录；链上记录失败：{error}</translation>
        </message>
        <message>
            <source>Access recorded in the local access log.</source>
            <translation>访问已记录在本地访问日志中。</translation>
        </message>
    </context>
    <context>
        <name>VaultEntryModel</name>
        <message>
            <source>Store</source>
            <translation>店铺</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Key version</source>
            <translation>密钥版本</translation>
        </message>
        <message>
            <source>Chain</source>
            <translation>链上状态</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>未检查</translation>
        </message>
        <message>
            <source>no chain</source>
            <translation>无链</translation>
        </message>
        <message>
            <source>unavailable</source>
            <translation>不可用</translation>
        </message>
        <message>
            <source>bound</source>
            <translation>已绑定</translation>
        </message>
        <message>
            <source>tampered</source>
            <translation>已被篡改</translation>
        </message>
        <message>
            <source>stale</source>
            <translation>已过时</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>待处理</translation>
        </message>
        <message>
            <source>unregistered</source>
            <translation>未注册</translation>
        </message>
        <message>
            <source>not bound yet</source>
            <translation>尚未绑定</translation>
        </message>
        <message>
            <source>The chain binding has not been checked.</source>
            <translation>尚未检查链上绑定。</translation>
        </message>
    </context>
    <context>
        <name>VaultFields</name>
        <message>
            <source>password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>API keys</source>
            <translation>API 密钥</translation>
        </message>
        <message>
            <source>TOTP seed</source>
            <translation>TOTP 种子</translation>
        </message>
        <message>
            <source>current TOTP code</source>
            <translation>当前 TOTP 验证码</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>REST API token</source>
            <translation>REST API 令牌</translation>
        </message>
    </context>
    <context>
        <name>VaultFileActions</name>
        <message>
            <source>Export a sealed vault backup</source>
            <translation>导出加密的保险库备份</translation>
        </message>
        <message>
            <source>Backup password</source>
            <translation>备份密码</translation>
        </message>
        <message>
            <source>Exported {n} entries to {path}.</source>
            <translation>已将 {n} 个条目导出到 {path}。</translation>
        </message>
        <message>
            <source>Sealing the backup…</source>
            <translation>正在加密备份…</translation>
        </message>
        <message>
            <source>Import a sealed vault backup</source>
            <translation>导入加密的保险库备份</translation>
        </message>
        <message>
            <source>Imported: {added} added, {replaced} replaced, {unchanged} already here.</source>
            <translation>已导入：新增 {added} 个，替换 {replaced} 个，{unchanged} 个已存在。</translation>
        </message>
        <message>
            <source>Opening the backup…</source>
            <translation>正在打开备份…</translation>
        </message>
        <message>
            <source>API token of {profile}</source>
            <translation>{profile} 的 API 令牌</translation>
        </message>
        <message>
            <source>REST API token</source>
            <translation>REST API 令牌</translation>
        </message>
        <message>
            <source>The API token is kept in the vault.</source>
            <translation>API 令牌已保存在保险库中。</translation>
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
            <translation>保险库</translation>
        </message>
        <message>
            <source>vault password</source>
            <translation>保险库密码</translation>
        </message>
        <message>
            <source>Vault password</source>
            <translation>保险库密码</translation>
        </message>
        <message>
            <source>New vault password</source>
            <translation>新的保险库密码</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>锁定</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>轮换</translation>
        </message>
        <message>
            <source>Bind on chain</source>
            <translation>链上绑定</translation>
        </message>
        <message>
            <source>Check chain</source>
            <translation>检查链上状态</translation>
        </message>
        <message>
            <source>Export backup…</source>
            <translation>导出备份…</translation>
        </message>
        <message>
            <source>Import backup…</source>
            <translation>导入备份…</translation>
        </message>
        <message>
            <source>API token…</source>
            <translation>API 令牌…</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>访问日志</translation>
        </message>
        <message>
            <source>New data key and key version, in the vault and on chain</source>
            <translation>在保险库和链上生成新的数据密钥和密钥版本</translation>
        </message>
        <message>
            <source>Vault entries</source>
            <translation>保险库条目</translation>
        </message>
        <message>
            <source>Checking the store registry…</source>
            <translation>正在检查店铺登记合约…</translation>
        </message>
        <message>
            <source>The chain binding could not be checked ({chain_note}).</source>
            <translation>无法检查链上绑定（{chain_note}）。</translation>
        </message>
        <message>
            <source>Checked the chain: this vault holds no store credentials yet.</source>
            <translation>已检查链上记录：本保险库还没有店铺凭据。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message numerus="yes">
            <source>Checked %n store(s) on chain: {states}.</source>
            <translation>
                <numerusform>已在链上检查 %n 个店铺：{states}。</numerusform>
            </translation>
        </message>
        <message>
            <source>profile {profile}</source>
            <translation>配置 {profile}</translation>
        </message>
        <message>
            <source>key in the OS keyring</source>
            <translation>密钥在系统密钥环中</translation>
        </message>
        <message>
            <source>protected by the vault password</source>
            <translation>受保险库密码保护</translation>
        </message>
        <message>
            <source>not created yet</source>
            <translation>尚未创建</translation>
        </message>
        <message>
            <source>unlocked</source>
            <translation>已解锁</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>profile {profile} · {how} · {state}</source>
            <translation>配置 {profile} · {how} · {state}</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>创建保险库</translation>
        </message>
        <message>
            <source>REST API token: in the vault</source>
            <translation>REST API 令牌：已保存在保险库</translation>
        </message>
        <message>
            <source>Choose a password.</source>
            <translation>请选择密码。</translation>
        </message>
        <message>
            <source>Unlocked.</source>
            <translation>已解锁。</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>正在解锁…</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>已锁定。</translation>
        </message>
    </context>
    <context>
        <name>WalletActions</name>
        <message>
            <source>Add account</source>
            <translation>添加账户</translation>
        </message>
        <message>
            <source>This wallet has no recovery phrase yet: create or restore one first.</source>
            <translation>此钱包还没有恢复短语：请先创建或恢复一个。</translation>
        </message>
        <message>
            <source>Watch an address</source>
            <translation>观察地址</translation>
        </message>
        <message>
            <source>Address (0x…)</source>
            <translation>地址（0x…）</translation>
        </message>
        <message>
            <source>Wallet</source>
            <translation>钱包</translation>
        </message>
        <message>
            <source>Export keystore</source>
            <translation>导出密钥库文件</translation>
        </message>
        <message>
            <source>Enter the wallet password to export this key.</source>
            <translation>请输入钱包密码以导出此密钥。</translation>
        </message>
        <message>
            <source>Keystore written to {p}.</source>
            <translation>密钥库文件已写入 {p}。</translation>
        </message>
        <message>
            <source>Sent: {description}. It appears in History.</source>
            <translation>已发送：{description}。可在“历史记录”中查看。</translation>
        </message>
        <message>
            <source>a cancellation of: {description}</source>
            <translation>取消：{description}</translation>
        </message>
        <message>
            <source>a faster fee for: {description}</source>
            <translation>提高手续费以加速：{description}</translation>
        </message>
        <message>
            <source>Enter the wallet password to sign.</source>
            <translation>请输入钱包密码以签名。</translation>
        </message>
    </context>
    <context>
        <name>WalletFormDialog</name>
        <message>
            <source>Wallet password</source>
            <translation>钱包密码</translation>
        </message>
        <message>
            <source>Choose the wallet password (it protects every account):</source>
            <translation>设置钱包密码（它保护所有账户）：</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>正在处理…</translation>
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
            <translation>状态</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Counterparty</source>
            <translation>对方</translation>
        </message>
        <message>
            <source>Fee (ETH)</source>
            <translation>手续费（ETH）</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>block {block}</source>
            <translation>区块 {block}</translation>
        </message>
    </context>
    <context>
        <name>WalletPage</name>
        <message>
            <source>Wallet</source>
            <translation>钱包</translation>
        </message>
        <message>
            <source>Unlock…</source>
            <translation>解锁…</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>锁定</translation>
        </message>
        <message>
            <source>Send…</source>
            <translation>发送…</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>添加账户</translation>
        </message>
        <message>
            <source>Next account from the recovery phrase…</source>
            <translation>从恢复短语添加下一个账户…</translation>
        </message>
        <message>
            <source>Create a new wallet…</source>
            <translation>创建新钱包…</translation>
        </message>
        <message>
            <source>Restore from a recovery phrase…</source>
            <translation>从助记词恢复…</translation>
        </message>
        <message>
            <source>Import a private key…</source>
            <translation>导入私钥…</translation>
        </message>
        <message>
            <source>Import a keystore file…</source>
            <translation>导入密钥库文件…</translation>
        </message>
        <message>
            <source>Watch an address…</source>
            <translation>观察地址…</translation>
        </message>
        <message>
            <source>Export keystore of the selected account…</source>
            <translation>导出所选账户的密钥库文件…</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>资产</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合约</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>账户</translation>
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
            <translation>刷新</translation>
        </message>
        <message>
            <source>Unlocked: {accounts}</source>
            <translation>已解锁：{accounts}</translation>
        </message>
        <message>
            <source>Locked: no account can sign</source>
            <translation>已锁定：没有可签名的账户</translation>
        </message>
        <message>
            <source>Balances</source>
            <translation>余额</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <source>Copy hash</source>
            <translation>复制哈希</translation>
        </message>
        <message>
            <source>Open in explorer</source>
            <translation>在区块浏览器中打开</translation>
        </message>
        <message>
            <source>Address book</source>
            <translation>地址簿</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>复制地址</translation>
        </message>
        <message>
            <source>Send only ETH, the stablecoin or this platform's PSTs to this address.</source>
            <translation>请只向此地址发送 ETH、稳定币或本平台的 PST。</translation>
        </message>
        <message>
            <source>No accounts yet: create a wallet, restore one or import a key.</source>
            <translation>尚无账户：请创建钱包、恢复钱包或导入私钥。</translation>
        </message>
        <message>
            <source>Select an account that can sign (not watch-only) to unlock.</source>
            <translation>请选择可以签名的账户（非观察账户）来解锁。</translation>
        </message>
        <message>
            <source>Unlock the wallet</source>
            <translation>解锁钱包</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>正在解锁…</translation>
        </message>
        <message>
            <source>Chain: {user_message}</source>
            <translation>区块链：{user_message}</translation>
        </message>
        <message>
            <source>unavailable</source>
            <translation>不可用</translation>
        </message>
        <message>
            <source>Transaction hash copied.</source>
            <translation>交易哈希已复制。</translation>
        </message>
        <message>
            <source>Address copied.</source>
            <translation>地址已复制。</translation>
        </message>
    </context>
    <context>
        <name>WhatIfPanel</name>
        <message>
            <source>What-if: these thresholds apply on this page only.</source>
            <translation>假设分析：这些阈值仅用于本页。</translation>
        </message>
        <message>
            <source>The policy in force.</source>
            <translation>当前生效的政策。</translation>
        </message>
        <message>
            <source>What-if thresholds</source>
            <translation>假设阈值</translation>
        </message>
        <message>
            <source>Change a threshold to see which stores would pass. Nothing else in the app uses these values. Growth must also reach the category median; a DIO above the limit passes at or below the category median.</source>
            <translation>更改阈值，查看哪些店铺会通过。应用的其他部分不会使用这些值。增长还须达到品类中位数；库存周转天数超过上限时，不高于品类中位数也可通过。</translation>
        </message>
        <message>
            <source>Growth at least</source>
            <translation>增长至少</translation>
        </message>
        <message>
            <source>Return rate percentile at most</source>
            <translation>退货率百分位至多</translation>
        </message>
        <message>
            <source>DIO always fine up to</source>
            <translation>库存周转天数上限</translation>
        </message>
        <message>
            <source>Late installments allowed</source>
            <translation>允许的逾期期数</translation>
        </message>
        <message>
            <source>Sources differ at most</source>
            <translation>数据源差异上限</translation>
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
            <translation>恢复当前生效的政策</translation>
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
            <translation>数据不足</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n 分钟前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n 小时前</numerusform>
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
            <translation>不到一分钟前</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>percentile rank</comment>
            <translation>第 {n}</translation>
        </message>
    </context>
</TS>
