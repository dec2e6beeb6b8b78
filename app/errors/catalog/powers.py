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
    "powers.kind.treasury": Message("the distribution treasury", "分配金库合约", "分配金庫合約"),
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
    "powers.platform_held": Message(
        "Held by the platform until the store is handed over to its DAO.",
        "在店铺移交给其 DAO 之前由平台持有。",
        "在店鋪移交給其 DAO 之前由平台持有。",
    ),
    # --- explanations ------------------------------------------------------------------------
    "powers.explain.compliance": Message(
        "The platform's compliance officers keep the KYC allowlist: they can allow an account "
        "or revoke it. A revoked or lapsed account cannot move its tokens or claim until its KYC "
        "is renewed, but it keeps earning; nobody can take its tokens or its money.",
        "平台的合规专员维护 KYC 白名单：他们可以允许或撤销某个账户。被撤销或已失效的账户在续期 "
        "KYC 之前无法转移代币或领取收益，但仍会继续累积收益；任何人都无法拿走其代币或资金。",
        "平台的合規專員維護 KYC 白名單：他們可以允許或撤銷某個帳戶。被撤銷或已失效的帳戶在續期 "
        "KYC 之前無法轉移代幣或領取收益，但仍會繼續累積收益；任何人都無法拿走其代幣或資金。",
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
    # --- portfolio claim --all (app/cli/portfolio_claim_all.py) --------------------------------
    "cli.claim_one_or_all": Message(
        "Name one token to claim, or claim every token with --all (not both). Nothing was sent.",
        "请指定一个要领取的代币，或用 --all 领取所有代币（不能同时使用）。未发送任何交易。",
        "請指定一個要領取的代幣，或用 --all 領取所有代幣（不能同時使用）。未發送任何交易。",
    ),
}
