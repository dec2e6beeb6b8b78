"""The REST client: one method per endpoint, every payload validated, every failure typed.

Synchronous httpx (the GUI calls it from worker threads). Idempotent GETs are retried with
exponential backoff and jitter on timeouts, dropped connections and 502/503/504, never on other
4xx/5xx. Conditional requests: `fetch(resource, etag=...)` sends If-None-Match and answers
`NOT_MODIFIED` on 304, so the cache can reuse its copy.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from app import deadline
from app.backend import models, resources
from app.backend.errors import (
    BackendConfigError,
    BackendError,
    BackendHttpError,
    BackendNotFound,
    BackendTimeout,
    BackendUnauthorized,
    BackendUnreachable,
    IncompatibleSchema,
    InvalidPayload,
    clip,
)
from app.backend.resources import Resource
from app.errors import Phrase

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)

MAX_BODY_BYTES = 64 * 1024 * 1024  # the full 15,000-merchant list is a few MB
RETRY_STATUSES = frozenset({502, 503, 504})
_MAX_ETAG = 200  # the width of http_cache.etag
_MAX_BACKOFF = 4.0


@dataclass(frozen=True)
class Fresh(Generic[T]):
    """A 2xx answer: the validated value, its ETag, the raw body it was validated from and the
    answer's headers (names case-insensitive: what a caller checks beyond the body, such as the
    bulk pages' X-Merchant-Range)."""

    value: T
    etag: str | None
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)


class NotModified:
    """The server confirmed (304) that the copy with the ETag we sent is still current."""

    def __repr__(self) -> str:
        return "NOT_MODIFIED"


NOT_MODIFIED = NotModified()


class _Retry(Exception):
    """An attempt failed in a way worth retrying; carries the error to raise if none is left."""

    def __init__(self, error: BackendError, retry_after: float | None = None) -> None:
        super().__init__(error.message)
        self.error = error
        self.retry_after = retry_after


def schema_major(version: str) -> int | None:
    head = version.split(".", 1)[0]
    return int(head) if head.isdigit() and len(head) <= 6 else None


def check_schema(health: models.Health) -> None:
    """Raise IncompatibleSchema unless the server's major schema version is ours."""
    theirs = schema_major(health.schema_version)
    if theirs is None or theirs != schema_major(models.SCHEMA_VERSION):
        raise IncompatibleSchema(health.schema_version, models.SCHEMA_VERSION)


def first_problem(error: ValidationError) -> str:
    """The first thing wrong with a payload, in one line, without echoing the bad value."""
    problems = error.errors(include_url=False, include_input=False)
    if not problems:
        return "it does not match the API contract"
    first = problems[0]
    where = ".".join(str(part) for part in first["loc"])
    more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
    return (f"{where}: " if where else "") + str(first["msg"]) + more


def _check_base_url(base_url: str) -> httpx.URL:
    url = httpx.URL(base_url.rstrip("/"))
    if url.scheme not in ("http", "https") or not url.host:
        raise BackendConfigError()
    if url.userinfo:
        raise BackendConfigError("backend.url_credentials")
    return url


def _check_token(token: str) -> str:
    # Never echo the token: the error says what is wrong with it, not what it is.
    if not token or not token.isascii() or not token.isprintable() or " " in token:
        raise BackendConfigError("backend.bad_token")
    return token


class ApiClient:
    """A client for one backend. Thread-safe: the GUI's workers and the monitor share it."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        timeout: float = 10.0,
        total: float | None = None,
        retries: int = 3,
        backoff: float = 0.25,
        max_body: int = MAX_BODY_BYTES,
    ) -> None:
        url = _check_base_url(base_url)
        self.base_url = str(url)
        self.host = f"{url.host}:{url.port}" if url.port else url.host
        self.timeout = timeout  # a stalled server: no byte for this long
        self.total = 3 * timeout if total is None else total  # one whole answer, however slow
        self.retries = max(0, retries)
        self.backoff = backoff
        self.max_body = max_body
        self._token = _check_token(token)
        self._closing = threading.Event()
        self._round_trips = 0
        self._http = deadline.client(
            str(url),
            timeout=timeout,
            headers={"Accept": "application/json", "User-Agent": "pst-desk"},
            follow_redirects=False,  # a redirect would carry the bearer token elsewhere
            event_hooks={"request": [self._count]},
        )

    def _count(self, _: httpx.Request) -> None:
        self._round_trips += 1

    @property
    def round_trips(self) -> int:
        """HTTP requests sent so far (retries included), for tests and benches."""
        return self._round_trips

    def __repr__(self) -> str:
        return f"ApiClient({self.base_url!r})"

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._closing.set()  # wakes any retry waiting out its backoff
        self._http.close()

    # -- the endpoints ---------------------------------------------------------------------

    def health(self) -> models.Health:
        return self.get(resources.health())

    def merchants(
        self, page: int = 1, page_size: int = 100, **filters: object
    ) -> models.MerchantPage:
        return self.get(resources.merchants(page, page_size, **filters))

    def merchant(self, merchant_id: str) -> models.MerchantProfile:
        return self.get(resources.merchant(merchant_id))

    def metrics(self, merchant_id: str) -> models.MetricSeries:
        return self.get(resources.metrics(merchant_id))

    def promotions(self, merchant_id: str) -> models.PromotionList:
        return self.get(resources.promotions(merchant_id))

    def repayments(self, merchant_id: str) -> models.RepaymentList:
        return self.get(resources.repayments(merchant_id))

    def peers(self, category: str) -> models.PeerStats:
        return self.get(resources.peers(category))

    def offerings(self, status: str | None = None) -> models.OfferingList:
        return self.get(resources.offerings(status))

    def offering(self, offering_id: str) -> models.Offering:
        return self.get(resources.offering(offering_id))

    def reports(self, symbol: str) -> models.RevenueReportList:
        return self.get(resources.reports(symbol))

    def report(self, symbol: str, period: str) -> models.RevenueReport:
        return self.get(resources.report(symbol, period))

    def settlements(self, merchant_id: str, period: str) -> models.SettlementList:
        """The payment provider's payouts of a store's sales in one month (value dates)."""
        return self.get(resources.settlements(merchant_id, period))

    # -- the machinery ---------------------------------------------------------------------

    def get(self, resource: Resource[T], *, retries: int | None = None) -> T:
        result = self.fetch(resource, retries=retries)
        assert isinstance(result, Fresh)  # no ETag sent, so never NOT_MODIFIED
        return result.value

    def fetch(
        self, resource: Resource[T], etag: str | None = None, *, retries: int | None = None
    ) -> Fresh[T] | NotModified:
        """GET `resource`, retried when safe (`retries` overrides the client's count, e.g. 0
        for a poll that runs again soon anyway); NOT_MODIFIED only when `etag` was sent."""
        last = self.retries if retries is None else max(0, retries)
        for attempt in range(last + 1):
            try:
                return self._attempt(resource, etag)
            except _Retry as retry:
                if attempt == last or self._closing.is_set():
                    raise retry.error from None
                delay = self._delay(attempt, retry.retry_after)
                if delay >= deadline.remaining():  # the caller's deadline comes first
                    raise retry.error from None
                log.info("retrying %s in %.2fs: %s", resource.path, delay, retry.error.message)
                if self._closing.wait(delay):
                    raise retry.error from None
        raise AssertionError("unreachable")

    def post(self, path: str, payload: BaseModel, model: type[T]) -> T:
        """POST `payload` as JSON and validate the 2xx answer as `model`. Never retried: the
        server may have acted on a request whose answer was lost. Errors map as a GET's do."""
        resource = Resource(path, model, "post")
        headers = {"Authorization": f"Bearer {self._token}", "Content-Type": "application/json"}
        try:
            with (
                deadline.within(self.total),
                self._http.stream(
                    "POST", path, content=payload.model_dump_json().encode(), headers=headers
                ) as response,
            ):
                body = self._read(response, path)
        except httpx.TimeoutException:
            raise BackendTimeout(self.host, self.timeout, endpoint=path) from None
        except httpx.ConnectError as exc:
            raise BackendUnreachable(self.host, _connect_reason(exc), endpoint=path) from None
        except httpx.TransportError:
            reason = Phrase("backend.reason.protocol")
            raise BackendUnreachable(self.host, reason, endpoint=path) from None
        if 200 <= response.status_code < 300:
            return self._validate(resource, body)
        raise self._http_error(response.status_code, body, path)

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        base = min(_MAX_BACKOFF, self.backoff * 2**attempt)
        delay = base / 2 + random.uniform(0, base / 2)  # jitter spreads clients apart
        return min(_MAX_BACKOFF, max(delay, retry_after or 0.0))

    def _attempt(self, resource: Resource[T], etag: str | None) -> Fresh[T] | NotModified:
        endpoint = resource.path
        headers = {"Authorization": f"Bearer {self._token}"}
        if etag:
            headers["If-None-Match"] = etag
        # One deadline for connect, headers and body: a server dribbling bytes is cut off by it.
        budget = deadline.Budget(self.total)
        try:
            with (
                deadline.within(self.total),
                self._http.stream(
                    "GET", resource.path, params=resource.params, headers=headers
                ) as response,
            ):
                body = self._read(response, endpoint)
        except httpx.TimeoutException:
            # The error names the time that ran out: the whole answer's, or a stall's.
            seconds = round(budget.seconds if budget.spent() else self.timeout, 1)
            raise _Retry(BackendTimeout(self.host, seconds, endpoint=endpoint)) from None
        except httpx.ConnectError as exc:
            reason = _connect_reason(exc)
            raise _Retry(BackendUnreachable(self.host, reason, endpoint=endpoint)) from None
        except httpx.TransportError:  # dropped mid-answer, protocol garbage, ...
            reason = Phrase("backend.reason.protocol")
            raise _Retry(BackendUnreachable(self.host, reason, endpoint=endpoint)) from None

        status = response.status_code
        if status == 304:
            if etag:
                return NOT_MODIFIED
            raise InvalidPayload(endpoint, "304 Not Modified for a request without an ETag")
        if 200 <= status < 300:
            value = self._validate(resource, body)
            return Fresh(value, _etag_of(response), body, response.headers)
        error = self._http_error(status, body, endpoint)
        if status in RETRY_STATUSES:
            raise _Retry(error, _retry_after(response))
        raise error

    def _read(self, response: httpx.Response, endpoint: str) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_body:
                limit = self.max_body // (1024 * 1024)
                raise InvalidPayload(endpoint, f"the answer is larger than {limit} MB")
            chunks.append(chunk)
        return b"".join(chunks)

    def _validate(self, resource: Resource[T], body: bytes) -> T:
        try:
            # Strict: JSON "12" is not an integer, 1.0 is not a count.
            return resource.model.model_validate_json(body, strict=True)
        except ValidationError as error:
            raise InvalidPayload(resource.path, first_problem(error)) from None
        except (ValueError, RecursionError) as error:  # absurdly deep or malformed input
            raise InvalidPayload(resource.path, clip(str(error), 120)) from None

    def _http_error(self, status: int, body: bytes, endpoint: str) -> BackendHttpError:
        code, message = f"http_{status}", ""
        try:
            parsed = models.ApiError.model_validate_json(body)
            code, message = clip(parsed.error, 60), parsed.message
        except (ValidationError, ValueError):
            pass  # not an ApiError body: keep the bare status
        # A server may echo the request back; the token must not reach a dialog or a log.
        code, message = (
            code.replace(self._token, "[token]"),
            message.replace(self._token, "[token]"),
        )
        if status in (401, 403):
            return BackendUnauthorized(status, code, message, endpoint=endpoint)
        if status == 404:
            return BackendNotFound(status, code, message, endpoint=endpoint)
        return BackendHttpError(status, code, message, endpoint=endpoint)


def _connect_reason(exc: httpx.ConnectError) -> Phrase:
    text = str(exc).lower()
    if "refused" in text:
        return Phrase("backend.reason.refused")
    if "name" in text and ("resolution" in text or "known" in text or "service" in text):
        return Phrase("backend.reason.dns")
    if "unreachable" in text or "no route" in text:
        return Phrase("backend.reason.no_route")
    if "ssl" in text or "certificate" in text:
        return Phrase("backend.reason.tls")
    return Phrase("backend.reason.other")


def _etag_of(response: httpx.Response) -> str | None:
    etag = response.headers.get("etag")
    if not etag or len(etag) > _MAX_ETAG or not etag.isascii() or not etag.isprintable():
        return None
    return etag


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "")
    return min(float(value), _MAX_BACKOFF) if value.isdigit() else None
