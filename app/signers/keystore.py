"""The keystore signer: the wallet's one signing grant (app.wallet.grant), nothing copied.

With the account unlocked the session's key signs; otherwise the grant's password decrypts the
Web3 Secret Storage file for each signature and is wiped on `close()`.
"""

from __future__ import annotations

from typing import Any

from app.chain.signer import SignedTransaction
from app.wallet.grant import SigningGrant


class KeystoreSigner:
    channel = "keystore"

    def __init__(self, grant: SigningGrant) -> None:
        self._grant = grant

    @property
    def address(self) -> str:
        return self._grant.address

    def sign_typed_data(self, typed_data: dict[str, Any]) -> bytes:
        return self._grant.signer.sign_typed_data(typed_data)

    def sign_transaction(self, tx: dict[str, Any]) -> SignedTransaction:
        return self._grant.signer.sign_transaction(tx)

    def close(self) -> None:
        self._grant.close()
