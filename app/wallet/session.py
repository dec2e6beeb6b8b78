"""The unlocked wallet: keys in memory only while unlocked, manual and idle auto-lock, signing.

- `unlock(address, password)` decrypts that account's keystore; the key is kept in a bytearray
  that `lock()` zeroes. (Best effort: signing hands eth-account an immutable copy for the moment
  of signing, and Python may keep transient copies; the long-lived copy is the one we wipe.)
- Idle auto-lock: any use (`touch`, signing) resets the timer; once `idle_timeout` seconds pass
  without use, the next `poll()` or use locks. The GUI calls `poll()` from a timer and `touch()`
  on user input; the clock is injectable so tests need no sleeping.
- Signing while locked asks a `PasswordPrompt` (the GUI's dialog, the CLI's getpass) for the
  password, signs once and forgets the key, as Electrum's @protected does.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from eth_account._utils.signing import sign_transaction_dict
from eth_account.messages import _hash_eip191_message, encode_typed_data
from eth_keys.backends.native.ecdsa import ecdsa_raw_sign
from eth_keys.datatypes import Signature
from eth_utils import keccak

from app.chain.signer import SignedTransaction
from app.events import Changes, EventBus
from app.wallet.addresses import to_checksummed
from app.wallet.errors import WalletLocked
from app.wallet.keystore import Password, wipe
from app.wallet.wallet import TOPIC, Wallet

DEFAULT_IDLE_TIMEOUT = 5 * 60.0

Clock = Callable[[], float]
_T = TypeVar("_T")


@dataclass(frozen=True)
class PasswordRequest:
    address: str
    label: str
    reason: str  # shown in the dialog, e.g. "Sign a transaction"


# Returns the password, or None when the user cancels. A bytearray answer is wiped after use.
PasswordPrompt = Callable[[PasswordRequest], Password | None]


class SigningCancelled(WalletLocked):
    """The user closed the password prompt: nothing was signed."""

    code = "wallet.signing_cancelled"


class WalletSession:
    def __init__(
        self,
        wallet: Wallet,
        *,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
        clock: Clock = time.monotonic,
        bus: EventBus | None = None,
    ) -> None:
        self._wallet = wallet
        self._clock = clock
        self._bus = bus
        self._lock = threading.RLock()
        self._keys: dict[str, bytearray] = {}
        self._last_use = clock()
        self.idle_timeout = idle_timeout

    @property
    def idle_timeout(self) -> float:
        return self._idle_timeout

    @idle_timeout.setter
    def idle_timeout(self, seconds: float) -> None:
        if seconds <= 0:
            raise ValueError("the idle timeout is a positive number of seconds")
        self._idle_timeout = float(seconds)

    # --- state ---------------------------------------------------------------------------------

    def unlock(self, address: str, password: Password) -> None:
        """Decrypt the account's key and keep it until lock (or idle lock). WrongPassword etc."""
        checked = to_checksummed(address)
        key = self._wallet.private_key(checked, password)  # the slow part: outside the lock
        with self._lock:
            old = self._keys.pop(checked, None)
            wipe(old)
            self._keys[checked] = key
            self._last_use = self._clock()
        self._publish()

    def lock(self) -> None:
        with self._lock:
            had_keys = bool(self._keys)
            for key in self._keys.values():
                wipe(key)
            self._keys.clear()
        if had_keys:
            self._publish()

    def is_unlocked(self, address: str | None = None) -> bool:
        self.poll()
        with self._lock:
            if address is None:
                return bool(self._keys)
            return to_checksummed(address) in self._keys

    def unlocked_addresses(self) -> list[str]:
        self.poll()
        with self._lock:
            return list(self._keys)

    def touch(self) -> None:
        """User activity: restart the idle timer (no effect once locked)."""
        with self._lock:
            self._last_use = self._clock()

    def poll(self) -> bool:
        """Lock if idle for `idle_timeout`; True when this call locked the wallet."""
        with self._lock:
            idle = self._keys and self._clock() - self._last_use >= self._idle_timeout
        if idle:
            self.lock()
        return bool(idle)

    def seconds_until_lock(self) -> float | None:
        with self._lock:
            if not self._keys:
                return None
            return max(0.0, self._idle_timeout - (self._clock() - self._last_use))

    # --- signing -------------------------------------------------------------------------------

    def sign_transaction(
        self, address: str, tx: dict[str, Any], prompt: PasswordPrompt | None = None
    ) -> SignedTransaction:
        checked = to_checksummed(address)
        return self._with_key(
            checked, prompt, "Sign a transaction", lambda k: _sign(k, tx, checked)
        )

    def sign_typed_data(
        self, address: str, typed_data: dict[str, Any], prompt: PasswordPrompt | None = None
    ) -> bytes:
        """An EIP-712 signature (r, s, v: 65 bytes, v 27/28) of the full typed data JSON."""
        digest = _hash_eip191_message(encode_typed_data(full_message=typed_data))
        return self._with_key(
            to_checksummed(address), prompt, "Sign typed data", lambda k: _sign_digest(k, digest)
        )

    def _with_key(
        self,
        checked: str,
        prompt: PasswordPrompt | None,
        reason: str,
        use: Callable[[bytearray], _T],
    ) -> _T:
        """`use` the unlocked key, or one decrypted for this signature by the prompted password."""
        self.poll()
        with self._lock:
            key = self._keys.get(checked)
            if key is not None:
                self._last_use = self._clock()
                return use(key)
        if prompt is None:
            raise WalletLocked()
        account = self._wallet.account(checked)
        password = prompt(PasswordRequest(checked, account.label, reason))
        if password is None:
            raise SigningCancelled()
        try:
            one_time = self._wallet.private_key(checked, password)
        finally:
            if isinstance(password, bytearray):
                wipe(password)
        try:
            return use(one_time)
        finally:
            wipe(one_time)

    def signer(self, address: str, prompt: PasswordPrompt | None = None) -> SessionSigner:
        return SessionSigner(self, to_checksummed(address), prompt)

    def _publish(self) -> None:
        if self._bus is not None:
            self._bus.publish(TOPIC, Changes(wallet=True))


class SessionSigner:
    """The chain layer's `Signer` (app.chain.signer) over a wallet session and one account."""

    def __init__(
        self, session: WalletSession, address: str, prompt: PasswordPrompt | None = None
    ) -> None:
        self._session = session
        self._address = address
        self._prompt = prompt

    @property
    def address(self) -> str:
        return self._address

    def sign_transaction(self, tx: dict[str, Any]) -> SignedTransaction:
        return self._session.sign_transaction(self._address, tx, self._prompt)

    def sign_typed_data(self, typed_data: dict[str, Any]) -> bytes:
        return self._session.sign_typed_data(self._address, typed_data, self._prompt)


class _HeldKey:
    """What eth-account's signing needs from a key: `sign_msg_hash`. Unlike eth_keys.PrivateKey
    it does not derive the public key first, an EC multiplication as slow as the signature
    itself with the pure-Python backend; the tests compare every byte with Account's result."""

    def __init__(self, key: bytearray) -> None:
        self._key = key

    def sign_msg_hash(self, message_hash: bytes) -> Signature:
        return Signature(vrs=ecdsa_raw_sign(message_hash, bytes(self._key)))


def _sign_digest(key: bytearray, digest: bytes) -> bytes:
    v, r, s = ecdsa_raw_sign(digest, bytes(key))
    return r.to_bytes(32, "big") + s.to_bytes(32, "big") + bytes([v + 27])


def _sign(key: bytearray, tx: dict[str, Any], address: str) -> SignedTransaction:
    fields = dict(tx)
    sender = fields.pop("from", None)
    if sender is not None and to_checksummed(str(sender)) != address:
        raise ValueError("the transaction's 'from' is not the signing account")
    _, _, _, raw = sign_transaction_dict(_HeldKey(key), fields)  # type: ignore[arg-type]
    return SignedTransaction(bytes(raw), "0x" + keccak(raw).hex())
