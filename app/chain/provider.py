"""HTTP JSON-RPC provider: timeouts, retries with backoff for reads, and a round-trip counter.

Only reads are retried here. A send (`eth_sendRawTransaction`) is never retried blindly: when its
answer is lost the transaction pipeline decides, by hash, what happened.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any

import requests
from eth_typing import URI
from web3 import HTTPProvider
from web3.types import RPCEndpoint, RPCResponse

from app.chain.errors import (
    BadRpcResponse,
    ChainError,
    ChainRateLimited,
    ChainTimeout,
    ChainUnavailable,
)

log = logging.getLogger(__name__)

# Reads are safe to repeat; everything else (sends, anvil/evm control) is not retried.
RETRYABLE_METHODS = frozenset(
    {
        "eth_chainId",
        "eth_blockNumber",
        "eth_getBalance",
        "eth_getCode",
        "eth_getStorageAt",
        "eth_call",
        "eth_estimateGas",
        "eth_feeHistory",
        "eth_gasPrice",
        "eth_maxPriorityFeePerGas",
        "eth_getBlockByNumber",
        "eth_getBlockByHash",
        "eth_getTransactionByHash",
        "eth_getTransactionReceipt",
        "eth_getTransactionCount",
        "eth_getLogs",
        "net_version",
        "web3_clientVersion",
    }
)
TRANSIENT_HTTP_STATUS = frozenset({429, 502, 503, 504})
# -32005: "limit exceeded" (Infura, Alchemy, Erigon); retried like a 429.
TRANSIENT_RPC_CODES = frozenset({-32005})


class CountingSession(requests.Session):
    """A requests session that counts HTTP round trips (every POST, retries included)."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self.round_trips = 0

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        with self._lock:
            self.round_trips += 1
        return super().request(*args, **kwargs)


class _Transient(Exception):
    def __init__(self, error: ChainError) -> None:
        self.error = error


class RpcProvider(HTTPProvider):
    """HTTPProvider with typed errors, read retries and a round-trip counter (`round_trips`)."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 10.0,
        retries: int = 3,
        backoff: float = 0.2,
    ) -> None:
        self.session = CountingSession()
        super().__init__(
            url,
            request_kwargs={"timeout": timeout},
            session=self.session,
            exception_retry_configuration=None,
        )
        self._url = URI(url)
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff

    @property
    def round_trips(self) -> int:
        return self.session.round_trips

    def _post(self, body: bytes) -> Any:
        """One HTTP round trip; transport failures become `_Transient` or typed errors."""
        try:
            raw = self._request_session_manager.make_post_request(
                self._url, body, **self.get_request_kwargs()
            )
        except requests.Timeout as error:
            raise _Transient(
                ChainTimeout(
                    f"The blockchain node did not answer within {self.timeout:g} s. "
                    "Check your connection or try again later.",
                    type(error).__name__,
                )
            ) from error
        except requests.HTTPError as error:
            status = error.response.status_code if error.response is not None else 0
            typed = ChainUnavailable(
                f"The blockchain node answered with HTTP error {status}. Try again later.",
                f"HTTP {status}",
            )
            if status in TRANSIENT_HTTP_STATUS:
                raise _Transient(typed) from error
            raise typed from error
        except (requests.ConnectionError, OSError) as error:
            raise _Transient(
                ChainUnavailable(
                    "Cannot reach the blockchain node. Check that it is running and that the "
                    "RPC URL in the network profile is right.",
                    type(error).__name__,
                )
            ) from error
        try:
            return json.loads(raw)
        except (ValueError, UnicodeDecodeError) as error:
            raise BadRpcResponse(
                "The RPC endpoint answered with something that is not JSON-RPC. Check the RPC URL.",
            ) from error

    def _with_retries(self, body: bytes, retry: bool, what: str) -> Any:
        attempts = self.retries + 1 if retry else 1
        for attempt in range(attempts):
            try:
                decoded = self._post(body)
                if isinstance(decoded, dict) and _is_rate_limited(decoded):
                    raise _Transient(
                        ChainRateLimited(
                            "The blockchain node is limiting requests. Try again in a moment.",
                            str(decoded.get("error")),
                        )
                    )
                return decoded
            except _Transient as transient:
                if attempt == attempts - 1:
                    raise transient.error from transient.__cause__
                log.info("retrying %s after %s", what, transient.error.detail)
                time.sleep(self.backoff * 2**attempt)
        raise AssertionError("unreachable")

    def make_request(self, method: RPCEndpoint, params: Any) -> RPCResponse:
        body = self.encode_rpc_request(method, params)
        response = self._with_retries(body, method in RETRYABLE_METHODS, method)
        if not isinstance(response, dict):
            raise BadRpcResponse(f"The RPC endpoint gave a malformed answer to {method}.")
        return response  # type: ignore[return-value]

    def encode_batch_rpc_request(self, requests: list[tuple[RPCEndpoint, Any]]) -> bytes:
        # One json.dumps for the whole batch: web3's per-request encoder costs ~5 us a read.
        try:
            return json.dumps(
                [
                    {
                        "jsonrpc": "2.0",
                        "method": m,
                        "params": p or [],
                        "id": next(self.request_counter),
                    }
                    for m, p in requests
                ],
                separators=(",", ":"),
            ).encode()
        except TypeError:  # bytes or other non-JSON params: web3's encoder knows them
            return super().encode_batch_rpc_request(requests)

    def make_batch_request(
        self, batch_requests: list[tuple[RPCEndpoint, Any]]
    ) -> list[RPCResponse] | RPCResponse:
        body = self.encode_batch_rpc_request(batch_requests)
        retry = all(method in RETRYABLE_METHODS for method, _ in batch_requests)
        response = self._with_retries(body, retry, f"batch of {len(batch_requests)}")
        if isinstance(response, dict):
            return response  # type: ignore[return-value]  # one error for the whole batch
        if not isinstance(response, list) or len(response) != len(batch_requests):
            raise BadRpcResponse("The RPC endpoint gave a malformed answer to a batch request.")
        if not all(isinstance(item, dict) for item in response):
            raise BadRpcResponse("The RPC endpoint gave a malformed answer to a batch request.")
        return sorted(response, key=lambda item: item.get("id") or 0)  # type: ignore[no-any-return]


def _is_rate_limited(response: dict[str, Any]) -> bool:
    error = response.get("error")
    if not isinstance(error, dict) or error.get("code") not in TRANSIENT_RPC_CODES:
        return False
    # -32005 also means "query returned more than N results": repeating that cannot help.
    message = str(error.get("message", "")).lower()
    return "result" not in message and "range" not in message
