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
