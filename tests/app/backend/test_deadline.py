"""Every REST call has one deadline for connect, headers and body: a server that keeps sending a
byte now and then (never stalling long enough for the per-read timeout) is cut off at the
deadline, not after minutes."""

from __future__ import annotations

import time

import pytest

from app import deadline
from app.backend.client import ApiClient
from app.backend.errors import BackendTimeout
from tests.fixtures import payloads
from tests.fixtures.trickle import json_answer

HEALTH = json_answer(payloads.health().model_dump(mode="json"))


@pytest.mark.parametrize("headers_fast", [False, True], ids=["headers", "body"])
def test_a_server_trickling_its_answer_is_cut_off_at_the_deadline(trickle_server, headers_fast):
    server = trickle_server(HEALTH, headers_fast=headers_fast, interval=0.5)
    started = time.monotonic()
    client = ApiClient(server.url, "t0ken", timeout=1.0, total=2.0, retries=0)
    with client, pytest.raises(BackendTimeout) as caught:
        client.health()
    elapsed = time.monotonic() - started
    assert elapsed < 3.0, f"took {elapsed:.1f} s"
    assert "within 2 seconds" in caught.value.user_message


def test_retries_share_the_callers_deadline(trickle_server):
    server = trickle_server(HEALTH)
    started = time.monotonic()
    client = ApiClient(server.url, "t0ken", timeout=2.0, retries=3, backoff=0.1)
    with client, deadline.within(3.0), pytest.raises(BackendTimeout):
        client.health()
    assert time.monotonic() - started < 4.0
    assert server.connections <= 2  # the second attempt had one second left, no third


def test_a_fast_answer_is_untouched_by_the_deadline(trickle_server):
    server = trickle_server(HEALTH, interval=0.0)
    with ApiClient(server.url, "t0ken", timeout=2.0, retries=0) as client:
        assert client.health().status == "ok"


def test_a_large_answer_is_read_in_large_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpcore asks for 64 KB at a time; the bounded stream asks the socket for up to 1 MB, so
    a 250 MB screening is hundreds of reads (each handled by h11 in Python), not thousands."""
    import http.server
    import threading

    import httpcore

    body = bytes(range(256)) * (16 * 1024)  # 4 MB

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: object) -> None:
            pass

    asked: list[int] = []
    real_read = httpcore._backends.sync.SyncStream.read

    def spy(self: object, max_bytes: int, timeout: float | None = None) -> bytes:
        asked.append(max_bytes)
        return real_read(self, max_bytes, timeout)  # type: ignore[arg-type]

    monkeypatch.setattr(httpcore._backends.sync.SyncStream, "read", spy)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with deadline.client(f"http://127.0.0.1:{server.server_port}", timeout=5) as client:
            assert client.get("/").content == body
    finally:
        server.shutdown()
        server.server_close()
    assert asked and min(asked) >= deadline.READ_BYTES == 1 << 20
