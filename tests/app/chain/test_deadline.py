"""Every JSON-RPC call has one deadline for connect, headers and body: a node that answers one byte
a second is cut off at the deadline, however many bytes it still has to send."""

from __future__ import annotations

import time

import pytest
from web3.types import RPCEndpoint

from app import deadline
from app.chain.errors import ChainTimeout
from app.chain.provider import RpcProvider
from tests.fixtures.trickle import json_answer

BLOCK = json_answer({"jsonrpc": "2.0", "id": 0, "result": "0x10"})


@pytest.mark.parametrize("headers_fast", [False, True], ids=["headers", "body"])
def test_a_node_trickling_its_answer_is_cut_off_at_the_deadline(trickle_server, headers_fast):
    node = trickle_server(BLOCK, headers_fast=headers_fast, interval=0.5)
    provider = RpcProvider(node.url, timeout=1.0, total=2.0, retries=0)
    started = time.monotonic()
    try:
        with pytest.raises(ChainTimeout) as caught:
            provider.make_request(RPCEndpoint("eth_blockNumber"), [])
    finally:
        provider.close()
    elapsed = time.monotonic() - started
    assert elapsed < 3.0, f"took {elapsed:.1f} s"
    assert "within 2 s" in caught.value.user_message


def test_a_batch_and_its_retries_end_within_the_callers_deadline(trickle_server):
    node = trickle_server(BLOCK)
    provider = RpcProvider(node.url, timeout=10.0, retries=3, backoff=0.1)
    started = time.monotonic()
    try:
        with deadline.within(2.0), pytest.raises(ChainTimeout):
            provider.make_batch_request([(RPCEndpoint("eth_blockNumber"), [])] * 3)
    finally:
        provider.close()
    assert time.monotonic() - started < 3.0


def test_a_prompt_node_answers_through_the_bounded_transport(trickle_server):
    node = trickle_server(BLOCK, interval=0.0)
    provider = RpcProvider(node.url, timeout=2.0, retries=0)
    try:
        answer = provider.make_request(RPCEndpoint("eth_blockNumber"), [])
    finally:
        provider.close()
    assert answer["result"] == "0x10" and provider.round_trips == 1
