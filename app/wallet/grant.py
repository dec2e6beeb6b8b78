"""The one signing grant: a password turned into a signer for one action, then wiped.

Every feature that signs (wallet send, claims and subscriptions, governance, treasury actions,
vault binds; GUI and CLI alike) gets its signer here. With the account unlocked in the session,
the grant signs with the session's key. Otherwise the password given once signs each transaction
of the action (a copy per signature, which the session wipes after decrypting the key for that
one signature) and is wiped by `close()`; the session itself stays locked. `once=True` wipes it
after the first signature (an action of exactly one transaction).
"""

from __future__ import annotations

from typing import Any

from app.wallet.keystore import wipe
from app.wallet.session import PasswordRequest, SessionSigner, WalletSession


class SigningGrant:
    def __init__(
        self,
        session: WalletSession,
        address: str,
        password: bytearray | str | None,
        *,
        once: bool = False,
    ) -> None:
        if isinstance(password, str):
            password = bytearray(password.encode())
        self._password: bytearray | None = password
        self._once = once
        self.signer: SessionSigner = session.signer(
            address, self._prompt if password is not None else None
        )

    @property
    def address(self) -> str:
        return self.signer.address

    def _prompt(self, _request: PasswordRequest) -> bytearray | None:
        if self._password is None:
            return None
        copy = bytearray(self._password)
        if self._once:
            self.close()
        return copy

    def close(self) -> None:
        wipe(self._password)
        self._password = None

    def __enter__(self) -> SigningGrant:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.close()
