"""The Ledger signer: the Ethereum app on a Ledger, through the kept library `ledgereth`.

The transport (`dongle`, anything with `exchange(apdu: bytes) -> bytes` that raises ledgerblue's
CommException on an error status) is injected: a USB device in use, the device double in tests.
EIP-712 goes through the app's "sign hashed typed data" command: the device shows the domain and
message hashes (or, with the app's clear-signing descriptors, readable fields).
"""

from __future__ import annotations

from typing import Any, Protocol

from eth_account.messages import encode_typed_data
from eth_utils import keccak, to_checksum_address

from app.chain.signer import SignedTransaction
from app.signers.errors import LedgerFailure
from app.signers.ledger_library import ledgereth
from app.signers.signer import join_signature

DEFAULT_PATH = "44'/60'/0'/0/0"


class Dongle(Protocol):
    def exchange(self, apdu: bytes, timeout: int = ...) -> bytes: ...


class LedgerSigner:
    channel = "ledger"

    def __init__(self, dongle: Dongle, path: str = DEFAULT_PATH) -> None:
        self._dongle = dongle
        self._path = path
        self._address: str | None = None

    @property
    def path(self) -> str:
        return self._path

    @property
    def address(self) -> str:
        if self._address is None:
            account = self._call("get_account_by_path", self._path, dongle=self._dongle)
            self._address = to_checksum_address(account.address)
        return self._address

    def sign_typed_data(self, typed_data: dict[str, Any]) -> bytes:
        signable = encode_typed_data(full_message=typed_data)
        signed = self._call(
            "sign_typed_data_draft",
            bytes(signable.header),  # the domain separator
            bytes(signable.body),  # hashStruct(message)
            sender_path=self._path,
            dongle=self._dongle,
        )
        return join_signature(signed.v, signed.r, signed.s)

    def sign_transaction(self, tx: dict[str, Any]) -> SignedTransaction:
        library = ledgereth()
        unsigned = library.Type2Transaction(
            chain_id=int(tx["chainId"]),
            nonce=int(tx["nonce"]),
            max_priority_fee_per_gas=int(tx["maxPriorityFeePerGas"]),
            max_fee_per_gas=int(tx["maxFeePerGas"]),
            gas_limit=int(tx["gas"]),
            destination=_bytes(tx.get("to") or b""),
            amount=int(tx.get("value", 0)),
            data=_bytes(tx.get("data") or b""),
            access_list=[
                (_bytes(entry["address"]), [int(_hex(k), 16) for k in entry["storageKeys"]])
                for entry in tx.get("accessList", [])
            ],
        )
        signed = self._call("sign_transaction", unsigned, self._path, dongle=self._dongle)
        raw = _bytes(signed.raw_transaction())
        return SignedTransaction(raw, "0x" + keccak(raw).hex())

    def _call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        library = ledgereth()
        from ledgereth.exceptions import LedgerCancel, LedgerError

        try:
            return getattr(library, name)(*args, **kwargs)
        except LedgerCancel as cancel:
            raise LedgerFailure("signer.ledger_declined") from cancel
        except LedgerError as error:
            raise LedgerFailure("signer.ledger_device", reason=str(error)) from error


def _hex(value: str | bytes | int) -> str:
    if isinstance(value, int):
        return hex(value)
    return value if isinstance(value, str) else "0x" + value.hex()


def _bytes(value: str | bytes) -> bytes:
    if isinstance(value, bytes):
        return value
    return bytes.fromhex(value.removeprefix("0x"))
