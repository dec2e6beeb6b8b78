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
}
