"""Powers over a token: what holds them, why one is flagged, and what the compliance officer does.

Flags take `holder` (an address), `kind` (a `powers.kind.*` phrase), `role` and `symbol`."""

from app.errors.catalog import Message

MESSAGES = {
    "powers.unknown_token": Message(
        "No store in the registry has the token {token}. Check the symbol or address.",
        "注册表中没有代币为 {token} 的店铺。请检查代号或地址。",
        "註冊表中沒有代幣為 {token} 的店鋪。請檢查代號或地址。",
    ),
    "powers.store_unreadable": Message(
        "The powers over this store cannot be read. {reason}",
        "无法读取该店铺的权限。{reason}",
        "無法讀取該店鋪的權限。{reason}",
    ),
    # --- what a holder is --------------------------------------------------------------------
    "powers.kind.timelock": Message(
        "the store DAO's timelock", "店铺 DAO 的时间锁", "店鋪 DAO 的時間鎖"
    ),
    "powers.kind.governor": Message(
        "the store DAO's governor", "店铺 DAO 的治理合约", "店鋪 DAO 的治理合約"
    ),
    "powers.kind.sale": Message(
        "the offering sale (bounded by its cap and deadline)",
        "发行认购合约（受上限和截止日期约束）",
        "發行認購合約（受上限和截止日期約束）",
    ),
    "powers.kind.treasury": Message(
        "the distribution treasury", "分配资金库合约", "分配資金庫合約"
    ),
    "powers.kind.router": Message("the revenue router", "收入路由合约", "收入路由合約"),
    "powers.kind.registry": Message("the store registry", "店铺注册表合约", "店鋪註冊表合約"),
    "powers.kind.token": Message("the token itself", "代币合约本身", "代幣合約本身"),
    "powers.kind.compliance": Message(
        "the compliance registry", "合规注册表合约", "合規註冊表合約"
    ),
    "powers.kind.guardian": Message("the guardian", "守护者", "守護者"),
    "powers.kind.claim_router": Message("the claim router", "领取路由合约", "領取路由合約"),
    "powers.kind.contract": Message(
        "a contract the app does not recognise",
        "本应用无法识别的合约",
        "本應用程式無法識別的合約",
    ),
    "powers.kind.unverified": Message(
        "an unverified contract (not the app's build of what the registry names it)",
        "未经验证的合约（并非本应用所构建的注册表所称合约）",
        "未經驗證的合約（並非本應用程式所建置的註冊表所稱合約）",
    ),
    "powers.kind.key": Message(
        "a plain key, one person", "普通密钥，一人掌控", "普通金鑰，一人掌控"
    ),
    "powers.kind.anyone": Message("anyone", "任何人", "任何人"),
    # --- flags: what one key could do ----------------------------------------------------------
    "powers.flag.token_admin": Message(
        "{holder} ({kind}) is an admin of {symbol}: it can give itself any power over the token, "
        "so it could mint, pause claims and transfers, or distribute at will.",
        "{holder}（{kind}）是 {symbol} 的管理员：它可以给自己任何代币权限，因此可以随意增发、"
        "暂停领取和转账，或进行分配。",
        "{holder}（{kind}）是 {symbol} 的管理員：它可以給自己任何代幣權限，因此可以隨意增發、"
        "暫停領取和轉帳，或進行分配。",
    ),
    "powers.flag.mint": Message(
        "{holder} ({kind}) can mint {symbol} outside the sale's cap and deadline, diluting every "
        "holder's profit share and votes.",
        "{holder}（{kind}）可以在认购上限和截止日期之外增发 {symbol}，稀释每位持有人的收益分成"
        "和投票权。",
        "{holder}（{kind}）可以在認購上限和截止日期之外增發 {symbol}，稀釋每位持有人的收益分成"
        "和投票權。",
    ),
    "powers.flag.pause": Message(
        "{holder} ({kind}) can pause {symbol}, which stops every claim and transfer for as long "
        "as it likes.",
        "{holder}（{kind}）可以暂停 {symbol}，使所有领取和转账停止，时间由它决定。",
        "{holder}（{kind}）可以暫停 {symbol}，使所有領取和轉帳停止，時間由它決定。",
    ),
    "powers.flag.timelock_admin": Message(
        "{holder} ({kind}) administers the store's timelock: it can make the timelock act "
        "without a DAO vote, and the timelock holds the DAO's powers.",
        "{holder}（{kind}）管理店铺的时间锁：它可以不经 DAO 投票让时间锁执行操作，而时间锁持有 "
        "DAO 的权限。",
        "{holder}（{kind}）管理店鋪的時間鎖：它可以不經 DAO 投票讓時間鎖執行操作，而時間鎖持有 "
        "DAO 的權限。",
    ),
    "powers.flag.timelock_proposer": Message(
        "{holder} ({kind}) can queue operations on the store's timelock without a DAO vote.",
        "{holder}（{kind}）可以不经 DAO 投票在店铺的时间锁中排队操作。",
        "{holder}（{kind}）可以不經 DAO 投票在店鋪的時間鎖中排隊操作。",
    ),
    "powers.flag.timelock_canceller": Message(
        "{holder} ({kind}) can cancel any operation a DAO vote queued on the store's timelock: "
        "alone, it can veto every decision of {symbol}'s holders.",
        "{holder}（{kind}）可以取消 DAO 投票后在店铺时间锁中排队的任何操作：它一人即可否决 "
        "{symbol} 持有人的每一项决定。",
        "{holder}（{kind}）可以取消 DAO 投票後在店鋪時間鎖中排隊的任何操作：它一人即可否決 "
        "{symbol} 持有人的每一項決定。",
    ),
    "powers.flag.timelock_executor": Message(
        "Only named executors, among them {holder} ({kind}), may carry out what a DAO vote "
        "queued on the store's timelock: they can withhold every decision of {symbol}'s holders.",
        "只有指定的执行者（包括 {holder}（{kind}））才能执行 DAO 投票后在店铺时间锁中排队的操作："
        "他们可以扣住 {symbol} 持有人的每一项决定。",
        "只有指定的執行者（包括 {holder}（{kind}））才能執行 DAO 投票後在店鋪時間鎖中排隊的操作："
        "他們可以扣住 {symbol} 持有人的每一項決定。",
    ),
    "powers.flag.store_owner": Message(
        "{holder} ({kind}) owns the store in the registry: it can rotate the store's credentials "
        "and appoint operators without a DAO vote.",
        "{holder}（{kind}）在注册表中拥有该店铺：它可以不经 DAO 投票轮换店铺凭证并指定操作员。",
        "{holder}（{kind}）在註冊表中擁有該店鋪：它可以不經 DAO 投票輪換店鋪憑證並指定操作員。",
    ),
    "powers.flag.router_owner": Message(
        "The revenue router answers to an owner ({holder}): its split is supposed to be fixed "
        "with no owner.",
        "收入路由合约有所有者（{holder}）：其分成比例本应固定且没有所有者。",
        "收入路由合約有擁有者（{holder}）：其分成比例本應固定且沒有擁有者。",
    ),
    "powers.flag.unverified": Message(
        "{holder} is named as {named} for {symbol}, but its code is not that contract's: it is "
        "{kind}, which may do anything its author wrote, so the app cannot vouch for the powers "
        "it holds.",
        "{holder} 被登记为 {symbol} 的{named}，但其代码并非该合约的代码：它是{kind}，"
        "可能执行其作者写入的任何操作，本应用无法为其持有的权限担保。",
        "{holder} 被登記為 {symbol} 的{named}，但其程式碼並非該合約的程式碼：它是{kind}，"
        "可能執行其作者寫入的任何操作，本應用程式無法為其持有的權限擔保。",
    ),
    "powers.flag.guardian_unbounded": Message(
        "{holder} ({kind}) can pause {symbol} with no end within 7 days.",
        "{holder}（{kind}）可以暂停 {symbol}，且暂停不会在 7 天内自动结束。",
        "{holder}（{kind}）可以暫停 {symbol}，且暫停不會在 7 天內自動結束。",
    ),
    "powers.flag.paused": Message(
        "{symbol} is paused now: claims and transfers are stopped.",
        "{symbol} 目前已暂停：领取和转账均已停止。",
        "{symbol} 目前已暫停：領取和轉帳均已停止。",
    ),
    "powers.flag.treasury_admin": Message(
        "{holder} ({kind}) administers the distribution treasury that holds {symbol}'s "
        "undistributed profit share: alone, it can stop this store's payouts (by setting its cap "
        "to 0), change the approvals a payout needs and appoint proposers and approvers.",
        "{holder}（{kind}）管理持有 {symbol} 未分配收益分成的分配资金库：它一人即可停止该店铺的"
        "派付（将其上限设为 0）、更改派付所需的批准数，并任命提议者和批准者。",
        "{holder}（{kind}）管理持有 {symbol} 未分配收益分成的分配資金庫：它一人即可停止該店鋪的"
        "派付（將其上限設為 0）、更改派付所需的批准數，並任命提議者和批准者。",
    ),
    "powers.flag.payouts_off": Message(
        "{symbol}'s profit share cannot be paid out now: {why}",
        "{symbol} 的收益分成目前无法派付：{why}",
        "{symbol} 的收益分成目前無法派付：{why}",
    ),
    "powers.payouts_off.cap": Message(
        "the treasury's policy caps this store's payouts at 0.",
        "资金库的政策将该店铺的派付上限设为 0。",
        "資金庫的政策將該店鋪的派付上限設為 0。",
    ),
    "powers.payouts_off.no_proposer": Message(
        "the treasury has no proposer.", "资金库没有提议者。", "資金庫沒有提議者。"
    ),
    "powers.payouts_off.approvers": Message(
        "a payout needs {threshold} approvals and the treasury has {approvers} approver(s).",
        "派付需要 {threshold} 个批准，而资金库只有 {approvers} 个批准者。",
        "派付需要 {threshold} 個批准，而資金庫只有 {approvers} 個批准者。",
    ),
    "powers.flag.handover_timelock": Message(
        "The handover offered for {symbol} would give its powers to {holder}, but the store "
        "DAO's timelock is {timelock}: whoever runs {holder} would hold them. Vote against it.",
        "为 {symbol} 提出的移交会把其权限交给 {holder}，但该店铺 DAO 的时间锁是 {timelock}："
        "掌控 {holder} 的人将持有这些权限。请投反对票。",
        "為 {symbol} 提出的移交會把其權限交給 {holder}，但該店鋪 DAO 的時間鎖是 {timelock}："
        "掌控 {holder} 的人將持有這些權限。請投反對票。",
    ),
    "powers.flag.handover_sale": Message(
        "The handover offered for {symbol} would make {holder} a minter, but the store's "
        "registered sale is {sale}: that contract could mint outside the offering's terms. "
        "Vote against it.",
        "为 {symbol} 提出的移交会让 {holder} 成为增发方，但该店铺登记的认购合约是 {sale}："
        "该合约可能在发行条款之外增发。请投反对票。",
        "為 {symbol} 提出的移交會讓 {holder} 成為增發方，但該店鋪登記的認購合約是 {sale}："
        "該合約可能在發行條款之外增發。請投反對票。",
    ),
    "powers.flag.handover_treasury": Message(
        "The handover offered for {symbol} would make {holder} its distributor, but the store's "
        "treasury is {treasury}. Vote against it.",
        "为 {symbol} 提出的移交会让 {holder} 成为分配方，"
        "但该店铺的资金库是 {treasury}。请投反对票。",
        "為 {symbol} 提出的移交會讓 {holder} 成為分配方，"
        "但該店鋪的資金庫是 {treasury}。請投反對票。",
    ),
    "powers.flag.handover_guardian_key": Message(
        "The handover offered for {symbol} names a plain key, {holder}, as guardian: one person "
        "could stop every transfer of {symbol}, again and again.",
        "为 {symbol} 提出的移交指定普通密钥 {holder} 为守护者：一个人即可反复停止 {symbol} "
        "的所有转账。",
        "為 {symbol} 提出的移交指定普通金鑰 {holder} 為守護者：一個人即可反覆停止 {symbol} "
        "的所有轉帳。",
    ),
    "powers.platform_held": Message(
        "Held by the platform until the store is handed over to its DAO.",
        "在店铺移交给其 DAO 之前由平台持有。",
        "在店鋪移交給其 DAO 之前由平台持有。",
    ),
    # --- explanations ------------------------------------------------------------------------
    "powers.explain.compliance": Message(
        "The platform's compliance officers keep the KYC allowlist: an officer can allow an "
        "account, and can revoke a holder's KYC, which stops their transfers and claims at once "
        "and, for later proposals, their votes: a revocation counts in store DAO votes only for "
        "proposals made after a notice period (about a week on a real network), not at all if "
        "it is undone within it, and never silences a vote already open; a KYC that lapses by "
        "time counts at once. A revoked or lapsed holder keeps earning and claims once the KYC "
        "is renewed; no officer can take tokens or money.",
        "平台的合规专员维护 KYC 白名单：专员可以允许某个账户，也可以撤销持有人的 KYC，"
        "从而立即停止其转账和领取，并使其不能对此后的提案投票：撤销仅对通知期（正式网络上约一周）"
        "结束后发起的店铺 DAO 提案生效；若在通知期内撤回则完全不生效，对已开始的投票也没有影响；"
        "KYC 到期自然失效则立即生效。被撤销或已失效的持有人仍会继续累积收益，KYC 续期后即可领取；"
        "任何专员都无法拿走代币或资金。",
        "平台的合規專員維護 KYC 白名單：專員可以允許某個帳戶，也可以撤銷持有人的 KYC，"
        "從而立即停止其轉帳和領取，並使其不能對此後的提案投票：撤銷僅對通知期（正式網路上約一週）"
        "結束後發起的店鋪 DAO 提案生效；若在通知期內撤回則完全不生效，對已開始的投票也沒有影響；"
        "KYC 到期自然失效則立即生效。被撤銷或已失效的持有人仍會繼續累積收益，KYC 續期後即可領取；"
        "任何專員都無法拿走代幣或資金。",
    ),
    "powers.explain.treasury_admin": Message(
        "Treasury admin: can stop this store's payouts (cap 0), change its cap and the approvals "
        "a payout needs, appoint or remove proposers and approvers, and strike a proposal.",
        "资金库管理员：可以停止该店铺的派付（上限设为 0）、更改其上限和派付所需的批准数、任命或"
        "撤换提议者和批准者，以及撤销提案。",
        "資金庫管理員：可以停止該店鋪的派付（上限設為 0）、更改其上限和派付所需的批准數、任命或"
        "撤換提議者和批准者，以及撤銷提案。",
    ),
    "powers.explain.treasury_proposer": Message(
        "Proposer: proposes paying out an amount of this store's money to its holders.",
        "提议者：提议将该店铺的一笔资金派付给其持有人。",
        "提議者：提議將該店鋪的一筆資金派付給其持有人。",
    ),
    "powers.explain.treasury_approver": Message(
        "Approver: signs proposals; {threshold} approvers other than the proposer pay one out.",
        "批准者：签署提案；除提议者外须有 {threshold} 位批准者签署才会派付。",
        "批准者：簽署提案；除提議者外須有 {threshold} 位批准者簽署才會派付。",
    ),
    "powers.explain.treasury_bounds": Message(
        "No treasury role can send this store's money anywhere but to its holders, pro rata.",
        "任何资金库角色都只能把该店铺的资金按比例派付给其持有人，不能转往别处。",
        "任何資金庫角色都只能把該店鋪的資金按比例派付給其持有人，不能轉往別處。",
    ),
    "powers.explain.registry": Message(
        "Registry admin: appoints registrars. Registrar: lists new stores. Neither can change a "
        "listed store's token, sale, router, treasury or owner.",
        "注册表管理员：任命登记员。登记员：登记新店铺。两者都不能更改已登记店铺的代币、认购合约、"
        "路由、资金库或所有者。",
        "註冊表管理員：任命登記員。登記員：登記新店鋪。兩者都不能更改已登記店鋪的代幣、認購合約、"
        "路由、資金庫或擁有者。",
    ),
    "powers.explain.handed_over": Message(
        "The store belongs to its DAO: its timelock owns it in the registry.",
        "该店铺属于其 DAO：其时间锁在注册表中拥有该店铺。",
        "該店鋪屬於其 DAO：其時間鎖在註冊表中擁有該店鋪。",
    ),
    "powers.explain.pre_handover": Message(
        "The store has not been handed over to its DAO yet: the platform still owns it.",
        "该店铺尚未移交给其 DAO：目前仍由平台拥有。",
        "該店鋪尚未移交給其 DAO：目前仍由平台擁有。",
    ),
    "powers.explain.router": Message(
        "The revenue router's split is fixed at deployment: it has no owner and no setter.",
        "收入路由合约的分成比例在部署时固定：没有所有者，也没有修改函数。",
        "收入路由合約的分成比例在部署時固定：沒有擁有者，也沒有修改函式。",
    ),
    "powers.explain.no_flags": Message(
        "No single key can mint {symbol}, stop its claims or move investors' money.",
        "没有任何单一密钥可以增发 {symbol}、停止其领取或转移投资者的资金。",
        "沒有任何單一金鑰可以增發 {symbol}、停止其領取或轉移投資人的資金。",
    ),
    "powers.explain.no_flags_but_officer": Message(
        "Apart from the compliance officer (shown below), who can stop a holder's transfers and "
        "claims by revoking their KYC, no single key can mint {symbol}, stop its claims or move "
        "investors' money.",
        "除合规专员（见下文）可通过撤销持有人的 KYC 停止其转账和领取外，没有任何单一密钥可以"
        "增发 {symbol}、停止其领取或转移投资者的资金。",
        "除合規專員（見下文）可透過撤銷持有人的 KYC 停止其轉帳和領取外，沒有任何單一金鑰可以"
        "增發 {symbol}、停止其領取或轉移投資人的資金。",
    ),
    # --- portfolio claim --all (app/cli/portfolio_claim_all.py) --------------------------------
    "cli.claim_one_or_all": Message(
        "Name one token to claim, or claim every token with --all (not both). Nothing was sent.",
        "请指定一个要领取的代币，或用 --all 领取所有代币（不能同时使用）。未发送任何交易。",
        "請指定一個要領取的代幣，或用 --all 領取所有代幣（不能同時使用）。未發送任何交易。",
    ),
}
