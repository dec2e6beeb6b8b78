"""A signing file as a QR code (PNG): the same JSON, compact, for a camera instead of a stick."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import qrcode
from qrcode.exceptions import DataOverflowError

from app.signers.airgap import compact, qr_fields
from app.signers.errors import AirgapFileError


def write_qr(path: Path, fields: dict[str, Any]) -> None:
    # Low error correction: a screen or a print shown to a camera, not a scratched label; a
    # request (typed data, report and reconciliation, the override reason's hash) fits one code.
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_L, border=4)
    code.add_data(compact(qr_fields(fields)).encode("utf-8"))
    try:
        code.make(fit=True)
    except (DataOverflowError, ValueError):
        raise AirgapFileError("signer.airgap_qr_too_large", path=str(path)) from None
    image = code.make_image()
    try:
        with path.open("xb") as handle:
            image.save(handle)
    except FileExistsError:
        raise AirgapFileError("signer.airgap_exists", path=str(path)) from None
    except OSError as error:
        raise AirgapFileError(
            "signer.airgap_unwritable", path=str(path), reason=error.strerror or ""
        ) from None
