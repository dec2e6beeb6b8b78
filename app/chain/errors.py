"""Typed chain errors. Each carries `user_message`: what went wrong and what to do, in words.

Messages never contain keys, raw transactions or RPC URLs with credentials.
"""

from __future__ import annotations

from app.errors import WordedError


class ChainError(WordedError):
    """Base of every error the chain layer raises on purpose."""

    code = "chain.error"

    def __init__(self, user_message: str, detail: str = "") -> None:
        super().__init__(user_message, detail=detail)
        self.args = (user_message if not detail else f"{user_message} ({detail})",)
        self.detail = detail


class ChainUnavailable(ChainError):
    """The node could not be reached (refused, reset, 5xx) even after retries."""


class ChainTimeout(ChainUnavailable):
    """The node did not answer in time."""


class ChainRateLimited(ChainUnavailable):
    """The node keeps refusing requests because of a request limit."""


class BadRpcResponse(ChainError):
    """The endpoint answered with something that is not a valid JSON-RPC answer."""


class RpcError(ChainError):
    """The node answered with a JSON-RPC error."""

    def __init__(
        self, method: str, rpc_code: int | None, message: str, data: object = None
    ) -> None:
        super().__init__(
            f"The blockchain node refused the request {method}: {message:.300}",
            f"code {rpc_code}",
        )
        self.method = method
        self.rpc_code = rpc_code
        self.message = message
        self.data = data  # revert data for eth_call / eth_estimateGas, when the node gives it


class ChainIdMismatch(ChainError):
    """The endpoint serves a different chain than the network profile expects."""

    def __init__(self, expected: int, actual: int) -> None:
        super().__init__(
            f"The RPC endpoint serves chain {actual}, but this network profile expects chain "
            f"{expected}. Nothing was signed or sent. Check the RPC URL and the chain id in "
            "Settings."
        )
        self.expected = expected
        self.actual = actual


class ContractNotFound(ChainError):
    """No contract code where the registry (or the profile) says a contract is."""


class SimulationReverted(ChainError):
    """The transaction would fail: `reason` is the decoded custom error / revert string / panic."""

    def __init__(self, reason: str, data: bytes = b"") -> None:
        super().__init__(f"The transaction would fail: {reason}. Nothing was signed or sent.")
        self.reason = reason
        self.data = data


class TransactionReverted(ChainError):
    """The transaction was mined but failed; its fee was spent."""

    def __init__(self, tx_hash: str, reason: str) -> None:
        super().__init__(f"Transaction {tx_hash} was mined but failed: {reason}.")
        self.tx_hash = tx_hash
        self.reason = reason


class BroadcastUncertain(ChainError):
    """The signed transaction may or may not have reached the node; it is recorded and will be
    reconciled (re-sent as the same bytes if the node does not know it)."""

    def __init__(self, tx_hash: str, detail: str = "") -> None:
        super().__init__(
            f"Transaction {tx_hash} was signed and recorded, but the node did not confirm that it "
            "received it. It will be checked and, if needed, sent again as the same transaction; "
            "it cannot be sent twice.",
            detail,
        )
        self.tx_hash = tx_hash


class TransactionNotPending(ChainError):
    """Speed-up or cancel asked for an intent that is no longer waiting."""


class ReceiptTimeout(ChainError):
    """No receipt within the wait; the transaction stays recorded as pending."""
