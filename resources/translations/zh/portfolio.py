"""Portfolio page, holdings, charts, DAO panel and dialogs: English -> (Simplified, Traditional)."""

STRINGS: dict[str, tuple[str, str]] = {
    "  block {block_number} · chain time {when}": (
        "  区块 {block_number} · 链上时间 {when}",
        "  區塊 {block_number} · 鏈上時間 {when}",
    ),
    " (in {blocks})": ("（还有 {blocks} 个区块）", "（還有 {blocks} 個區塊）"),
    "(in {blocks})": ("（还有 {blocks} 个区块）", "（還有 {blocks} 個區塊）"),
    "<b>{symbol} store DAO</b> · governor {governor}": (
        "<b>{symbol} 店铺 DAO</b> · 治理合约 {governor}",
        "<b>{symbol} 店鋪 DAO</b> · 治理合約 {governor}",
    ),
    "Abstain": ("弃权", "棄權"),
    "Accrual basis: {basis_points}. Holdings valued at cost.": (
        "权责发生制：{basis_points}。持仓按成本计价。",
        "權責發生制：{basis_points}。持倉按成本計價。",
    ),
    "Against": ("反对", "反對"),
    "Allocation": ("资产配置", "資產配置"),
    "Allowance": ("授权额度", "授權額度"),
    "Allowlist": ("白名单", "白名單"),
    "Balance (PST)": ("余额（PST）", "餘額（PST）"),
    "Building the statement…": ("正在生成对账单…", "正在產生結單…"),
    "Cap": ("上限", "上限"),
    "Cash basis {cash} (claims as received); accrual basis {accrual} (distributions as they "
    "accrue). Holdings valued at cost.": (
        "收付实现制 {cash}（按实际领取）；权责发生制 {accrual}（按分配计提）。持仓按成本计价。",
        "收付實現制 {cash}（按實際領取）；權責發生制 {accrual}（按分配計提）。持倉按成本計價。",
    ),
    "Cash flows": ("现金流", "現金流"),
    "Cash flows (CSV)…": ("现金流（CSV）…", "現金流（CSV）…"),
    "Cash flows written to {export_csv}.": (
        "现金流已写入 {export_csv}。",
        "現金流已寫入 {export_csv}。",
    ),
    "Charts": ("图表", "圖表"),
    "Check": ("检查", "檢查"),
    "Check every line, then sign.": ("请逐行核对，然后签名。", "請逐行核對，然後簽署。"),
    "Claim": ("领取", "領取"),
    "Claim all": ("全部领取", "全部領取"),
    "Claim all profit share": ("领取全部收益分成", "領取全部收益分成"),
    "Claim the selected holding": ("领取所选持仓", "領取所選持倉"),
    "Claim the selected holding's profit share": (
        "领取所选持仓的收益分成",
        "領取所選持倉的收益分成",
    ),
    "Claimable now": ("当前可领取", "目前可領取"),
    "Claimed {money} from {symbol}.": (
        "已从 {symbol} 领取 {money}。",
        "已從 {symbol} 領取 {money}。",
    ),
    "Claimed: {claims}.": ("已领取：{claims}。", "已領取：{claims}。"),
    "Claiming {money} from %n holding(s), one transaction each. A failure stops the run; claims "
    "before it stay done.": (
        "正在从 %n 个持仓领取 {money}，每个持仓一笔交易。一旦失败即停止；此前的领取仍然有效。",
        "正在從 %n 個持倉領取 {money}，每個持倉一筆交易。一旦失敗即停止；此前的領取仍然有效。",
    ),
    "Claiming {money} from {symbol}…": (
        "正在从 {symbol} 领取 {money}…",
        "正在從 {symbol} 領取 {money}…",
    ),
    "Click to open the merchant's dashboard": ("点击打开商户仪表板", "點擊開啟商戶儀表板"),
    "Connecting to the chain…": ("正在连接区块链…", "正在連接區塊鏈…"),
    "Cost": ("成本", "成本"),
    "Cost basis": ("成本基础", "成本基礎"),
    "Could not refresh the portfolio: {user_message}": (
        "无法刷新投资组合：{user_message}",
        "無法重新整理投資組合：{user_message}",
    ),
    "Cumulative cash flows": ("累计现金流", "累計現金流"),
    "Custom": ("自定义", "自訂"),
    "Deadline": ("截止时间", "截止時間"),
    "Dismiss": ("关闭", "關閉"),
    "Distributions": ("分配", "分配"),
    "Distributions accrued in the last 365 days over the cost basis.": (
        "过去 365 天计提的分配占成本基础的比例。",
        "過去 365 天計提的分配佔成本基礎的比例。",
    ),
    "Distributions received": ("已收分配", "已收分配"),
    "Distributions received (paid out)": ("已收分配（已支付）", "已收分配（已支付）"),
    "Accrued, not yet claimed": ("已累计、尚未领取", "已累計、尚未領取"),
    "Distributions received per month": ("每月所收分配", "每月所收分配"),
    "Every claim went through.": ("所有领取均已完成。", "所有領取均已完成。"),
    "Exactly what claim() pays now: {amount} base units (read at block {block}).": (
        "claim() 此刻实际支付的金额：{amount} 个基本单位（读取于区块 {block}）。",
        "claim() 此刻實際支付的金額：{amount} 個基本單位（讀取於區塊 {block}）。",
    ),
    "Exactly what the token contracts pay now: {claimable} base units in total.": (
        "代币合约此刻实际支付的金额：共 {claimable} 个基本单位。",
        "代幣合約此刻實際支付的金額：共 {claimable} 個基本單位。",
    ),
    "Failed: {symbol} — {error}.": ("失败：{symbol} — {error}。", "失敗：{symbol} — {error}。"),
    "For": ("赞成", "贊成"),
    "Health": ("健康状况", "健康狀況"),
    "IRR": ("内部收益率", "內部回報率"),
    "IRR (cash)": ("内部收益率（现金）", "內部回報率（現金）"),
    "IRR (cash moved only)": ("内部收益率（仅计已发生的现金）", "內部回報率（僅計已發生的現金）"),
    "Invested": ("已投资", "已投資"),
    "Investor statement": ("投资者对账单", "投資者結單"),
    "Investor statement (PDF)…": ("投资者对账单（PDF）…", "投資者結單（PDF）…"),
    "Last 12 months": ("最近 12 个月", "最近 12 個月"),
    "Merchant": ("商户", "商戶"),
    "Merchant health not loaded (or unavailable).": (
        "商户健康状况未加载（或不可用）。",
        "商戶健康狀況未載入（或不可用）。",
    ),
    "Merchant revenue trend": ("商户收入趋势", "商戶收入趨勢"),
    "Net cash so far: {sign}${amount}": (
        "迄今净现金：{sign}${amount}",
        "迄今淨現金：{sign}${amount}",
    ),
    "Net revenue (USD)": ("净收入（美元）", "淨收入（美元）"),
    "No blockchain network is configured: the portfolio needs an RPC URL and the store "
    "registry's address (Settings).": (
        "未配置区块链网络：投资组合需要 RPC 地址和店铺注册表地址（设置）。",
        "未設定區塊鏈網絡：投資組合需要 RPC 網址和店鋪登記表地址（設定）。",
    ),
    "No cash flows yet": ("尚无现金流", "尚無現金流"),
    "No distributions yet": ("尚无分配", "尚無分配"),
    "No holdings with a cost basis yet": ("尚无有成本基础的持仓", "尚無有成本基礎的持倉"),
    "No merchant data": ("无商户数据", "無商戶數據"),
    "No proposals in this store's DAO yet.": ("此店铺的 DAO 尚无提案。", "此店鋪的 DAO 尚無提案。"),
    "No statement: {user_message}": (
        "无法生成对账单：{user_message}",
        "無法產生結單：{user_message}",
    ),
    "No wallet account yet: on the Wallet page (Ctrl+5), Getting started loads "
    "the demo accounts; or add an account there.": (
        "尚无钱包账户：在“钱包”页面（Ctrl+5）的“入门”中载入演示账户，或在那里添加账户。",
        "尚無錢包帳戶：在「錢包」頁面（Ctrl+5）的「入門」中載入示範帳戶，或在那裡新增帳戶。",
    ),
    "Not attempted: {symbols}.": ("未尝试：{symbols}。", "未嘗試：{symbols}。"),
    "Nothing more was claimed: {user_message}": (
        "未再领取任何款项：{user_message}",
        "未再領取任何款項：{user_message}",
    ),
    "Offering": ("发行", "發行"),
    "One transaction per holding": ("每个持仓一笔交易", "每個持倉一筆交易"),
    "Other": ("其他", "其他"),
    "Other ({count})": ("其他（{count}）", "其他（{count}）"),
    "PDF (*.pdf)": ("PDF 文件 (*.pdf)", "PDF 檔案 (*.pdf)"),
    "PST Desk": ("PST Desk", "PST Desk"),
    "Price": ("价格", "價格"),
    "Proposals of the store's DAO": ("店铺 DAO 的提案", "店鋪 DAO 的提案"),
    "Purchases at the price paid; transfers in at the offering price.": (
        "购入按实际支付价格计；转入按发行价格计。",
        "購入按實際支付價格計；轉入按發行價格計。",
    ),
    "Reading the offering and your standing…": (
        "正在读取发行信息和您的资格…",
        "正在讀取發行資訊和您的資格…",
    ),
    "Reason (optional, recorded on chain)": (
        "理由（可选，记录在链上）",
        "理由（可選，記錄在鏈上）",
    ),
    "Received (claims, sales)": ("已收回（领取、出售）", "已收回（領取、出售）"),
    "Refreshing…": ("正在刷新…", "正在重新整理…"),
    "Select a holding to see its store's DAO.": (
        "请选择一个持仓以查看其店铺的 DAO。",
        "請選擇一個持倉以查看其店鋪的 DAO。",
    ),
    "Select a holding whose merchant is known": ("请选择商户已知的持仓", "請選擇商戶已知的持倉"),
    "Select a proposal to vote on.": ("请选择要投票的提案。", "請選擇要投票的提案。"),
    "Send PST through the wallet": ("通过钱包发送 PST", "透過錢包發送 PST"),
    "Sent: {description}.": ("已发送：{description}。", "已發送：{description}。"),
    "Share of supply": ("供应占比", "供應佔比"),
    "Share of the portfolio's cost basis": ("占投资组合成本基础的比例", "佔投資組合成本基礎的比例"),
    "Sign and subscribe": ("签名并认购", "簽署並認購"),
    "Sign and subscribe (%n transaction(s))": (
        "签名并认购（%n 笔交易）",
        "簽署並認購（%n 筆交易）",
    ),
    "Since the beginning": ("自开始以来", "自開始以來"),
    "Stablecoin in wallet": ("钱包中的稳定币", "錢包中的穩定幣"),
    "State": ("状态", "狀態"),
    "Statement written to {path}.": ("对账单已写入 {path}。", "結單已寫入 {path}。"),
    "Statements": ("对账单", "結單"),
    "Still for sale": ("剩余可售", "剩餘可售"),
    "Stop after this claim": ("完成本次领取后停止", "完成本次領取後停止"),
    "Stopping after the transaction under way…": (
        "将在当前交易完成后停止…",
        "將在目前交易完成後停止…",
    ),
    "Store DAO": ("店铺 DAO", "店鋪 DAO"),
    "Subscribe to an offering": ("认购发行", "認購發行"),
    "Subscribed: {amount} {symbol} for {cost} {coin}.": (
        "已认购：{amount} {symbol}，花费 {cost} {coin}。",
        "已認購：{amount} {symbol}，花費 {cost} {coin}。",
    ),
    "Subscribe…": ("认购…", "認購…"),
    "T12M yield": ("近 12 个月收益率", "近 12 個月收益率"),
    "Tax year {year}": ("{year} 纳税年度", "{year} 課稅年度"),
    "Tax year {year} to date": ("{year} 纳税年度至今", "{year} 課稅年度至今"),
    "The period ends before it starts; swap the dates.": (
        "结束日期早于开始日期；请交换两个日期。",
        "結束日期早於開始日期；請交換兩個日期。",
    ),
    "The portfolio cannot reach the chain: {reason}": (
        "投资组合无法连接区块链：{reason}",
        "投資組合無法連接區塊鏈：{reason}",
    ),
    "The subscription stopped: {user_message}": (
        "认购已停止：{user_message}",
        "認購已停止：{user_message}",
    ),
    "The {symbol} claim failed: {error}.": (
        "{symbol} 的领取失败：{error}。",
        "{symbol} 的領取失敗：{error}。",
    ),
    "This account holds no PST yet: subscribe to an open offering.": (
        "此账户尚未持有 PST：请认购正在进行的发行。",
        "此帳戶尚未持有 PST：請認購正在進行的發行。",
    ),
    "This purchase cannot go through.": ("此次购买无法完成。", "此次購買無法完成。"),
    "To (inclusive)": ("至（含）", "至（含）"),
    "Tokens": ("代币数量", "代幣數量"),
    "Transfer…": ("转账…", "轉帳…"),
    "Vote abstain": ("投弃权票", "投棄權票"),
    "Vote against": ("投反对票", "投反對票"),
    "Vote for": ("投赞成票", "投贊成票"),
    "Write PDF…": ("生成 PDF…", "產生 PDF…"),
    "You": ("您", "您"),
    "You buy": ("您购买", "您購買"),
    "Your balance": ("您的余额", "您的餘額"),
    "Your share of each payout, by month": (
        "您在每次派发中的份额，按月",
        "您在每次派發中的份額，按月",
    ),
    "Your {balance} {symbol} do not vote yet: activate your votes before a proposal starts.": (
        "您的 {balance} {symbol} 尚无投票权：请在提案开始前激活投票权。",
        "您的 {balance} {symbol} 尚無投票權：請在提案開始前啟用投票權。",
    ),
    "Your votes are active · your voting power now: {votes} {symbol}": (
        "投票权已激活 · 您当前的投票权：{votes} {symbol}",
        "投票權已啟用 · 您目前的投票權：{votes} {symbol}",
    ),
    "Activate my votes": ("激活我的投票权", "啟用我的投票權"),
    "Your tokens vote once you activate them, from the next block on: activate before a proposal "
    "starts. Votes cannot be handed to anyone else.": (
        "激活后，您的代币自下一个区块起计票：请在提案开始前激活。投票权不能交给他人。",
        "啟用後，您的代幣自下一個區塊起計票：請在提案開始前啟用。投票權不能交給他人。",
    ),
    "active": ("进行中", "進行中"),
    "already in place (no approval transaction)": (
        "已授权（无需授权交易）",
        "已授權（無需授權交易）",
    ),
    "approve exactly {cost} {coin} to the sale (now {allowance})": (
        "向发售合约精确授权 {cost} {coin}（当前 {allowance}）",
        "向發售合約精確授權 {cost} {coin}（目前 {allowance}）",
    ),
    "block {block}": ("区块 {block}", "區塊 {block}"),
    "can vote": ("可投票", "可投票"),
    "canceled": ("已取消", "已取消"),
    "closed": ("已结束", "已結束"),
    "defeated": ("未通过", "未通過"),
    "no portfolio loaded yet": ("尚未加载投资组合", "尚未載入投資組合"),
    "no power": ("无投票权", "無投票權"),
    "queued": ("排队中", "排隊中"),
    "sending": ("正在发送", "正在發送"),
    "sent, not confirmed yet": ("已发送，尚未确认", "已發送，尚未確認"),
    "Not confirmed yet: {symbol} — {error}. It is not failed: the app keeps tracking it, never "
    "sends it twice, and History shows when it is mined.": (
        "尚未确认：{symbol} — {error}。这不是失败：应用会继续跟踪该交易，绝不会重复发送，"
        "交易上链后可在“历史记录”中看到。",
        "尚未確認：{symbol} — {error}。這不是失敗：應用程式會繼續追蹤該交易，絕不會重複發送，"
        "交易上鏈後可在「歷史記錄」中看到。",
    ),
    "succeeded": ("已通过", "已通過"),
    "tokens, e.g. 2.5": ("代币数量，例如 2.5", "代幣數量，例如 2.5"),
    "voted": ("已投票", "已投票"),
    "{cost} {coin} (the sale rounds up)": (
        "{cost} {coin}（发售时向上取整）",
        "{cost} {coin}（發售時向上取整）",
    ),
    "{days} days left": ("剩余 {days} 天", "剩餘 {days} 天"),
    "{label}: {state}": ("{label}：{state}", "{label}：{state}"),
    "{merchant_id} · 12 months {change} · click: dashboard": (
        "{merchant_id} · 12 个月 {change} · 点击：仪表板",
        "{merchant_id} · 12 個月 {change} · 點擊：儀表板",
    ),
    "{price} {coin} per {symbol}": ("每 {symbol} {price} {coin}", "每 {symbol} {price} {coin}"),
    "{symbol} — {name} (closed)": ("{symbol} — {name}（已结束）", "{symbol} — {name}（已結束）"),
    "{symbol} — {name} (open)": ("{symbol} — {name}（认购中）", "{symbol} — {name}（認購中）"),
    "{summary}\nCovenant breaches: {breaches}, warnings: {warnings}\nCriteria below the bar: "
    "{failed}\nDouble-click: dashboard": (
        "{summary}\n契约违约：{breaches}，预警：{warnings}\n未达标准：{failed}\n双击：仪表板",
        "{summary}\n契約違約：{breaches}，預警：{warnings}\n未達標準：{failed}\n雙擊：儀表板",
    ),
    "{what} not sent: {user_message}": (
        "{what}未发送：{user_message}",
        "{what}未發送：{user_message}",
    ),
    "{what}: signing and sending…": ("{what}：正在签名并发送…", "{what}：正在簽署並發送…"),
    "{what}: {state}.": ("{what}：{state}。", "{what}：{state}。"),
    "● Breach": ("● 违约", "● 違約"),
    "● Good": ("● 良好", "● 良好"),
    "● Watch": ("● 关注", "● 關注"),
}
STRINGS.update(
    {
        "Account": ("账户", "帳戶"),
        "Holdings": ("持仓", "持倉"),
        "Reason for the vote": ("投票理由", "投票理由"),
    }
)
# the investor statement (PDF)
STRINGS.update(
    {
        "Purchase": ("认购", "認購"),
        "Distribution": ("分配", "分配"),
        "Transfer in": ("转入", "轉入"),
        "Transfer out": ("转出", "轉出"),
        "Claims": ("领取", "領取"),
        "Per month, {coin}": ("按月，{coin}", "按月，{coin}"),
        "Cash flows in the period": ("期间内现金流", "期間內現金流"),
        "Purchases (offering subscriptions)": ("购入（认购发行）", "購入（認購發行）"),
        "Transfers in (valued at the offering price)": (
            "转入（按发行价估值）",
            "轉入（按發行價估值）",
        ),
        "Transfers out (at average cost)": ("转出（按平均成本）", "轉出（按平均成本）"),
        "Claims paid out": ("已领取款项", "已領取款項"),
        "Total invested": ("投资总额", "投資總額"),
        "Balance": ("余额", "餘額"),
        "Claimable at end": ("期末可领取", "期末可領取"),
        "Tax year": ("纳税年度", "課稅年度"),
        "Purchases": ("购入", "購入"),
        "Transfers in": ("转入", "轉入"),
        "Transfers out": ("转出", "轉出"),
        " (part)": ("（部分）", "（部分）"),
        "Date (UTC)": ("日期（UTC）", "日期（UTC）"),
        "Transaction": ("交易", "交易"),
        "Account <b>{account}</b>": ("账户 <b>{account}</b>", "帳戶 <b>{account}</b>"),
        "Period <b>{start}</b> to <b>{end}</b> (UTC, inclusive) · amounts in {coin} · made "
        "{made}": (
            "期间 <b>{start}</b> 至 <b>{end}</b>（UTC，含首尾）· 金额单位 {coin} · 生成于 {made}",
            "期間 <b>{start}</b> 至 <b>{end}</b>（UTC，含首尾）· 金額單位 {coin} · 產生於 {made}",
        ),
        "Holdings at {date}": ("{date} 的持仓", "{date} 的持倉"),
        "Every cash flow in the period ({count})": (
            "期间内全部现金流（{count}）",
            "期間內全部現金流（{count}）",
        ),
        "Investor statement {start} to {end}": (
            "投资者对账单 {start} 至 {end}",
            "投資者結單 {start} 至 {end}",
        ),
        "PST Desk — investor statement": ("PST Desk — 投资者对账单", "PST Desk — 投資者結單"),
        "Summary": ("摘要", "摘要"),
        "Distributions and claims": ("分配与领取", "分配與領取"),
        "Tax-year summary": ("纳税年度摘要", "課稅年度摘要"),
        "* valued by the rules below, not by a price on chain.": (
            "* 按下列规则估值，而非链上价格。",
            "* 按下列規則估值，而非鏈上價格。",
        ),
        "Notes": ("备注", "備註"),
    }
)

STRINGS.update(
    {"Page {page} of {pages}": ("第 {page} 页，共 {pages} 页", "第 {page} 頁，共 {pages} 頁")}
)

STRINGS.update(
    {"Cash flows for Koinly (CSV)…": ("现金流（Koinly 格式 CSV）…", "現金流（Koinly 格式 CSV）…")}
)
# the DAO panel: proposing, deadlines as dates, how the account voted (issue 17.4)
STRINGS.update(
    {
        "New proposal…": ("新建提案…", "新增提案…"),
        "Propose a signal or a governed action to this store's holders": (
            "向本店铺的持有人提出意向提案或治理操作",
            "向本店鋪的持有人提出意向提案或治理操作",
        ),
        "{date} (estimated)": ("{date}（估计）", "{date}（估計）"),
        "for": ("赞成", "贊成"),
        "against": ("反对", "反對"),
        "abstain": ("弃权", "棄權"),
        "voted {how} · {weight} {symbol}": (
            "已投{how} · {weight} {symbol}",
            "已投{how} · {weight} {symbol}",
        ),
        "The deadline is a block; its date is estimated from the chain's recent pace.": (
            "截止时间以区块计；日期按链上近期出块速度估算。",
            "截止時間以區塊計；日期按鏈上近期出塊速度估算。",
        ),
        "Your reason: {reason}": ("您的理由：{reason}", "您的理由：{reason}"),
        "Reading your votes and the proposal threshold…": (
            "正在读取您的票数和提案门槛…",
            "正在讀取您的票數和提案門檻…",
        ),
        "Signal (text only, nothing runs on chain)": (
            "意向提案（仅文字，链上不执行任何操作）",
            "意向提案（僅文字，鏈上不執行任何操作）",
        ),
        "Credit stray funds to this store's holders": (
            "将无主资金计入本店铺持有人",
            "將無主資金計入本店鋪持有人",
        ),
        "New proposal in the {symbol} DAO": (
            "在 {symbol} DAO 中新建提案",
            "在 {symbol} DAO 中新增提案",
        ),
        "One line holders see in the list": (
            "持有人在列表中看到的一行",
            "持有人在清單中看到的一行",
        ),
        "Why, and what holders should weigh (optional)": (
            "理由，以及持有人应考虑的因素（可选）",
            "理由，以及持有人應考慮的因素（選填）",
        ),
        "Available: {amount} {coin} of stray funds in the treasury": (
            "可用：资金库中的无主资金 {amount} {coin}",
            "可用：資金庫中的無主資金 {amount} {coin}",
        ),
        "Kind": ("类型", "類型"),
        "Title": ("标题", "標題"),
        "Text": ("正文", "正文"),
        "Amount ({coin})": ("金额（{coin}）", "金額（{coin}）"),
        "Review and sign…": ("检查并签名…", "檢查並簽署…"),
        "New proposal": ("新提案", "新提案"),
        "You have {votes} votes; proposing needs {threshold} {symbol} (1% of the supply).": (
            "您有 {votes} 票；发起提案需要 {threshold} {symbol}（供应量的 1%）。",
            "您有 {votes} 票；發起提案需要 {threshold} {symbol}（供應量的 1%）。",
        ),
        "You cannot propose yet: proposing needs {threshold} {symbol} of votes (1% of the "
        "supply) at the previous block, and you have {votes}. Activate your votes if you have "
        "not (they count from the next block); only your own tokens vote.": (
            "您暂时无法发起提案：发起提案需要上一区块时的 {threshold} {symbol} 票"
            "（供应量的 1%），而您只有 {votes} 票。如尚未激活投票权，请先激活（从下一个区块起"
            "计票）；只有您自己的代币计票。",
            "您暫時無法發起提案：發起提案需要上一區塊時的 {threshold} {symbol} 票"
            "（供應量的 1%），而您只有 {votes} 票。如尚未啟用投票權，請先啟用（從下一個區塊起"
            "計票）；只有您自己的代幣計票。",
        ),
        "Credit stray funds to the {symbol} holders": (
            "将无主资金计入 {symbol} 持有人",
            "將無主資金計入 {symbol} 持有人",
        ),
    }
)

STRINGS.update(
    {
        "KYC: allowlisted.": ("KYC：已列入白名单。", "KYC：已列入白名單。"),
        "KYC expiring.": ("KYC 即将到期。", "KYC 即將到期。"),
        "KYC lapsed.": ("KYC 已失效。", "KYC 已失效。"),
        "Not allowlisted.": ("未列入白名单。", "未列入白名單。"),
        "%n registered store(s) could not be read, so left out; the rest of the portfolio is "
        "complete:": (
            "%n 个已登记店铺无法读取，未列入；投资组合的其余部分完整：",
            "%n 個已登記店鋪無法讀取，未列入；投資組合的其餘部分完整：",
        ),
    }
)
