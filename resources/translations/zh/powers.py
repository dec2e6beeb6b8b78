"""Powers over a token (Portfolio → Powers) and the store list's flag: English ->
(Simplified, Traditional). Keys are "Context|source" so they never clash with other catalogs."""

STRINGS: dict[str, tuple[str, str]] = {
    "HoldingsModel|Flagged powers over this token (see the Powers tab):\n{reasons}": (
        "此代币的权限有警示（见“权限”标签页）：\n{reasons}",
        "此代幣的權限有警示（見「權限」分頁）：\n{reasons}",
    ),
    "PortfolioPage|Powers": ("权限", "權限"),
    "PowersPanel|<b>Powers over {symbol}</b> · {state} · block {block}": (
        "<b>{symbol} 的权限</b> · {state} · 区块 {block}",
        "<b>{symbol} 的權限</b> · {state} · 區塊 {block}",
    ),
    "PowersPanel|Compliance": ("合规", "合規"),
    "PowersPanel|Contract": ("合约", "合約"),
    "PowersPanel|Could not read the powers: {user_message}": (
        "无法读取权限：{user_message}",
        "無法讀取權限：{user_message}",
    ),
    "PowersPanel|Governor": ("治理合约", "治理合約"),
    "PowersPanel|Holder": ("持有者", "持有者"),
    "PowersPanel|Owner": ("所有者", "擁有者"),
    "PowersPanel|Paused": ("暂停", "暫停"),
    "PowersPanel|Reading the powers over {symbol}…": (
        "正在读取 {symbol} 的权限…",
        "正在讀取 {symbol} 的權限…",
    ),
    "PowersPanel|Role": ("角色", "角色"),
    "PowersPanel|Role holders": ("角色持有者", "角色持有者"),
    "PowersPanel|Router": ("收入路由", "收入路由"),
    "PowersPanel|Select a holding to see who holds power over its token.": (
        "选择一项持仓，查看谁对其代币拥有权限。",
        "選擇一項持倉，查看誰對其代幣擁有權限。",
    ),
    "PowersPanel|Timelock": ("时间锁", "時間鎖"),
    "PowersPanel|What it is": ("是什么", "是什麼"),
    "PowersPanel|admin": ("管理员", "管理員"),
    "PowersPanel|canceller": ("取消者", "取消者"),
    "PowersPanel|compliance": ("合规", "合規"),
    "PowersPanel|compliance officer": ("合规专员", "合規專員"),
    "PowersPanel|distributor": ("分配者", "分配者"),
    "PowersPanel|executor": ("执行者", "執行者"),
    "PowersPanel|guardian": ("守护者", "守護者"),
    "PowersPanel|guardian {address} ({kind})": (
        "守护者 {address}（{kind}）",
        "守護者 {address}（{kind}）",
    ),
    "PowersPanel|handed over to its DAO": ("已移交给其 DAO", "已移交給其 DAO"),
    "PowersPanel|investors {investors} · platform fee {fee} · merchant {merchant}": (
        "投资者 {investors} · 平台费 {fee} · 商户 {merchant}",
        "投資人 {investors} · 平台費 {fee} · 商戶 {merchant}",
    ),
    "PowersPanel|its pause ends {when}": ("其暂停于 {when} 结束", "其暫停於 {when} 結束"),
    "PowersPanel|minter": ("铸币者", "鑄幣者"),
    "PowersPanel|no": ("否", "否"),
    "PowersPanel|none": ("无", "無"),
    "PowersPanel|not yet handed over to its DAO: the platform still holds its powers": (
        "尚未移交给其 DAO：平台仍持有其权限",
        "尚未移交給其 DAO：平台仍持有其權限",
    ),
    "PowersPanel|owner {address}": ("所有者 {address}", "擁有者 {address}"),
    "PowersPanel|pauser": ("暂停者", "暫停者"),
    "PowersPanel|pending: {address}": ("待接受：{address}", "待接受：{address}"),
    "PowersPanel|proposer": ("提议者", "提議者"),
    "PowersPanel|timelock": ("时间锁", "時間鎖"),
    "PowersPanel|token": ("代币", "代幣"),
    "PowersPanel|voting delay {delay} blocks · voting period {period} blocks · proposal "
    "threshold {threshold} PST · quorum {numerator}/{denominator} of supply ({quorum} PST now)": (
        "投票延迟 {delay} 个区块 · 投票期 {period} 个区块 · 提案门槛 {threshold} PST · "
        "法定人数为供应量的 {numerator}/{denominator}（当前 {quorum} PST）",
        "投票延遲 {delay} 個區塊 · 投票期 {period} 個區塊 · 提案門檻 {threshold} PST · "
        "法定人數為供應量的 {numerator}/{denominator}（目前 {quorum} PST）",
    ),
    "PowersPanel|yes: claims and transfers are stopped": (
        "是：领取和转账已停止",
        "是：領取和轉帳已停止",
    ),
    "PowersPanel|{address} · delay {seconds} s": (
        "{address} · 延迟 {seconds} 秒",
        "{address} · 延遲 {seconds} 秒",
    ),
    "PowersPanel|transfers only (the guardian's pause; claims go on)": (
        "仅转账（守护者的暂停；领取照常）",
        "僅轉帳（守護者的暫停；領取照常）",
    ),
    "PowersPanel|may pause transfers, not claims, for at most {days} days": (
        "最多可暂停转账 {days} 天，不能暂停领取",
        "最多可暫停轉帳 {days} 天，不能暫停領取",
    ),
    # Claim all in one transaction (ui/portfolio/claim_dialog.py, page.py)
    "ClaimAllDialog|Claiming {money} from %n holding(s) in one transaction: every claim goes "
    "through, or none does.": (
        "正在从 %n 个持仓领取 {money}，只用一笔交易：所有领取要么全部成功，要么全部不执行。",
        "正在從 %n 個持倉領取 {money}，只用一筆交易：所有領取要麼全部成功，要麼全部不執行。",
    ),
    "PortfolioPage|Claim the profit share of every holding (in one transaction where the "
    "platform has a claim router)": (
        "领取所有持仓的收益分成（平台有领取路由合约时只用一笔交易）",
        "領取所有持倉的收益分成（平台有領取路由合約時只用一筆交易）",
    ),
    "PowersPanel|The token's powers are offered to the timelock {address}, waiting for the DAO's "
    "vote to accept them.": (
        "代币的权限已提交给时间锁 {address}，等待 DAO 投票接受。",
        "代幣的權限已提交給時間鎖 {address}，等待 DAO 投票接受。",
    ),
    "PowersPanel|Sale": ("认购", "認購"),
    "PowersPanel|Treasury": ("资金库", "資金庫"),
    "PowersPanel|Registry": ("注册表", "註冊表"),
    "PowersPanel|treasury": ("资金库", "資金庫"),
    "PowersPanel|registry": ("注册表", "註冊表"),
    "PowersPanel|approver": ("批准者", "批准者"),
    "PowersPanel|registrar": ("登记员", "登記員"),
    "PowersPanel|price {price} {coin} per PST · cap {cap} PST · open until {deadline}": (
        "价格每 PST {price} {coin} · 上限 {cap} PST · 认购截止于 {deadline}",
        "價格每 PST {price} {coin} · 上限 {cap} PST · 認購截止於 {deadline}",
    ),
    "PowersPanel|proceeds to {address} ({kind})": (
        "认购款付给 {address}（{kind}）",
        "認購款付給 {address}（{kind}）",
    ),
    "PowersPanel|0: payouts stopped": ("0：派付已停止", "0：派付已停止"),
    "PowersPanel|{address} · holds {held} {coin} of this store's profit share, not yet paid out · "
    "a payout needs a proposer and {threshold} of {approvers} approvers · cap per payout {cap}": (
        "{address} · 持有该店铺尚未派付的收益分成 {held} {coin} · 每次派付需要一位提议者和 "
        "{approvers} 位批准者中的 {threshold} 位 · 每次派付上限 {cap}",
        "{address} · 持有該店鋪尚未派付的收益分成 {held} {coin} · 每次派付需要一位提議者和 "
        "{approvers} 位批准者中的 {threshold} 位 · 每次派付上限 {cap}",
    ),
}
