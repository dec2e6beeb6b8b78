"""The investor's portfolio: KYC standing, claims, subscriptions, governance and statements."""

from app.errors.catalog import Message

MESSAGES = {
    # --- notices (the tray and the in-app area) ----------------------------------------------
    "portfolio.notice.claimable_title": Message(
        "{symbol}: profit share to claim", "{symbol}：有收益可领取", "{symbol}：有收益可領取"
    ),
    "portfolio.notice.claimable": Message(
        "{amount} {coin} more can be claimed from {name}.",
        "{name} 新增 {amount} {coin} 可领取。",
        "{name} 新增 {amount} {coin} 可領取。",
    ),
    "portfolio.notice.kyc_expiring": Message("KYC expires soon", "KYC 即将到期", "KYC 即將到期"),
    "portfolio.notice.kyc_lapsed": Message("KYC lapsed", "KYC 已过期", "KYC 已過期"),
    "portfolio.notice.covenant_breach": Message(
        "{symbol}: covenant breach", "{symbol}：违反契约", "{symbol}：違反契約"
    ),
    "portfolio.notice.covenant_warning": Message(
        "{symbol}: covenant warning", "{symbol}：契约预警", "{symbol}：契約預警"
    ),
    "portfolio.notice.revenue_alert": Message(
        "{symbol}: revenue control alert", "{symbol}：收入管控警报", "{symbol}：收入管控警報"
    ),
    # A covenant alert's English sentence (the GUI words it from the alert's reason code).
    "portfolio.notice.alert": Message("{message}", "{message}", "{message}"),
    "portfolio.input": Message(
        "This value is not accepted. Nothing was changed.",
        "此值不被接受。没有任何更改。",
        "此值不被接受。沒有任何變更。",
    ),
    "portfolio.refused": Message(
        "This cannot succeed now. Nothing was signed or sent.",
        "此操作现在无法成功。未签名也未发送任何交易。",
        "此操作現在無法成功。未簽署也未發送任何交易。",
    ),
    # --- KYC --------------------------------------------------------------------------------
    "portfolio.kyc.never": Message(
        "This account is not on the platform's KYC allowlist. Complete KYC with the platform "
        "before you can subscribe to offerings, receive or send tokens, or claim profit.",
        "此账户不在平台的 KYC 白名单中。请先向平台完成 KYC，才能认购发行、接收或发送代币，"
        "或领取收益。",
        "此帳戶不在平台的 KYC 白名單中。請先向平台完成 KYC，才能認購發行、接收或發送代幣，"
        "或領取收益。",
    ),
    "portfolio.kyc.lapsed": Message(
        "Your KYC lapsed on {date}. Your tokens keep earning their profit share, but it cannot "
        "be claimed (and tokens cannot be moved) until you renew your KYC; the money stays safe "
        "in each token contract until then.",
        "您的 KYC 已于 {date} 失效。您的代币仍会继续累积收益分成，但在您续期 KYC 之前无法领取"
        "（代币也无法转移）；在此之前，款项安全地保存在各代币合约中。",
        "您的 KYC 已於 {date} 失效。您的代幣仍會繼續累積收益分成，但在您續期 KYC 之前無法領取"
        "（代幣也無法轉移）；在此之前，款項安全地保存在各代幣合約中。",
    ),
    "portfolio.kyc.expires_today": Message(
        "Your KYC expires today ({date}). Renew it to keep claiming profit and moving tokens; "
        "profit keeps accruing either way.",
        "您的 KYC 今天到期（{date}）。请续期以继续领取收益和转移代币；无论如何，收益都会继续累积。",
        "您的 KYC 今天到期（{date}）。請續期以繼續領取收益和轉移代幣；無論如何，收益都會繼續累積。",
    ),
    "portfolio.kyc.expires_tomorrow": Message(
        "Your KYC expires in 1 day ({date}). Renew it to keep claiming profit and moving "
        "tokens; profit keeps accruing either way.",
        "您的 KYC 将在 1 天后到期（{date}）。请续期以继续领取收益和转移代币；无论如何，"
        "收益都会继续累积。",
        "您的 KYC 將在 1 天後到期（{date}）。請續期以繼續領取收益和轉移代幣；無論如何，"
        "收益都會繼續累積。",
    ),
    "portfolio.kyc.expires_in": Message(
        "Your KYC expires in {days} days ({date}). Renew it to keep claiming profit and moving "
        "tokens; profit keeps accruing either way.",
        "您的 KYC 将在 {days} 天后到期（{date}）。请续期以继续领取收益和转移代币；无论如何，"
        "收益都会继续累积。",
        "您的 KYC 將在 {days} 天後到期（{date}）。請續期以繼續領取收益和轉移代幣；無論如何，"
        "收益都會繼續累積。",
    ),
    "portfolio.kyc.valid": Message(
        "KYC valid until {date}.",
        "KYC 有效期至 {date}。",
        "KYC 有效期至 {date}。",
    ),
    # --- claims -----------------------------------------------------------------------------
    "portfolio.nothing_to_claim_in": Message(
        "Nothing to claim in {symbol} yet.",
        "{symbol} 暂时没有可领取的收益。",
        "{symbol} 暫時沒有可領取的收益。",
    ),
    "portfolio.cannot_claim": Message(
        "{symbol} cannot be claimed now. {kyc}",
        "{symbol} 现在无法领取。{kyc}",
        "{symbol} 現在無法領取。{kyc}",
    ),
    "portfolio.nothing_to_claim": Message(
        "Nothing to claim yet.",
        "暂时没有可领取的收益。",
        "暫時沒有可領取的收益。",
    ),
    "portfolio.cannot_claim_any": Message(
        "Nothing can be claimed now. {kyc}",
        "现在无法领取任何收益。{kyc}",
        "現在無法領取任何收益。{kyc}",
    ),
    # --- subscriptions ----------------------------------------------------------------------
    "portfolio.quote_problems": Message(
        "{problems}",
        "无法认购：{problems}",
        "無法認購：{problems}",
    ),
    "portfolio.other_account": Message(
        "The signing account is not the account this quote is for. Get a new quote for it.",
        "签名账户不是此报价所对应的账户。请为其重新获取报价。",
        "簽署帳戶不是此報價所對應的帳戶。請為其重新取得報價。",
    ),
    "portfolio.step_ended": Message(
        "{step}: the transaction {status} on chain.",
        "{step}：该交易在链上的结果为 {status}。",
        "{step}：該交易在鏈上的結果為 {status}。",
    ),
    # The steps of Claim all and Subscribe, as their progress lists show them.
    "portfolio.step.claim": Message("Claim {symbol}", "领取 {symbol}", "領取 {symbol}"),
    "portfolio.step.claim_all": Message(
        "Claim all ({symbols})", "全部领取（{symbols}）", "全部領取（{symbols}）"
    ),
    "portfolio.step.approve": Message(
        "Approve {amount} {coin}", "授权 {amount} {coin}", "授權 {amount} {coin}"
    ),
    "portfolio.step.buy": Message(
        "Buy {tokens} {symbol}", "购买 {tokens} {symbol}", "購買 {tokens} {symbol}"
    ),
    "portfolio.step.ended": Message(
        "the transaction ended on chain as {status}",
        "该交易在链上的结果为 {status}",
        "該交易在鏈上的結果為 {status}",
    ),
    "portfolio.not_a_token": Message(
        "{token} is not a token of this platform's store registry.",
        "{token} 不是此平台店铺登记合约中的代币。",
        "{token} 不是此平台店鋪登記合約中的代幣。",
    ),
    "portfolio.tokens_to_buy": Message(
        "Enter a positive number of tokens to buy.",
        "请输入要购买的代币数量（正数）。",
        "請輸入要購買的代幣數量（正數）。",
    ),
    "portfolio.only_allowlisted": Message(
        "Only allowlisted investors can subscribe. {kyc}",
        "只有白名单中的投资者才能认购。{kyc}",
        "只有白名單中的投資者才能認購。{kyc}",
    ),
    "portfolio.offering_closed": Message(
        "The {symbol} offering has closed.",
        "{symbol} 的发行已结束。",
        "{symbol} 的發行已結束。",
    ),
    "portfolio.offering_left": Message(
        "Only {left} {symbol} are left in this offering; lower the amount.",
        "此次发行仅剩 {left} {symbol}；请降低数量。",
        "此次發行僅剩 {left} {symbol}；請降低數量。",
    ),
    "portfolio.cost_above_balance": Message(
        "This costs {cost} {coin} but the account holds {balance} {coin}.",
        "此次认购需要 {cost} {coin}，但账户只有 {balance} {coin}。",
        "此次認購需要 {cost} {coin}，但帳戶只有 {balance} {coin}。",
    ),
    # --- governance -------------------------------------------------------------------------
    "portfolio.vote_not_open": Message(
        "Voting on this proposal has not opened yet ({state}).",
        "此提案的投票尚未开始（{state}）。",
        "此提案的投票尚未開始（{state}）。",
    ),
    "portfolio.vote_closed": Message(
        "Voting on this proposal is closed ({state}).",
        "此提案的投票已结束（{state}）。",
        "此提案的投票已結束（{state}）。",
    ),
    "portfolio.already_voted": Message(
        "This account has already voted on this proposal.",
        "此账户已对该提案投过票。",
        "此帳戶已對該提案投過票。",
    ),
    "portfolio.no_voting_power": Message(
        "This account had no voting power at the proposal's snapshot block. Votes count only once "
        "activated before a proposal starts: activate your votes now to vote on later ones.",
        "在提案的快照区块，此账户没有投票权。只有在提案开始前已激活的投票权才计入投票：现在激活"
        "投票权，即可对之后的提案投票。",
        "在提案的快照區塊，此帳戶沒有投票權。只有在提案開始前已啟用的投票權才計入投票：現在啟用"
        "投票權，即可對之後的提案投票。",
    ),
    "portfolio.vote_reason_long": Message(
        "Keep the reason under {limit} characters.",
        "请将理由控制在 {limit} 个字符以内。",
        "請將理由控制在 {limit} 個字元以內。",
    ),
    "portfolio.proposal_title_missing": Message(
        "Give the proposal a title: its first line is what holders see in the list.",
        "请为提案填写标题：持有人在列表中看到的是它的第一行。",
        "請為提案填寫標題：持有人在清單中看到的是它的第一行。",
    ),
    "portfolio.proposal_title_long": Message(
        "Keep the title under {limit} characters; put the details in the text.",
        "请将标题控制在 {limit} 个字符以内，详情写在正文中。",
        "請將標題控制在 {limit} 個字元以內，詳情寫在正文中。",
    ),
    "portfolio.proposal_text_long": Message(
        "Keep the proposal's text under {limit} characters.",
        "请将提案正文控制在 {limit} 个字符以内。",
        "請將提案正文控制在 {limit} 個字元以內。",
    ),
    "portfolio.propose_below_threshold": Message(
        "Proposing needs {threshold} votes (1% of the supply) at the previous block; this account "
        "has {votes}. Activate your votes if you have not (they count from the next block); votes "
        "are your own tokens only.",
        "发起提案需要上一区块时的 {threshold} 票（供应量的 1%）；此账户只有 {votes} 票。"
        "如尚未激活投票权，请先激活（从下一个区块起计票）；票数仅来自您自己的代币。",
        "發起提案需要上一區塊時的 {threshold} 票（供應量的 1%）；此帳戶只有 {votes} 票。"
        "如尚未啟用投票權，請先啟用（從下一個區塊起計票）；票數僅來自您自己的代幣。",
    ),
    "portfolio.credit_amount_zero": Message(
        "Enter an amount above zero to credit to the store.",
        "请输入大于零的金额以计入店铺。",
        "請輸入大於零的金額以計入店鋪。",
    ),
    "portfolio.credit_above_available": Message(
        "Only {available} is available to credit; {amount} is more than that.",
        "可计入的金额只有 {available}；{amount} 超出了这个数目。",
        "可計入的金額只有 {available}；{amount} 超出了這個數目。",
    ),
    # --- reading ----------------------------------------------------------------------------
    "portfolio.registry_moving": Message(
        "The store registry keeps changing; try the refresh again.",
        "店铺登记合约不断变化；请再次刷新。",
        "店鋪登記合約不斷變化；請再次重新整理。",
    ),
    "portfolio.other_block": Message(
        "The node answered a block look-up with another block. Try again later.",
        "节点对区块查询返回了另一个区块。请稍后重试。",
        "節點對區塊查詢傳回了另一個區塊。請稍後重試。",
    ),
    # --- a registered store left out (app/portfolio/holdings.py: UnreadableStore) -------------
    "portfolio.unreadable.token": Message(
        "Store {store} is left out: its token {address} did not answer ({why}).",
        "店铺 {store} 未列入：其代币合约 {address} 没有应答（{why}）。",
        "店鋪 {store} 未列入：其代幣合約 {address} 沒有回應（{why}）。",
    ),
    "portfolio.unreadable.sale": Message(
        "Store {store} is left out: its offering sale {address} did not answer ({why}).",
        "店铺 {store} 未列入：其发行认购合约 {address} 没有应答（{why}）。",
        "店鋪 {store} 未列入：其發行認購合約 {address} 沒有回應（{why}）。",
    ),
    "portfolio.unreadable.governor": Message(
        "Store {store}: its governor {address} did not answer ({why}).",
        "店铺 {store}：其治理合约 {address} 没有应答（{why}）。",
        "店鋪 {store}：其治理合約 {address} 沒有回應（{why}）。",
    ),
    "portfolio.unreadable.duplicate": Message(
        "Store {store} is left out: its token {address} is already store {other}'s, whose "
        "holdings it would count twice.",
        "店铺 {store} 未列入：其代币 {address} 已属于店铺 {other}，列入会重复计算持仓。",
        "店鋪 {store} 未列入：其代幣 {address} 已屬於店鋪 {other}，列入會重複計算持倉。",
    ),
    "portfolio.unreadable.why.no_contract": Message(
        "no contract at that address", "该地址没有合约", "該地址沒有合約"
    ),
    "portfolio.unreadable.why.bad_answer": Message(
        "its answer made no sense", "其应答无法解读", "其回應無法解讀"
    ),
    "portfolio.unreadable.why.refused": Message(
        "it refused, giving no reason", "调用被拒绝，未给出原因", "呼叫被拒絕，未給出原因"
    ),
    "portfolio.unreadable.why.reverted": Message(
        "it refused: {detail}", "调用被拒绝：{detail}", "呼叫被拒絕：{detail}"
    ),
    "portfolio.statement_dates": Message(
        "The statement's period ends before it starts; swap the dates.",
        "对账单的结束日期早于开始日期；请交换两个日期。",
        "對帳單的結束日期早於開始日期；請交換兩個日期。",
    ),
}
