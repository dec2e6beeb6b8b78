"""The REST client against a hostile loopback server: every failure becomes the right typed
error with a clear message, and the token never leaks into one."""

from __future__ import annotations

import time

import pytest

from app.backend import models, resources
from app.backend.client import NOT_MODIFIED, ApiClient, Fresh, check_schema
from app.backend.errors import (
    BackendError,
    BackendHttpError,
    BackendNotFound,
    BackendTimeout,
    BackendUnauthorized,
    BackendUnreachable,
    IncompatibleSchema,
    InvalidPayload,
)
from tests.fixtures import payloads
from tests.fixtures.hostile import cut, mutated, ok, slow, status, truncated

PROFILE = "/v1/merchants/M00001"


def make_client(server, **kwargs) -> ApiClient:
    kwargs.setdefault("timeout", 2.0)
    kwargs.setdefault("backoff", 0.01)
    return ApiClient(server.url, server.token, **kwargs)


def assert_no_secret(error: BackendError, token: str) -> None:
    for text in (str(error), repr(error), error.user_message, error.message):
        assert token not in text


def test_valid_answers_are_validated_models_and_carry_the_token(hostile_api):
    hostile_api.set("/v1/health", ok(payloads.health(data_version=7)))
    hostile_api.set(PROFILE, ok(payloads.profile(1)))
    with make_client(hostile_api) as client:
        assert client.health().data_version == 7
        profile = client.merchant("M00001")
    assert isinstance(profile, models.MerchantProfile)
    assert profile.summary.id == "M00001"
    sent = hostile_api.last(PROFILE).headers
    assert sent["authorization"] == f"Bearer {hostile_api.token}"


def test_truncated_json_is_an_invalid_payload_naming_the_endpoint(hostile_api):
    hostile_api.set(PROFILE, truncated(payloads.profile(1)))
    with make_client(hostile_api) as client, pytest.raises(InvalidPayload) as caught:
        client.merchant("M00001")
    assert caught.value.endpoint == PROFILE
    assert "Invalid JSON" in caught.value.problem
    assert PROFILE in caught.value.user_message
    assert hostile_api.count(PROFILE) == 1  # a bad payload is not retried


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["summary"].update(score="90"),
            "summary.score: Input should be a valid integer",
        ),
        (lambda d: d["summary"].update(gmv_12m=10**20), "summary.gmv_12m: Input should be less"),
        (
            lambda d: d["summary"].update(gmv_12m=1.5),
            "summary.gmv_12m: Input should be a valid int",
        ),
        (lambda d: d.pop("legal_name"), "legal_name: Field required"),
        (lambda d: d.update(surprise=1), "surprise: Extra inputs are not permitted"),
        (lambda d: d["summary"].update(city="Atlantis"), "summary.city: Input should be"),
        (lambda d: d["summary"].update(id="../../etc"), "summary.id: String should match"),
    ],
    ids=["string-for-int", "huge", "float", "missing", "extra", "bad-enum", "bad-id"],
)
def test_contract_violations_name_the_first_problem(hostile_api, change, expected):
    hostile_api.set(PROFILE, mutated(payloads.profile(1), change))
    with make_client(hostile_api) as client, pytest.raises(InvalidPayload) as caught:
        client.merchant("M00001")
    assert caught.value.problem.startswith(expected)
    assert "pydantic" not in caught.value.user_message  # a sentence, not a validation dump


def test_a_number_too_long_to_parse_is_an_invalid_payload(hostile_api):
    body = payloads.profile(1).model_dump_json().replace('"score":51', '"score":' + "9" * 5000)
    hostile_api.set(PROFILE, ok(body.encode()))
    with make_client(hostile_api) as client, pytest.raises(InvalidPayload) as caught:
        client.merchant("M00001")
    assert len(caught.value.user_message) < 600


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"", "Invalid JSON: EOF"),
        (b"\xff\xfe{}", "Invalid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "recursion limit"),
        (b"null", "Input should be an object"),
        (b"<html>hello</html>", "Invalid JSON"),
    ],
    ids=["empty", "not-utf8", "deep", "null", "html"],
)
def test_bodies_that_are_not_json_objects_are_invalid(hostile_api, body, expected):
    hostile_api.set("/v1/health", ok(body))
    with make_client(hostile_api) as client, pytest.raises(InvalidPayload) as caught:
        client.health()
    assert expected in caught.value.problem


def test_a_series_whose_lengths_disagree_is_invalid(hostile_api):
    path = "/v1/merchants/M00001/metrics"
    data = payloads.series(1, days=40).model_dump(mode="json")
    data["metrics"]["gmv"]["platform"].pop()
    hostile_api.set(path, ok(data))
    with make_client(hostile_api) as client, pytest.raises(InvalidPayload, match="39 values"):
        client.metrics("M00001")


def test_an_oversized_answer_is_refused(hostile_api):
    hostile_api.set(PROFILE, ok(b"[" + b"0," * 600_000 + b"0]"))
    client = make_client(hostile_api, max_body=1024 * 1024)
    with client, pytest.raises(InvalidPayload, match="larger than 1 MB"):
        client.merchant("M00001")


def test_a_500_is_an_http_error_with_the_server_code_and_is_not_retried(hostile_api):
    hostile_api.set(PROFILE, status(500, "internal", "database on fire"))
    with make_client(hostile_api) as client, pytest.raises(BackendHttpError) as caught:
        client.merchant("M00001")
    assert (caught.value.status, caught.value.server_code) == (500, "internal")
    assert "database on fire" in caught.value.user_message
    assert hostile_api.count(PROFILE) == 1


def test_an_error_without_an_api_error_body_keeps_the_status(hostile_api):
    hostile_api.set(PROFILE, status(500, body=b"<html>Bad Gateway</html>"))
    with make_client(hostile_api) as client, pytest.raises(BackendHttpError) as caught:
        client.merchant("M00001")
    assert caught.value.server_code == "http_500"


def test_503_then_200_is_retried_to_success(hostile_api):
    hostile_api.set(PROFILE, status(503), status(502), ok(payloads.profile(1)))
    with make_client(hostile_api, retries=3) as client:
        assert client.merchant("M00001").summary.id == "M00001"
    assert hostile_api.count(PROFILE) == 3


def test_retries_give_up_with_the_last_error(hostile_api):
    hostile_api.set(PROFILE, status(503, "maintenance", "back soon"))
    with make_client(hostile_api, retries=2) as client, pytest.raises(BackendHttpError) as caught:
        client.merchant("M00001")
    assert caught.value.status == 503
    assert hostile_api.count(PROFILE) == 3


def test_a_slow_answer_is_a_timeout(hostile_api):
    hostile_api.set(PROFILE, slow(5.0, ok(payloads.profile(1))))
    started = time.monotonic()
    client = make_client(hostile_api, timeout=0.3, retries=1)
    with client, pytest.raises(BackendTimeout) as caught:
        client.merchant("M00001")
    assert time.monotonic() - started < 3.0
    assert hostile_api.count(PROFILE) == 2  # retried once
    assert "did not answer within 0.3 seconds" in caught.value.user_message


def test_a_refused_port_is_unreachable(refused_url):
    client = ApiClient(refused_url, "some-token", retries=1, backoff=0.01)
    with client, pytest.raises(BackendUnreachable) as caught:
        client.health()
    assert caught.value.reason == "connection refused"
    assert "Cannot reach the PST backend at 127.0.0.1:" in caught.value.user_message


def test_a_connection_dropped_mid_answer_is_unreachable_after_retries(hostile_api):
    hostile_api.set(PROFILE, cut(payloads.profile(1)))
    with make_client(hostile_api, retries=1) as client, pytest.raises(BackendUnreachable):
        client.merchant("M00001")
    assert hostile_api.count(PROFILE) == 2


def test_a_wrong_token_is_unauthorized_and_never_echoed(hostile_api):
    secret = "wrong-secret-token-abc"
    hostile_api.set(PROFILE, ok(payloads.profile(1)))
    client = ApiClient(hostile_api.url, secret, backoff=0.01)
    with client, pytest.raises(BackendUnauthorized) as caught:
        client.merchant("M00001")
    assert caught.value.status == 401
    assert "API token" in caught.value.user_message
    assert hostile_api.count(PROFILE) == 1
    assert_no_secret(caught.value, secret)
    assert secret not in repr(client)


def test_a_server_echoing_the_token_back_has_it_scrubbed(hostile_api):
    hostile_api.set(
        PROFILE, status(400, f"bad {hostile_api.token}", f"your token {hostile_api.token} is odd")
    )
    with make_client(hostile_api) as client, pytest.raises(BackendHttpError) as caught:
        client.merchant("M00001")
    assert_no_secret(caught.value, hostile_api.token)
    assert "[token]" in caught.value.user_message


def test_unknown_merchant_is_not_found(hostile_api):
    with make_client(hostile_api) as client, pytest.raises(BackendNotFound) as caught:
        client.merchant("M99999")
    assert caught.value.status == 404
    assert "/v1/merchants/M99999" in caught.value.user_message


def test_etag_round_trip_gives_not_modified(hostile_api):
    hostile_api.set(PROFILE, ok(payloads.profile(1), etag='"v1"'))
    with make_client(hostile_api) as client:
        first = client.fetch(resources.merchant("M00001"))
        assert isinstance(first, Fresh)
        assert first.etag == '"v1"'
        assert first.value.summary.id == "M00001"
        assert client.fetch(resources.merchant("M00001"), etag='"v1"') is NOT_MODIFIED
        assert hostile_api.last(PROFILE).headers["if-none-match"] == '"v1"'
        changed = client.fetch(resources.merchant("M00001"), etag='"v0"')
    assert isinstance(changed, Fresh)


def test_a_304_nobody_asked_for_is_invalid(hostile_api):
    hostile_api.set(PROFILE, status(304, body=b""))
    with make_client(hostile_api) as client, pytest.raises(InvalidPayload, match="304"):
        client.merchant("M00001")


def test_path_segments_and_filters_are_encoded(hostile_api):
    category = models.Category.HOME_KITCHEN
    hostile_api.set("/v1/peers/Home%20%26%20Kitchen", ok(payloads.peers(category)))
    hostile_api.set("/v1/merchants", ok(payloads.page(range(1, 3))))
    with make_client(hostile_api) as client:
        assert client.peers(category).category == category
        client.merchants(page_size=2, city=models.City.HONG_KONG, tokenized=True, q="a&b")
    assert hostile_api.last("/v1/merchants").query == {
        "city": "Hong Kong",
        "page": "1",
        "page_size": "2",
        "q": "a&b",
        "tokenized": "true",
    }


def test_bad_arguments_are_refused_before_any_request(hostile_api):
    with pytest.raises(ValueError, match="control characters") as caught:
        ApiClient(hostile_api.url, "line\nbreak-token")
    assert "line" not in str(caught.value)
    with pytest.raises(ValueError, match="credentials"):
        ApiClient("http://user:pw@127.0.0.1:9", "t")
    with pytest.raises(ValueError, match="http"):
        ApiClient("ftp://127.0.0.1", "t")
    with make_client(hostile_api) as client, pytest.raises(ValueError, match="unknown"):
        client.merchants(colour="red")


@pytest.mark.parametrize("version", ["1.0", "1.9"])
def test_same_major_schema_is_compatible(version):
    check_schema(payloads.health(schema_version=version))


@pytest.mark.parametrize("version", ["2.0", "0.9", "v1", ""])
def test_other_schema_versions_are_refused(version):
    with pytest.raises(IncompatibleSchema) as caught:
        check_schema(payloads.health(schema_version=version))
    assert "Update PST Desk" in caught.value.user_message
