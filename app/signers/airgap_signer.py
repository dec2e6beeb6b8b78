"""The air-gapped signer: the key lives on a machine that is never online.

`sign_typed_data` writes the request file (and its QR code) and raises AirgapPending; once the
offline machine's signature file is at `signature_path`, the same call reads it, checks it is a
signature of exactly this typed data by this signer, and returns it. Transactions are not
signed this way: an approval is all an approver signs, and it costs no gas.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.chain.signer import SignedTransaction
from app.signers.airgap import (
    Expected,
    SignRequest,
    message_of,
    read_signature,
    write_json,
)
from app.signers.errors import AirgapFileError, AirgapPending, SignerError
from app.signers.qr import write_qr
from app.treasury.typed_approval import ApprovalMessage, typed_data


class AirgapSigner:
    channel = "airgap"

    def __init__(
        self,
        address: str,
        request_path: Path,
        signature_path: Path,
        *,
        report: dict[str, Any],
        reconciliation: dict[str, Any],
        qr_path: Path | None = None,
    ) -> None:
        self._address = address
        self.request_path = request_path
        self.signature_path = signature_path
        self.qr_path = qr_path
        self._report = report
        self._reconciliation = reconciliation

    @property
    def address(self) -> str:
        return self._address

    def request(self, typed: dict[str, Any]) -> SignRequest:
        message, chain_id, treasury = message_of(typed)
        if not isinstance(message, ApprovalMessage):
            raise AirgapFileError("signer.airgap_field", path="typed data", field="primaryType")
        return SignRequest(
            message, chain_id, treasury, self._address, self._report, self._reconciliation
        )

    def sign_typed_data(self, typed_data_: dict[str, Any]) -> bytes:
        message, chain_id, treasury = message_of(typed_data_)
        if not self.signature_path.exists():
            fields = self.request(typed_data_).fields()
            write_json(self.request_path, fields)
            if self.qr_path is not None:
                write_qr(self.qr_path, fields)
            raise AirgapPending(path=str(self.request_path))
        signed = read_signature(self.signature_path, Expected(chain_id, treasury))
        if (
            signed.signer != self._address
            or typed_data(signed.message, chain_id, treasury) != typed_data_
        ):
            raise AirgapFileError("signer.airgap_other_request", path=str(self.signature_path))
        return signed.signature

    def sign_transaction(self, tx: dict[str, Any]) -> SignedTransaction:
        raise SignerError("signer.airgap_no_transactions")
