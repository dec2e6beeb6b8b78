"""A total deadline for HTTP calls, REST and JSON-RPC alike.

httpx (like requests) times out each socket operation, not the call: a server that sends one
byte a second never trips a 5 s read timeout, so one answer can take minutes. Here every socket
operation of a call waits at most what is left of the call's deadline (connect, the request, the
headers and the body alike), and once the deadline has passed the next operation fails at once
with a timeout. The clients keep both: a short per-operation timeout that notices a stalled
server, and a total deadline that bounds one that trickles. The deadline is kept per thread, and
deadlines nest: `within(5)` around a whole command bounds every call inside it, each call keeping
its own, shorter deadline when it has one.

Name resolution (getaddrinfo) is the one step a socket timeout cannot bound; loopback and IP
addresses never need it.
"""

from __future__ import annotations

import contextlib
import math
import ssl
import threading
import time
import typing
from collections.abc import Iterable, Iterator

import httpcore
import httpx

_state = threading.local()
# httpcore asks for 64 KB per read, and h11 then handles each piece in Python: a cold screening's
# 250 MB of bulk pages was 4,000 pieces and 0.4 s of the client's CPU. Reading up to 1 MB at a
# time cuts that by three (measured: http read 0.64 -> 0.17 s CPU); a small answer is still one
# read, and the socket hands over only what has arrived.
READ_BYTES = 1 << 20


def remaining() -> float:
    """Seconds left before the innermost deadline of this thread (inf without one)."""
    ends: list[float] = getattr(_state, "ends", [])
    return min(ends, default=math.inf) - time.monotonic()


@contextlib.contextmanager
def within(seconds: float) -> Iterator[None]:
    """Every HTTP call made by this thread inside the block ends within `seconds` in total."""
    ends: list[float] = getattr(_state, "ends", [])
    _state.ends = ends
    ends.append(time.monotonic() + seconds)
    try:
        yield
    finally:
        ends.pop()


class Budget:
    """The time one call really has (a caller's deadline may be closer than its own `seconds`),
    and whether a timeout was that budget running out or the server stalling."""

    def __init__(self, seconds: float) -> None:
        self.seconds = max(min(seconds, remaining()), 0.0)
        self._started = time.monotonic()

    def spent(self) -> bool:
        return time.monotonic() - self._started >= self.seconds - 0.05


def _clamp(timeout: float | None, expired: type[Exception]) -> float | None:
    left = remaining()
    if left == math.inf:
        return timeout
    if left <= 0.001:  # 0 would make the socket non-blocking, not "no time left"
        raise expired("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    """A socket stream whose every read and write is bounded by the thread's deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        bounded = _clamp(timeout, httpcore.ReadTimeout)
        return self._stream.read(max(max_bytes, READ_BYTES), bounded)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    """httpcore's own socket backend, with every stream bounded by the thread's deadline."""

    def __init__(self) -> None:
        self._sockets = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _clamp(timeout, httpcore.ConnectTimeout)
        stream = self._sockets.connect_tcp(host, port, bounded, local_address, socket_options)
        return _Stream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._sockets.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class DeadlineTransport(httpx.HTTPTransport):
    """httpx's transport over the bounded backend: with `within()`, a call cannot outlast it."""

    def __init__(self) -> None:
        # httpx builds its pool without a way to choose the network backend, and the pool is all
        # its transport keeps (`_pool`); this is the pool it would build (no proxy: these clients
        # never use one) over the bounded backend. No TLS context is made up front (loading the
        # CA bundle costs a good part of a second): httpcore makes one for the first https call.
        limits = httpx.Limits()  # httpx's own defaults: 100 connections, 20 kept alive
        self._pool = httpcore.ConnectionPool(
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_Backend(),
        )


def client(base_url: str = "", *, timeout: float, **options: typing.Any) -> httpx.Client:
    """An httpx client over the bounded transport; run each call inside `within(timeout)`."""
    return httpx.Client(
        base_url=base_url,
        timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
        transport=DeadlineTransport(),
        trust_env=False,  # a loopback sandbox must not go through a system proxy
        **options,
    )
