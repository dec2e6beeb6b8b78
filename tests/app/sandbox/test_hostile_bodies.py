"""The review's crash: a body of 100,000 "[" sent with no token killed the sandbox with SIGSEGV
(web3's py_ecc raises the recursion limit, and the C JSON decoder then overflows the stack),
and a 40 MB body was read and parsed whole. Against the real server process."""

from __future__ import annotations

import httpx
import pytest

from app.sandbox.bounded_body import MAX_BODY
from app.sandbox.launcher import SandboxProcess

JSON = {"Content-Type": "application/json"}


def _alive(sandbox: SandboxProcess) -> None:
    assert httpx.get(f"{sandbox.api_url}/v1/health", timeout=10).status_code == 200
    assert sandbox._process.poll() is None  # noqa: SLF001 (the child itself, not its answer)


@pytest.mark.parametrize("path", ["/v1/market/orders", "/v1/treasury/proposals/1/signatures"])
def test_a_deeply_nested_body_is_refused_and_the_server_lives(sandbox_api, path):
    for depth in (2_000, 30_000):  # 60 KB: under the size bound, so the depth bound answers
        bomb = "[" * depth + "]" * depth
        answer = httpx.post(f"{sandbox_api.api_url}{path}", content=bomb, headers=JSON, timeout=30)
        assert answer.status_code == 400, answer.text
        assert answer.json()["error"] == "invalid_json"
        _alive(sandbox_api)


def test_a_body_past_the_limit_is_refused_unread(sandbox_api):
    huge = b'{"pad": "' + b"x" * (MAX_BODY + 1) + b'"}'
    answer = httpx.post(
        f"{sandbox_api.api_url}/v1/market/orders", content=huge, headers=JSON, timeout=30
    )
    assert answer.status_code == 413
    assert answer.json()["error"] == "body_too_large"
    _alive(sandbox_api)


def test_an_ordinary_bad_body_still_gets_the_routes_own_answer(sandbox_api):
    """The bound changes nothing below it: the route's authentication and validation answer."""
    answer = httpx.post(
        f"{sandbox_api.api_url}/v1/market/orders", content=b'{"order": [[[1]]]}', headers=JSON
    )
    assert answer.status_code in (401, 422), answer.text


@pytest.mark.parametrize(
    "path",
    [
        "/v1/market/orders",
        "/v1/treasury/proposals/1/signatures",
        "/v1/treasury/proposals/1/override-reason",
    ],
)
def test_a_body_that_is_not_even_text_is_the_documented_invalid_json(sandbox_api, path):
    """Bytes that are not UTF-8 (what schemathesis sent): FastAPI's own 400 "http_error" was
    undocumented on the treasury routes; every route that takes a body says invalid_json."""
    answer = httpx.post(
        f"{sandbox_api.api_url}{path}",
        content=b"\xb3<o",
        headers={**JSON, "Authorization": f"Bearer {sandbox_api.token}"},
        timeout=30,
    )
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"] == "invalid_json"
