"""Signer errors (sentences in app/errors/catalog/signers.py)."""

from __future__ import annotations

from app.errors import AppError


class SignerError(AppError):
    code = "signer.error"


class AirgapPending(SignerError):
    """The request file is written; the signature comes back from the offline machine later."""

    code = "signer.airgap_pending"


class AirgapFileError(SignerError):
    """A request or signature file that is bad, foreign or tampered with: nothing changed."""

    code = "signer.airgap_file"


class LedgerFailure(SignerError):
    code = "signer.ledger"
