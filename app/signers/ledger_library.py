"""Loading `ledgereth` (pinned 0.10.0, installed by `make deps` with --no-deps beside web3 8).

ledgereth imports `ledgerblue.comm` for its USB/NFC/Bluetooth discovery, which needs native
packages (hidapi, nfcpy, bleak) the app does not install. The app always hands ledgereth a
transport of its own (a "dongle" with `exchange(apdu) -> bytes`), so when those packages are
absent the discovery module is replaced by one whose `getDongle` explains that; everything
ledgereth does with a device (APDU framing, chunking, parsing the answers) is its own code.
With ledgerblue's full dependencies installed, its real discovery finds a USB device.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from app.signers.errors import LedgerFailure


def _no_usb_discovery(*_args: Any, **_kwargs: Any) -> Any:
    raise LedgerFailure("signer.ledger_no_transport")


def ledgereth() -> types.ModuleType:
    """The ledgereth package, importable without ledgerblue's native transports."""
    try:
        import ledgerblue.comm  # noqa: F401  (its transports need hidapi, nfcpy, bleak)
    except ImportError:
        try:
            from ledgerblue.commException import CommException
            from ledgerblue.Dongle import Dongle
        except ImportError as missing:
            raise LedgerFailure("signer.ledger_library_missing") from missing
        stand_in = types.ModuleType("ledgerblue.comm")
        stand_in.getDongle = _no_usb_discovery  # type: ignore[attr-defined]
        stand_in.CommException = CommException  # type: ignore[attr-defined]
        stand_in.Dongle = Dongle  # type: ignore[attr-defined]
        sys.modules["ledgerblue.comm"] = stand_in
    try:
        import ledgereth as library
    except ImportError as missing:
        raise LedgerFailure("signer.ledger_library_missing") from missing
    return library
