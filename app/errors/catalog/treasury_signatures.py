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
}
