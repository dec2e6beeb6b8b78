"""Approval and rejection signatures checked against the treasury before they are stored (the
platform API and `treasury import-signature` alike)."""

from app.errors.catalog import Message

MESSAGES = {
    "signature.refused": Message(
        "The treasury would refuse this signature. Nothing was stored.",
        "资金库会拒绝此签名。未保存任何内容。",
        "資金庫會拒絕此簽署。未儲存任何內容。",
    ),
    "signature.unknown_proposal": Message(
        "There is no proposal #{proposal} in this treasury. Nothing was stored.",
        "此资金库中没有提案 #{proposal}。未保存任何内容。",
        "此資金庫中沒有提案 #{proposal}。未儲存任何內容。",
    ),
    "signature.other_proposal": Message(
        "The signature is for another store, period, amount or report than proposal "
        "#{proposal}. Nothing was stored.",
        "此签名对应的店铺、期间、金额或报告与提案 #{proposal} 不同。未保存任何内容。",
        "此簽署對應的店鋪、期間、金額或報告與提案 #{proposal} 不同。未儲存任何內容。",
    ),
    "signature.not_pending": Message(
        "Proposal #{proposal} is {status}, no longer waiting for signatures. Nothing was stored.",
        "提案 #{proposal} 状态为 {status}，不再等待签名。未保存任何内容。",
        "提案 #{proposal} 狀態為 {status}，不再等待簽署。未儲存任何內容。",
    ),
    "signature.expired": Message(
        "The signature expired (its deadline has passed). Sign again. Nothing was stored.",
        "签名已过期（已超过截止时间）。请重新签名。未保存任何内容。",
        "簽署已過期（已超過截止時間）。請重新簽署。未儲存任何內容。",
    ),
    "signature.by_proposer": Message(
        "{signer} proposed this payout and cannot approve or reject it (maker-checker). "
        "Nothing was stored.",
        "{signer} 是此次付款的提案人，不能批准或拒绝（制单与复核分离）。未保存任何内容。",
        "{signer} 是此次付款的提案人，不能核准或拒絕（製單與覆核分離）。未儲存任何內容。",
    ),
    "signature.not_approver": Message(
        "{signer} does not hold the approver role in this treasury. Nothing was stored.",
        "{signer} 在此资金库中没有审批人角色。未保存任何内容。",
        "{signer} 在此資金庫中沒有核准人角色。未儲存任何內容。",
    ),
    "signature.stale_nonce": Message(
        "The signature of {signer} was made with nonce {nonce}, but their nonce is now "
        "{current} (earlier signatures were invalidated). Sign again. Nothing was stored.",
        "{signer} 的签名使用的 nonce 为 {nonce}，但其当前 nonce 为 {current}（之前的签名已作废）。"
        "请重新签名。未保存任何内容。",
        "{signer} 的簽署使用的 nonce 為 {nonce}，但其目前 nonce 為 {current}（先前的簽署已作廢）。"
        "請重新簽署。未儲存任何內容。",
    ),
    "signature.invalid": Message(
        "The signature does not verify as {signer}'s. Nothing was stored.",
        "此签名无法验证为 {signer} 的签名。未保存任何内容。",
        "此簽署無法驗證為 {signer} 的簽署。未儲存任何內容。",
    ),
    "signature.duplicate": Message(
        "{signer} has already signed proposal #{proposal}. Nothing was stored.",
        "{signer} 已签署提案 #{proposal}。未保存任何内容。",
        "{signer} 已簽署提案 #{proposal}。未儲存任何內容。",
    ),
    "signature.proposer_owns_safe": Message(
        "The proposer {proposer} owns the Safe {safe}, so the Safe cannot approve proposal "
        "#{proposal} (maker-checker: the proposer's key never counts). Nothing was "
        "stored.",
        "提案人 {proposer} 是 Safe {safe} 的所有者，因此该 Safe 不能批准提案 #{proposal}"
        "（制单与复核分离：提案人的密钥从不计数）。未保存任何内容。",
        "提案人 {proposer} 是 Safe {safe} 的擁有者，因此該 Safe 不能核准提案 #{proposal}"
        "（製單與覆核分離：提案人的金鑰從不計數）。未儲存任何內容。",
    ),
    "signature.owner_counted_twice": Message(
        "{owner} owns the Safe {safe}, and both approved proposal #{proposal}: a key counts once "
        "per proposal, so the treasury would refuse the pair. Nothing was stored.",
        "{owner} 是 Safe {safe} 的所有者，二者都批准了提案 #{proposal}："
        "每把密钥对一个提案只计一次，资金库会拒绝这一组签名。未保存任何内容。",
        "{owner} 是 Safe {safe} 的擁有者，兩者都批准了提案 #{proposal}："
        "每把金鑰對一個提案只計一次，資金庫會拒絕這一組簽署。未儲存任何內容。",
    ),
    "signature.implausible_time": Message(
        "The signature claims it was made at {signed_at} (unix time), before proposal "
        "#{proposal} existed or in the future. Sign again on a machine with the right clock. "
        "Nothing was stored.",
        "该签名声称签署于 {signed_at}（Unix 时间），早于提案 #{proposal} 创建或在未来。"
        "请在时钟正确的机器上重新签署。未保存任何内容。",
        "該簽署聲稱簽署於 {signed_at}（Unix 時間），早於提案 #{proposal} 建立或在未來。"
        "請在時鐘正確的機器上重新簽署。未儲存任何內容。",
    ),
    "signature.no_reason": Message(
        "A signed rejection must carry its reason (only the reason's hash is signed). "
        "Nothing was stored.",
        "签名的拒绝必须附带理由（签名的只是理由的哈希）。未保存任何内容。",
        "簽署的拒絕必須附帶理由（簽署的只是理由的雜湊）。未儲存任何內容。",
    ),
    "signature.no_treasury": Message(
        "This server has no treasury to check signatures against.",
        "此服务器没有可用于核对签名的资金库。",
        "此伺服器沒有可用於核對簽署的資金庫。",
    ),
}
