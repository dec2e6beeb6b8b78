"""Air-gapped signing files: a request to sign (typed data, the revenue report, the
reconciliation summary) and the signature that comes back, as JSON files or QR codes.

    {"format": "pst-desk/treasury-sign-request", "version": 1, "typed_data": {...},
     "digest": "0x…", "signer": "0x…", "report": {...}, "reconciliation": {...},
     "checksum": "sha256:…"}
    {"format": "pst-desk/treasury-signature", "version": 1, "kind": "approval",
     "typed_data": {...}, "digest": "0x…", "signer": "0x…", "signature": "0x…", "reason": null,
     "request_checksum": "sha256:…", "signed_at": 1790000000, "checksum": "sha256:…"}

The checksum is SHA-256 over the canonical JSON (sorted keys, no spaces) of every other field,
so a changed byte anywhere is found. Reading a file rebuilds the typed data from its message
(app.treasury.typed_approval) and compares everything: the digest, the report's hash against
the message's reportHash, the signature against the named signer, and, where the reader knows
them, the chain and the treasury. Any failure is an AirgapFileError naming what is wrong; a
reader never changes anything.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eth_utils import is_checksum_address, keccak, to_checksum_address

from app import json_input
from app.backend.canonical import canonical_json
from app.signers.errors import AirgapFileError
from app.signers.signer import Signer
from app.treasury.errors import TreasuryError
from app.treasury.typed_approval import (
    ApprovalMessage,
    Message,
    RejectionMessage,
    digest,
    kind_of,
    recover,
    typed_data,
)

REQUEST_FORMAT = "pst-desk/treasury-sign-request"
SIGNATURE_FORMAT = "pst-desk/treasury-signature"
VERSION = 1
MAX_FILE_BYTES = 256 * 1024  # a request is a few kilobytes; anything far larger is not ours


def checksum_of(fields: dict[str, Any]) -> str:
    body = {k: v for k, v in fields.items() if k != "checksum"}
    return "sha256:" + hashlib.sha256(canonical_json(body)).hexdigest()


def compact(fields: dict[str, Any]) -> str:
    """The JSON a QR code holds (and the file, indented, holds the same values)."""
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def reason_digest(reason: str) -> str:
    return "sha256:" + hashlib.sha256(reason.encode("utf-8")).hexdigest()


def qr_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """What a QR code holds of a file: a request without its override reason's words. The
    reason may be 2,000 characters (6 kB in Chinese), and one code holds at most 2,953 bytes
    beside the typed data, the report and the reconciliation the signer checks (2.3 kB); its
    SHA-256 stands in, and the file carries the words. Anything else is held as it is."""
    rec = fields.get("reconciliation")
    if fields.get("format") != REQUEST_FORMAT or not isinstance(rec, dict):
        return fields
    reason = rec.get("override_reason")
    if not isinstance(reason, str) or not reason:
        return fields
    shortened = {k: v for k, v in rec.items() if k != "override_reason"}
    shortened["override_reason_sha256"] = reason_digest(reason)
    body = {k: v for k, v in fields.items() if k != "checksum"}
    body["reconciliation"] = shortened
    return {**body, "checksum": checksum_of(body)}


@dataclass(frozen=True)
class SignRequest:
    message: ApprovalMessage
    chain_id: int
    treasury: str
    signer: str  # the approver asked to sign: the nonce in the message is theirs
    report: dict[str, Any]  # the revenue report's canonical fields plus its report_hash
    reconciliation: dict[str, Any]  # summary: checks, differences, the override reason

    @property
    def typed_data(self) -> dict[str, Any]:
        return typed_data(self.message, self.chain_id, self.treasury)

    @property
    def digest(self) -> bytes:
        return digest(self.message, self.chain_id, self.treasury)

    def fields(self) -> dict[str, Any]:
        body = {
            "format": REQUEST_FORMAT,
            "version": VERSION,
            "typed_data": self.typed_data,
            "digest": "0x" + self.digest.hex(),
            "signer": to_checksum_address(self.signer),
            "report": self.report,
            "reconciliation": self.reconciliation,
        }
        return {**body, "checksum": checksum_of(body)}


@dataclass(frozen=True)
class SignatureFile:
    message: Message
    chain_id: int
    treasury: str
    signer: str
    signature: bytes
    request_checksum: str
    signed_at: int
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return kind_of(self.message)

    @property
    def reason(self) -> str | None:
        return self.message.reason if isinstance(self.message, RejectionMessage) else None

    def fields(self) -> dict[str, Any]:
        body = {
            "format": SIGNATURE_FORMAT,
            "version": VERSION,
            "kind": self.kind,
            "typed_data": typed_data(self.message, self.chain_id, self.treasury),
            "digest": "0x" + digest(self.message, self.chain_id, self.treasury).hex(),
            "signer": to_checksum_address(self.signer),
            "signature": "0x" + self.signature.hex(),
            "reason": self.reason,
            "request_checksum": self.request_checksum,
            "signed_at": self.signed_at,
        }
        return {**body, "checksum": checksum_of(body)}


def answer(
    request: SignRequest, signer: Signer, *, signed_at: int, reject_reason: str | None = None
) -> SignatureFile:
    """The offline side: sign the request's approval (or, with a reason, the same proposal's
    rejection under the same nonce and deadline) with `signer`, who must be the one asked."""
    if signer.address != request.signer:
        raise AirgapFileError(
            "signer.airgap_not_the_signer", signer=signer.address, asked=request.signer
        )
    message: Message = request.message
    if reject_reason is not None:
        from app.treasury.rules import check_reason

        check_reason(request.message.proposal_id, reject_reason)  # blank or over 1,000: refused
        approval = request.message
        message = RejectionMessage(
            proposal_id=approval.proposal_id,
            store_id=approval.store_id,
            period=approval.period,
            amount=approval.amount,
            report_hash=approval.report_hash,
            reason=reject_reason,
            nonce=approval.nonce,
            deadline=approval.deadline,
        )
    signature = signer.sign_typed_data(typed_data(message, request.chain_id, request.treasury))
    return SignatureFile(
        message,
        request.chain_id,
        request.treasury,
        signer.address,
        signature,
        request.fields()["checksum"],
        signed_at,
    )


# --- writing -------------------------------------------------------------------------------------


def write_json(path: Path, fields: dict[str, Any]) -> None:
    """Write a new file (never over an existing one: that file may be someone's signature)."""
    text = json.dumps(fields, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise AirgapFileError("signer.airgap_exists", path=str(path)) from None
    except OSError as error:
        raise AirgapFileError(
            "signer.airgap_unwritable", path=str(path), reason=error.strerror or ""
        ) from None


# --- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    """What the reader knows: the network's chain id and treasury (None offline)."""

    chain_id: int | None = None
    treasury: str | None = None


def load_fields(source: Path | str) -> tuple[str, dict[str, Any]]:
    """(name for messages, the JSON object) of a file path or of a QR code's text."""
    if isinstance(source, Path):
        name = str(source)
        try:
            raw = source.read_bytes()[: MAX_FILE_BYTES + 1]
        except OSError as error:
            raise AirgapFileError(
                "signer.airgap_unreadable", path=name, reason=error.strerror or ""
            ) from None
    else:
        name, raw = "QR code", source.encode("utf-8")
    if len(raw) > MAX_FILE_BYTES:
        raise AirgapFileError("signer.airgap_not_ours", path=name)
    try:
        fields = json_input.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise AirgapFileError("signer.airgap_not_ours", path=name) from None
    if not isinstance(fields, dict):
        raise AirgapFileError("signer.airgap_not_ours", path=name)
    return name, fields


def read_request(source: Path | str, expected: Expected = Expected()) -> SignRequest:
    name, fields = load_fields(source)
    _check_envelope(name, fields, REQUEST_FORMAT)
    message, chain_id, treasury = _message_of(name, fields, None)
    if not isinstance(message, ApprovalMessage):
        raise AirgapFileError("signer.airgap_field", path=name, field="typed_data.primaryType")
    _check_foreign(name, chain_id, treasury, expected)
    report = _object(name, fields, "report")
    if str(report.get("report_hash", "")).lower() != "0x" + message.report_hash.hex():
        raise AirgapFileError("signer.airgap_report_mismatch", path=name)
    body = {k: v for k, v in report.items() if k != "report_hash"}
    if "0x" + keccak(canonical_json(body)).hex() != "0x" + message.report_hash.hex():
        raise AirgapFileError("signer.airgap_report_mismatch", path=name)
    reconciliation = _object(name, fields, "reconciliation")
    _check_reconciliation(name, report, reconciliation)
    return SignRequest(
        message=message,
        chain_id=chain_id,
        treasury=treasury,
        signer=_address(name, fields, "signer"),
        report=report,
        reconciliation=reconciliation,
    )


def _check_reconciliation(name: str, report: dict[str, Any], summary: dict[str, Any]) -> None:
    """The summary must be what the report (covered by the reportHash to be signed) and the
    chain's figures the file states give: recomputed here, and refused when it differs, so a
    summary replaced in the file (its checksum recomputed) is caught. The chain's figures
    themselves cannot be checked offline; the signer shows them as the desk's reading."""
    from app.backend.models import RevenueReport
    from app.treasury.reconcile import reconcile, summary_of

    if summary.get("missing") is True:
        if summary.get("ok") is not False or summary.get("checks") != []:
            raise AirgapFileError("signer.airgap_reconciliation", path=name)
        return
    inputs = summary.get("inputs")
    if not isinstance(inputs, dict):
        raise AirgapFileError("signer.airgap_reconciliation", path=name)
    try:
        routed = _int(inputs["routed_on_chain"])
        credited = inputs.get("credited_to_investors")
        rec = reconcile(
            RevenueReport.model_validate(report),
            routed,
            tolerance_bp=_int(summary["tolerance_bp"]),
            credited_to_investors=None if credited is None else _int(credited),
        )
    except (KeyError, TypeError, ValueError, TreasuryError):
        raise AirgapFileError("signer.airgap_reconciliation", path=name) from None
    reason, digest_of_reason = summary.get("override_reason"), summary.get("override_reason_sha256")
    if digest_of_reason is not None and (
        not isinstance(digest_of_reason, str)
        or (isinstance(reason, str) and reason_digest(reason) != digest_of_reason)
    ):
        raise AirgapFileError("signer.airgap_reconciliation", path=name)
    said = ("inputs", "override_reason", "override_reason_sha256")
    stated = {k: v for k, v in summary.items() if k not in said}
    if stated != summary_of(rec):
        raise AirgapFileError("signer.airgap_reconciliation", path=name)


def read_signature(source: Path | str, expected: Expected = Expected()) -> SignatureFile:
    name, fields = load_fields(source)
    _check_envelope(name, fields, SIGNATURE_FORMAT)
    reason = fields.get("reason")
    if reason is not None and not isinstance(reason, str):
        raise AirgapFileError("signer.airgap_field", path=name, field="reason")
    message, chain_id, treasury = _message_of(name, fields, reason)
    if fields.get("kind") != kind_of(message):
        raise AirgapFileError("signer.airgap_field", path=name, field="kind")
    _check_foreign(name, chain_id, treasury, expected)
    signer = _address(name, fields, "signer")
    signature = _hex_bytes(name, fields, "signature")
    try:
        recovered = recover(message, chain_id, treasury, signature)
    except TreasuryError:
        raise AirgapFileError("signer.airgap_bad_signature", path=name) from None
    if recovered != signer:
        raise AirgapFileError(
            "signer.airgap_wrong_signer", path=name, signer=signer, recovered=recovered
        )
    signed_at = fields.get("signed_at")
    request_checksum = fields.get("request_checksum")
    if not isinstance(signed_at, int) or isinstance(signed_at, bool) or signed_at < 0:
        raise AirgapFileError("signer.airgap_field", path=name, field="signed_at")
    if not isinstance(request_checksum, str):
        raise AirgapFileError("signer.airgap_field", path=name, field="request_checksum")
    return SignatureFile(
        message, chain_id, treasury, signer, signature, request_checksum, signed_at
    )


def _check_envelope(name: str, fields: dict[str, Any], expected_format: str) -> None:
    found = fields.get("format")
    if found not in (REQUEST_FORMAT, SIGNATURE_FORMAT):
        raise AirgapFileError("signer.airgap_not_ours", path=name)
    if found != expected_format:
        raise AirgapFileError(
            "signer.airgap_wrong_kind",
            path=name,
            found="request" if found == REQUEST_FORMAT else "signature",
        )
    if fields.get("version") != VERSION:
        raise AirgapFileError(
            "signer.airgap_version", path=name, version=str(fields.get("version"))[:10]
        )
    if fields.get("checksum") != checksum_of(fields):
        raise AirgapFileError("signer.airgap_checksum", path=name)


def _message_of(
    name: str, fields: dict[str, Any], reason: str | None, stated_digest: bool = True
) -> tuple[Message, int, str]:
    """The message, chain id and treasury of the file's typed data, which must be exactly what
    this app builds for them (types, domain, primary type), with the digest it states."""
    typed = _object(name, fields, "typed_data")
    domain, values = typed.get("domain"), typed.get("message")
    if not isinstance(domain, dict) or not isinstance(values, dict):
        raise AirgapFileError("signer.airgap_field", path=name, field="typed_data")
    try:
        chain_id = _int(domain["chainId"])
        treasury = to_checksum_address(domain["verifyingContract"])
        head: dict[str, Any] = dict(
            proposal_id=_int(values["proposalId"]),
            store_id=bytes.fromhex(str(values["storeId"]).removeprefix("0x")),
            period=_int(values["period"]),
            amount=_int(values["amount"]),
            report_hash=bytes.fromhex(str(values["reportHash"]).removeprefix("0x")),
            nonce=_int(values["nonce"]),
            deadline=_int(values["deadline"]),
        )
        message: Message
        if typed.get("primaryType") == "Rejection":
            message = RejectionMessage(reason=reason or "", **head)
        else:
            message = ApprovalMessage(**head)
        rebuilt = typed_data(message, chain_id, treasury)
    except (KeyError, TypeError, ValueError, TreasuryError):
        raise AirgapFileError("signer.airgap_field", path=name, field="typed_data") from None
    if rebuilt != typed:
        raise AirgapFileError("signer.airgap_typed_data", path=name)
    if stated_digest and fields.get("digest") != "0x" + digest(message, chain_id, treasury).hex():
        raise AirgapFileError("signer.airgap_digest", path=name)
    return message, chain_id, treasury


def message_of(typed: dict[str, Any]) -> tuple[Message, int, str]:
    """The message, chain id and treasury of typed data this app built (AirgapFileError if not)."""
    message, chain_id, treasury = _message_of("typed data", {"typed_data": typed}, None, False)
    return message, chain_id, treasury


def _check_foreign(name: str, chain_id: int, treasury: str, expected: Expected) -> None:
    if expected.chain_id is not None and chain_id != expected.chain_id:
        raise AirgapFileError(
            "signer.airgap_other_chain", path=name, found=chain_id, expected=expected.chain_id
        )
    if expected.treasury is not None and treasury != to_checksum_address(expected.treasury):
        raise AirgapFileError(
            "signer.airgap_other_treasury", path=name, found=treasury, expected=expected.treasury
        )


def _object(name: str, fields: dict[str, Any], key: str) -> dict[str, Any]:
    value = fields.get(key)
    if not isinstance(value, dict):
        raise AirgapFileError("signer.airgap_field", path=name, field=key)
    return value


def _address(name: str, fields: dict[str, Any], key: str) -> str:
    value = fields.get(key)
    if not isinstance(value, str) or not is_checksum_address(value):
        raise AirgapFileError("signer.airgap_field", path=name, field=key)
    return value


def _hex_bytes(name: str, fields: dict[str, Any], key: str) -> bytes:
    value = fields.get(key)
    if isinstance(value, str) and value.startswith("0x"):
        try:
            return bytes.fromhex(value[2:])
        except ValueError:
            pass
    raise AirgapFileError("signer.airgap_field", path=name, field=key)


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("not an integer")
    return value
