"""What a History line says, as a phrase of the code table (app/errors/catalog/wallet.py): keyed
by what the transaction is (a transfer, an allowance, a contract function known by its selector)
and its parameters, so it reads in the user's language. The English words a transaction was
recorded with stay the fallback for a call the app does not know.
"""

from __future__ import annotations

import functools

from eth_utils import function_abi_to_4byte_selector

from app.chain.artifacts import ArtifactError, load_artifact
from app.errors import Phrase
from app.wallet.balances import Asset

# (contract, function) -> phrase code; a treasury action's first argument is its proposal id
CALLS = {
    ("ProfitShareToken", "claim"): "wallet.history.claim",
    ("ProfitShareToken", "delegate"): "wallet.history.delegate",
    ("ClaimRouter", "claimAll"): "wallet.history.claim_all",
    ("OfferingSale", "buy"): "wallet.history.subscribe",
    ("StoreGovernor", "castVote"): "wallet.history.vote",
    ("StoreGovernor", "castVoteWithReason"): "wallet.history.vote",
    ("StoreGovernor", "propose"): "wallet.history.dao_propose",
    ("DistributionTreasury", "propose"): "wallet.history.treasury_propose",
    ("DistributionTreasury", "approve"): "wallet.history.treasury_approve",
    ("DistributionTreasury", "reject"): "wallet.history.treasury_reject",
    ("DistributionTreasury", "execute"): "wallet.history.treasury_execute",
    ("DistributionTreasury", "cancel"): "wallet.history.treasury_cancel",
    ("StoreRegistry", "rotateCredential"): "wallet.history.bind_credentials",
    ("StoreRegistry", "recordAccess"): "wallet.history.record_access",
    ("PSTMarket", "fill"): "wallet.history.market_fill",
    ("PSTMarket", "cancel"): "wallet.history.market_cancel",
    ("PSTMarket", "cancelAll"): "wallet.history.market_cancel_all",
}
_NUMBERED = {code for code in CALLS.values() if code.startswith("wallet.history.treasury_")}
_NUMBERED.discard("wallet.history.treasury_propose")


def short(address: str) -> str:
    return f"{address[:8]}…{address[-6:]}" if len(address) == 42 else address


@functools.cache
def _selectors() -> dict[bytes, str]:
    found: dict[bytes, str] = {}
    for (contract, function), code in CALLS.items():
        try:
            abi = load_artifact(contract).abi
        except ArtifactError:
            continue
        for item in abi:
            if item.get("type") == "function" and item.get("name") == function:
                found.setdefault(function_abi_to_4byte_selector(item), code)  # type: ignore[arg-type]
    return found


def transfer(direction: str, asset: Asset, other: str) -> Phrase:
    """A token or ether transfer seen from this account: `direction` "in", "out" or "self"."""
    if direction == "in" and int(other, 16) == 0:
        return Phrase("wallet.history.issued", symbol=asset.symbol)
    if direction == "in":
        return Phrase("wallet.history.received", symbol=asset.symbol, other=short(other))
    if direction == "self":
        return Phrase("wallet.history.to_self", symbol=asset.symbol)
    return Phrase("wallet.history.sent", symbol=asset.symbol, other=short(other))


def allowance(asset: Asset, spender: str) -> Phrase:
    return Phrase("wallet.history.allowance", symbol=asset.symbol, spender=short(spender))


def cancellation() -> Phrase:
    """The empty self-transfer that replaces a pending transaction."""
    return Phrase("wallet.history.cancellation")


def call(to: str | None, data: bytes, recorded: str) -> str:
    """A contract call by its function; the recorded words when the function is not known."""
    code = _selectors().get(bytes(data[:4])) if len(data) >= 4 else None
    if code is None:
        return recorded
    if code in _NUMBERED and len(data) >= 36:
        return Phrase(code, number=int.from_bytes(data[4:36], "big"))
    return Phrase(code, contract=short(to or ""))


def text(description: str, language: str) -> str:
    """A History description in `language` (recorded words stay as they were written)."""
    return description.text(language) if isinstance(description, Phrase) else description
