"""HTTP JSON-RPC provider: a total deadline per call, retries with backoff for reads, and a
round-trip counter.

A node that says nothing for `timeout` seconds is given up on, and each POST ends within `total`
seconds, connect, headers and body together (app.deadline): a node that dribbles its answer is
cut off like one that says nothing. Only reads are retried here.
A send (`eth_sendRawTransaction`) is never retried blindly: when its answer is lost the
transaction pipeline decides, by hash, what happened.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any

import httpx
from web3 import HTTPProvider
from web3.types import RPCEndpoint, RPCResponse

from app import deadline, json_input
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
MAX_ANSWER_BYTES = 64 * 1024 * 1024  # eth_getLogs over a wide range can be large; not unbounded


class _Transient(Exception):
    def __init__(self, error: ChainError) -> None:
        self.error = error


class RpcProvider(HTTPProvider):
    """web3's HTTPProvider (its encoding and batching) posting through a bounded httpx client,
    with typed errors, read retries and a round-trip counter (`round_trips`)."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 10.0,
        total: float | None = None,
        retries: int = 3,
        backoff: float = 0.2,
        max_answer: int = MAX_ANSWER_BYTES,
    ) -> None:
        super().__init__(url, exception_retry_configuration=None)
        self._http = deadline.client(timeout=timeout, headers={"Content-Type": "application/json"})
        self._url = url
        self._lock = threading.Lock()
        self._round_trips = 0
        self.timeout = timeout  # a stalled node: no byte for this long
        self.total = 3 * timeout if total is None else total  # one whole answer, however slow
        self.retries = retries
        self.backoff = backoff
        self.max_answer = max_answer

    @property
    def round_trips(self) -> int:
        """HTTP round trips so far (every POST, retries included)."""
        return self._round_trips

    def close(self) -> None:
        self._http.close()

    def _post(self, body: bytes) -> Any:
        """One HTTP round trip; transport failures become `_Transient` or typed errors."""
        with self._lock:
            self._round_trips += 1
        budget = deadline.Budget(self.total)
        try:
            with deadline.within(self.total):
                raw = self._exchange(body)
        except httpx.TimeoutException as error:
            # The error names the time that ran out: the whole answer's, or a stall's.
            seconds = round(budget.seconds if budget.spent() else self.timeout, 1)
            raise _Transient(
                ChainTimeout(seconds=f"{seconds:g}", detail=type(error).__name__)
            ) from error
        except httpx.HTTPStatusError as error:
            status = error.response.status_code
            typed = ChainUnavailable("chain.http_status", status=status, detail=f"HTTP {status}")
            if status in TRANSIENT_HTTP_STATUS:
                raise _Transient(typed) from error
            raise typed from error
        except (httpx.TransportError, OSError) as error:
            raise _Transient(ChainUnavailable(detail=type(error).__name__)) from error
        try:
            return json_input.loads(raw)
        except (ValueError, UnicodeDecodeError) as error:
            raise BadRpcResponse("chain.not_json_rpc") from error

    def _exchange(self, body: bytes) -> bytes:
        with self._http.stream("POST", self._url, content=body) as response:
            response.raise_for_status()
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_answer:
                    megabytes = self.max_answer // (1024 * 1024)
                    raise BadRpcResponse("chain.answer_too_large", megabytes=megabytes)
                chunks.append(chunk)
            return b"".join(chunks)

    def _with_retries(self, body: bytes, retry: bool, what: str) -> Any:
        attempts = self.retries + 1 if retry else 1
        for attempt in range(attempts):
            try:
                decoded = self._post(body)
                if isinstance(decoded, dict) and _is_rate_limited(decoded):
                    raise _Transient(ChainRateLimited(detail=str(decoded.get("error"))))
                return decoded
            except _Transient as transient:
                if attempt == attempts - 1:
                    raise transient.error from transient.__cause__
                delay = self.backoff * 2**attempt
                if delay >= deadline.remaining():  # the caller's deadline comes first
                    raise transient.error from transient.__cause__
                log.info("retrying %s after %s", what, transient.error.detail)
                time.sleep(delay)
        raise AssertionError("unreachable")

    def make_request(self, method: RPCEndpoint, params: Any) -> RPCResponse:
        body = self.encode_rpc_request(method, params)
        response = self._with_retries(body, method in RETRYABLE_METHODS, method)
        if not isinstance(response, dict):
            raise BadRpcResponse(method=method)
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
            raise BadRpcResponse(method="batch")
        if not all(isinstance(item, dict) for item in response):
            raise BadRpcResponse(method="batch")
        return sorted(response, key=lambda item: item.get("id") or 0)  # type: ignore[no-any-return]


def _is_rate_limited(response: dict[str, Any]) -> bool:
    error = response.get("error")
    if not isinstance(error, dict) or error.get("code") not in TRANSIENT_RPC_CODES:
        return False
    # -32005 also means "query returned more than N results": repeating that cannot help.
    message = str(error.get("message", "")).lower()
    return "result" not in message and "range" not in message
