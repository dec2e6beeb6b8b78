"""Signers: one interface over every way an approver's key signs (a keystore, an air-gapped
machine through files or QR codes, a Ledger), so the treasury and the CLI never care which."""

from app.signers.signer import Signer, split_signature

__all__ = ["Signer", "split_signature"]
