"""The treasury's signed approvals and rejections (EIP-712), the signature store, the rules the
contract checks on signatures, and a Safe as an approver."""

from app.errors.catalog import Message

MESSAGES = {
    "treasury.typed_field": Message(
        "The signed approval's field {field} must be 32 bytes. Nothing was signed.",
        "签名审批的字段 {field} 必须为 32 字节。未签署任何内容。",
        "簽署審批的欄位 {field} 必須為 32 位元組。未簽署任何內容。",
    ),
    "treasury.bad_signature": Message(
        "This is not a valid signature (65 bytes r, s, v with a low s). Ask the signer to sign "
        "again.",
        "这不是有效的签名（65 字节的 r、s、v，且 s 须为低值）。请签名人重新签名。",
        "這不是有效的簽章（65 位元組的 r、s、v，且 s 須為低值）。請簽署人重新簽署。",
    ),
    # --- the contract's rules on signed approvals, tiers and the monthly cap ----------------------
    "treasury.period_proposed": Message(
        "Period {period} already has a live proposal (#{proposal}). Cancel or reject it first, "
        "or wait until it expires.",
        "期间 {period} 已有进行中的提案（#{proposal}）。请先取消或拒绝它，或等待其过期。",
        "期間 {period} 已有進行中的提案（#{proposal}）。請先取消或拒絕它，或等待其過期。",
    ),
    "treasury.not_approver": Message(
        "{signer} does not hold the approver role now, so their signature does not count for "
        "proposal #{proposal}.",
        "{signer} 当前没有审批人角色，其签名对提案 #{proposal} 不计数。",
        "{signer} 目前沒有審批人角色，其簽署對提案 #{proposal} 不計數。",
    ),
    "treasury.proposer_revoked": Message(
        "The proposer of proposal #{proposal} ({proposer}) no longer holds the proposer role: "
        "it can no longer be executed. An administrator can cancel it.",
        "提案 #{proposal} 的提案人（{proposer}）已不再拥有提案人角色："
        "该提案无法再执行。管理员可以取消它。",
        "提案 #{proposal} 的提案人（{proposer}）已不再擁有提案人角色："
        "該提案無法再執行。管理員可以取消它。",
    ),
    "treasury.above_monthly_cap": Message(
        "{amount} would exceed the store's monthly cap of {cap} (already executed in {month}: "
        "{executed}). Wait for next month or ask an administrator to raise the cap.",
        "{amount} 将超过店铺每月上限 {cap}（{month} 已执行：{executed}）。"
        "请等到下个月，或请管理员提高上限。",
        "{amount} 將超過店鋪每月上限 {cap}（{month} 已執行：{executed}）。"
        "請等到下個月，或請管理員提高上限。",
    ),
    "treasury.override_note_length": Message(
        "An override reason is 1 to {limit} characters. Nothing was signed or kept.",
        "覆盖理由须为 1 至 {limit} 个字符。未签署或保存任何内容。",
        "覆蓋理由須為 1 至 {limit} 個字元。未簽署或保存任何內容。",
    ),
    "treasury.override_note_other": Message(
        "This override reason is for another proposal or report than proposal #{proposal} on "
        "chain. It was not kept.",
        "此覆盖理由对应的提案或报告与链上的提案 #{proposal} 不同。未保存。",
        "此覆蓋理由對應的提案或報告與鏈上的提案 #{proposal} 不同。未保存。",
    ),
    "treasury.override_note_forged": Message(
        "The override reason of proposal #{proposal} is not signed by its proposer (or was "
        "altered after signing). It was not kept.",
        "提案 #{proposal} 的覆盖理由不是由其提议人签署的（或签署后被修改）。未保存。",
        "提案 #{proposal} 的覆蓋理由不是由其提議人簽署的（或簽署後被修改）。未保存。",
    ),
    "treasury.no_signed_rejection": Message(
        "There is no signed rejection of proposal #{proposal} by {signer} on this desk (or it "
        "was signed before their nonce changed). Import their signed rejection first, then send "
        "it. Nothing was sent.",
        "本工作台没有 {signer} 对提案 #{proposal} 的签名拒绝（或签署后其随机数已变更）。"
        "请先导入其签名拒绝，再发送。未发送任何内容。",
        "本工作台沒有 {signer} 對提案 #{proposal} 的簽署拒絕（或簽署後其隨機數已變更）。"
        "請先匯入其簽署拒絕，再傳送。未傳送任何內容。",
    ),
    "treasury.sign_rejection_first": Message(
        "There is no signed rejection of proposal #{proposal} by this account yet. Sign the "
        "rejection first.",
        "此账户尚未签署对提案 #{proposal} 的拒绝。请先签署拒绝。",
        "此帳戶尚未簽署對提案 #{proposal} 的拒絕。請先簽署拒絕。",
    ),
    "treasury.approve_is_signed": Message(
        "An approval is a signature, not a transaction: sign it (no gas is paid).",
        "批准是一个签名，而不是交易：请签署它（无需支付 gas）。",
        "批准是一個簽署，而不是交易：請簽署它（無需支付 gas）。",
    ),
    "treasury.safe_artifacts": Message(
        "The Safe 1.4.1 contracts are not installed ({path}). Run `make deps` to install them.",
        "未安装 Safe 1.4.1 合约（{path}）。请运行 `make deps` 安装。",
        "未安裝 Safe 1.4.1 合約（{path}）。請執行 `make deps` 安裝。",
    ),
    # --- approving as a Safe from the desk: owners' parts (app.treasury.safe_approvals) -------
    "treasury.not_a_safe": Message(
        "{address} is not a Safe: it answers no owners and threshold. Nothing was signed.",
        "{address} 不是 Safe：它没有返回所有者和门槛。未签署任何内容。",
        "{address} 不是 Safe：它沒有回報擁有者和門檻。未簽署任何內容。",
    ),
    "treasury.safe_owned_by_proposer": Message(
        "The Safe {safe} cannot approve proposal #{proposal}: its owner {proposer} proposed it, "
        "and the proposer's key never counts (maker-checker), not even inside a Safe. Nothing "
        "was signed.",
        "Safe {safe} 不能批准提案 #{proposal}：其所有者 {proposer} 是提案人，"
        "提案人的密钥从不计数（制单与复核分离），在 Safe 中也一样。未签署任何内容。",
        "Safe {safe} 不能核准提案 #{proposal}：其擁有者 {proposer} 是提案人，"
        "提案人的金鑰從不計數（製單與覆核分離），在 Safe 中也一樣。未簽署任何內容。",
    ),
    "treasury.safe_not_owner": Message(
        "{owner} is not an owner of the Safe {safe}, so it cannot sign for it. Nothing was signed.",
        "{owner} 不是 Safe {safe} 的所有者，不能代表它签署。未签署任何内容。",
        "{owner} 不是 Safe {safe} 的擁有者，不能代表它簽署。未簽署任何內容。",
    ),
    "treasury.safe_already_approved": Message(
        "The Safe {safe} has already approved proposal #{proposal}; no more parts are needed.",
        "Safe {safe} 已批准提案 #{proposal}，不再需要更多所有者签署。",
        "Safe {safe} 已批准提案 #{proposal}，不再需要更多擁有者簽署。",
    ),
    "treasury.safe_part_twice": Message(
        "{owner} already signed their part of the Safe {safe}'s approval of proposal "
        "#{proposal}. Each owner signs once; another owner must sign.",
        "{owner} 已为 Safe {safe} 对提案 #{proposal} 的批准签署过自己的部分。"
        "每位所有者只签署一次；需由另一位所有者签署。",
        "{owner} 已為 Safe {safe} 對提案 #{proposal} 的批准簽署過自己的部分。"
        "每位擁有者只簽署一次；需由另一位擁有者簽署。",
    ),
    "treasury.safe_owner_approved": Message(
        "{owner} already approved proposal #{proposal} personally. A key counts once per "
        "proposal, so it cannot also sign for the Safe {safe}; another owner must sign.",
        "{owner} 已以个人身份批准提案 #{proposal}。每把密钥对一个提案只计一次，"
        "因此不能再代表 Safe {safe} 签署；需由另一位所有者签署。",
        "{owner} 已以個人身分批准提案 #{proposal}。每把金鑰對一個提案只計一次，"
        "因此不能再代表 Safe {safe} 簽署；需由另一位擁有者簽署。",
    ),
    "treasury.safe_other_owner_approved": Message(
        "The Safe {safe} cannot approve proposal #{proposal}: its owner {owner} approved "
        "personally, and a key counts once per proposal, so the treasury would refuse the Safe's "
        "approval beside theirs. Nothing was signed.",
        "Safe {safe} 无法批准提案 #{proposal}：其所有者 {owner} 已以个人身份批准，"
        "而每把密钥对一个提案只计一次，资金库会拒绝与之并列的 Safe 批准。未签署任何内容。",
        "Safe {safe} 無法批准提案 #{proposal}：其擁有者 {owner} 已以個人身分批准，"
        "而每把金鑰對一個提案只計一次，資金庫會拒絕與之並列的 Safe 批准。未簽署任何內容。",
    ),
    "treasury.owner_of_counted_safe": Message(
        "{signer} owns the Safe {safe}, whose approval of proposal #{proposal} counts already. A "
        "key counts once per proposal, so it cannot also approve personally. Nothing was signed.",
        "{signer} 是 Safe {safe} 的所有者，该 Safe 对提案 #{proposal} 的批准已计数。"
        "每把密钥对一个提案只计一次，因此不能再以个人身份批准。未签署任何内容。",
        "{signer} 是 Safe {safe} 的擁有者，該 Safe 對提案 #{proposal} 的批准已計數。"
        "每把金鑰對一個提案只計一次，因此不能再以個人身分批准。未簽署任何內容。",
    ),
    "treasury.safe_part_given": Message(
        "{signer} signed their part of the Safe {safe}'s approval of proposal #{proposal}. A "
        "key counts once per proposal, so it cannot also approve it personally.",
        "{signer} 已为 Safe {safe} 对提案 #{proposal} 的批准签署了自己的部分。"
        "每把密钥对一个提案只计一次，因此不能再以个人身份批准。",
        "{signer} 已為 Safe {safe} 對提案 #{proposal} 的批准簽署了自己的部分。"
        "每把金鑰對一個提案只計一次，因此不能再以個人身分批准。",
    ),
    "treasury.rejection_too_long": Message(
        "The reason for rejecting proposal #{proposal} has {length} characters; at most {limit} "
        "fit. Shorten it. Nothing was signed or sent.",
        "拒绝提案 #{proposal} 的理由有 {length} 个字符，最多 {limit} 个。请缩短。"
        "未签署或发送任何内容。",
        "拒絕提案 #{proposal} 的理由有 {length} 個字元，最多 {limit} 個。請縮短。"
        "未簽署或傳送任何內容。",
    ),
    "treasury.reason_blank": Message(
        "A rejection needs a reason: say in a few words why proposal #{proposal} is rejected. "
        "Nothing was signed or sent.",
        "拒绝需要理由：请用几句话说明拒绝提案 #{proposal} 的原因。未签署或发送任何内容。",
        "拒絕需要理由：請用幾句話說明拒絕提案 #{proposal} 的原因。未簽署或傳送任何內容。",
    ),
    "treasury.owner_counted_twice": Message(
        "The Safe {safe}'s approval of proposal #{proposal} does not count: its owner {owner} "
        "approved too, and a key counts once per proposal. An approver who does not own the "
        "Safe must approve instead.",
        "Safe {safe} 对提案 #{proposal} 的批准不计数：其所有者 {owner} 也已批准，"
        "而每把密钥对一个提案只计一次。请由一位不是该 Safe 所有者的审批人批准。",
        "Safe {safe} 對提案 #{proposal} 的批准不計數：其擁有者 {owner} 也已批准，"
        "而每把金鑰對一個提案只計一次。請由一位不是該 Safe 擁有者的審批人批准。",
    ),
    "treasury.safe_part_forged": Message(
        "This part is not {owner}'s signature of the Safe {safe}'s message for proposal "
        "#{proposal}. Nothing was kept.",
        "此部分不是 {owner} 对 Safe {safe} 就提案 #{proposal} 的消息所作的签名。未保存任何内容。",
        "此部分不是 {owner} 對 Safe {safe} 就提案 #{proposal} 的訊息所作的簽署。未保存任何內容。",
    ),
    "treasury.cli_bad_safe": Message(
        "--for-safe needs the Safe's address (0x and 40 hex digits), not {value!r}.",
        "--for-safe 需要 Safe 的地址（0x 加 40 个十六进制数字），而不是 {value!r}。",
        "--for-safe 需要 Safe 的位址（0x 加 40 個十六進位數字），而不是 {value!r}。",
    ),
}
