"""Typed chain errors: each a code and params (sentences in app/errors/catalog/chain.py).

Params never hold keys, raw transactions or RPC URLs with credentials. `detail` is a technical
note for logs (an exception's name, a process's stderr), never shown as the sentence.
"""

from __future__ import annotations

from typing import Any

from app.errors import AppError


class ChainError(AppError):
    """Base of every error the chain layer raises on purpose."""

    code = "chain.error"

    def __init__(self, code: str | None = None, /, *, detail: str = "", **params: Any) -> None:
        super().__init__(code, **params)
        self.detail = detail


class ChainUnavailable(ChainError):
    """The node could not be reached (refused, reset, 5xx) even after retries."""

    code = "chain.unavailable"


class ChainTimeout(ChainUnavailable):
    """The node did not answer in time."""

    code = "chain.timeout"


class ChainRateLimited(ChainUnavailable):
    """The node keeps refusing requests because of a request limit."""

    code = "chain.rate_limited"


class BadRpcResponse(ChainError):
    """The endpoint answered with something that is not a valid JSON-RPC answer."""

    code = "chain.bad_answer"


class RpcError(ChainError):
    """The node answered with a JSON-RPC error."""

    code = "chain.rpc_refused"

    def __init__(
        self, method: str, rpc_code: int | None, message: str, data: object = None
    ) -> None:
        super().__init__(method=method, message=message, detail=f"code {rpc_code}")
        self.method = method
        self.rpc_code = rpc_code
        self.message = message
        self.data = data  # revert data for eth_call / eth_estimateGas, when the node gives it


class ChainIdMismatch(ChainError):
    """The endpoint serves a different chain than the network profile expects."""

    code = "chain.id_mismatch"

    def __init__(self, expected: int, actual: int) -> None:
        super().__init__(expected=expected, actual=actual)
        self.expected = expected
        self.actual = actual


class ContractNotFound(ChainError):
    """No contract code where the registry (or the profile) says a contract is."""

    code = "chain.no_contract"


class SimulationReverted(ChainError):
    """The transaction would fail: `reason` is the decoded custom error / revert string / panic."""

    code = "chain.would_revert"

    def __init__(self, reason: str, data: bytes = b"") -> None:
        super().__init__(reason=reason)
        self.reason = reason
        self.data = data


class TransactionReverted(ChainError):
    """The transaction was mined but failed; its fee was spent."""

    code = "chain.reverted"

    def __init__(self, tx_hash: str, reason: str) -> None:
        super().__init__(tx_hash=tx_hash, reason=reason)
        self.tx_hash = tx_hash
        self.reason = reason


class BroadcastUncertain(ChainError):
    """The signed transaction may or may not have reached the node; it is recorded and will be
    reconciled (re-sent as the same bytes if the node does not know it)."""

    code = "chain.broadcast_uncertain"

    def __init__(self, tx_hash: str, detail: str = "") -> None:
        super().__init__(tx_hash=tx_hash, detail=detail)
        self.tx_hash = tx_hash


class RetryNotReceived(BroadcastUncertain):
    """The same call is recorded at a lower nonce and the node has not received it yet: it is
    the retry, so nothing new was signed; the next command re-sends it (or the user cancels)."""

    code = "chain.retry_not_received"

    def __init__(self, tx_hash: str, *, nonce: int | None, description: str) -> None:
        ChainError.__init__(self, tx_hash=tx_hash, nonce=nonce, description=description)
        self.tx_hash = tx_hash


class TransactionNotPending(ChainError):
    """Speed-up or cancel asked for an intent that is no longer waiting."""

    code = "chain.not_pending"


class ReceiptTimeout(ChainError):
    """No receipt within the wait; the transaction stays recorded as pending."""

    code = "chain.receipt_timeout"
